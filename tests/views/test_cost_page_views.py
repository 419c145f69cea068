"""The Cost page's monthly chart as views.cost makes it: a spec made once per (rows, baseline) that a slider step
reuses, with only its named dataset swapped (moved from the Cost page tests)."""
import pytest

from gapboard.core import cost
from gapboard.views import cost as cost_views
from gapboard.views.charts.cost import MONTHLY_COST_DATA, monthly_cost_bars
from tests.support.charts import streamlit_spec, table_of

COLUMNS = ["model_name", "weights", "total", "option", "vs_baseline"]  # what the bars draw
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


def test_the_cost_chart_is_the_spec_altair_would_serialise_with_the_slider_data():
    """The slider path reuses a spec made once; with its data it must be exactly what st.altair_chart would send."""
    figures = cost_views.costs(CHOICE, workload(2000))
    table = figures.table[COLUMNS]
    reused = dict(figures.chart)
    datasets = reused.pop("datasets")
    assert list(datasets) == [MONTHLY_COST_DATA] and datasets[MONTHLY_COST_DATA].equals(table)
    assert reused.pop("data") == {"name": MONTHLY_COST_DATA}
    via_altair = streamlit_spec(monthly_cost_bars(len(table), figures.baseline_name).properties(data=table))
    arrow = via_altair.pop("datasets")
    assert list(arrow) == [via_altair.pop("data")["name"]]
    assert table_of(next(iter(arrow.values()))).equals(table_of(table))
    assert reused == via_altair
    other = cost_views.costs(CHOICE, workload(4000)).chart  # the next slider step: new data only
    assert other["datasets"][MONTHLY_COST_DATA]["total"].tolist() == pytest.approx([2 * t for t in table["total"]], rel=1e-12)
    assert {k: v for k, v in other.items() if k not in ("datasets", "data")} == reused
