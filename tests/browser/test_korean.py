"""Every page in Korean in Debian's Chromium (its CJK font installed, so screenshots show Hangul): no English words
left in the UI chrome (headings, labels, tabs, buttons, links, the navigation; the data's own names and the trade's
units may stay), the charts draw Korean titles and axes, nothing overflows at 1280 px, and the sidebar switch turns
a page Korean without losing its view. Screenshots go to test-results/."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from gapboard.core import i18n
from gapboard.db import catalogue
from gapboard.ui.registry import BENCHMARKS_TABS, COST_TABS, PAGES
from gapboard.views.cache import connection
from tests.support.korean import CHROME, allowed_words, english_words
from tests.support.server import ARTIFACTS, nav_links, wait_for_app_run

pytestmark = pytest.mark.browser

# The chrome's texts without the names of Material icons (drawn from their ligature text).
CHROME_TEXTS = """selector => [...document.querySelectorAll(selector)].map(element => {
    const copy = element.cloneNode(true);
    copy.querySelectorAll('[data-testid=stIconMaterial], [data-testid=stExpanderIcon]').forEach(icon => icon.remove());
    return copy.innerText;
})"""
# Chrome elements (not text inside a box that clips it) reaching past the window's right edge. Pills stay out:
# Streamlit lays a row of data-named pills out to scroll sideways, in English as in Korean.
PAST_THE_EDGE = """selector => [...document.querySelectorAll(selector)]
    .filter(element => element.getBoundingClientRect().width > 0 && element.getBoundingClientRect().right > window.innerWidth + 1)
    .map(element => element.innerText.slice(0, 60))"""
CHART_TEXTS = "() => [...document.querySelectorAll('.vega-embed svg text')].map(text => text.textContent)"
HANGUL = re.compile(r"[\uac00-\ud7a3]")


@pytest.fixture(scope="module")
def allowed() -> set[str]:
    return allowed_words() | {name.lower() for name in catalogue.built_tables(connection())}


def korean_url(app_url: str, url_path: str, default: bool, **params: str) -> str:
    query = "&".join(f"{k}={v}" for k, v in {"lang": "ko", **params}.items())
    return f"{app_url}/{'' if default else url_path}?{query}"


# Each page's default view, and the views with the charts a default view does not draw.
VIEWS = [(info, {}) for info in PAGES] + [
    (PAGES[1], {"view": i18n.text(BENCHMARKS_TABS[2], "ko")}), (PAGES[1], {"view": i18n.text(BENCHMARKS_TABS[1], "ko")}),
    (PAGES[3], {"cost_view": i18n.text(COST_TABS[3], "ko")}),
]


@pytest.mark.parametrize(("info", "params"), VIEWS, ids=[f"{info.title}{'-' + '-'.join(params.values()) if params else ''}"
                                                         for info, params in VIEWS])
def test_every_page_in_korean_has_korean_chrome_korean_charts_and_no_overflow(page: Page, app_url, allowed, info, params):
    page.set_viewport_size({"width": 1280, "height": 1800})
    page.goto(korean_url(app_url, info.url_path, info.default, **params))
    wait_for_app_run(page)
    expect(page.get_by_role("heading", name=info.title_in("ko"), exact=True)).to_be_visible()
    expect(page.get_by_test_id("stException")).to_have_count(0)
    chrome = page.evaluate(CHROME_TEXTS, CHROME)
    assert len(chrome) > 10
    assert english_words(chrome, allowed) == set(), info.title
    expect(nav_links(page)).to_have_text([re.compile(re.escape(p.title_in("ko")) + "$") for p in PAGES])
    expect(page.get_by_test_id("stAlertContentWarning")).to_have_count(0)  # the view opened as the link says
    charts = page.evaluate(CHART_TEXTS)
    if info.title not in ("Sources", "Benchmarks", "Cost") or params:  # views without a chart: Sources, the Benchmarks
        assert any(HANGUL.search(text) for text in charts), info.title  # table, Cost (its bars are drawn by the page)
    if info.title == "Cost" and not params:  # the live sliders and figures, drawn in the page itself
        live = page.locator(".gapboard-live-cost legend, .gapboard-live-cost label, .gapboard-live-cost .metric .label").all_inner_texts()
        assert len(live) >= 10 and all(HANGUL.search(text) for text in live), live
    assert [text for text in charts if i18n.KO.get(text, text) != text] == []  # no chart text left in its English
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    assert page.evaluate(PAST_THE_EDGE, CHROME.replace(", [data-testid=stBaseButton-pills]", "")) == []
    name = info.url_path + "".join(f"-{re.sub(r'[^0-9A-Za-z가-힣]+', '_', value)}" for value in params.values())
    page.screenshot(path=ARTIFACTS / f"ko-{name}.png", full_page=True)


def test_the_sidebar_switch_turns_the_page_korean_and_keeps_its_view(page: Page, app_url):
    page.set_viewport_size({"width": 1280, "height": 1400})
    page.goto(f"{app_url}/benchmarks?view={BENCHMARKS_TABS[1].replace(' ', '+')}&weights=Open")
    wait_for_app_run(page)
    expect(page.get_by_role("heading", name="Benchmarks", exact=True)).to_be_visible()
    page.get_by_test_id("stSidebarUserContent").get_by_role("radio", name="한국어").click()
    expect(page.get_by_role("heading", name="벤치마크", exact=True)).to_be_visible()
    wait_for_app_run(page)
    expect(page.get_by_role("tab", name=i18n.text(BENCHMARKS_TABS[1], "ko"))).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("radio", name="오픈 웨이트", exact=True)).to_be_checked()  # the filter kept its value
    expect(page.get_by_test_id("stAlertContentWarning")).to_have_count(0)  # and the link no value it cannot read
    expect(page).to_have_url(re.compile(r"lang=ko"))
    expect(page).to_have_url(re.compile(r"weights=%EC%98%A4%ED%94%88"))  # "오픈 웨이트": the link in Korean too
    copied = page.url
    page.goto(copied)  # a shared Korean link opens in Korean, on the same view
    wait_for_app_run(page)
    expect(page.get_by_role("heading", name="벤치마크", exact=True)).to_be_visible()
    expect(page.get_by_role("radio", name="오픈 웨이트", exact=True)).to_be_checked()
    page.get_by_test_id("stSidebarUserContent").get_by_role("radio", name="English").click()
    expect(page.get_by_role("heading", name="Benchmarks", exact=True)).to_be_visible()
    expect(page).to_have_url(re.compile(r"lang=en"))


def test_a_korean_browser_gets_korean_unless_the_link_was_made_in_english(app_url, new_context):
    korean = new_context(locale="ko-KR").new_page()
    korean.goto(app_url + "/timeline")
    wait_for_app_run(korean)
    expect(korean.get_by_role("heading", name="타임라인", exact=True)).to_be_visible()
    expect(korean).to_have_url(re.compile(r"lang=ko"))  # written into the link: a copy opens in Korean anywhere
    english_link = new_context(locale="ko-KR").new_page()
    english_link.goto(app_url + "/benchmarks?weights=Open")  # a link an English page made (no lang): it stays English
    wait_for_app_run(english_link)
    expect(english_link.get_by_role("heading", name="Benchmarks", exact=True)).to_be_visible()
    expect(english_link.get_by_role("radio", name="Open", exact=True)).to_be_checked()
    expect(english_link.get_by_test_id("stAlertContentWarning")).to_have_count(0)
