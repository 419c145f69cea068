"""The build judges every launch claim once, in every language, and the pages read those judgements: they must be
exactly what judging the built rows gives (verdicts, reasons and every evidence row, on the claim's date and today)."""
import datetime as dt

import pandas as pd
import pytest

from gapboard.build.claims import claim_inputs
from gapboard.core import claims
from gapboard.core.i18n import LANGS
from gapboard.db import catalogue
from gapboard.views import cache


def _plain(evidence: pd.DataFrame) -> list[dict]:
    """Evidence rows with missing values as None and dates as days (the build keeps `as_of` as a date)."""
    rows = evidence.astype(object).where(evidence.notna(), None).to_dict("records")
    return [row | {"as_of": pd.Timestamp(row["as_of"]).date() if row["as_of"] is not None else None} for row in rows]


@pytest.mark.parametrize("lang", LANGS)
def test_the_kept_judgements_are_what_judging_the_built_rows_gives(lang):
    con = cache.connection()
    inputs = claim_inputs(con)
    claim_rows = inputs[0]
    judged = claims.judge_all(*inputs, lang)
    kept = claims.judgements_from_rows(claim_rows, catalogue.claim_checks(con, lang), catalogue.claim_evidence(con, lang))
    assert len(kept) == len(judged) == len(claim_rows) > 20
    for fresh, stored in zip(judged, kept):
        assert stored.claim == fresh.claim
        for now, then in ((fresh.now, stored.now), (fresh.then, stored.then)):
            assert (then.verdict, then.reason) == (now.verdict, now.reason), fresh.claim["id"]
            assert _plain(then.evidence) == _plain(now.evidence), fresh.claim["id"]
    assert sum(len(j.now.evidence) for j in kept) > 50  # the comparison covered real evidence rows


def test_judgements_survive_the_round_trip_through_rows():
    claim = {"id": "c1", "claim": "a claim", "made_on": pd.Timestamp("2026-02-01")}
    evidence = pd.DataFrame([{"what": "M · B", "value": "80.2", "counts": "agrees", "reported_by": None,
                              "as_of": dt.date(2026, 1, 5), "source_url": "https://example.org", "source_note": None}],
                            columns=claims.EVIDENCE_COLUMNS)
    judged = [claims.Judged(claims.Check(claim, claims.NOT_VERIFIABLE, "none then", evidence.iloc[0:0]),
                            claims.Check(claim, claims.SUPPORTED, "one source", evidence))]
    checks, rows = claims.judgement_rows(judged, "en")
    assert checks[["moment", "verdict", "reason"]].values.tolist() == [["then", "not verifiable", "none then"], ["now", "supported", "one source"]]
    (back,) = claims.judgements_from_rows(pd.DataFrame([claim]), checks, rows.iloc[::-1])  # evidence order is kept by position
    assert (back.then.verdict, back.then.reason, back.then.evidence.empty) == ("not verifiable", "none then", True)
    assert (back.now.verdict, back.now.reason) == ("supported", "one source") and back.claim == claim
    assert back.now.evidence.to_dict("records") == evidence.to_dict("records")
