"""Lookups several pages share, each kept once per build: the model and benchmark catalogues and the claims
check."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from gapboard.core import claims
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
def claim_checks() -> list[claims.Check]:
    """Every launch claim of the build, checked against its rows."""
    con = connection()
    return claims.check_all(catalogue.claims(con), scores.claim_scores(con), price_rows(), model_rows())


@dataclass(frozen=True)
class ClaimsSummary:
    counts: dict[str, int]  # verdict → claims, in claims.VERDICTS order
    table: pd.DataFrame  # verdict, claim, claimed, why


@view(max_entries=4)
def claims_summary() -> ClaimsSummary:
    """The claims check's verdict counts and summary table (they change only with a new build)."""
    checks = claim_checks()
    return ClaimsSummary(claims.verdict_counts(checks), claims.verdict_table(checks)[["verdict", "claim", "claimed", "why"]])
