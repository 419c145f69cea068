"""The Overview as projector slides (`?present=1`) under AppTest: one card per slide with its headline number and
chart, live from the build, a link to its page, a final claims slide, the slide number in the link, previous and
next by button and shortcut, and chart text sized for a room. The browser test measures the screen."""
from __future__ import annotations

from urllib.parse import parse_qs

import pytest

from gapboard.core.cards import CARD_TITLES
from gapboard.ui import registry
from gapboard.ui.sections.slides import SLIDE_COUNT
from gapboard.ui.widgets import NOTICE_ICON
from gapboard.views import common, overview
from gapboard.views.charts.theme import SLIDE_FONT_SIZE
from tests.pages.test_benchmarks_page import open_overview

CARD_PAGES = ("benchmarks", "harnesses", "cost", "timeline")


def slide_links(at) -> list:
    return [link for link in at.main.get("page_link") if link.proto.page in (*CARD_PAGES, "")]


def font_sizes(spec: object) -> list[float]:
    """Every font size a Vega-Lite spec sets (its config, marks, axes and legends), wherever it is."""
    if isinstance(spec, dict):
        found = [float(v) for k, v in spec.items() if "fontsize" in k.lower() and isinstance(v, int | float)]
        return found + [size for v in spec.values() for size in font_sizes(v)]
    if isinstance(spec, list):
        return [size for v in spec for size in font_sizes(v)]
    return []


def test_the_first_slide_is_the_gap_today_with_its_number_chart_and_link():
    at = open_overview(present="1")
    assert not at.exception and not at.warning
    assert at.title[0].value == CARD_TITLES[0]  # the card's title, not the page's
    assert at.query_params["slide"] == "1"  # the slide number goes into the link
    assert at.markdown[0].value.startswith("Slide 1 of 5")
    featured = common.featured()
    view = overview.overview(featured.open_model, featured.proprietary_model, featured.benchmark, "en", True)
    assert at.metric[0].value == f"{view.gap.main['gap']:+.1f} {view.gap.unit}"  # live from the build
    assert len(at.get("vega_lite_chart")) == 1
    (link,) = [link for link in slide_links(at) if link.proto.page == "benchmarks"]
    assert parse_qs(link.proto.query_string)["view"] == ["Gap over time"]
    assert not at.sidebar.get("selectbox") and not at.main.get("selectbox")  # no filters
    assert [(b.key, b.proto.shortcut, b.disabled) for b in at.button] == [
        ("gapboard_slides_leave", "", False), ("gapboard_slide_previous", "left", True), ("gapboard_slide_next", "right", False),
        ("gapboard_slide_next_space", "space", False),
    ]


@pytest.mark.parametrize("number", range(1, len(CARD_TITLES) + 1))
def test_each_card_slide_has_its_figure_and_leads_to_its_page(number):
    at = open_overview(present="1", slide=str(number))
    assert not at.exception and at.title[0].value == CARD_TITLES[number - 1]
    assert len(at.metric) == 1 and len(at.get("vega_lite_chart")) == 1
    assert CARD_PAGES[number - 1] in [link.proto.page for link in slide_links(at)]


def test_next_and_previous_move_through_the_slides_and_the_link_follows():
    at = open_overview(present="1")
    at.button(key="gapboard_slide_next").click().run()
    assert at.query_params["slide"] == "2" and at.title[0].value == CARD_TITLES[1]
    at.button(key="gapboard_slide_next_space").click().run()  # space
    assert at.query_params["slide"] == "3" and at.title[0].value == CARD_TITLES[2]
    at.button(key="gapboard_slide_previous").click().run()
    assert at.query_params["slide"] == "2"


def test_the_last_slide_is_the_claims_check():
    at = open_overview(present="1", slide=str(SLIDE_COUNT))
    assert not at.exception and at.title[0].value == "The launch claims, checked"
    summary = common.claims_summary()
    table = at.markdown[1].value
    assert all(f"**{count}**" in table for count in summary.counts.values())
    assert at.button(key="gapboard_slide_next").disabled
    assert "benchmarks" in [link.proto.page for link in slide_links(at)]


def test_slide_charts_have_no_text_under_18_px_and_draw_as_svg():
    featured = common.featured()
    view = overview.overview(featured.open_model, featured.proprietary_model, featured.benchmark, "ko", True)
    for spec in (chart for chart in view.charts if chart is not None):
        sizes = font_sizes(spec)
        assert sizes and min(sizes) >= SLIDE_FONT_SIZE - 1 >= 18
        assert spec["usermeta"]["embedOptions"]["renderer"] == "svg"
    page = overview.overview(featured.open_model, featured.proprietary_model, featured.benchmark)
    assert min(font_sizes(page.charts[0])) < 18  # the page's charts stay as they were


@pytest.mark.parametrize(("params", "key"), [({"present": "1", "slide": "9"}, "slide"), ({"present": "1", "slide": "two"}, "slide"),
                                             ({"present": "yes"}, "present")])
def test_a_bad_slide_or_present_value_gets_the_link_notice(params, key):
    at = open_overview(**params)
    assert not at.exception
    notices = [w.value for w in at.warning if w.icon == NOTICE_ICON]
    assert len(notices) == 1 and notices[0].startswith(f"Ignored {key} = ")


def test_the_slides_keep_the_linked_models_and_the_page_opens_its_slides():
    at = open_overview(present="1", featured="GLM-5", versus="GPT-5.2", slide="2")
    assert not at.exception and at.metric[0].label == r"GLM\-5 ahead of GPT\-5\.2\, SWE\-bench Verified"
    page = open_overview(featured="GLM-5")
    page.button(key="gapboard_present").click().run()
    assert page.query_params["present"] == "1" and page.query_params["slide"] == "1"
    assert page.title[0].value == CARD_TITLES[0] and not page.exception
    page.button(key="gapboard_slides_leave").click().run()
    assert "present" not in page.query_params and page.title[0].value == "Overview"


def test_the_slides_in_korean():
    at = open_overview(present="1", lang="ko", slide="3")
    assert not at.exception and at.title[0].value == "3 · 비용 비율"
    assert at.markdown[0].value.startswith("슬라이드 3 / 5")
    assert [b.label for b in at.button][:3] == ["슬라이드 닫기", "이전", "다음"]
    assert registry.OVERVIEW.title_in("ko") not in [t.value for t in at.title]
