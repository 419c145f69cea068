"""Chart specs as Streamlit itself would make them, and the comparison of two specs that name their datasets
differently (tests/views/test_chart_specs.py, tests/pages/test_chart_specs_on_pages.py)."""
from __future__ import annotations

import json

import altair as alt
import pyarrow as pa
from streamlit import dataframe_util
from streamlit.elements.vega_charts import _convert_altair_to_vega_lite_spec


def streamlit_spec(chart: alt.TopLevelMixin) -> dict:
    """What `st.altair_chart(chart)` sends: Streamlit's own conversion, which validates the whole spec against the
    Vega-Lite schema and stores each dataset as Arrow IPC bytes under a hash of them."""
    return _convert_altair_to_vega_lite_spec(chart)


def table_of(data: object) -> pa.Table:
    """A dataset of a spec as one Arrow table: Arrow IPC bytes, or a frame Streamlit turns into them when it
    draws the spec (`st.vega_lite_chart`)."""
    if not isinstance(data, bytes):
        data = dataframe_util.convert_anything_to_arrow_bytes(data)
    return pa.ipc.open_stream(data).read_all().combine_chunks()


def named_data(spec: dict) -> tuple[dict, list[pa.Table]]:
    """The spec with its datasets renamed in order of use, and their tables. Streamlit names a dataset by a
    hash of its Arrow bytes, the views by another hash of theirs (and a template by a fixed name): the same
    data under two names is the same chart."""
    spec = dict(spec)
    datasets = spec.pop("datasets")
    text = json.dumps(spec)
    order = sorted(datasets, key=lambda name: text.find(json.dumps(name)))
    assert all(json.dumps(name) in text for name in order), f"a dataset no mark uses: {sorted(datasets)}"
    for i, name in enumerate(order):
        text = text.replace(json.dumps(name), json.dumps(f"data-{i}"))
    return json.loads(text), [table_of(datasets[name]) for name in order]


def same_chart(sent: dict, expected: dict) -> bool:
    """Equal specs whose datasets hold equal tables, whatever the datasets are named."""
    (sent_spec, sent_data), (spec, data) = named_data(sent), named_data(expected)
    return sent_spec == spec and len(sent_data) == len(data) and all(a.equals(b) for a, b in zip(sent_data, data))
