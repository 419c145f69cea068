"""The Timeline page in Debian's Chromium: the version chart really draws, a link reproduces the view, CSV export."""
import csv
import io
import re

import pytest
from playwright.sync_api import Page, expect

from gapboard.views import timeline
from tests.support.charts import named_data
from tests.support.server import ARTIFACTS, wait_for_app_run

pytestmark = pytest.mark.browser
SLOW = 90_000  # the page draws five charts; on a shared 2-core machine that can take a while


def _version_marks(page: Page):
    """The version markers of the first (score) timeline chart, drawn as SVG paths with aria labels."""
    return page.get_by_test_id("stVegaLiteChart").first.locator("g.versions_marks path")


def _open(page: Page, url: str) -> None:
    page.set_viewport_size({"width": 1400, "height": 1800})
    page.goto(url)
    wait_for_app_run(page, SLOW)


def test_the_version_chart_draws_one_named_mark_per_version(page: Page, app_url):
    _open(page, app_url + "/timeline?family=MiniMax&tbench=SWE-bench+Verified")
    expect(page.get_by_test_id("stException")).to_have_count(0)
    marks = _version_marks(page)
    expect(marks).to_have_count(5, timeout=SLOW)
    labels = marks.evaluate_all("els => els.map(e => e.getAttribute('aria-label'))")
    versions = ["MiniMax-M2", "MiniMax-M2.1", "MiniMax-M2.5", "MiniMax-M2.7", "MiniMax-M3"]
    assert [re.search(r"Version: ([^;]+)", label).group(1) for label in labels] == versions
    chart = page.get_by_test_id("stVegaLiteChart").first
    for version in versions:  # the names are written on the chart, not only in tooltips
        expect(chart.locator("text", has_text=re.compile(f"^{re.escape(version)}$")).first).to_be_visible()
    _, (points,) = named_data(timeline.versions_view("MiniMax", ("swe-bench-verified",), None).scores_chart)
    changes = points.to_pandas()["change_label"].dropna().tolist()  # e.g. "+11.4 pts ≠ harness" from M2.1 to M2.5
    assert len(changes) == len(versions) - 1
    for change in changes:  # each change is written on its segment
        expect(chart.locator("text", has_text=change).first).to_be_visible()
    chart.screenshot(path=ARTIFACTS / "timeline-versions.png")


def test_a_copied_link_reproduces_the_family_and_benchmark_choice(page: Page, app_url, new_context):
    _open(page, app_url + "/timeline?tbench=SWE-bench+Verified")
    before = _version_marks(page).evaluate_all("els => els.map(e => e.getAttribute('aria-label'))")
    page.get_by_test_id("stSelectbox").filter(has_text="Family or vendor").click()
    page.get_by_role("option", name="Anthropic", exact=True).click()
    expect(page).to_have_url(re.compile(r"family=Anthropic"), timeout=SLOW)
    expect(_version_marks(page).first).to_have_attribute("aria-label", re.compile("Version: Claude"), timeout=SLOW)
    wait_for_app_run(page, SLOW)
    chosen = _version_marks(page).evaluate_all("els => els.map(e => e.getAttribute('aria-label'))")
    assert chosen != before and all("Claude" in label for label in chosen)
    copied = page.url
    assert "tbench=SWE-bench+Verified" in copied or "tbench=SWE-bench%20Verified" in copied

    fresh = new_context().new_page()  # another browser session, closed after the test
    _open(fresh, copied)
    expect(fresh.get_by_role("combobox", name="Family or vendor")).to_have_value("Anthropic")
    expect(_version_marks(fresh)).to_have_count(len(chosen), timeout=SLOW)
    assert _version_marks(fresh).evaluate_all("els => els.map(e => e.getAttribute('aria-label'))") == chosen
    expect(fresh.get_by_test_id("stException")).to_have_count(0)


def test_the_timeline_table_downloads_as_csv_with_its_sources(page: Page, app_url):
    _open(page, app_url + "/timeline?family=MiniMax+M2&tbench=Multi-SWE-bench")
    with page.expect_download(timeout=SLOW) as download:
        page.get_by_role("button", name="Download this table (CSV)").click()
    assert download.value.suggested_filename == "timeline-minimax-m2.csv"
    rows = list(csv.DictReader(io.StringIO(download.value.path().read_text(encoding="utf-8"))))
    m21 = next(r for r in rows if r["version"] == "MiniMax-M2.1" and r["benchmark_name"] == "Multi-SWE-bench")
    assert m21["value"] == "49.4" and m21["date_label"] == "23 Dec 2025"
    assert "47.2 (Claude Code, chart, 2026-02-13)" in m21["all_values"]
    assert m21["source_url"] == "https://github.com/MiniMax-AI/MiniMax-M2.1/blob/main/README.md"
    runtime = [r for r in rows if r["benchmark_name"] == "SWE-bench Verified avg runtime per task"]
    versions = [r["version"] for r in runtime]
    assert versions[:2] == ["MiniMax-M2.1", "MiniMax-M2.5"] and len(versions) == len(set(versions))  # one per version
    assert [r["value"] for r in runtime[:2]] == ["31.3", "22.8"]  # MiniMax's README; later versions: OpenHands Index
    assert all(r["source_url"].startswith("https://") for r in runtime)
