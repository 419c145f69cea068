"""The Cost page in Debian's Chromium: keyboard sliders move the figures, links reproduce them."""
import re

import pytest
from playwright.sync_api import Page, expect

from gapboard.build.config import DATA_DIR_ENV
from tests.support.data import append_csv
from tests.support.server import ARTIFACTS, streamlit_server, wait_for_app_run

pytestmark = pytest.mark.browser

# the baseline is named: by default it follows the data (views.common.featured)
LINK = "/cost?models=MiniMax-M2.5&models=Claude+Opus+4.6&models=DeepSeek-V3.2&base=Claude+Opus+4.6&agents=0"


def baseline_figure(page: Page):
    return page.get_by_test_id("stMetric").filter(has_text="Monthly cost").get_by_test_id("stMetricValue")


def test_a_keyboard_slider_step_changes_the_figure_and_the_copied_link_reproduces_it(page: Page, app_url, new_context):
    page.set_viewport_size({"width": 1400, "height": 1800})
    page.goto(app_url + LINK)
    wait_for_app_run(page)
    figure = baseline_figure(page)
    expect(figure).to_have_text("$990.00")  # 1,000 × 22 × (4,000 × $5 + 1,000 × $25) ÷ 1M, no agents
    slider = page.get_by_test_id("stSlider").filter(has_text="Requests per day").get_by_role("slider")
    slider.focus()
    page.keyboard.press("ArrowRight")  # one step: 1,000 → 1,100 requests a day
    expect(figure).to_have_text("$1,089.00")
    expect(page).to_have_url(re.compile(r"rpd=1100"))
    expect(page.get_by_test_id("stVegaLiteChart").first.locator("canvas, svg").first).to_be_visible()
    page.screenshot(path=ARTIFACTS / "cost-after-slider.png", full_page=True)
    copied = page.url

    fresh = new_context().new_page()  # another browser session, closed after the test
    fresh.goto(copied)
    wait_for_app_run(fresh)
    expect(baseline_figure(fresh)).to_have_text("$1,089.00")
    expect(fresh.get_by_test_id("stException")).to_have_count(0)


def test_every_cost_view_draws_without_an_error(page: Page, app_url):
    page.set_viewport_size({"width": 1400, "height": 1800})
    for view in ["Per hour of agent work", "Per resolved task", "Score vs cost", "Self-hosting", "How this was computed"]:
        page.goto(app_url + LINK + "&cost_view=" + view.replace(" ", "+"))
        wait_for_app_run(page)
        expect(page.get_by_role("tab", name=view, selected=True)).to_be_visible()
        expect(page.get_by_test_id("stException")).to_have_count(0)
        expect(page.get_by_test_id("stDataFrame").first.locator("canvas").first).to_be_visible()
    expect(page.get_by_test_id("stVegaLiteChart")).to_have_count(0)  # the last view has no chart …
    page.get_by_role("tab", name="Score vs cost").click()  # … and switching tabs draws the scatter
    expect(page.get_by_test_id("stVegaLiteChart").first.locator("canvas, svg").first).to_be_visible()
    expect(page).to_have_url(re.compile(r"cost_view=Score\+vs\+cost"))


def test_unpriced_models_appear_in_the_no_price_list(page: Page, private_data):
    append_csv(private_data.sources / "models.csv", ["acme-yuan", "Acme Yuan", "Acme", "Acme", "open"] + [""] * 10)
    append_csv(private_data.sources / "prices.csv",
               ["acme-yuan", "acme", "standard", "Acme CNY list", "", "", "", "", "", "", "", "2026-11-29", "vendor",
                "https://example.com/cny", "CNY only"])
    with streamlit_server(private_data.root / "server.log", env={DATA_DIR_ENV: str(private_data.root)}) as url:
        # The first request is the deep link itself: it goes through app.py, whose check rebuilds the edited
        # sources before the page runs (tests/browser/test_navigation.py proves a first deep link runs app.py).
        page.goto(url + "/cost?models=MiniMax-M2.5&models=Acme+Yuan")
        wait_for_app_run(page)
        listed = page.get_by_test_id("stMarkdown").filter(has_text="No USD price")
        expect(listed).to_contain_text("Acme Yuan")
        expect(listed).to_contain_text("without a USD figure")
        expect(page.get_by_test_id("stMetric").filter(has_text="Cheapest ·")).to_contain_text("MiniMax-M2.5")
        expect(page.get_by_test_id("stException")).to_have_count(0)
