"""Every registered page under AppTest: renders, shows its data, honours and checks its link parameters."""
import pytest
from streamlit.testing.v1 import AppTest

from gapboard.build.config import PROJECT_ROOT
from gapboard.ui.registry import PAGES
from tests.support.data import edit_csv
from tests.support.pages import open_page


@pytest.mark.parametrize("page_info", PAGES, ids=[p.title for p in PAGES])
def test_every_page_renders_its_data_without_an_exception(page_info):
    at = open_page(page_info.file)
    assert not at.exception
    assert at.title[0].value == page_info.title
    assert len(at.dataframe) >= 1 and not at.dataframe[0].value.empty
    assert not at.warning  # no link notices without link parameters


def test_benchmarks_link_parameters_choose_the_view():
    at = open_page("pages/benchmarks.py", bench=["SWE-bench Pro", "BrowseComp"], weights="Open")
    table = at.dataframe[0].value
    assert list(table.columns) == ["Model", "Weights", "Vendor", "Released", "SWE-bench Pro", "BrowseComp"]
    assert set(table["Weights"]) == {"open"}
    assert not at.warning


def test_a_hand_edited_link_gets_a_notice_and_the_defaults():
    at = open_page(
        "pages/benchmarks.py", bench=["SWE-bench Pro", "<script>alert(1)</script>"], weights="closed", utm_source="mail"
    )
    assert not at.exception
    notice = at.warning[0].value
    assert "Ignored bench" in notice and "not one of the choices" in notice
    assert "Ignored weights" in notice and r"utm\_source" in notice
    assert r"\<script\>" in notice  # the hostile value is shown as escaped text, never as markup
    assert list(at.dataframe[0].value.columns) == ["Model", "Weights", "Vendor", "Released", "SWE-bench Pro"]
    assert set(at.dataframe[0].value["Weights"]) == {"open", "proprietary"}


def test_no_page_runs_on_broken_data(private_data):
    edit_csv(private_data.sources / "scores.csv", 2, "value", "180")
    at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception
    assert at.title[0].value == "The data could not be loaded"
    assert "sources/scores.csv:2" in at.code[0].value
    assert not at.dataframe


URL_WIDGETS_APP = '''
import datetime as dt
import streamlit as st
from gapboard.ui import widgets as ui
from gapboard.ui.registry import PageInfo


class WidgetParams:
    PILLS, DATE, SLIDER, NUMBER, TOGGLE, TAB = "p", "d", "s", "n", "t", "tb"


ui.mark_entry_point()
ui.start_page(PageInfo("widgets.py", "Widgets", ":material/tune:", "widgets", "every bound helper", WidgetParams))
st.write("pills", ui.bound_pills("Pills", ["a", "b", "c"], ["a"], key="p", format_func=str.upper))
st.write("date", str(ui.bound_date("Date", dt.date(2025, 1, 1), key="d", min_value=dt.date(2024, 1, 1), max_value=dt.date(2026, 12, 31))))
st.write("slider", ui.bound_slider("Slider", 0, 100, 50, key="s"))
st.write("number", ui.bound_number("Number", 0.0, 10.0, 1.0, key="n"))
st.write("toggle", ui.bound_toggle("Toggle", False, key="t"))
st.write("tab", "Two" if ui.bound_tabs(["One", "Two"], key="tb")[1].open else "One")
ui.finish_page()
'''


def _widgets(**params):
    at = AppTest.from_string(URL_WIDGETS_APP, default_timeout=30)
    at.query_params.update(params)
    return at.run()


def test_bound_widgets_take_valid_link_values():
    at = _widgets(p=["B", "C"], d="2025-06-30", s="70", n="2.5", t="true", tb="Two")
    shown = [m.value for m in at.markdown]
    assert not at.warning and not at.exception
    assert "date 2025-06-30" in shown and "tab Two" in shown
    assert at.slider(key="s").value == 70 and at.number_input(key="n").value == 2.5 and at.toggle(key="t").value


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"p": ["Z"]}, "Ignored p = “Z”"),
        ({"d": "1999-01-01"}, "not a date from 2024-01-01 to 2026-12-31"),
        ({"s": "500"}, "not a number from 0 to 100"),
        ({"s": "fifty"}, "not a number from 0 to 100"),
        ({"n": "NaN-ish"}, "not a number from 0 to 10"),
        ({"t": "maybe"}, "not true or false"),
        ({"tb": "Three"}, "not one of the tabs"),
    ],
)
def test_bound_widgets_explain_rejected_link_values(params, expected):
    at = _widgets(**params)
    assert not at.exception
    assert expected in at.warning[0].value.replace("\\", "")


@pytest.mark.parametrize("page_info", PAGES, ids=[p.title for p in PAGES])
def test_opening_a_page_directly_still_runs_the_entry_point(page_info):
    at = open_page(page_info.file)
    assert at.title[0].value == page_info.title
    assert any("every number sourced" in m.value for m in at.sidebar.markdown)
