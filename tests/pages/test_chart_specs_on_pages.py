"""Every page chart is a spec a view made with `views.charts.theme.spec` (which skips Streamlit's re-validation of
the finished spec) and the page drew with `ui.charts.draw`. These tests prove the shortcut sends what
`st.altair_chart` would: for every chart drawn in the views in CASES (together every builder a view uses), with
the pages' real data, the spec equals Streamlit's own validated conversion of the same Altair chart."""
from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import gapboard.views
from gapboard.ui import charts as ui_charts
from gapboard.views import cache
from gapboard.views.charts import theme
from tests.support.charts import same_chart, streamlit_spec
from tests.support.pages import open_page

CURATED = "Gapboard curated scores and prices"
# (page, link parameters): together they draw every builder any view passes to theme.spec
CASES = {
    "Overview": ("pages/overview.py", {}),
    "Benchmarks gap today": ("pages/benchmarks.py", {"view": "Gap today", "bench": ["SWE-bench Verified", "Multi-SWE-bench"], "data": CURATED}),
    "Benchmarks gap over time": ("pages/benchmarks.py", {"view": "Gap over time", "fbench": "SWE-bench Verified", "data": CURATED}),
    "Harnesses": ("pages/harnesses.py", {}),
    "Cost monthly cost": ("pages/cost.py", {}),
    "Cost score vs cost": ("pages/cost.py", {"cost_view": "Score vs cost", "sc": "Aider polyglot", "axis": "Published run cost"}),
    "Timeline": ("pages/timeline.py", {}),
    "Timeline with LMArena history": ("pages/timeline.py", {"family": "Anthropic"}),
    # the same builders in Korean (legends relabelled by Vega expressions), and sized for a slide
    "Overview in Korean": ("pages/overview.py", {"lang": "ko"}),
    "Overview slide": ("pages/overview.py", {"lang": "ko", "present": "1", "slide": "3"}),
    "Benchmarks gap over time in Korean": ("pages/benchmarks.py", {"lang": "ko", "view": "격차 추이"}),
    "Harnesses in Korean": ("pages/harnesses.py", {"lang": "ko"}),
    "Cost score vs cost in Korean": ("pages/cost.py", {"lang": "ko", "cost_view": "점수 대비 비용"}),
    "Timeline in Korean": ("pages/timeline.py", {"lang": "ko", "family": "Anthropic"}),
}
VIEWS = Path(gapboard.views.__file__).parent
VIEW_MODULES = [f"gapboard.views.{m.name}" for m in pkgutil.iter_modules([str(VIEWS)]) if not m.ispkg]
DRAWN: set[str] = set()


def _template_match(sent: dict, made: list[tuple]) -> tuple | None:
    """The recorded spec `sent` was made from: a template (data named, none carried) that the view filled with its
    named dataset, as the Cost page's monthly bars are (a slider step swaps only the data)."""
    bare = {k: v for k, v in sent.items() if k != "datasets"}
    for entry in made:
        if not entry[3]["datasets"] and {k: v for k, v in entry[3].items() if k != "datasets"} == bare:
            return entry
    return None


@pytest.mark.parametrize("case", list(CASES))
def test_each_page_chart_is_the_spec_st_altair_chart_would_send(case, monkeypatch):
    page_file, params = CASES[case]
    made, drawn = [], []

    def recording_spec(build, *args, **kwargs):
        result = theme.spec(build, *args, **kwargs)
        made.append((build, args, kwargs, result))
        return result

    def recording_draw(spec, *args, **kwargs):
        if spec is not None:
            drawn.append(spec)
        return draw(spec, *args, **kwargs)

    draw = ui_charts.draw
    for module in VIEW_MODULES:  # each view module imports `spec` by name
        view_module = importlib.import_module(module)
        if getattr(view_module, "spec", None) is theme.spec:
            monkeypatch.setattr(view_module, "spec", recording_spec)
    monkeypatch.setattr(ui_charts, "draw", recording_draw)
    cache.clear()  # the views kept by widget values build their specs again, through the recorder
    at = open_page(page_file, **params)
    assert not at.exception
    assert len(drawn) == len(at.get("vega_lite_chart"))
    for build, args, kwargs, sent in made:
        via_altair = streamlit_spec(build(*args, **kwargs))  # validates the whole spec
        assert via_altair["datasets"] or via_altair["data"].keys() == {"name"}, build.__name__  # data, or named
        assert same_chart(theme.spec(build, *args, **kwargs), via_altair), build.__name__
        assert same_chart(sent, via_altair), build.__name__  # and the kept spec is still whole after drawing
        DRAWN.add(build.__name__)
    for sent in drawn:
        if any(sent is entry[3] for entry in made):
            continue  # drawn as the view made it: checked above
        template = _template_match(sent, made)
        assert template is not None, f"{case}: a chart drawn that no view made with theme.spec"
        build, args, kwargs, _ = template
        (frame,) = sent["datasets"].values()  # one dataset: the one the template names
        assert same_chart(sent, streamlit_spec(build(*args, **kwargs).properties(data=frame))), build.__name__


def test_the_cases_above_draw_every_builder_the_pages_use():
    used = {name for file in VIEWS.glob("*.py") for name in re.findall(r"\bspec\(\s*\w+_charts\.(\w+)", file.read_text())}
    assert len(used) >= 12
    if len(DRAWN) < len(used):
        pytest.skip(f"run with the page cases above; drawn so far: {sorted(DRAWN)} of {sorted(used)}")  # e.g. when this test is selected alone
    assert used == DRAWN
