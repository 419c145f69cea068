"""Every page chart goes through `ui.chart` → `charts.spec`, which skips Streamlit's re-validation of the
finished spec and caches it by the chart's inputs, or is built by a cached view with `charts.finished_spec`
and drawn with `ui.draw_spec`. These tests prove the shortcuts send what `st.altair_chart` would: for every
chart drawn in the views in CASES (together every builder a page uses), with the pages' real data."""
from __future__ import annotations

import json
import re
from pathlib import Path

import altair as alt
import pandas as pd
import pyarrow as pa
import pytest
import streamlit as st
from streamlit.elements.vega_charts import _convert_altair_to_vega_lite_spec

from gapboard import charts, ui
from tests.test_pages import open_page

CURATED = "Gapboard curated scores and prices"
# (page, link parameters): together they draw every builder any page passes to ui.chart
CASES = {
    "Overview": ("pages/overview.py", {}),
    "Benchmarks gap today": ("pages/benchmarks.py", {"view": "Gap today", "bench": ["SWE-bench Verified", "Multi-SWE-bench"], "data": CURATED}),
    "Benchmarks gap over time": ("pages/benchmarks.py", {"view": "Gap over time", "fbench": "SWE-bench Verified", "data": CURATED}),
    "Harnesses": ("pages/harnesses.py", {}),
    "Cost score vs cost": ("pages/cost.py", {"cost_view": "Score vs cost", "sc": "Aider polyglot", "axis": "Published run cost"}),
    "Timeline": ("pages/timeline.py", {}),
    "Timeline with LMArena history": ("pages/timeline.py", {"family": "Anthropic"}),
}
ROOT = Path(__file__).resolve().parent.parent
PAGE_FILES = sorted(ROOT.glob("pages/*.py"))
VIEW_FILES = sorted(ROOT.glob("gapboard/*.py"))  # cached views that hand pages finished specs
DRAWN: set[str] = set()


@pytest.mark.parametrize("case", list(CASES))
def test_each_page_chart_is_the_spec_st_altair_chart_would_send(case, monkeypatch):
    page_file, params = CASES[case]
    drawn = []

    def recording_chart(build, *args, key=None, width="stretch", **kwargs):
        drawn.append((build, args, kwargs, None))
        return ui_chart(build, *args, key=key, width=width, **kwargs)

    def recording_finished_spec(build, *args, **kwargs):
        spec = finished_spec(build, *args, **kwargs)
        drawn.append((build, args, kwargs, spec))
        return spec

    ui_chart, finished_spec = ui.chart, charts.finished_spec
    monkeypatch.setattr(ui, "chart", recording_chart)
    monkeypatch.setattr(charts, "finished_spec", recording_finished_spec)
    st.cache_data.clear()  # the views cached by widget values build their specs again, through the recorder
    at = open_page(page_file, **params)
    assert not at.exception
    assert len(drawn) == len(at.get("vega_lite_chart"))
    for build, args, kwargs, sent in drawn:
        via_altair = _convert_altair_to_vega_lite_spec(build(*args, **kwargs))  # validates the whole spec
        assert via_altair["datasets"], build.__name__
        assert charts.vega_lite(build(*args, **kwargs)) == via_altair, build.__name__
        assert _same_chart(sent or charts.spec(build, *args, **kwargs), via_altair), build.__name__
        DRAWN.add(build.__name__)


def _named_data(spec: dict) -> tuple[dict, list]:
    """The spec with its datasets renamed in order of use, and their tables. Streamlit names a dataset by a
    hash of its Arrow bytes, which differ with the chunking of equal frames: a cached spec can name the same
    data differently from a fresh conversion."""
    spec = dict(spec)
    datasets = spec.pop("datasets")
    text = json.dumps(spec)
    names = list(dict.fromkeys(re.findall(r'"name": "([0-9a-f]{32})"', text)))
    assert set(names) == set(datasets)
    for i, name in enumerate(names):
        text = text.replace(name, f"data-{i}")
    return json.loads(text), [pa.ipc.open_stream(datasets[name]).read_all().combine_chunks() for name in names]


def _same_chart(sent: dict, expected: dict) -> bool:
    (sent_spec, sent_data), (spec, data) = _named_data(sent), _named_data(expected)
    return sent_spec == spec and len(sent_data) == len(data) and all(a.equals(b) for a, b in zip(sent_data, data))


def test_the_cases_above_draw_every_builder_the_pages_use():
    used = {name for file in PAGE_FILES for name in re.findall(r"ui\.chart\(\s*charts\.(\w+)", file.read_text())}
    used |= {name for file in VIEW_FILES for name in re.findall(r"charts\.finished_spec\(\s*charts\.(\w+)", file.read_text())}
    assert len(used) >= 12
    if len(DRAWN) < len(used):
        pytest.skip(f"run with the page cases above; drawn so far: {sorted(DRAWN)} of {sorted(used)}")  # e.g. when this test is selected alone
    assert used == DRAWN


def test_readable_sets_the_config_the_four_configure_calls_did():
    chart = alt.Chart(pd.DataFrame({"x": [1, 2]})).mark_point().encode(x="x:Q")
    configured = (
        chart.configure_axis(labelFontSize=14, titleFontSize=15, labelLimit=260)
        .configure_legend(labelFontSize=14, titleFontSize=14, symbolSize=140)
        .configure_title(fontSize=18)
        .configure_text(fontSize=13)
    )
    assert charts.readable(chart).to_dict()["config"] == configured.to_dict()["config"]
    assert "axis" not in chart.to_dict()["config"]  # the chart passed in is left as it was


def _one_bar(frame):
    return alt.Chart(frame).mark_bar().encode(x="v:Q")


def _one_point(frame):
    return alt.Chart(frame).mark_point().encode(x="v:Q")


def test_the_spec_cache_tells_builders_and_inputs_apart():
    frame = pd.DataFrame({"v": [1.0, 2.0]})
    assert charts.spec(_one_bar, frame)["mark"] == {"type": "bar"}
    assert charts.spec(_one_point, frame)["mark"] == {"type": "point"}  # same input, other builder
    (data,) = charts.spec(_one_bar, frame.assign(v=[3.0, 4.0]))["datasets"].values()
    assert data == charts.vega_lite(_one_bar(frame.assign(v=[3.0, 4.0])))["datasets"][
        charts.spec(_one_bar, frame.assign(v=[3.0, 4.0]))["data"]["name"]
    ]
    assert charts.spec(_one_bar, frame)["data"] != charts.spec(_one_bar, frame.assign(v=[3.0, 4.0]))["data"]


def test_cache_keys_of_frames_follow_their_content_not_how_they_were_built():
    from gapboard import store

    frame = pd.DataFrame({"s": ["x", "y", "z"], "v": [1.0, 2.0, 3.0]})
    pieces = pd.concat([frame.iloc[:1], frame.iloc[1:]])  # equal content, assembled from two slices
    assert store._frame_key(frame) == store._frame_key(pieces)
    assert store._frame_key(frame) != store._frame_key(frame.assign(v=[1.0, 2.0, 4.0]))
    assert store._frame_key(frame) != store._frame_key(frame.rename(columns={"v": "w"}))
    assert store._frame_key(frame) != store._frame_key(frame.iloc[:2])
    assert store._frame_key(frame) != store._frame_key(frame.set_axis(pd.Index([0, 1, 2])))  # Arrow bytes differ too
