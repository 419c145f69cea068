"""The Overview's slides (`?present=1`) on a projector-sized Chromium window: at 1280×720 and 1920×1080, in English
and Korean, every slide fits the screen (nothing cut off, nothing scrolls), its title is at least 40 px and no chart
text is under 18 px, there is no sidebar, and →, ← and space move through the slides with the number in the link.
Screenshots of every slide at both sizes go to test-results/."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from gapboard.ui.sections.slides import SLIDE_COUNT, SLIDE_KEY
from tests.support.server import ARTIFACTS, wait_for_app_run

pytestmark = pytest.mark.browser

SIZES = [(1280, 720), (1920, 1080)]
SLIDE = f".st-key-{SLIDE_KEY}"
# What a slide measures: the page's scroll sizes, the title's font size, every chart text's size, and the elements of
# the slide (chart texts included) that reach outside the window or outside their chart.
MEASURE = """slide => {
    const main = document.querySelector('[data-testid=stMain]');
    const width = window.innerWidth, height = window.innerHeight, inside = 4;  // px a glyph's box may overhang
    const outside = [...document.querySelectorAll(slide + ' *')].filter(e => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && (r.right > width + 1 || r.bottom > height + 1 || r.left < -1 || r.top < -1);
    }).map(e => e.tagName + ' ' + (e.textContent || '').slice(0, 40));
    const clipped = [...document.querySelectorAll(slide + ' .vega-embed svg')].flatMap(svg => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text')].filter(t => {
            const r = t.getBoundingClientRect();
            return r.width > 0 && (r.right > box.right + inside || r.left < box.left - inside || r.bottom > box.bottom + inside
                                   || r.top < box.top - inside);
        }).map(t => t.textContent);
    });
    return {
        scroll: [main.scrollHeight - main.clientHeight, main.scrollWidth - main.clientWidth,
                 document.documentElement.scrollWidth - width, document.documentElement.scrollHeight - height],
        title: parseFloat(getComputedStyle(document.querySelector(slide + ' h1')).fontSize),
        chartText: [...document.querySelectorAll(slide + ' .vega-embed svg text')].map(t => parseFloat(getComputedStyle(t).fontSize)),
        outside, clipped,
    };
}"""


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_slide_fits_the_screen_with_room_sized_text(page: Page, app_url, width, height, lang):
    page.set_viewport_size({"width": width, "height": height})
    for number in range(1, SLIDE_COUNT + 1):
        page.goto(f"{app_url}/?present=1&lang={lang}&slide={number}")
        wait_for_app_run(page)
        expect(page.locator(SLIDE + " h1")).to_be_visible()
        expect(page.get_by_test_id("stException")).to_have_count(0)
        expect(page.get_by_test_id("stSidebar")).to_be_hidden()  # no sidebar, no filters
        if number < SLIDE_COUNT:
            expect(page.locator(SLIDE + " .vega-embed svg text").first).to_be_visible()  # the chart is drawn
        page.wait_for_timeout(300)  # the chart's last layout pass
        measured = page.evaluate(MEASURE, SLIDE)
        where = f"{lang} {width}x{height} slide {number}"
        assert max(measured["scroll"]) <= 0, (where, measured["scroll"])  # nothing scrolls
        assert measured["outside"] == [], where  # nothing is cut off by the screen
        assert measured["clipped"] == [], where  # nor by its chart
        assert measured["title"] >= 40, where
        if number < SLIDE_COUNT:
            assert measured["chartText"] and min(measured["chartText"]) >= 18, (where, sorted(measured["chartText"])[:3])
        expect(page.locator(SLIDE).get_by_test_id("stPageLink-NavLink").last).to_be_visible()  # the link to its page
        page.screenshot(path=ARTIFACTS / f"slides-{lang}-{width}x{height}-{number}.png")


def test_arrows_and_space_move_through_the_slides_and_the_link_follows(page: Page, app_url):
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(f"{app_url}/?present=1&lang=ko")
    wait_for_app_run(page)
    expect(page).to_have_url(re.compile(r"slide=1"))
    for key, number in (("ArrowRight", 2), ("Space", 3), ("ArrowRight", 4), ("ArrowLeft", 3), ("Space", 4), ("Space", 5), ("Space", 5)):
        page.keyboard.press(key)
        expect(page).to_have_url(re.compile(rf"slide={number}(&|$)"))
        wait_for_app_run(page)
        expect(page.locator(SLIDE).get_by_text(f"슬라이드 {number} / {SLIDE_COUNT}")).to_be_visible()
    expect(page.locator(SLIDE + " h1")).to_have_text("출시 당시 주장 검증")
    page.get_by_role("button", name="이전").click()
    expect(page).to_have_url(re.compile(r"slide=4(&|$)"))
    copied = page.url
    fresh = page.context.new_page()  # the link reopens the same slide
    fresh.set_viewport_size({"width": 1280, "height": 720})
    fresh.goto(copied)
    wait_for_app_run(fresh)
    expect(fresh.locator(SLIDE + " h1")).to_have_text("4 · 릴리스 속도")
    fresh.close()


def test_the_overview_opens_its_slides_and_the_slides_lead_back(page: Page, app_url):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(app_url)
    wait_for_app_run(page)
    page.get_by_role("button", name=re.compile("Present this story as slides")).click()
    expect(page.locator(SLIDE + " h1")).to_have_text("1 · The gap today")
    expect(page).to_have_url(re.compile(r"present=1"))
    page.get_by_role("button", name=re.compile("Leave the slides")).click()
    wait_for_app_run(page)
    expect(page.get_by_role("heading", name="Overview", exact=True)).to_be_visible()
    expect(page.get_by_test_id("stSidebar")).to_be_visible()
