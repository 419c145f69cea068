"""Tables the way every page draws them: no index, missing spelled out, provenance columns, links that only
ever open http(s) URLs, and the marked Benchmarks table."""
from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import streamlit as st

from gapboard.core import i18n
from gapboard.core.i18n import DEFAULT, N_, text
from gapboard.core.vocabulary import NOT_STATED_LABEL, WEIGHTS_TEXT_COLOURS
from gapboard.ui import widgets
from gapboard.ui.format import listed_reasons, missing, number_text, plain
from gapboard.ui.i18n import current, t

# Gapboard's own words that table cells hold (weights classes, reporters, confidence, how a number appears, …): a
# table in another language shows them in it. Data (names, notes, sources) is shown as its source gives it.
VALUE_WORDS = {
    "open": N_("open"), "proprietary": N_("proprietary"), "vendor": N_("vendor"), "third_party": N_("third_party"),
    "high": N_("high"), "medium": N_("medium"), "low": N_("low"), "text": N_("text"), "chart": N_("chart"),
    "derived": N_("derived"), "estimated": N_("estimated"), NOT_STATED_LABEL: NOT_STATED_LABEL, "yes": N_("yes"),
    "no": N_("no"), "tie": N_("tie"),
}
WORD_COLUMNS = {"weights", "Weights", "reported_by", "confidence", "source_form", "harness", "harness_name", "frontier", "leader",
                "change", "status", "agreement", "counts"}


def in_language(frame: pd.DataFrame | pa.Table) -> pd.DataFrame | pa.Table:
    """`frame` with Gapboard's own words in its cells written in the session's language (unchanged in English)."""
    lang = current()
    if lang == DEFAULT:
        return frame
    frame = frame.to_pandas() if isinstance(frame, pa.Table) else frame
    columns = [c for c in frame.columns if c in WORD_COLUMNS and (frame[c].dtype == object or pd.api.types.is_string_dtype(frame[c]))]
    return frame.assign(**{c: frame[c].map(lambda v: _word(v, lang), na_action="ignore") for c in columns}) if columns else frame


def _word(value: object, lang: str) -> object:
    if not isinstance(value, str):
        return value
    if value in VALUE_WORDS:
        return text(VALUE_WORDS[value], lang)
    return text(value, lang) if i18n.message_of(value, DEFAULT) is not None else value  # e.g. "score added"


def table(frame: pd.DataFrame | pa.Table, column_config: dict[str, Any] | None = None, **kwargs: Any) -> Any:
    """st.dataframe with Gapboard's conventions: no index, missing values spelled out, our words in the session's language."""
    return st.dataframe(in_language(frame), hide_index=True, column_config=column_config, placeholder=missing(), **kwargs)


def link_column(label: str, **kwargs: Any) -> Any:
    """A column of links that opens only http(s) URLs (anything else is shown as invalid, never followed)."""
    return st.column_config.LinkColumn(label, validate=r"^https?://", **kwargs)


def source_columns() -> dict[str, Any]:
    """column_config for the provenance columns every data table carries."""
    return {
        "source_url": link_column(t("Source"), help=t("Where the number was published")),
        "reported_by": st.column_config.TextColumn(t("Reported by"), help=t("vendor = the model's own developer")),
        "as_of": st.column_config.DateColumn(t("As of"), help=t("Date of the source version the number was read from")),
        "source_note": st.column_config.TextColumn(t("Note"), help=t("Where in the source, and any caveat"), width="large"),
        "confidence": st.column_config.TextColumn(t("Confidence")),
    }


def left_out(what: str, reasons: dict[str, str]) -> None:
    """Say which items a chart or table could not show and why (missing is said, never drawn as 0); `what` and the
    reasons come in the session's language."""
    if reasons:
        st.caption(t("Not shown in {what}: {reasons}.", what=plain(what), reasons=listed_reasons(reasons)))


def selectable_table(frame: pd.DataFrame, ids: Sequence[str], param: str, **kwargs: Any) -> str | None:
    """A table with one selectable row, the selection kept in the URL as `param=<id>`; returns the chosen id.

    `ids` names the rows in order. The widget key changes with the rows, so a kept selection can never
    point at a different row after the data changes.
    """
    ids = list(ids)
    wanted = widgets.link_param(param)
    if wanted is not None and wanted not in ids:
        widgets.reject_link_value(param, wanted, "not one of the rows")
        wanted = None
    position = ids.index(wanted) if wanted is not None else None
    digest = hashlib.sha1("|".join(ids).encode()).hexdigest()[:12]
    event = table(
        frame, key=f"{param}-{digest}", on_select="rerun", selection_mode="single-row",
        selection_default={"selection": {"rows": [position]}} if position is not None else None, **kwargs,
    )
    rows = event.selection.rows
    chosen = ids[rows[0]] if rows else None
    widgets.set_link_param(param, chosen)
    return chosen


TINT = "background-color: #FFF1CC"
WEIGHTS_TEXT = {weights: f"color: {colour}; font-weight: 600" for weights, colour in WEIGHTS_TEXT_COLOURS.items()}


def marked_table(
    values: pd.DataFrame,
    markers: pd.DataFrame,
    tinted: pd.DataFrame,
    number_columns: Sequence[str],
    column_config: dict[str, Any] | None = None,
    **kwargs: Any,
) -> Any:
    """A table whose number cells also show a short marker (e.g. "80.2 Ⓥ ⚠3") and a tint where `tinted`.

    The cells keep their numbers (sorting and selections use them); only the display adds the markers.
    Missing cells read "not reported". A `Weights` column, if present, is coloured open/proprietary (and its words
    written in the session's language).
    """
    numbers = list(number_columns)
    markers, tinted = markers.reindex(values.index), tinted.reindex(values.index)
    # One formatter per column that looks each number's text up by its value: a single format call for the
    # whole table (a call per cell cost ~2 ms each). Where a column holds one number with two different
    # markers, the later cells get a format call of their own (a slice subset: the cheapest kind).
    formatters, clashes = {}, []
    for column in numbers:
        texts: dict[float, str] = {}
        for row, value, marker in zip(values.index, values[column], markers[column]):
            if pd.notna(value):
                text = f"{number_text(value)} {marker}" if marker else number_text(value)
                if texts.setdefault(value, text) != text:
                    clashes.append((row, column, text))
        formatters[column] = lambda v, texts=texts: texts.get(v) or number_text(v)
    styler = values.style.format(formatters, na_rep=missing())
    for row, column, text in clashes:
        styler = styler.format(lambda _, t=text: t, subset=pd.IndexSlice[row:row, column:column])
    css = np.full(values.shape, "", dtype=object)
    for column in numbers:
        css[:, values.columns.get_loc(column)] = np.where(tinted[column].eq(True).to_numpy(), TINT, "")
    if "Weights" in values.columns:
        css[:, values.columns.get_loc("Weights")] = [WEIGHTS_TEXT.get(w, "") for w in values["Weights"]]
        if current() != DEFAULT:
            styler = styler.format(lambda w: _word(w, current()), subset=["Weights"])
    styler = styler.apply(lambda _: css, axis=None)
    return st.dataframe(styler, hide_index=True, column_config=column_config, placeholder=missing(), **kwargs)
