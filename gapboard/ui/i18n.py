"""The language of this session's pages: chosen once per script run, then read by every text the ui writes.

The choice, first that applies: `?lang=ko` / `?lang=en` in the link (a shared link keeps its language), the
language this session picked with the sidebar switch (kept while the user moves between pages), the browser's
language (`st.context.locale`) unless the link sets a view without naming a language (then it was made in English),
English. A language other than English, or one chosen on purpose, is written back
into the link so the address bar can be shared as it is. The texts themselves are in `gapboard.core.i18n`.
"""
from __future__ import annotations

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from gapboard.core import i18n
from gapboard.core.i18n import DEFAULT, supported
from gapboard.ui.registry import FrameParams, frame_keys

_CURRENT = "_gapboard_lang"  # this run's language
_CHOSEN = "_gapboard_lang_chosen"  # the language this session chose on purpose (link or switch)
_REJECTED = "_gapboard_lang_rejected"  # an unsupported `lang` value of this run's link, for the link notice
SWITCH = "_gapboard_lang_switch"  # the sidebar switch's widget key


def current() -> str:
    """This run's language ("en" outside a script run, e.g. in a unit test)."""
    if get_script_run_ctx(suppress_warning=True) is None:
        return DEFAULT
    return st.session_state.get(_CURRENT, DEFAULT)


def t(message: str, **values: object) -> str:
    """`message` in this run's language (see `gapboard.core.i18n.text`)."""
    return i18n.text(message, current(), **values)


def _browser() -> str:
    locale = (st.context.locale or "").lower()
    return next((lang for lang in i18n.LANGS if locale.split("-")[0] == lang), DEFAULT)


def _names_a_view() -> bool:
    """Whether the link sets anything on the page. Pages in another language always write `lang` into their links,
    so a link that sets a view without naming a language was made in English and opens in English, whatever the
    browser's language (its choices are English labels)."""
    return any(key not in frame_keys() for key in st.query_params)


def choose() -> str:
    """Decide this run's language (see the module doc) and keep the link in step with it."""
    linked = st.query_params.get_all(FrameParams.LANG)
    value = linked[-1] if linked else None
    if value is not None and supported(value):
        st.session_state[_CHOSEN] = value
    elif value is not None:
        st.session_state[_REJECTED] = value  # until the page has said so (`rejected`)
    lang = st.session_state.get(_CHOSEN) or (DEFAULT if _names_a_view() else _browser())
    st.session_state[_CURRENT] = lang
    keep = lang != DEFAULT or st.session_state.get(_CHOSEN) is not None
    if keep and value != lang:
        st.query_params[FrameParams.LANG] = lang
    elif not keep and value is not None:
        del st.query_params[FrameParams.LANG]
    return lang


def rejected() -> str | None:
    """The link's value for `lang` when it named no language Gapboard is written in (once: the page says so)."""
    return st.session_state.pop(_REJECTED, None)


def chose(lang: str) -> str:
    """Record a language picked with the switch; returns the one it replaces."""
    old = current()
    st.session_state[_CHOSEN] = lang
    st.query_params[FrameParams.LANG] = lang
    return old
