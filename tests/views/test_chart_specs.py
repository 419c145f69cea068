"""`views.charts.theme`: the one path from a chart builder to the spec a page draws (`spec`), and the shared
readable config. Every builder with the pages' real data is compared with Streamlit's own validated conversion in
tests/pages/test_chart_specs_on_pages.py."""
from __future__ import annotations

import altair as alt
import pandas as pd

from gapboard.views.charts import theme
from tests.support.charts import same_chart, streamlit_spec, table_of


def test_readable_sets_the_config_the_four_configure_calls_did():
    chart = alt.Chart(pd.DataFrame({"x": [1, 2]})).mark_point().encode(x="x:Q")
    configured = (
        chart.configure_axis(labelFontSize=14, titleFontSize=15, labelLimit=260)
        .configure_legend(labelFontSize=14, titleFontSize=14, symbolSize=140)
        .configure_title(fontSize=18)
        .configure_text(fontSize=13)
    )
    assert theme.readable(chart).to_dict()["config"] == configured.to_dict()["config"]
    assert "axis" not in chart.to_dict()["config"]  # the chart passed in is left as it was


def _one_bar(frame):
    return alt.Chart(frame).mark_bar().encode(x="v:Q")


def _one_point(frame):
    return alt.Chart(frame).mark_point().encode(x="v:Q")


def test_the_spec_tells_builders_and_inputs_apart():
    frame = pd.DataFrame({"v": [1.0, 2.0]})
    assert theme.spec(_one_bar, frame)["mark"] == {"type": "bar"}
    assert theme.spec(_one_point, frame)["mark"] == {"type": "point"}  # same input, other builder
    (data,) = theme.spec(_one_bar, frame.assign(v=[3.0, 4.0]))["datasets"].values()
    (expected,) = streamlit_spec(_one_bar(frame.assign(v=[3.0, 4.0])))["datasets"].values()
    assert data == expected  # the same Arrow bytes Streamlit sends (only the dataset's name differs)
    assert table_of(data).equals(table_of(expected))
    assert theme.spec(_one_bar, frame)["data"] != theme.spec(_one_bar, frame.assign(v=[3.0, 4.0]))["data"]


def test_the_spec_is_streamlits_conversion_of_the_same_chart():
    frame = pd.DataFrame({"v": [1.0, 2.0], "weights": ["open", "proprietary"], "name": ["a", "b"]})

    def layered(rows):
        base = alt.Chart(rows).encode(x="v:Q", y="name:N")
        return theme.readable((base.mark_bar().encode(color=theme.weights_color()) + base.mark_text()).properties(title="t"))

    sent = theme.spec(layered, frame)
    assert sent["datasets"] and same_chart(sent, streamlit_spec(layered(frame)))
    assert sent == theme.spec(layered, frame)  # the same input, the same spec (dataset names by content)


def test_the_spec_leaves_altairs_process_wide_settings_as_they_were():
    theme_before, transformer_before = alt.theme.active, alt.data_transformers.active
    theme.spec(_one_bar, pd.DataFrame({"v": [1.0]}))
    assert (alt.theme.active, alt.data_transformers.active) == (theme_before, transformer_before)


def _named_bars(name: str) -> alt.Chart:
    return alt.Chart(alt.NamedData(name=name)).mark_bar().encode(x="total:Q", y="model_name:N")


def test_a_template_spec_names_its_data_and_carries_none():
    template = theme.spec(_named_bars, "rows")
    assert template["data"] == {"name": "rows"} and template["datasets"] == {}
    assert same_chart(template, streamlit_spec(_named_bars("rows")))
