"""Lookups several pages share, each kept once per build: the model and benchmark catalogues and the claims
check."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from gapboard.core import claims
from gapboard.core import featured as featured_rules
from gapboard.core.i18n import DEFAULT
from gapboard.core.vocabulary import CONFIDENCES, REPORTERS, WEIGHTS
from gapboard.db import catalogue, prices, scores
from gapboard.views.cache import connection, view


@view(max_entries=4)
def models() -> pd.DataFrame:
    """Every model with its attributes, newest release first (undated last)."""
    return catalogue.models(connection())


@view(max_entries=4)
def model_rows() -> pd.DataFrame:
    """Every model with all its recorded facts (downloads included), oldest release first, undated last."""
    return catalogue.model_rows(connection())


@view(max_entries=4)
def benchmarks() -> pd.DataFrame:
    """The benchmark catalogue with the number of results held for each, most reported first."""
    return catalogue.benchmarks(connection())


@view(max_entries=4)
def score_benchmarks() -> dict[str, str]:
    """Benchmarks whose values are scores (not per-task figures or a vendor's timeline view): id → name, most
    reported first."""
    catalogue_rows = benchmarks()
    scored = catalogue_rows[(catalogue_rows["kind"] == "score") & ~catalogue_rows["timeline_only"]]
    return dict(zip(scored["id"], scored["name"]))


@view(max_entries=4)
def price_rows() -> pd.DataFrame:
    """Every price row with its model, provenance and whether the model's own developer sells it."""
    return prices.price_rows(connection())


@view(max_entries=4)
def featured() -> featured_rules.Featured:
    """The models, family and benchmark each page opens on when its link names none, chosen by the rules in
    `core.featured` over the current build."""
    con = connection()
    headline = scores.benchmark_scores(con, [featured_rules.HEADLINE_BENCHMARK], list(WEIGHTS), list(REPORTERS), list(CONFIDENCES))
    listed = price_rows()
    priced = set(listed.loc[listed["output_usd_per_mtok"].notna(), "model"])
    return featured_rules.featured(model_rows(), headline, priced, catalogue.claims(con))


@view(max_entries=4)
def claim_judgements(lang: str = DEFAULT) -> list[claims.Judged]:
    """Every launch claim of the build, judged on the day it was made and against today's rows (reasons in `lang`):
    the build judged them (`gapboard.build.claims`)."""
    con = connection()
    return claims.judgements_from_rows(catalogue.claims(con), catalogue.claim_checks(con, lang), catalogue.claim_evidence(con, lang))


@dataclass(frozen=True)
class ClaimsSummary:
    counts_then: dict[str, int]  # verdict → claims judged on the day they were made, in claims.VERDICTS order
    counts: dict[str, int]  # verdict → claims judged against today's rows
    table: pd.DataFrame  # verdict_then, verdict, claim, claim_ko, claimed, why (verdicts and reasons in the view's language)


@view(max_entries=4)
def claims_summary(lang: str = DEFAULT) -> ClaimsSummary:
    """The claims check's verdict counts, then and today, and its summary table (they change only with a new build)."""
    judged = claim_judgements(lang)
    return ClaimsSummary(
        claims.verdict_counts([j.then for j in judged]), claims.verdict_counts([j.now for j in judged]),
        claims.judged_table(judged, lang)[["verdict_then", "verdict", "claim", "claim_ko", "claimed", "why"]],
    )
