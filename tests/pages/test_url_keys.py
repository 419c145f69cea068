"""Link parameters are unique across pages, and every page binds only the parameters its registry entry declares.

Streamlit keeps a URL parameter when the user moves to another page that binds a widget to the same key, so two
pages sharing a key would hand one page's choice to the other (an empty or "Ignored" selection on arrival). The
contract is gapboard.ui.registry: each PageInfo declares its keys (a key ending in "_" is a prefix standing for
every key that starts with it). These tests check the declarations against each other, then open every page in
its default view, every tab and every expander under AppTest and compare the keys the widgets helper registered
with the declared ones. The old test read the pages' source and missed the Timeline binding "harness" (also a
Benchmarks filter) through a variable; the last tests rebuild that clash and prove it is caught.
"""
from __future__ import annotations

from itertools import combinations

import pytest

from gapboard.ui import registry
from gapboard.ui.registry import BENCHMARKS_TABS, COST_TABS, PAGES, SOURCES_TABS, PageInfo, TimelineParams
from gapboard.ui.sections import timeline as timeline_sections
from tests.support.pages import open_page

BOUND_KEYS = "_gapboard_url_keys"  # where gapboard.ui.widgets records the keys a page run registered


def covers(declared: str, key: str) -> bool:
    """Whether a declared key stands for `key`: the same key, or a prefix ("p_") that `key` starts with."""
    return key == declared or (declared.endswith("_") and key.startswith(declared))


def clashes(pages: tuple[PageInfo, ...]) -> list[tuple[str, str, str, str]]:
    """(page, key, other page, other key) for every two keys of different pages that one link could set both of."""
    found = []
    for one, other in combinations(pages, 2):
        for key in one.keys():
            for other_key in other.keys():
                if covers(key, other_key) or covers(other_key, key):
                    found.append((one.title, key, other.title, other_key))
    return found


def contract_breaks(page_info: PageInfo, bound: set[str]) -> list[str]:
    """What is wrong with the keys one run of a page registered: keys its PageInfo does not declare, and keys
    another page declares."""
    breaks = [f"{key}: not declared by {page_info.title}" for key in sorted(bound)
              if not any(covers(declared, key) for declared in page_info.keys()) and key not in registry.frame_keys()]
    breaks += [f"{key}: declared by {other.title}" for key in sorted(bound) for other in PAGES
               if other is not page_info and any(covers(declared, key) for declared in other.keys())]
    return breaks


def test_no_two_pages_declare_the_same_url_parameter():
    assert sum(len(p.keys()) for p in PAGES) > 50  # every page's parameters were found
    assert all(p.keys() for p in PAGES)
    for page_info in PAGES:
        assert len(set(page_info.keys())) == len(page_info.keys()), page_info.title
    assert clashes(PAGES) == []


def test_no_page_declares_a_key_the_frame_keeps():
    assert "lang" in registry.frame_keys()
    frame = PageInfo("frame", "Frame", "", "frame", "", registry.FrameParams)
    assert [clash for page_info in PAGES for clash in clashes((page_info, frame))] == []


def test_the_clash_check_sees_a_shared_key_and_a_prefix():
    old_timeline_params = type("TimelineParams", (), {
        **{name: value for name, value in vars(TimelineParams).items() if not name.startswith("_")}, "HARNESS": "harness",
    })
    old = tuple(PageInfo(**{**vars(p), "params": old_timeline_params}) if p is registry.TIMELINE else p for p in PAGES)
    assert clashes(old) == [("Benchmarks", "harness", "Timeline", "harness")]  # the clash the old test missed
    prefixed = PageInfo("x.py", "X", "", "x", "", type("XParams", (), {"PRICE": "p_minimax-m2.5", "PACE": "pbench_"}))
    assert clashes((registry.COST, prefixed)) == [("Cost", "p_", "X", "p_minimax-m2.5")]
    assert covers("p_", "p_x") and not covers("p_", "pbench") and not covers("model", "models")


# Every view of every page: the default, each tab and each expander a link can open.
PAGE_VIEWS: dict[str, list[dict[str, str]]] = {
    "Overview": [{}, {"sources": "true"}, {"present": "1"}, {"present": "1", "slide": "5"}],
    "Benchmarks": [{}, *({"view": tab} for tab in BENCHMARKS_TABS), {"conflicts": "true", "values": "true"},
                   {"cell": "minimax-m2.5:swe-bench-verified"}, {"view": BENCHMARKS_TABS[3], "claim": "m25-standard-input"}],
    "Harnesses": [{}],
    "Cost": [{}, *({"cost_view": tab} for tab in COST_TABS)],
    "Timeline": [{}],
    "Sources": [{}, *({"tab": tab} for tab in SOURCES_TABS)],
}


def bound_keys(page_file: str, params: dict[str, str]) -> set[str]:
    at = open_page(page_file, **params)
    assert not at.exception, params
    assert not [w.value for w in at.warning if "Ignored" in w.value], params  # the view was really opened
    return set(at.session_state[BOUND_KEYS])


@pytest.mark.parametrize("page_info", PAGES, ids=[p.title for p in PAGES])
def test_every_page_binds_only_the_url_parameters_it_declares(page_info):
    assert set(PAGE_VIEWS) == {p.title for p in PAGES}
    seen = set()
    for params in PAGE_VIEWS[page_info.title]:
        bound = bound_keys(page_info.file, params)
        assert contract_breaks(page_info, bound) == [], params
        seen |= bound
    # every declared key was bound in one of the views: the walk reached every widget
    assert [d for d in page_info.keys() if not any(covers(d, key) for key in seen)] == []


def test_the_run_time_check_catches_the_old_timeline_harness_key(monkeypatch):
    # The Timeline's version harness picker as it was: bound to "harness", the Benchmarks harness filter's key.
    monkeypatch.setattr(timeline_sections, "P", type("TimelineParams", (TimelineParams,), {"HARNESS": "harness"}))
    bound = bound_keys(registry.TIMELINE.file, {})
    assert "harness" in bound and "vharness" not in bound
    assert contract_breaks(registry.TIMELINE, bound) == ["harness: not declared by Timeline", "harness: declared by Benchmarks"]
