"""The real app in Debian's Chromium: every page draws its data, links reproduce views."""
import re

import pytest
from playwright.sync_api import Page, expect

from gapboard.ui.registry import PAGES
from tests.support.server import ARTIFACTS, nav_links, streamlit_server, wait_for_app_run

pytestmark = pytest.mark.browser


def page_url(app_url: str, url_path: str, default: bool = False) -> str:
    return app_url + "/" + ("" if default else url_path)


@pytest.mark.parametrize("info", PAGES, ids=[p.title for p in PAGES])
def test_every_page_loads_and_draws_its_table(page: Page, app_url, info):
    page.set_viewport_size({"width": 1400, "height": 1800})
    page.goto(page_url(app_url, info.url_path, info.default))
    wait_for_app_run(page)
    expect(page.get_by_role("heading", name=info.title, exact=True)).to_be_visible()
    expect(page.get_by_test_id("stException")).to_have_count(0)
    table = page.get_by_test_id("stDataFrame").first
    expect(table).to_be_visible()
    expect(table.locator("canvas").first).to_be_visible()
    page.screenshot(path=ARTIFACTS / f"page-{info.url_path}.png")


def test_sidebar_navigation_lists_all_six_pages(page: Page, app_url):
    page.goto(app_url)
    wait_for_app_run(page)
    links = nav_links(page)
    expect(links).to_have_text([re.compile(re.escape(p.title) + "$") for p in PAGES])  # after the icon's name
    links.filter(has_text="Benchmarks").click()
    wait_for_app_run(page)
    expect(page).to_have_url(re.compile(r"/benchmarks$"))
    expect(page.get_by_role("heading", name="Benchmarks", exact=True)).to_be_visible()


def _table_caption(page: Page):
    return page.get_by_text(re.compile(r"\d+ models, \d+ reported values"))


def test_a_copied_link_reproduces_the_benchmarks_view(page: Page, app_url, new_context):
    page.goto(app_url + "/benchmarks")
    wait_for_app_run(page)
    default_caption = _table_caption(page).inner_text()
    page.get_by_role("radio", name="Open", exact=True).click()
    # wait for the rerun's result, not just an idle app: the click may not have started the rerun yet
    expect(_table_caption(page)).not_to_have_text(default_caption)
    expect(page).to_have_url(re.compile(r"weights=Open"))
    open_caption = _table_caption(page).inner_text()
    copied = page.url

    fresh = new_context().new_page()  # another browser session, closed after the test
    fresh.goto(copied)
    wait_for_app_run(fresh)
    expect(_table_caption(fresh)).to_have_text(open_caption)
    expect(fresh.get_by_test_id("stException")).to_have_count(0)


def test_a_bad_link_value_shows_a_notice_not_an_error(page: Page, app_url):
    page.goto(app_url + "/benchmarks?weights=closed&bench=Nope")
    wait_for_app_run(page)
    expect(page.get_by_test_id("stAlertContentWarning")).to_contain_text("Ignored weights = “closed”")
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expect(page.get_by_test_id("stDataFrame").first).to_be_visible()


def test_a_deep_link_as_the_first_visit_after_a_server_start_goes_through_app_py(page: Page, tmp_path):
    """With a pages/ folder, Streamlit would run the page file alone until app.py has run once."""
    with streamlit_server(tmp_path / "server.log") as fresh_url:
        page.goto(fresh_url + "/benchmarks?weights=Open")
        wait_for_app_run(page)
        expect(page.get_by_role("heading", name="Benchmarks", exact=True)).to_be_visible()
        expect(page.get_by_role("dialog")).to_have_count(0)  # no "page not found" on the way
        expect(page.get_by_role("radio", name="Open", exact=True)).to_be_checked()  # the link's state survived
        expect(nav_links(page)).to_have_count(len(PAGES))
        expect(page.get_by_test_id("stSidebarUserContent")).to_contain_text("every number sourced")


# Records every navigation entry the page ever shows, from the first byte on, so a menu that flashes is caught.
RECORD_NAVIGATION = """
window.__shownNav = new Set();
new MutationObserver(() => document.querySelectorAll(
    '[data-testid=stSidebarNavLink], [data-testid=stTopNavLink], [data-testid=stPageLink-NavLink]'
).forEach(link => window.__shownNav.add(link.innerText.trim())))
    .observe(document, {subtree: true, childList: true, characterData: true});
"""


def test_the_first_visit_to_a_fresh_server_never_shows_another_menu(page: Page, tmp_path):
    """Streamlit's own menu listed the files of pages/ ("app, benchmarks, …") until app.py had run once."""
    page.add_init_script(RECORD_NAVIGATION)
    with streamlit_server(tmp_path / "server.log") as fresh_url:
        page.goto(fresh_url + "/cost")
        wait_for_app_run(page)
        expect(nav_links(page)).to_have_count(len(PAGES))
        shown = page.evaluate("[...window.__shownNav]")
        assert len(shown) == len(PAGES)
        assert all(any(text.endswith(p.title) for p in PAGES) for text in shown), shown
