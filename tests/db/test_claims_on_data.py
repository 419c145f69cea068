"""The launch claims on the project's data, judged twice as the app does (`views.common.claim_judgements`): on the
day each claim was made and against every row held today (moved from the old tests/test_claims.py).

The verdicts on the claim's day are pinned: they are history, and no later model or number may change them. Today's
verdicts of the claims about one value (scores and prices) are derived here from the rows with pandas, so a new price
list or score source changes the expectation with the data; the others are pinned with the rows that decide them."""
import pandas as pd
import pytest

from gapboard.build.claims import claim_inputs
from gapboard.core import claims
from gapboard.views import cache

# On the day each claim was made (rows published and models released by then).
THEN = {
    "m25-swe-verified-80-2": "supported",  # README and bench_1.png: 80.2 under Claude Code
    "m25-beats-opus-4-6-swe-verified": "contradicted",  # 80.2 vs Opus 4.6 80.8 side by side in MiniMax's bench_1.png
    "m25-sota-swe-verified": "contradicted",  # Opus 4.5 80.9 in the same chart
    "m25-beats-opus-4-6-droid": "supported",  # 79.7 vs 78.9
    "m25-beats-opus-4-6-opencode": "supported",  # 76.1 vs 75.9
    "m25-ahead-whatever-harness": "partly",  # ahead on Droid and OpenCode, behind in bench_1.png (Claude Code)
    "m25-multi-swe-51-3": "supported",  # the README's 51.3
    "m25-browsecomp-76-3": "partly",  # 76.3 in the README, 75.1 and 72 in MiniMax's own detailed charts
    "m25-browsecomp-top": "contradicted",  # Opus 4.6 84 in the same chart
    "m25-lightning-input": "supported",  # only the README's list ($0.30) existed
    "m25-lightning-output": "supported",  # $2.40
    "m25-lightning-speed": "supported",  # 100 tokens/s
    "m25-standard-input": "not verifiable",  # the README's standard row is arithmetic (not counted); no other list yet
    "m25-standard-output": "not verifiable",  # likewise
    "m25-standard-speed": "supported",  # the README's 50 tokens/s
    "m25-lightning-hour": "partly",  # output alone at 100 tokens/s: $0.864 of the claimed $1
    "m25-standard-hour": "not verifiable",  # its only output price is the README's arithmetic, not counted
    "m25-price-vs-opus-4-6": "not verifiable",  # no Opus 4.6 price row was published by 2026-02-13
    "m25-price-vs-gemini-3-pro": "not verifiable",  # no Gemini 3 Pro price row by then
    "m25-price-vs-gpt-5": "not verifiable",  # no GPT-5 price row by then
    "m25-229b-params": "supported",
    "m2-release-late-oct": "supported",  # 2025-10-27
    "m21-release-dec": "supported",  # 2025-12-23
    "m25-release-feb": "supported",  # 2026-02-12
    "m2-to-m25-span": "supported",  # 108 days = 3.5 months
    "m25-faster-than-m21": "partly",  # README 31.3 → 22.8 min: 37.3%; OpenHands Index (runs of January and 2026-02-11): 27.3%
    "m2-downloads": "not verifiable",  # the only count held is from May 2026
    "m21-downloads": "not verifiable",
}

# Today, for the claims that are not about one score or price (those are derived below).
NOW_PINNED = {
    "m25-beats-opus-4-6-swe-verified": "contradicted",  # unchanged: Opus 4.6's OpenHands-driven Claude Code run is another harness
    "m25-sota-swe-verified": "contradicted",  # unchanged: Opus 4.5 80.9
    "m25-beats-opus-4-6-droid": "supported",
    "m25-beats-opus-4-6-opencode": "supported",
    "m25-ahead-whatever-harness": "partly",  # and OpenHands (the index, Opus 4.6 published 2026-03-26): 72.6 vs 76.8
    "m25-browsecomp-top": "contradicted",
    "m25-229b-params": "supported",
    "m2-release-late-oct": "supported",
    "m21-release-dec": "supported",
    "m25-release-feb": "supported",
    "m2-to-m25-span": "supported",
    "m25-faster-than-m21": "partly",  # each pair from one setting only: 37.3% (README) and 27.3% (OpenHands Index)
    "m2-downloads": "not verifiable",
    "m21-downloads": "not verifiable",
}
ONE_VALUE = ("score", "price", "hourly_cost", "price_ratio")


@pytest.fixture(scope="module")
def data():
    return claim_inputs(cache.connection())


@pytest.fixture(scope="module")
def judged(data):
    return {j.claim["id"]: j for j in claims.judge_all(*data)}


# --- today's verdict of a claim about one value, counted here from the rows ---------------------------------


def _tally(agrees: list[bool]) -> str:
    return "not verifiable" if not agrees else "supported" if all(agrees) else "partly" if any(agrees) else "contradicted"


def _excluded(claim) -> set[str]:
    return {part.strip() for part in str(claim["not_evidence"] or "").split("|") if part.strip()}


def _own(price_rows: pd.DataFrame, model: str, tier: str | None = None) -> pd.DataFrame:
    """A model's price rows on its own developer's API (every model these claims name is sold by its developer)."""
    rows = price_rows[(price_rows["model"] == model) & price_rows["first_party"]]
    return rows[rows["tier"] == tier] if tier else rows


def _counted(rows: pd.DataFrame, claim) -> pd.DataFrame:
    excluded = _excluded(claim)
    return rows[~rows["price_list"].isin(excluded) & ~rows["source_url"].isin(excluded)]


def _derived(claim, score_rows: pd.DataFrame, price_rows: pd.DataFrame) -> str:
    tolerance = float(claim["tolerance"] or 0) + 1e-9
    if claim["kind"] == "score":
        rows = score_rows[(score_rows["model"] == claim["model"]) & (score_rows["benchmark"] == claim["benchmark"])]
        if claim["harness"]:
            rows = rows[rows["harness"] == claim["harness"]]
        rows = rows[~rows["source_url"].isin(_excluded(claim))]
        return _tally([abs(v - claim["value"]) <= tolerance for v in rows["value"]])
    if claim["kind"] == "price":
        values = _counted(_own(price_rows, claim["model"], claim["tier"]), claim)[claim["field"]].dropna()
        return _tally([abs(v - claim["value"]) <= tolerance for v in values])
    if claim["kind"] == "hourly_cost":
        outputs = _counted(_own(price_rows, claim["model"], claim["tier"]), claim)["output_usd_per_mtok"].dropna()
        costs = [claim["at_tokens_per_second"] * 3600 * out / 1e6 for out in outputs]
        if not costs:
            return "not verifiable"
        if all(abs(c - claim["value"]) <= tolerance for c in costs):
            return "supported"
        return "partly" if all(c <= claim["value"] + tolerance for c in costs) else "contradicted"
    assert claim["kind"] == "price_ratio"
    mine = set(_counted(_own(price_rows, claim["model"], claim["tier"]), claim)["output_usd_per_mtok"].dropna())
    theirs = _counted(_own(price_rows, claim["comparator"]), claim)["output_usd_per_mtok"].dropna()
    low, high = claim["value"] - claim["tolerance"], claim["value_high"] + claim["tolerance"]
    return _tally([low <= t / m <= high + 1e-9 for t in theirs for m in mine if m > 0])


def _clean(claim) -> dict:
    return {k: (None if pd.isna(v) else v) for k, v in claim.items()}


# --- the tests -----------------------------------------------------------------------------------------------


def test_every_claim_is_judged_once_on_its_day_and_once_today(data, judged):
    claim_rows = data[0]
    assert set(judged) == set(claim_rows["id"]) == set(THEN)
    assert set(NOW_PINNED) == {c["id"] for _, c in claim_rows.iterrows() if c["kind"] not in ONE_VALUE}


def test_the_verdicts_on_each_claims_day_are_the_ones_its_rows_then_decide(judged):
    assert {claim: j.then.verdict for claim, j in judged.items()} == THEN
    for claim, j in judged.items():  # every score behind a verdict on the day was published by then
        if j.claim["kind"] in ("score", "beats", "speedup"):  # (a price row counts from its valid-from date, not shown here)
            assert (pd.to_datetime(j.then.evidence["as_of"]) <= pd.Timestamp(j.claim["made_on"])).all(), claim


def test_the_verdicts_today(data, judged):
    _, score_rows, price_rows, _ = data
    now = {claim: j.now.verdict for claim, j in judged.items()}
    assert {claim: v for claim, v in now.items() if claim in NOW_PINNED} == NOW_PINNED
    one_value = {claim: j for claim, j in judged.items() if j.claim["kind"] in ONE_VALUE}
    assert {claim: _derived(_clean(j.claim), score_rows, price_rows) for claim, j in one_value.items()} == {
        claim: now[claim] for claim in one_value
    }
    # the same counting on the rows known on each claim's day gives the pinned verdicts: it counts what the check counts
    for claim, j in one_value.items():
        day = pd.Timestamp(j.claim["made_on"]).date()
        then_scores, then_prices, _ = claims.known_on(day, score_rows, price_rows, data[3])
        assert _derived(_clean(j.claim), then_scores, then_prices) == THEN[claim], claim


def test_what_the_verdicts_say(judged):
    now = {claim: j.now.reason for claim, j in judged.items()}
    then = {claim: j.then.reason for claim, j in judged.items()}
    assert "80.2 vs 80.8 (Claude Opus 4.6)" in now["m25-beats-opus-4-6-swe-verified"]
    assert "80.2 vs 80.9 (Claude Opus 4.5)" in now["m25-sota-swe-verified"]
    assert then["m25-ahead-whatever-harness"].startswith("Ahead in 2 of 3")  # Opus 4.6's OpenHands run came later
    assert now["m25-ahead-whatever-harness"].startswith("Ahead in 2 of 4") and "OpenHands: 72.6 vs 76.8" in now["m25-ahead-whatever-harness"]
    assert "$0.864 per hour" in now["m25-lightning-hour"] and "$0.864 per hour" in then["m25-lightning-hour"]
    assert "$0.216 per hour" in now["m25-standard-hour"]
    assert "1/8.3" in now["m25-price-vs-gpt-5"] and "1/20.8" in now["m25-price-vs-opus-4-6"]
    for reason in (then["m25-faster-than-m21"], now["m25-faster-than-m21"]):
        assert "31.3 → 22.8 per task, 37.3% faster" in reason and "9.65 → 7.583 per task, 27.3% faster" in reason


def test_every_counted_evidence_row_names_its_source(judged):
    for claim, j in judged.items():
        for check in (j.then, j.now):
            counted = check.evidence[check.evidence["counts"] != "context"]
            assert counted["source_url"].str.match(r"^https?://").all(), claim
