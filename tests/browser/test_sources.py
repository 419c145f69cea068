"""The Sources page in Debian's Chromium: a real upload, session isolation, the size limit, the zip download."""
import io
import re
import zipfile

import pytest
from playwright.sync_api import Page, expect

from tests.support.server import ARTIFACTS, nav_links, wait_for_app_run

pytestmark = pytest.mark.browser

LOOKUP = "/sources?tab=Your+results&model=MiniMax-M2.5&lbench=BrowseComp+%28with+context+management%29"
OURS = (
    "model,benchmark,harness,score,unit,date,notes,weights\n"
    "minimax-m2.5,browsecomp-with-context-management,webexplorer,74.0,percent,2026-03-01,our rerun,\n"
    "Our Model <b>v1</b>,swe-bench-verified,,61,percent,2026-03-02,\"=cmd|' /C calc'!A0\",open\n"
    "gpt-5,swe-bench-verifed,,70,percent,2026-03-02,,\n"
).encode()


def _open(page: Page, url: str) -> None:
    page.set_viewport_size({"width": 1400, "height": 1800})
    page.goto(url)
    wait_for_app_run(page)
    expect(page.get_by_role("heading", name="Sources", exact=True)).to_be_visible()


def _values_caption(page: Page):
    page.get_by_role("tab", name="Look up a number").click()
    return page.get_by_text(re.compile(r"^\d+ values\. Headline value"))


def test_a_real_upload_is_kept_in_that_session_only(page: Page, app_url, new_context):
    _open(page, app_url + LOOKUP)
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(
        files=[{"name": "ours.csv", "mimeType": "text/csv", "buffer": OURS}]
    )
    expect(page.get_by_test_id("stAlertContentSuccess")).to_contain_text("2 rows kept from ours.csv; 1 row rejected.")
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expect(page.get_by_text("Rows not kept")).to_be_visible()
    page.screenshot(path=ARTIFACTS / "sources-upload.png")
    expect(_values_caption(page)).to_contain_text("4 values.")  # 3 public values + yours

    other = new_context().new_page()  # another browser session, closed after the test
    _open(other, app_url + LOOKUP)
    expect(other.get_by_test_id("stAlertContentSuccess")).to_have_count(0)
    expect(_values_caption(other)).to_contain_text("3 values.")


def test_a_file_over_the_size_limit_is_refused_with_a_clear_message(page: Page, app_url, tmp_path):
    big = tmp_path / "big.csv"  # a file on disk: Chromium reads it itself (a 6 MB buffer crawls through the driver)
    big.write_bytes(b"x" * (6 * 1024 * 1024))
    _open(page, app_url + "/sources?tab=Your+results")
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(files=big)
    expect(page.get_by_text(re.compile(r"must be 5(\.0)? ?MB or smaller", re.I))).to_be_visible()
    expect(page.get_by_test_id("stAlertContentSuccess")).to_have_count(0)
    expect(page.get_by_test_id("stException")).to_have_count(0)


def test_the_whole_build_downloads_as_a_zip_with_its_licences(page: Page, app_url):
    _open(page, app_url + "/sources?tab=Downloads")
    with page.expect_download() as download:
        page.get_by_role("button", name=re.compile("Download the whole build")).click()
    archive = zipfile.ZipFile(io.BytesIO(download.value.path().read_bytes()))
    names = archive.namelist()
    assert "manifest.json" in names and "LICENCES.md" in names
    assert any(name.endswith("/scores.parquet") for name in names)
    assert "CC BY 4.0" in archive.read("LICENCES.md").decode()


def test_an_upload_follows_the_session_to_the_benchmarks_page_marked_yours(page: Page, app_url, new_context):
    """An upload on Sources is still in use after clicking to Benchmarks (same session), and in no other session."""
    _open(page, app_url + "/sources?tab=Your+results")
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(
        files=[{"name": "ours.csv", "mimeType": "text/csv", "buffer": OURS}]
    )
    expect(page.get_by_test_id("stAlertContentSuccess")).to_contain_text("2 rows kept from ours.csv")
    nav_links(page).filter(has_text="Benchmarks").click()  # in-app: the session is kept
    wait_for_app_run(page)
    expect(page.get_by_role("heading", name="Benchmarks", exact=True)).to_be_visible()
    # the Sources page's own choices stay behind: none of them empties or overrides a Benchmarks widget
    expect(page.get_by_text("Pick at least one benchmark")).to_have_count(0)
    expect(page.get_by_text(re.compile(r"^Ignored "))).to_have_count(0)
    expect(page.get_by_text(re.compile(r"^Including \d+ of your 2 uploaded rows from ours\.csv"))).to_be_visible()
    expect(page.get_by_role("link", name="Your results on the Sources page (see or remove them)")).to_be_visible()
    expect(page.get_by_test_id("stException")).to_have_count(0)
    page.screenshot(path=ARTIFACTS / "benchmarks-yours.png")

    other = new_context().new_page()  # another browser session, closed after the test
    other.set_viewport_size({"width": 1400, "height": 1800})
    other.goto(app_url)
    wait_for_app_run(other)
    nav_links(other).filter(has_text="Benchmarks").click()
    wait_for_app_run(other)
    expect(other.get_by_role("heading", name="Benchmarks", exact=True)).to_be_visible()
    expect(other.get_by_text("More filters: vendor")).to_be_visible()
    expect(other.get_by_text(re.compile(r"^Including \d+ of your"))).to_have_count(0)
