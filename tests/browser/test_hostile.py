"""Hostile names in the data, in Debian's Chromium: no script runs, no link is made, the text shows as text.

A server runs on tests/support/hostile.py's private data folder. Every page and view is opened with the hostile
model, benchmark and harness selected through its link (the same views as tests/pages/test_hostile_text.py).
"""
import urllib.parse

import pytest
from playwright.sync_api import Page, expect

from gapboard.build.config import DATA_DIR_ENV
from gapboard.ui.registry import PAGES
from tests.support import hostile
from tests.support.hostile import VIEW_IDS, VIEWS
from tests.support.server import ARTIFACTS, past_first_visit, streamlit_server, wait_for_app_run, worker_log

pytestmark = pytest.mark.browser

URL_PATHS = {p.file: ("" if p.default else p.url_path) for p in PAGES}
LINKS = """() => [...document.querySelectorAll('a[href], area[href], [xlink\\\\:href]')]
    .map(a => (a.getAttribute('href') || a.getAttribute('xlink:href')) + ' @ ' + a.closest('[data-testid]')?.getAttribute('data-testid') + ' ' + a.parentElement.outerHTML.slice(0, 300))"""
NOT_ABOUT_THE_HOSTILE_ROWS = {"benchmarks-Claims check", "sources-Downloads"}  # the claims; a download button
CHARTS_DRAWN = """() => [...document.querySelectorAll('[data-testid=stVegaLiteChart]')]
    .map(chart => chart.querySelector('canvas, svg') !== null)"""


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory, browser):
    folder = hostile.hostile_copy(tmp_path_factory.mktemp("hostile-browser") / "data")
    with streamlit_server(worker_log("hostile-server"), env={DATA_DIR_ENV: str(folder.root)}) as url:
        yield past_first_visit(browser, url)


@pytest.mark.parametrize(("page_file", "params"), VIEWS, ids=VIEW_IDS)
def test_hostile_names_run_no_script_and_make_no_link(page: Page, hostile_url, page_file, params):
    view_id = VIEW_IDS[VIEWS.index((page_file, params))]
    page.set_viewport_size({"width": 1400, "height": 1800})
    page.goto(f"{hostile_url}/{URL_PATHS[page_file]}?{urllib.parse.urlencode(params, doseq=True)}")
    wait_for_app_run(page)
    expect(page.get_by_test_id("stException")).to_have_count(0)
    drawn = "[data-testid=stDataFrame]:visible, [data-testid=stVegaLiteChart]:visible, [data-testid=stDownloadButton]:visible"
    expect(page.locator(drawn).first).to_be_visible()
    assert page.evaluate("() => window.__pwned") is None
    assert page.evaluate("() => document.querySelectorAll('[onerror], img[src=x]').length") == 0
    links = [href.strip().lower() for href in page.evaluate(LINKS)]  # "href @ container test id, context"
    # a link may carry the hostile name in its query (the Overview links to pages opened on the same model);
    # what must never exist is a link to a script or to the hostile host
    targets = [urllib.parse.urlsplit(link.split(" @ ")[0]) for link in links]
    assert [t for t in targets if t.scheme == "javascript" or "evil.example" in t.netloc] == []
    text = page.evaluate("() => document.body.textContent").replace("\u200b", "")  # ui.plain's link breaker
    if view_id not in NOT_ABOUT_THE_HOSTILE_ROWS:
        assert any(name in text for name in hostile.HOSTILE_TEXTS), "a hostile name should be on the page, as text"
    assert all(page.evaluate(CHARTS_DRAWN))
    page.screenshot(path=ARTIFACTS / f"hostile-{view_id}.png")
