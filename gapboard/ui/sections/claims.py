"""What the Overview and the Benchmarks page both show of the claims check: the verdict counts, then and today."""
from __future__ import annotations

import streamlit as st

from gapboard.core import claims
from gapboard.views.common import ClaimsSummary


def _verdict_counts(counts: dict[str, int]) -> None:
    for column, verdict in zip(st.columns(len(counts)), counts):
        column.metric(f"{claims.VERDICT_ICONS[verdict]} {verdict.capitalize()}", counts[verdict])


def verdicts(summary: ClaimsSummary) -> None:
    """The verdict counts twice: on the day each claim was made, and against today's data."""
    st.markdown("**On the day each claim was made** (only numbers published and models released by then)")
    _verdict_counts(summary.counts_then)
    st.markdown("**Against today's data** (a later model or number can change this verdict, never the first)")
    _verdict_counts(summary.counts)
