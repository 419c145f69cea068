"""A page's frame and its URL-bound widgets, which explain rejected link values.

Every widget a page shows goes through one of the `bound_*` helpers, so its state lives in the URL
(`bind="query-params"`) and a hand-edited link with a value the widget cannot take gets a visible
notice instead of being dropped silently. Choice widgets put their *labels* (the `format_func` text)
in the URL, so links stay readable: `?bench=SWE-bench+Pro`.
"""
from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st
from streamlit.errors import StreamlitAPIException

from gapboard.core import i18n
from gapboard.core.vocabulary import WEIGHTS_CHOICES
from gapboard.ui import i18n as language
from gapboard.ui.format import plain
from gapboard.ui.i18n import t
from gapboard.ui.registry import PAGES, FrameParams, PageInfo, frame_keys

NOTICE_ICON = ":material/link_off:"  # the icon of the notice that lists the link values a page could not use
_NOTICES = "_gapboard_url_notices"
_KEYS = "_gapboard_url_keys"
_PLACEHOLDER = "_gapboard_notice_placeholder"
_ENTRY_RAN = "_gapboard_entry_point_ran"
_RELABELLED = "_gapboard_relabelled"  # URL keys the language switch set, whose link value is in the old language
_TAB_KEYS = "_gapboard_tab_keys"  # the URL keys of tabs: their value is the open tab's name, in the page's language


def mark_entry_point() -> None:
    """Called by app.py before it runs a page, so pages can tell they were reached through it."""
    st.session_state[_ENTRY_RAN] = True


def start_page(page: PageInfo, intro_extra: str = "", heading: bool = True) -> None:
    """The page's title and intro (from the registry, in the session's language) and the slot where link notices
    appear (`heading=False`: a page that draws its own heading, e.g. a slide)."""
    if not st.session_state.get(_ENTRY_RAN):
        _rerun_through_entry_point()
    language.choose()  # app.py chose it already; a page run on its own (a test's rerun) chooses it here
    if heading:
        st.title(page.title_in(language.current()))
        st.caption(page.intro_in(language.current()) + intro_extra)
    st.session_state[_NOTICES] = []
    st.session_state[_KEYS] = set()
    st.session_state[_PLACEHOLDER] = st.empty()
    for key in frame_keys():  # kept on every page (the frame sets them)
        _register(key)
    unsupported = language.rejected()
    if unsupported is not None:
        _reject(FrameParams.LANG, [unsupported], t("not a language Gapboard is written in (en, ko)"))


def _rerun_through_entry_point() -> None:
    """Hand a run that skipped app.py back to it.

    While no session has run app.py yet, Streamlit treats an app with a `pages/` folder as a legacy
    multipage app and runs a deep-linked page file directly (no data check, no shared sidebar).
    Declaring navigation switches the server to `st.navigation` mode; the rerun then goes through app.py.
    """
    st.navigation([st.Page(p.file, url_path=p.url_path, default=p.default) for p in PAGES], position="hidden")
    st.rerun()


def _register(key: str) -> list[str]:
    """Register a URL key for this run and return the link's values for it (none for a widget the language switch
    has just set: the link still holds its label in the old language until the widget writes the new one)."""
    st.session_state.setdefault(_KEYS, set()).add(key)
    relabelled = st.session_state.get(_RELABELLED, set())
    if key in relabelled:
        relabelled.discard(key)
        return []
    return st.query_params.get_all(key)


def _unknown_labels(raw: list[str], options: Sequence[Any], format_func: Callable[[Any], str] | None) -> list[str]:
    labels = [str((format_func or str)(option)) for option in options]
    if len(set(labels)) != len(labels):
        raise ValueError("choice labels must be unique: they are what the URL stores")
    return [value for value in raw if value not in set(labels)]


def _reject(key: str, values: Sequence[str], why: str) -> None:
    shown = ", ".join(f"“{plain(v[:40])}”" for v in values)
    st.session_state.setdefault(_NOTICES, []).append(t("Ignored {key} = {values} from the link: {why}.", key=plain(key[:40]),
                                                       values=shown, why=why))


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
        _reject(key, unknown, t("not one of the choices"))
    default = [value for value in default if value in set(options)]
    if language.current() != i18n.DEFAULT:  # Streamlit's own placeholder is English
        kwargs.setdefault("placeholder", t("Choose options"))
    return st.multiselect(label, options, default=default, key=key, bind="query-params", format_func=format_func, **kwargs)


def bound_selectbox(
    label: str,
    options: Sequence[str],
    key: str,
    default: str | None = None,
    format_func: Callable[[Any], str] = str,
    **kwargs: Any,
) -> str | None:
    """A single choice; `default` when it is one of the options, else the first option."""
    unknown = _unknown_labels(_register(key), options, format_func)
    if unknown:
        _reject(key, unknown, t("not one of the choices, using the default"))
    index = list(options).index(default) if default in options else 0
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
        _reject(key, unknown, t("not one of the choices, using the default"))
    chosen = st.segmented_control(
        label, options, default=default, key=key, bind="query-params", format_func=format_func, required=True, **kwargs
    )
    return chosen if chosen is not None else default


def _check_number(key: str, min_value: float, max_value: float) -> None:
    """Register a numeric widget's URL key and explain any link value outside its range."""
    bad = [v for v in _register(key) if not _number_in_range(v, min_value, max_value)]
    if bad:
        _reject(key, bad, t("not a number from {low:g} to {high:g}, using the default", low=min_value, high=max_value))


def bound_slider(
    label: str,
    min_value: float,
    max_value: float,
    value: float,
    key: str,
    step: float | None = None,
    **kwargs: Any,
) -> Any:
    _check_number(key, min_value, max_value)
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
    _check_number(key, min_value, max_value)
    return st.number_input(label, min_value, max_value, value, step=step, key=key, bind="query-params", **kwargs)


def bound_toggle(label: str, value: bool, key: str, **kwargs: Any) -> bool:
    raw = _register(key)
    bad = [v for v in raw if v.lower() not in {"true", "false"}]
    if bad:
        _reject(key, bad, t("not true or false, using the default"))
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
        _reject(key, unknown, t("not one of the choices"))
    default = [value for value in default if value in set(options)]
    chosen = st.pills(
        label, options, selection_mode="multi", default=default, key=key, bind="query-params", format_func=format_func, **kwargs
    )
    return list(chosen or [])


def bound_date(label: str, value: dt.date, key: str, min_value: dt.date, max_value: dt.date, **kwargs: Any) -> dt.date:
    """A single date bound to the URL as YYYY-MM-DD."""
    bad = [v for v in _register(key) if not _date_in_range(v, min_value, max_value)]
    if bad:
        _reject(key, bad, t("not a date from {low} to {high}, using the default", low=min_value, high=max_value))
    chosen = st.date_input(
        label, value=value, min_value=min_value, max_value=max_value, key=key, bind="query-params", **kwargs
    )
    return chosen if isinstance(chosen, dt.date) else value


def bound_tabs(names: Sequence[str], key: str, default: str | None = None) -> Sequence[Any]:
    """Tabs whose open tab is in the URL, named in the session's language (`names` are the English names). Only
    the open tab's `.open` is True, so a page can skip the others' work."""
    labels = [t(name) for name in names]
    st.session_state.setdefault(_TAB_KEYS, set()).add(key)
    unknown = _unknown_labels(_register(key), labels, None)
    if unknown:
        _reject(key, unknown, t("not one of the tabs, showing the first"))
    return st.tabs(labels, key=key, bind="query-params", default=t(default) if default else labels[0])


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
            t("Ignored link parameter(s) this page does not use: {keys}.", keys=", ".join(plain(k[:40]) for k in unknown))
        )
        for key in unknown:
            with contextlib.suppress(StreamlitAPIException):  # a widget outside these helpers owns it
                del st.query_params[key]
    st.session_state.pop(_RELABELLED, None)  # a key the switch set and this run did not draw reads its link again next time
    notices = st.session_state.get(_NOTICES, [])
    placeholder = st.session_state.get(_PLACEHOLDER)
    if notices and placeholder is not None:
        placeholder.warning("\n\n".join(notices), icon=NOTICE_ICON)


def bound_expander(label: str, key: str, **kwargs: Any) -> Any:
    """An expander whose open state lives in the URL (`key=true`); its `.open` lets closed content skip work."""
    bad = [v for v in _register(key) if v.lower() not in {"true", "false"}]
    if bad:
        _reject(key, bad, t("not true or false, showing it closed"))
    return st.expander(label, key=key, bind="query-params", **kwargs)


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


def linked_number(key: str, low: float, high: float, default: float) -> float:
    """A number a page-managed control keeps in the link: the link's value when it is one from `low` to `high`, else
    `default` (with the standard notice for a value that cannot be used)."""
    _check_number(key, low, high)
    raw = [value for value in st.query_params.get_all(key) if _number_in_range(value, low, high)]
    return float(raw[-1]) if raw else default


def reject_link_value(key: str, value: str, why: str) -> None:
    """Show the standard notice for a page-managed link parameter whose value cannot be used."""
    _reject(key, [value], why)




WEIGHTS_LABELS = {"both": i18n.N_("Both"), "open": i18n.N_("Open"), "proprietary": i18n.N_("Proprietary")}


def bound_weights(key: str) -> tuple[str, ...]:
    """Which weights classes to show: both, open or proprietary."""
    chosen = bound_segmented(t("Weights"), list(WEIGHTS_CHOICES), "both", key=key, format_func=lambda w: t(WEIGHTS_LABELS[w]))
    return WEIGHTS_CHOICES[chosen]


def relabel(old: str, new: str) -> None:
    """After the language changed from `old` to `new` (a callback, before the next run): every URL-bound widget of
    the page keeps its value, and the link gets it in the new language. An open tab (its value is its name) becomes
    the same tab named in `new`; any other value (a choice, whose label is translated) is set again, so Streamlit
    writes its new label into the link."""
    tabs = st.session_state.get(_TAB_KEYS, set())
    st.session_state[_RELABELLED] = set()
    for key in st.session_state.get(_KEYS, set()):
        if key in st.session_state:
            st.session_state[_RELABELLED].add(key)
            value = st.session_state[key]
            if key in tabs and isinstance(value, str):
                message = i18n.message_of(value, old)
                value = i18n.text(message, new) if message is not None else value
            with contextlib.suppress(StreamlitAPIException):
                st.session_state[key] = value
