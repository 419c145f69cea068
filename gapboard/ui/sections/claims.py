"""What the Overview and the Benchmarks page both show of the claims check: the verdict counts, then and today, and
the claims table's columns (in Korean with the launch article's own sentence beside each claim)."""
from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from gapboard.core import claims
from gapboard.core.i18n import DEFAULT
from gapboard.ui.i18n import current, t
from gapboard.views.common import ClaimsSummary


def _verdict_counts(counts: dict[str, int]) -> None:
    for column, verdict in zip(st.columns(len(counts)), counts):
        column.metric(verdict_heading(verdict), counts[verdict])


def verdict_heading(verdict: str) -> str:
    """"✓ Supported" (in Korean "✓ 사실")."""
    label = t(verdict)
    return f"{claims.VERDICT_ICONS[verdict]} {label[:1].upper() + label[1:]}"


def verdicts(summary: ClaimsSummary) -> None:
    """The verdict counts twice: on the day each claim was made, and against today's data."""
    st.markdown(t("**On the day each claim was made** (only numbers published and models released by then)"))
    _verdict_counts(summary.counts_then)
    st.markdown(t("**Against today's data** (a later model or number can change this verdict, never the first)"))
    _verdict_counts(summary.counts)


def in_language(table: pd.DataFrame) -> pd.DataFrame:
    """A claims table as the session's language shows it: the article's Korean sentence only in Korean."""
    return table.drop(columns="claim_ko") if current() == DEFAULT and "claim_ko" in table else table


def columns(**more: Any) -> dict[str, Any]:
    """column_config of a claims table: verdicts then and today, the claim, the article's sentence, what was claimed, why."""
    return {
        "verdict_then": st.column_config.TextColumn(t("On its date"), width="small"),
        "verdict": st.column_config.TextColumn(t("Today"), width="small"),
        "claim": st.column_config.TextColumn(t("Claim"), width="large"),
        "claim_ko": st.column_config.TextColumn(t("In the launch article"), width="large",
                                                help=t("The Korean launch article's own sentence, where it states the claim")),
        "claimed": t("Claimed"),
        "why": st.column_config.TextColumn(t("Why, today (computed from the data)"), width="large"),
        **more,
    }
