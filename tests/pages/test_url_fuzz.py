"""Hand-edited links, generated: every page, every parameter it reads, random valid and hostile values.

For each registered page the test first opens it plainly to discover the URL-bound widgets it draws
(key, choices or range). Hypothesis then opens the page with links mixing valid values, invalid ones
(unknown choices, out-of-range or non-numeric numbers, huge, unicode and injection-shaped text) and
unknown extra parameters. Every run must render the page without an exception; a rejected value must
produce a visible notice naming its parameter, and a link of only valid values must produce none. A value
valid in the default view that the page no longer offers once another parameter changed its choices (a family
without that harness) counts as rejected: it must get the same named notice.

The frame's `lang` (the language every page is written in) is fuzzed on every page as well: a Korean link makes the
English labels of the other parameters invalid choices, and the page must say so, in Korean.

The number of links per page comes from the Hypothesis profile (tests/conftest.py): a quick "dev" run by
default, the "ci" profile (HYPOTHESIS_PROFILE=ci) for ≥ 300 generated links across the six pages.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gapboard.core.i18n import LANGS
from gapboard.ui.format import plain
from gapboard.ui.registry import PAGES, FrameParams
from gapboard.ui.widgets import NOTICE_ICON
from tests.support.pages import BoundWidget, open_page, walk, widgets_of

LANGUAGE = BoundWidget(FrameParams.LANG, "Selectbox", LANGS)  # set by the frame on every page, not by a widget of the page

HOSTILE_TEXT = st.one_of(
    st.sampled_from([
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[click](javascript:alert(1))",
        "'; DROP TABLE scores; --", "\" OR 1=1 --", "$benchmarks", "%00", "../../etc/passwd", "=cmd|' /C calc'!A0",
        ":red[x]", "**bold**", "💥" * 50, "a" * 5000, "", " ", "NaN", "inf", "-1e309", "1e309", "0x10",
    ]),
    st.text(min_size=1, max_size=60),
)


def _valid_value(widget: BoundWidget):
    if widget.options:
        if widget.multi:
            return st.lists(st.sampled_from(widget.options), min_size=1, max_size=3, unique=True)
        return st.sampled_from(widget.options)
    if widget.kind in ("Toggle", "Checkbox"):
        return st.sampled_from(["true", "false"])
    if widget.kind == "DateInput":
        return st.integers(int(widget.low), int(widget.high)).map(lambda o: dt.date.fromordinal(o).isoformat())
    steps = int(round((widget.high - widget.low) / widget.step))
    return st.integers(0, min(steps, 10_000)).map(lambda k: f"{widget.low + k * widget.step:g}")


def _invalid_value(widget: BoundWidget):
    if widget.options:
        text = HOSTILE_TEXT.filter(lambda v: v not in widget.options)
        return st.lists(text, min_size=1, max_size=2) if widget.multi else text
    if widget.kind in ("Toggle", "Checkbox"):
        return HOSTILE_TEXT.filter(lambda v: v.lower() not in ("true", "false"))
    if widget.kind == "DateInput":
        return st.one_of(HOSTILE_TEXT, st.sampled_from(["1900-01-01", "2999-12-31", "2026-02-30"]))
    outside = st.one_of(
        st.floats(max_value=widget.low - 1, allow_nan=False, allow_infinity=False),
        st.floats(min_value=widget.high + 1, allow_nan=False, allow_infinity=False),
    ).map(lambda f: f"{f:g}")
    return st.one_of(outside, HOSTILE_TEXT.filter(lambda v: not _is_number(v)))


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


@st.composite
def links(draw, widgets: list[BoundWidget]):
    """A link's parameters, and which of them the page must reject."""
    params, rejected = {}, set()
    for widget in widgets:
        choice = draw(st.sampled_from(["absent", "valid", "invalid"]))
        if choice == "valid":
            params[widget.key] = draw(_valid_value(widget))
        elif choice == "invalid":
            params[widget.key] = draw(_invalid_value(widget))
            rejected.add(widget.key)
    for extra in draw(st.lists(st.sampled_from(["utm_source", "x", "debug", "<b>", "page"]), max_size=2, unique=True)):
        if extra not in params:
            params[extra] = draw(HOSTILE_TEXT)
            rejected.add(extra)
    return params, rejected


def _offered(element, value: str | list[str]) -> bool:
    """Whether a widget as drawn in this run can take the link value."""
    values = value if isinstance(value, list) else [value]
    kind = type(element).__name__
    if kind in ("Multiselect", "Selectbox", "ButtonGroup", "Radio"):
        return set(values) <= {str(o) for o in element.options}
    if kind in ("Slider", "NumberInput"):
        return all(float(element.min) <= float(v) <= float(element.max) for v in values)
    if kind == "DateInput":
        return all(element.min <= dt.date.fromisoformat(v) <= element.max for v in values)
    return True


def not_offered_here(at, params: dict, rejected: set[str]) -> set[str]:
    """Keys drawn valid (from the page's default view) that this run cannot use, because another parameter of the
    link changed the choices (e.g. a family without that harness) or left the widget out: the page must reject
    those too, with the same named notice."""
    registered = set(at.session_state["_gapboard_url_keys"])
    drawn = {element.key: element for element in walk(at._tree) if getattr(element, "key", None) in params
             and element.key != FrameParams.LANG}
    return {key for key, value in params.items() if key not in rejected
            and (key not in registered or (key in drawn and not _offered(drawn[key], value)))}


def link_notices(at) -> str:
    """The link notices a run showed, in whatever language the page is in."""
    return " ".join(w.value for w in at.warning if w.icon == NOTICE_ICON)


@pytest.mark.parametrize("page_info", PAGES, ids=[p.title for p in PAGES])
def test_generated_links_never_break_a_page(page_info):
    widgets = [*widgets_of(page_info.file), LANGUAGE]
    assert len(widgets) > 1  # the page's URL-bound widgets were found

    # max_examples comes from the loaded profile
    @settings(deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(links(widgets))
    def check(link):
        params, rejected = link
        at = open_page(page_info.file, **params)
        assert not at.exception, (params, [e.value for e in at.exception])
        lang = params.get(FrameParams.LANG) if params.get(FrameParams.LANG) in LANGS else "en"
        assert at.title[0].value == page_info.title_in(lang)
        rejected = rejected | not_offered_here(at, params, rejected)
        notices = link_notices(at)
        for key in rejected:
            assert plain(key[:40]) in notices, (key, params, notices)
        if not rejected:
            assert not notices, (params, notices)

    check()
