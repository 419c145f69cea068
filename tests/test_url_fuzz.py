"""Hand-edited links, generated: every page, every parameter it reads, random valid and hostile values.

For each registered page the test first opens it plainly to discover the URL-bound widgets it draws
(key, choices or range). Hypothesis then opens the page with links mixing valid values, invalid ones
(unknown choices, out-of-range or non-numeric numbers, huge, unicode and injection-shaped text) and
unknown extra parameters. Every run must render the page without an exception; a rejected value must
produce a visible notice naming its parameter, and a link of only valid values must produce none.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gapboard.navigation import PAGES
from gapboard.ui import plain
from tests.test_pages import open_page

EXAMPLES_PER_PAGE = 90  # × 6 pages ≥ 500 generated links per CI run

HOSTILE_TEXT = st.one_of(
    st.sampled_from([
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[click](javascript:alert(1))",
        "'; DROP TABLE scores; --", "\" OR 1=1 --", "$benchmarks", "%00", "../../etc/passwd", "=cmd|' /C calc'!A0",
        ":red[x]", "**bold**", "💥" * 50, "a" * 5000, "", " ", "NaN", "inf", "-1e309", "1e309", "0x10",
    ]),
    st.text(min_size=1, max_size=60),
)


@dataclass(frozen=True)
class BoundWidget:
    key: str
    kind: str
    options: tuple[str, ...] = ()
    low: float | None = None
    high: float | None = None
    step: float | None = None
    multi: bool = False


def _walk(node):
    for child in getattr(node, "children", {}).values():
        yield child
        yield from _walk(child)


def _discover(page_file: str) -> list[BoundWidget]:
    at = open_page(page_file)
    found = []
    for element in _walk(at._tree):
        key = getattr(element, "key", None)
        if not key or key.startswith("_"):
            continue
        kind = type(element).__name__
        if kind in ("Multiselect", "Selectbox", "ButtonGroup", "Radio"):
            multi = kind == "Multiselect" or (kind == "ButtonGroup" and isinstance(element.value, list))
            found.append(BoundWidget(key, kind, tuple(str(o) for o in element.options), multi=multi))
        elif kind in ("Slider", "NumberInput"):
            step = getattr(element, "step", None) or 1
            found.append(BoundWidget(key, kind, low=float(element.min), high=float(element.max), step=float(step)))
        elif kind in ("Toggle", "Checkbox"):
            found.append(BoundWidget(key, kind))
        elif kind == "DateInput":
            found.append(BoundWidget(key, kind, low=element.min.toordinal(), high=element.max.toordinal()))
    return found


_WIDGETS: dict[str, list[BoundWidget]] = {}


def widgets_of(page_file: str) -> list[BoundWidget]:
    if page_file not in _WIDGETS:
        _WIDGETS[page_file] = _discover(page_file)
    return _WIDGETS[page_file]


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


@pytest.mark.parametrize("page", PAGES, ids=[p.title for p in PAGES])
def test_generated_links_never_break_a_page(page):
    widgets = widgets_of(page.file)

    @settings(max_examples=EXAMPLES_PER_PAGE, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(links(widgets))
    def check(link):
        params, rejected = link
        at = open_page(page.file, **params)
        assert not at.exception, (params, [e.value for e in at.exception])
        assert at.title[0].value == page.title
        notices = " ".join(w.value for w in at.warning if "Ignored" in w.value)
        for key in rejected:
            assert plain(key[:40]) in notices, (key, params, notices)
        if not rejected:
            assert not notices, (params, notices)

    check()
