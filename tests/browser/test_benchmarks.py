"""The Benchmarks and Overview pages in Debian's Chromium: charts draw, a selected cell and the filters survive a
copied link, the CSV download holds exactly the shown table, and the Overview renders without errors."""
import io
import re

import pandas as pd
import pytest
from playwright.sync_api import Page, expect

from gapboard.core import claims
from tests.support.server import ARTIFACTS, wait_for_app_run

pytestmark = pytest.mark.browser
CAPTION = re.compile(r"\d+ models, \d+ reported values")


def _open(page: Page, url: str) -> None:
    page.set_viewport_size({"width": 1500, "height": 1800})
    page.goto(url)
    wait_for_app_run(page)
    expect(page.get_by_test_id("stException")).to_have_count(0)


def _charts_drawn(page: Page, count: int) -> None:
    charts = page.get_by_test_id("stVegaLiteChart")
    expect(charts).to_have_count(count)
    for index in range(count):
        expect(charts.nth(index).locator("canvas, svg").first).to_be_visible()


@pytest.mark.parametrize(("view", "count"), [("Gap+today", 1), ("Gap+over+time", 1)])
def test_the_gap_charts_are_drawn(page: Page, app_url, view, count):
    _open(page, f"{app_url}/benchmarks?view={view}")
    _charts_drawn(page, count)
    page.screenshot(path=ARTIFACTS / f"benchmarks-{view.lower().replace('+', '-')}.png")


def test_the_frontier_shows_months_behind(page: Page, app_url):
    _open(page, f"{app_url}/benchmarks?view=Gap+over+time&fbench=SWE-bench+Verified")
    expect(page.get_by_test_id("stMetricValue").first).to_have_text(re.compile(r"^\d+\.\d months$"))


def test_the_overview_renders_four_figures_with_charts_and_the_claims(page: Page, app_url):
    _open(page, app_url)
    # four figures, then each verdict's count twice: on the day each claim was made and against today's data
    expect(page.get_by_test_id("stMetricValue")).to_have_count(4 + 2 * len(claims.VERDICTS))
    _charts_drawn(page, 4)
    expect(page.get_by_role("heading", name="The launch claims, checked")).to_be_visible()
    expect(page.get_by_test_id("stDataFrame").last.locator("canvas").first).to_be_visible()
    page.screenshot(path=ARTIFACTS / "overview-story.png")
    page.get_by_role("link", name="Every claim with its evidence rows and sources").click()
    wait_for_app_run(page)
    expect(page).to_have_url(re.compile(r"/benchmarks\?view=Claims\+check"))
    expect(page.get_by_role("tab", name="Claims check", selected=True)).to_be_visible()
    _open(page, app_url)
    page.get_by_role("link", name="How far behind, over time: the two frontiers").click()
    # fbench may drop out of the address once it is seen to be the default; the view is what matters
    expect(page).to_have_url(re.compile(r"/benchmarks\?view=Gap\+over\+time(&fbench=SWE-bench\+Verified)?$"))
    expect(page.get_by_text("SWE-bench Verified, results under OpenHands")).to_be_visible()
    expect(page.get_by_test_id("stMetricValue").first).to_have_text(re.compile(r"^\d+\.\d months$"))


def test_a_selected_cell_and_the_filters_survive_a_copied_link(page: Page, app_url, new_context):
    _open(page, f"{app_url}/benchmarks?bench=SWE-bench+Verified&bench=BrowseComp")
    before = page.get_by_text(CAPTION).inner_text()
    page.get_by_role("radio", name="Open", exact=True).click()
    expect(page.get_by_text(CAPTION)).not_to_have_text(before)
    wait_for_app_run(page)
    grid = page.get_by_test_id("stDataFrame").first.bounding_box()
    page.mouse.click(grid["x"] + grid["width"] - 40, grid["y"] + 35 + 17)  # first row, last column (BrowseComp)
    expect(page).to_have_url(re.compile(r"cell=[a-z0-9.\-]+%3Abrowsecomp|cell=[a-z0-9.\-]+:browsecomp"))
    heading = page.get_by_role("heading", name=re.compile(r" · BrowseComp$"))
    expect(heading).to_be_visible()
    shown, caption, copied = heading.inner_text(), page.get_by_text(CAPTION).inner_text(), page.url

    fresh = new_context().new_page()  # another browser session, closed after the test
    _open(fresh, copied)
    expect(fresh.get_by_text(CAPTION)).to_have_text(caption)
    expect(fresh.get_by_role("heading", name=shown)).to_be_visible()
    expect(fresh.get_by_role("radio", name="Open", exact=True)).to_be_checked()


def test_the_download_is_exactly_the_filtered_table_with_sources_and_filters(page: Page, app_url):
    _open(page, f"{app_url}/benchmarks?bench=SWE-bench+Verified&bench=SWE-bench+Pro&weights=Open")
    models = int(page.get_by_text(CAPTION).inner_text().split(" models")[0].split()[-1])
    with page.expect_download() as download:
        page.get_by_role("button", name=re.compile("Download this table as CSV")).click()
    data = (ARTIFACTS / "benchmarks-download.csv")
    download.value.save_as(data)
    text = data.read_text(encoding="utf-8")
    assert text.startswith("# Gapboard Benchmarks export\n# benchmarks: SWE-bench Verified, SWE-bench Pro\n# weights: open;")
    table = pd.read_csv(io.StringIO(text), comment="#")
    assert len(table) == models and set(table["Weights"]) == {"open"}
    assert {"SWE-bench Verified", "SWE-bench Verified · harness", "SWE-bench Verified · source", "SWE-bench Pro · reported by"} <= set(table.columns)
    m25 = table.set_index("Model").loc["MiniMax-M2.5"]
    assert m25["SWE-bench Verified"] == 72.6 and m25["SWE-bench Verified · harness"] == "OpenHands"
    assert m25["SWE-bench Verified · source"].startswith("https://github.com/OpenHands/")


def test_selecting_a_claim_shows_its_evidence_and_keeps_it_in_the_link(page: Page, app_url):
    _open(page, f"{app_url}/benchmarks?view=Claims+check")
    grid = page.get_by_test_id("stDataFrame").first.bounding_box()
    page.mouse.click(grid["x"] + 16, grid["y"] + 35 + 35 + 17)  # the second claim's selection box
    expect(page).to_have_url(re.compile(r"claim=m25-beats-opus-4-6-swe-verified"))
    expect(page.get_by_role("heading", name=re.compile(r"contradicted — With that 80.2%"))).to_be_visible()
    # judged twice: on its date (a verdict no later data changes) and against today's data
    verdicts = page.get_by_test_id("stMarkdownContainer")
    expect(verdicts.filter(has_text=re.compile(r"^On its date \(\d{4}-\d{2}-\d{2}\): contradicted\."))).to_contain_text(
        "80.2 vs 80.8 (Claude Opus 4.6)")
    expect(verdicts.filter(has_text=re.compile(r"^Today: "))).to_be_visible()
