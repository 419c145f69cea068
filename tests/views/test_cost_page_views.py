"""The Cost page's views: what the browser gets to compute the live figures, and the server's own costing of the
same choice (the browser test holds the two equal to the cent)."""
import json

from gapboard.core import cost
from gapboard.views import cost as cost_views

CHOICE = cost_views.PriceChoice(("minimax-m2.5", "claude-opus-4.6"), "claude-opus-4.6", cost.PriceWhen.LATEST,
                                cost.Preference.VENDOR)


def workload(requests_per_day: int) -> cost_views.Workload:
    """The Cost page tests' workload: 10,000 input (half from cache) and 2,000 output tokens a request, 20 days."""
    return cost_views.Workload(
        cost.RequestWorkload(requests_per_day=requests_per_day, input_tokens=10_000, output_tokens=2_000, cache_share=0.5,
                             days_per_month=20),
        cost.AgentWorkload(agents=0, hours_per_day=8, days_per_month=20, input_per_output=3.0, cache_share=0.5),
        50, True,
    )


def test_the_browser_gets_every_usd_option_of_the_chosen_models_as_plain_json():
    live = cost_views.live_prices(CHOICE)
    assert json.loads(json.dumps(live)) == live  # plain JSON: nothing the browser cannot read
    options = cost_views.price_options(CHOICE.when).options
    held = options[options["model"].isin(CHOICE.models)]
    assert [(o["model"], o["option"]) for o in live["options"]] == list(zip(held["model"], held["option"]))
    assert (live["baseline"], live["baseline_name"], live["preference"]) == ("claude-opus-4.6", "Claude Opus 4.6", "vendor")
    # the server's pick for a workload is one of them, with the same prices
    chosen = cost_views.costs(CHOICE, workload(2000)).chosen.set_index("model")
    for model in CHOICE.models:
        row = chosen.loc[model]
        (option,) = [o for o in live["options"] if o["model"] == model and o["option"] == row["option"]]
        assert (option["input"], option["output"]) == (row["input_usd_per_mtok"], row["output_usd_per_mtok"])


