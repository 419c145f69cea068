"""The Cost page in Debian's Chromium: keyboard sliders move the figures, links reproduce them."""
import random
import re

import pytest
from playwright.sync_api import Page, expect

from gapboard.build.config import DATA_DIR_ENV
from gapboard.core import cost
from gapboard.ui.format import usd
from gapboard.views import common
from gapboard.views import cost as cost_views
from tests.support.data import append_csv
from tests.support.server import ARTIFACTS, streamlit_server, wait_for_app_run

pytestmark = pytest.mark.browser

# the baseline is named: by default it follows the data (views.common.featured)
LINK = "/cost?models=MiniMax-M2.5&models=Claude+Opus+4.6&models=DeepSeek-V3.2&base=Claude+Opus+4.6&agents=0"


def baseline_figure(page: Page):
    return page.locator('[data-figure="baseline"] .value')


def test_a_keyboard_slider_step_changes_the_figure_at_once_and_the_copied_link_reproduces_it(page: Page, app_url, new_context):
    page.set_viewport_size({"width": 1400, "height": 1800})
    page.goto(app_url + LINK)
    wait_for_app_run(page)
    figure = baseline_figure(page)
    expect(figure).to_have_text("$990.00")  # 1,000 × 22 × (4,000 × $5 + 1,000 × $25) ÷ 1M, no agents
    slider = page.get_by_label("Requests per day")
    slider.focus()
    page.keyboard.press("ArrowRight")  # one step: 1,000 → 1,100 requests a day
    assert figure.inner_text() == "$1,089.00"  # drawn by the browser before this line runs: no server round trip
    expect(slider).to_have_attribute("aria-valuetext", "1,100")  # a screen reader hears the value
    expect(page).to_have_url(re.compile(r"rpd=1100"))  # the released value went to the server once
    wait_for_app_run(page)
    page.keyboard.press("ArrowRight")  # focus stayed on the slider through the server's rerun
    expect(page).to_have_url(re.compile(r"rpd=1200"))
    page.screenshot(path=ARTIFACTS / "cost-after-slider.png", full_page=True)
    copied = page.url

    fresh = new_context().new_page()  # another browser session, closed after the test
    fresh.goto(copied)
    wait_for_app_run(fresh)
    expect(baseline_figure(fresh)).to_have_text("$1,188.00")
    expect(fresh.get_by_test_id("stException")).to_have_count(0)


SLIDERS = {  # link key → (lowest, highest, step), as gapboard.ui.live_cost draws them
    "rpd": (0, 100_000, 100), "in": (0, 200_000, 500), "out": (0, 32_000, 100), "cache": (0, 100, 5), "days": (1, 31, 1),
    "agents": (0, 100, 1), "hours": (0, 24, 1), "ratio": (0, 50, 0.5), "tps": (1, 500, 1),
}


def _set(page: Page, values: dict) -> None:
    """Move every slider to a value in one go, as a user's drag does: input events only, nothing released."""
    page.evaluate("""values => {
        for (const [key, value] of Object.entries(values)) {
            const input = document.querySelector(`.gapboard-live-cost input[data-key="${key}"]`);
            input.value = value;
            input.dispatchEvent(new Event('input', {bubbles: true}));
        }
    }""", values)


def _shown(page: Page) -> list[tuple[str, float, str]]:
    rows = page.locator(".bar-row")
    return [(row.get_attribute("data-model"), float(row.get_attribute("data-total")), row.locator(".amount").inner_text())
            for row in rows.all()]


def test_twenty_random_workloads_in_the_browser_equal_the_cost_model_to_the_cent(page: Page, app_url):
    page.set_viewport_size({"width": 1400, "height": 1800})
    page.goto(app_url + "/cost?base=Claude+Opus+4.6")  # the default models: every vendor's newest priced flagship
    wait_for_app_run(page)
    choice = cost_views.PriceChoice(
        tuple(m for m in common.featured().cost_models), "claude-opus-4.6", cost.PriceWhen.LATEST, cost.Preference.VENDOR)
    rng = random.Random(20261204)
    for _ in range(20):
        values = {key: rng.randrange(int(low / step), int(high / step) + 1) * step for key, (low, high, step) in SLIDERS.items()}
        _set(page, values)
        load = cost_views.Workload(
            cost.RequestWorkload(requests_per_day=values["rpd"], input_tokens=values["in"], output_tokens=values["out"],
                                 cache_share=values["cache"] / 100, days_per_month=values["days"]),
            cost.AgentWorkload(agents=values["agents"], hours_per_day=values["hours"], days_per_month=values["days"],
                               input_per_output=values["ratio"], cache_share=values["cache"] / 100),
            values["tps"], True,
        )
        table = cost_views.costs(choice, load).table  # the server's figures (core.cost.monthly_costs)
        shown = _shown(page)
        assert [model for model, _, _ in shown] == table["model"].tolist(), values  # the same order: cheapest first
        for (model, total, text), expected in zip(shown, table["total"]):
            # to the cent (the two may round a sum that falls on half a cent apart: 95889.045 and 95889.04500000001)
            assert abs(total - float(expected)) < 0.005 + 1e-9, (model, values)
            drawn = float(text.split(" · ")[0].lstrip("$").replace(",", ""))
            assert abs(drawn - float(expected)) <= 0.005 + 1e-9 or text.startswith(usd(float(expected))), (model, text, values)


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
        expect(page.locator('[data-figure="cheapest"] .label')).to_contain_text("MiniMax-M2.5")
        expect(page.get_by_test_id("stException")).to_have_count(0)
