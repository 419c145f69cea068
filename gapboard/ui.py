"""Shared page furniture: URL-bound widgets that explain rejected link values, source columns, notices.

Every widget a page shows goes through one of the `bound_*` helpers, so its state lives in the URL
(`bind="query-params"`) and a hand-edited link with a value the widget cannot take gets a visible
notice instead of being dropped silently. Choice widgets put their *labels* (the `format_func` text)
in the URL, so links stay readable: `?bench=SWE-bench+Pro`.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import streamlit as st
from streamlit import dataframe_util
from streamlit.errors import StreamlitAPIException

from gapboard import charts

_NOTICES = "_gapboard_url_notices"
_KEYS = "_gapboard_url_keys"
_PLACEHOLDER = "_gapboard_notice_placeholder"

MISSING = "not reported"
MISSING_NOTE = "“not reported” means no source gives that number — it is never shown as zero."


_ENTRY_RAN = "_gapboard_entry_point_ran"


def mark_entry_point() -> None:
    """Called by app.py before it runs a page, so pages can tell they were reached through it."""
    st.session_state[_ENTRY_RAN] = True


def start_page(title: str, intro: str) -> None:
    """Title, one-line intro and the slot where link notices appear."""
    if not st.session_state.get(_ENTRY_RAN):
        _rerun_through_entry_point(title)
    st.title(title)
    st.caption(intro)
    st.session_state[_NOTICES] = []
    st.session_state[_KEYS] = set()
    st.session_state[_PLACEHOLDER] = st.empty()


def _rerun_through_entry_point(title: str) -> None:
    """Hand a run that skipped app.py back to it.

    While no session has run app.py yet, Streamlit treats an app with a `pages/` folder as a legacy
    multipage app and runs a deep-linked page file directly (no data check, no shared sidebar).
    Declaring navigation switches the server to `st.navigation` mode; the rerun then goes through app.py.
    """
    from gapboard.navigation import PAGES

    st.navigation([st.Page(p.file, url_path=p.url_path, default=p.default) for p in PAGES], position="hidden")
    st.rerun()


def _register(key: str) -> list[str]:
    st.session_state.setdefault(_KEYS, set()).add(key)
    return st.query_params.get_all(key)


def _unknown_labels(raw: list[str], options: Sequence[Any], format_func: Callable[[Any], str] | None) -> list[str]:
    labels = [str((format_func or str)(option)) for option in options]
    if len(set(labels)) != len(labels):
        raise ValueError("choice labels must be unique: they are what the URL stores")
    return [value for value in raw if value not in set(labels)]


_BARE_LINK = re.compile(r"(?i)https?\\:\\/\\/|www\\\.")  # as they read once escaped
_ZERO_WIDTH = "\u200b"


def plain(text: object) -> str:
    """Text for st.markdown that renders exactly as written: no links, images, HTML or directives.

    Escaping is not enough for bare URLs and e-mail addresses: GitHub-flavoured markdown links them in
    the rendered text. An invisible zero-width space before a URL and after an `@` stops that."""
    escaped = re.sub(r"([!-/:-@\[-`{-~])", r"\\\1", str(text))
    return _BARE_LINK.sub(_ZERO_WIDTH + r"\g<0>", escaped).replace("\\@", "\\@" + _ZERO_WIDTH)


def _reject(key: str, values: Sequence[str], why: str) -> None:
    shown = ", ".join(f"“{plain(v[:40])}”" for v in values)
    st.session_state.setdefault(_NOTICES, []).append(f"Ignored {plain(key[:40])} = {shown} from the link: {why}.")


def bound_multiselect(
    label: str,
    options: Sequence[str],
    default: Sequence[str],
    key: str,
    format_func: Callable[[Any], str] = str,
    **kwargs: Any,
) -> list[str]:
    unknown = _unknown_labels(_register(key), options, format_func)
    if unknown:
        _reject(key, unknown, "not one of the choices")
    default = [value for value in default if value in set(options)]
    return st.multiselect(label, options, default=default, key=key, bind="query-params", format_func=format_func, **kwargs)


def bound_selectbox(
    label: str,
    options: Sequence[str],
    key: str,
    index: int = 0,
    format_func: Callable[[Any], str] = str,
    **kwargs: Any,
) -> str | None:
    unknown = _unknown_labels(_register(key), options, format_func)
    if unknown:
        _reject(key, unknown, "not one of the choices, using the default")
    return st.selectbox(label, options, index=index, key=key, bind="query-params", format_func=format_func, **kwargs)


def bound_segmented(
    label: str,
    options: Sequence[str],
    default: str,
    key: str,
    format_func: Callable[[Any], str] | None = None,
    **kwargs: Any,
) -> str:
    unknown = _unknown_labels(_register(key), options, format_func)
    if unknown:
        _reject(key, unknown, "not one of the choices, using the default")
    chosen = st.segmented_control(
        label, options, default=default, key=key, bind="query-params", format_func=format_func, required=True, **kwargs
    )
    return chosen if chosen is not None else default


def bound_slider(
    label: str,
    min_value: float,
    max_value: float,
    value: float,
    key: str,
    step: float | None = None,
    **kwargs: Any,
) -> Any:
    raw = _register(key)
    bad = [v for v in raw if not _number_in_range(v, min_value, max_value)]
    if bad:
        _reject(key, bad, f"not a number from {min_value:g} to {max_value:g}, using the default")
    return st.slider(label, min_value, max_value, value, step=step, key=key, bind="query-params", **kwargs)


def bound_number(
    label: str,
    min_value: float,
    max_value: float,
    value: float,
    key: str,
    step: float | None = None,
    **kwargs: Any,
) -> Any:
    raw = _register(key)
    bad = [v for v in raw if not _number_in_range(v, min_value, max_value)]
    if bad:
        _reject(key, bad, f"not a number from {min_value:g} to {max_value:g}, using the default")
    return st.number_input(label, min_value, max_value, value, step=step, key=key, bind="query-params", **kwargs)


def bound_toggle(label: str, value: bool, key: str, **kwargs: Any) -> bool:
    raw = _register(key)
    bad = [v for v in raw if v.lower() not in {"true", "false"}]
    if bad:
        _reject(key, bad, "not true or false, using the default")
    return st.toggle(label, value=value, key=key, bind="query-params", **kwargs)


def bound_pills(
    label: str,
    options: Sequence[str],
    default: Sequence[str],
    key: str,
    format_func: Callable[[Any], str] | None = None,
    **kwargs: Any,
) -> list[str]:
    """Multi-choice pills bound to the URL."""
    unknown = _unknown_labels(_register(key), options, format_func)
    if unknown:
        _reject(key, unknown, "not one of the choices")
    default = [value for value in default if value in set(options)]
    chosen = st.pills(
        label, options, selection_mode="multi", default=default, key=key, bind="query-params", format_func=format_func, **kwargs
    )
    return list(chosen or [])


def bound_date(label: str, value: dt.date, key: str, min_value: dt.date, max_value: dt.date, **kwargs: Any) -> dt.date:
    """A single date bound to the URL as YYYY-MM-DD."""
    bad = [v for v in _register(key) if not _date_in_range(v, min_value, max_value)]
    if bad:
        _reject(key, bad, f"not a date from {min_value} to {max_value}, using the default")
    chosen = st.date_input(
        label, value=value, min_value=min_value, max_value=max_value, key=key, bind="query-params", **kwargs
    )
    return chosen if isinstance(chosen, dt.date) else value


def bound_tabs(labels: Sequence[str], key: str, default: str | None = None) -> Sequence[Any]:
    """Tabs whose open tab is in the URL. Only the open tab's `.open` is True, so a page can skip the others' work."""
    unknown = _unknown_labels(_register(key), labels, None)
    if unknown:
        _reject(key, unknown, "not one of the tabs, showing the first")
    return st.tabs(list(labels), key=key, bind="query-params", default=default or labels[0])


def _date_in_range(text: str, low: dt.date, high: dt.date) -> bool:
    try:
        return low <= dt.date.fromisoformat(text) <= high
    except ValueError:
        return False


def _number_in_range(text: str, low: float, high: float) -> bool:
    try:
        number = float(text)
    except ValueError:
        return False
    return low <= number <= high


def finish_page() -> None:
    """Show the notices gathered while the widgets were drawn, and drop link parameters nobody reads."""
    known = st.session_state.get(_KEYS, set())
    unknown = [key for key in st.query_params.keys() if key not in known]
    if unknown:
        st.session_state.setdefault(_NOTICES, []).append(
            "Ignored link parameter(s) this page does not use: " + ", ".join(plain(k[:40]) for k in unknown) + "."
        )
        for key in unknown:
            with contextlib.suppress(StreamlitAPIException):  # a widget outside these helpers owns it
                del st.query_params[key]
    notices = st.session_state.get(_NOTICES, [])
    placeholder = st.session_state.get(_PLACEHOLDER)
    if notices and placeholder is not None:
        placeholder.warning("\n\n".join(notices), icon=":material/link_off:")


def table(frame: pd.DataFrame | pa.Table, column_config: dict[str, Any] | None = None, **kwargs: Any) -> Any:
    """st.dataframe with Gapboard's conventions: no index, missing values spelled out."""
    return st.dataframe(frame, hide_index=True, column_config=column_config, placeholder=MISSING, **kwargs)


def chart(build: Callable[..., Any], *args: Any, key: str | None = None, width: str = "stretch", **kwargs: Any) -> None:
    """Draw the `gapboard.charts` builder `build(*args, **kwargs)`: the spec is cached by the builder's inputs
    and serialised without Streamlit re-validating it on every rerun (`charts.spec`), and is the same spec
    `st.altair_chart` would send. Not for charts with `on_select`. A view cached as a whole hands its charts
    over finished instead (`charts.finished_spec`, drawn with `draw_spec`)."""
    st.vega_lite_chart(spec=charts.spec(build, *args, **kwargs), width=width, key=key)


def arrow_table(frame: pd.DataFrame) -> pa.Table:
    """`frame` as the Arrow table `st.dataframe` would make of it (Streamlit's own conversion, same bytes sent),
    for cached views: a table handed to `table` this way is not converted again on every rerun."""
    return dataframe_util.convert_pandas_df_to_arrow_table(frame)


def draw_spec(spec: dict | None, width: str = "stretch", key: str | None = None) -> None:
    """Draw a finished chart spec from a cached view (`charts.finished_spec`); nothing when it is None."""
    if spec is not None:
        st.vega_lite_chart(spec=spec, width=width, key=key)


def source_columns() -> dict[str, Any]:
    """column_config for the provenance columns every data table carries."""
    return {
        "source_url": st.column_config.LinkColumn("Source", help="Where the number was published", validate=r"^https?://"),
        "reported_by": st.column_config.TextColumn("Reported by", help="vendor = the model's own developer"),
        "as_of": st.column_config.DateColumn("As of", help="Date of the source version the number was read from"),
        "source_note": st.column_config.TextColumn("Note", help="Where in the source, and any caveat", width="large"),
        "confidence": st.column_config.TextColumn("Confidence"),
    }


def left_out(what: str, reasons: dict[str, str]) -> None:
    """Say which items a chart or table could not show and why (missing is said, never drawn as 0)."""
    if reasons:
        listed = "; ".join(f"{plain(name)} ({plain(reason)})" for name, reason in sorted(reasons.items()))
        st.caption(f"Not shown in {plain(what)}: {listed}.")


def csv_bytes(frame: pd.DataFrame, notes: Sequence[str] = ()) -> bytes:
    """CSV for download, with spreadsheet formulas neutralised so a cell can never execute.

    `notes` (e.g. the active filters) come first as `# ` comment lines, one per note.
    """
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(_defuse_formula)
    header = "".join("# " + " ".join(str(note).split()) + "\n" for note in notes)
    return (header + safe.to_csv(index=False)).encode("utf-8")


def _defuse_formula(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def bound_expander(label: str, key: str, **kwargs: Any) -> Any:
    """An expander whose open state lives in the URL (`key=true`); its `.open` lets closed content skip work."""
    bad = [v for v in _register(key) if v.lower() not in {"true", "false"}]
    if bad:
        _reject(key, bad, "not true or false, showing it closed")
    return st.expander(label, key=key, bind="query-params", **kwargs)


def selectable_table(frame: pd.DataFrame, ids: Sequence[str], param: str, **kwargs: Any) -> str | None:
    """A table with one selectable row, the selection kept in the URL as `param=<id>`; returns the chosen id.

    `ids` names the rows in order. The widget key changes with the rows, so a kept selection can never
    point at a different row after the data changes.
    """
    ids = list(ids)
    wanted = link_param(param)
    if wanted is not None and wanted not in ids:
        _reject(param, [wanted], "not one of the rows")
        wanted = None
    position = ids.index(wanted) if wanted is not None else None
    digest = hashlib.sha1("|".join(ids).encode()).hexdigest()[:12]
    event = table(
        frame, key=f"{param}-{digest}", on_select="rerun", selection_mode="single-row",
        selection_default={"selection": {"rows": [position]}} if position is not None else None, **kwargs,
    )
    rows = event.selection.rows
    chosen = ids[rows[0]] if rows else None
    set_link_param(param, chosen)
    return chosen


def link_param(key: str) -> str | None:
    """A link parameter the page manages itself (not a widget): registered so it is kept, and its value."""
    values = _register(key)
    return values[-1] if values else None


def keep_link_params(*keys: str) -> None:
    """Keep link parameters whose widgets are not drawn in this run (e.g. in a closed tab), untouched."""
    for key in keys:
        _register(key)


def set_link_param(key: str, value: str | None) -> None:
    """Write (or, with None, remove) a page-managed link parameter so the address bar reproduces the view."""
    if value is None:
        with contextlib.suppress(KeyError):
            del st.query_params[key]
    elif st.query_params.get(key) != value:
        st.query_params[key] = value


def reject_link_value(key: str, value: str, why: str) -> None:
    """Show the standard notice for a page-managed link parameter whose value cannot be used."""
    _reject(key, [value], why)


TINT = "background-color: #FFF1CC"
WEIGHTS_TEXT = {"open": "color: #007A5A; font-weight: 600", "proprietary": "color: #B34700; font-weight: 600"}


def number_text(value: Any) -> str:
    """A reported number as printed: at most two decimals, no trailing zeros; missing spelled out."""
    return MISSING if pd.isna(value) else f"{float(value):.2f}".rstrip("0").rstrip(".")


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
    Missing cells read "not reported". A `Weights` column, if present, is coloured open/proprietary.
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
    styler = values.style.format(formatters, na_rep=MISSING)
    for row, column, text in clashes:
        styler = styler.format(lambda _, t=text: t, subset=pd.IndexSlice[row:row, column:column])
    css = np.full(values.shape, "", dtype=object)
    for column in numbers:
        css[:, values.columns.get_loc(column)] = np.where(tinted[column].eq(True).to_numpy(), TINT, "")
    if "Weights" in values.columns:
        css[:, values.columns.get_loc("Weights")] = [WEIGHTS_TEXT.get(w, "") for w in values["Weights"]]
    styler = styler.apply(lambda _: css, axis=None)
    return st.dataframe(styler, hide_index=True, column_config=column_config, placeholder=MISSING, **kwargs)
