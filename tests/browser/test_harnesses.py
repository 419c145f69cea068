"""The Harnesses page in Debian's Chromium: the charts draw, a copied link reproduces the selection, the
matrix downloads as CSV with its licences."""
import csv
import io
import re

import pytest
from playwright.sync_api import Page, expect

from tests.support.server import ARTIFACTS, wait_for_app_run

pytestmark = pytest.mark.browser


def _open_harnesses(page: Page, app_url: str) -> None:
    page.set_viewport_size({"width": 1400, "height": 1800})
    page.goto(app_url + "/harnesses")  # straight there: the sidebar's links are tested in test_navigation.py
    wait_for_app_run(page)
    expect(page.get_by_role("heading", name="Harnesses", exact=True)).to_be_visible()


def _flip_sentence(page: Page):
    return page.get_by_text(re.compile(r"^(The ranking flips|No flip)"))


def test_the_spread_and_flip_charts_draw(page: Page, app_url):
    _open_harnesses(page, app_url)
    charts = page.get_by_test_id("stVegaLiteChart")
    expect(charts).to_have_count(3)  # spread, rank flip, overlap
    for index in range(3):
        charts.nth(index).scroll_into_view_if_needed()
        expect(charts.nth(index).locator("canvas, svg").first).to_be_visible()
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expect(_flip_sentence(page)).to_contain_text("MiniMax-M2.5 is ahead of Claude Opus 4.6 under Droid, OpenCode")
    page.screenshot(path=ARTIFACTS / "harnesses.png", full_page=True)


def test_a_copied_link_reproduces_the_selection(page: Page, app_url, new_context):
    _open_harnesses(page, app_url)
    before = _flip_sentence(page).inner_text()
    model_b = page.get_by_test_id("stSelectbox").filter(has_text="Model B")
    model_b.click()
    page.keyboard.type("Claude Opus 4.5")
    page.get_by_role("option", name="Claude Opus 4.5", exact=True).click()
    expect(_flip_sentence(page)).not_to_have_text(before)
    expect(page).to_have_url(re.compile(r"[?&]b=Claude\+Opus\+4\.5"))
    chosen = _flip_sentence(page).inner_text()
    caption = page.get_by_text(re.compile(r"^\d+ models × \d+ harness columns"))
    all_weights = caption.inner_text()
    page.get_by_role("radio", name="Open", exact=True).click()
    expect(caption).not_to_have_text(all_weights)
    expect(page).to_have_url(re.compile(r"hweights=Open"))
    expect(_flip_sentence(page)).to_have_text(chosen)  # the pair is chosen among all models
    matrix_caption = caption.inner_text()
    copied = page.url

    fresh = new_context().new_page()  # another browser session, closed after the test
    fresh.set_viewport_size({"width": 1400, "height": 1800})
    fresh.goto(copied)
    wait_for_app_run(fresh)
    expect(_flip_sentence(fresh)).to_have_text(chosen)
    expect(fresh.get_by_text(re.compile(r"^\d+ models × \d+ harness columns"))).to_have_text(matrix_caption)
    expect(fresh.get_by_test_id("stException")).to_have_count(0)


def test_the_matrix_downloads_as_csv_with_its_licences(page: Page, app_url):
    _open_harnesses(page, app_url)
    with page.expect_download() as download:
        page.get_by_role("button", name="Download the matrix (CSV)").click()
    rows = list(csv.DictReader(io.StringIO(open(download.value.path(), encoding="utf-8").read())))
    by_model = {row["Model"]: row for row in rows}
    assert by_model["MiniMax-M2.5"]["Droid"] == "79.7"
    assert "SWE-bench leaderboard (CC BY-NC 4.0)" in by_model["Claude Opus 4"]["Sources (licence)"]
