"""Every registered page under AppTest: renders, shows its data, honours and checks its link parameters."""
import pytest
from streamlit.testing.v1 import AppTest

from gapboard.config import PROJECT_ROOT
from gapboard.navigation import PAGES
from tests.test_build import _edit_csv


def open_page(page_file: str, **params: str | list[str]) -> AppTest:
    """The app as a fresh browser session would see it after opening a link to `page_file?params`."""
    at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=60).run()
    at.switch_page(page_file)
    at.query_params.clear()
    at.query_params.update(params)
    return at.run()


@pytest.mark.parametrize("page", PAGES, ids=[p.title for p in PAGES])
def test_every_page_renders_its_data_without_an_exception(page):
    at = open_page(page.file)
    assert not at.exception
    assert at.title[0].value == page.title
    assert len(at.dataframe) >= 1 and not at.dataframe[0].value.empty
    assert not at.warning  # no link notices without link parameters


def test_benchmarks_link_parameters_choose_the_view():
    at = open_page("pages/benchmarks.py", bench=["SWE-bench Pro", "BrowseComp"], weights="Open")
    table = at.dataframe[0].value
    assert list(table.columns) == ["Model", "Weights", "SWE-bench Pro", "BrowseComp"]
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
    assert list(at.dataframe[0].value.columns) == ["Model", "Weights", "SWE-bench Pro"]
    assert set(at.dataframe[0].value["Weights"]) == {"open", "proprietary"}


def test_no_page_runs_on_broken_data(private_data):
    _edit_csv(private_data.sources / "scores.csv", 2, "value", "180")
    at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception
    assert at.title[0].value == "The data could not be loaded"
    assert "sources/scores.csv:2" in at.code[0].value
    assert not at.dataframe
