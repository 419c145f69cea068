"""The Timeline page under AppTest: family and benchmark choices, links, what the charts and tables hold."""
import json

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from streamlit.runtime.media_file_manager import MediaFileManager

from gapboard.core.vocabulary import DAYS_PER_MONTH
from gapboard.ui.format import csv_bytes
from gapboard.views import cache, common
from tests.support.pages import captions as page_captions
from tests.support.pages import open_page

PAGE = "pages/timeline.py"


def _chart(at, index: int) -> tuple[dict, list[pd.DataFrame]]:
    chart = at.get("vega_lite_chart")[index].proto
    return json.loads(chart.spec), [pa.ipc.open_stream(d.data.data).read_all().to_pandas() for d in chart.datasets]


def _table(at, first_column: str, containing: str | None = None) -> pd.DataFrame:
    """The first dataframe whose first column is `first_column` (and that has a column `containing`)."""
    for frame in at.dataframe:
        value = frame.value
        if value.columns[0] == first_column and (containing is None or containing in value.columns):
            return value
    raise AssertionError(f"no table starting with {first_column!r}")



@pytest.fixture(scope="module")
def default_view():
    return open_page(PAGE)


def test_default_view_is_minimax_with_one_point_per_version_on_a_date_axis(default_view):
    at = default_view
    assert not at.exception and not at.warning
    assert at.selectbox(key="family").value == "MiniMax"
    spec, (data,) = _chart(at, 0)
    assert spec["facet"]["row"]["field"] == "panel" and spec["resolve"]["scale"]["y"] == "independent"
    layers = spec["spec"]["layer"]
    markers = next(layer for layer in layers if layer.get("name") == "versions")
    assert markers["encoding"]["x"]["type"] == "temporal"
    verified = data[data["panel"] == "SWE-bench Verified (%)"]
    assert list(verified["version"]) == ["MiniMax-M2", "MiniMax-M2.1", "MiniMax-M2.5", "MiniMax-M2.7", "MiniMax-M3"]
    assert verified["x"].is_monotonic_increasing
    assert set(data["panel"]) == {
        "SWE-bench Verified (%)", "Multi-SWE-bench (%)", "SWE-bench Pro (%)", "Terminal-Bench 2.0 (%)",
        "BrowseComp (with context management) (%)",
    }
    assert any(layer.get("encoding", {}).get("text", {}).get("field") == "change_label" for layer in layers)
    assert "MiniMax-M1 (no reported value on SWE-bench Verified" in page_captions(at)


def test_a_link_chooses_family_benchmarks_and_harness():
    at = open_page(PAGE, family="MiniMax M2", tbench=["SWE-bench Verified"], vharness="Claude Code")  # was "harness"
    assert not at.exception and not at.warning
    assert at.multiselect(key="tbench").value == ["swe-bench-verified"]
    _, (data,) = _chart(at, 0)
    assert list(zip(data["version"], data["value"])) == [("MiniMax-M2", 69.4), ("MiniMax-M2.1", 74.0), ("MiniMax-M2.5", 80.2)]
    assert data["change_label"].tolist()[1:] == ["+4.6 pts", "+6.2 pts"]
    assert set(data["harness_name"]) == {"Claude Code"}
    assert "MiniMax-M2.7 (no reported value on SWE-bench Verified under Claude Code)" in page_captions(at)


def test_changing_the_family_and_benchmarks_redraws_the_chart():
    at = open_page(PAGE)
    at.selectbox(key="family").set_value("Kimi K2")
    at.multiselect(key="tbench").set_value(["swe-bench-verified"]).run()
    assert not at.exception
    _, (data,) = _chart(at, 0)
    family = common.models()
    assert set(data["version"]) <= set(family.loc[family["family"] == "Kimi K2", "name"])
    assert len(data) == data["version"].nunique() >= 3
    assert set(data["benchmark"]) == {"swe-bench-verified"}  # the link itself is checked in the browser test


def _month_only_with_a_score() -> pd.Series:
    """The first model (by release) whose release date is known to the month only and that has a value on a
    benchmark the timeline draws, with that benchmark's name."""
    return cache.connection().sql("""
        SELECT m.name, m.family, m.release_date, min(b.name) AS benchmark_name
        FROM models m JOIN scores s ON s.model = m.id JOIN benchmarks b ON b.id = s.benchmark
        WHERE m.release_date_precision = 'month' AND b.kind = 'score' AND NOT b.timeline_only
        GROUP BY ALL ORDER BY m.release_date, m.name LIMIT 1""").df().iloc[0]


def test_a_month_only_release_is_drawn_hollow_over_its_month_and_labelled():
    month_only = _month_only_with_a_score()
    at = open_page(PAGE, family=month_only["family"], tbench=[month_only["benchmark_name"]])
    assert not at.exception and not at.warning
    spec, (data,) = _chart(at, 0)
    version = data[data["version"] == month_only["name"]].iloc[0]
    first = pd.Timestamp(month_only["release_date"]).replace(day=1)
    assert version["date_label"] == f"{first:%b %Y} (month only)" and version["release_date_precision"] == "month"
    assert (version["x_from"], version["x"], version["x_to"]) == (
        first, first + pd.Timedelta(days=first.days_in_month / 2), first + pd.offsets.MonthBegin(1))
    markers = next(layer for layer in spec["spec"]["layer"] if layer.get("name") == "versions")
    assert markers["encoding"]["fill"]["condition"]["test"] == "datum.release_date_precision === 'month'"
    assert markers["encoding"]["fill"]["condition"]["value"] == "white"
    undated = cache.connection().sql(
        "SELECT name, family FROM models WHERE release_date IS NULL ORDER BY name LIMIT 1").df().iloc[0]
    assert f"{undated['name']} (no sourced release date)" in page_captions(open_page(PAGE, family=undated["family"]))


def test_a_rereported_score_shows_both_values_with_their_sources(default_view):
    values = _table(default_view, "version", "all_values")
    m21 = values[(values["version"] == "MiniMax-M2.1") & (values["benchmark_name"] == "Multi-SWE-bench")].iloc[0]
    assert m21["value"] == 49.4 and "47.2 (Claude Code, chart, 2026-02-13)" in m21["all_values"]
    rereported = _table(default_view, "model_name", "source_form")
    both = rereported[(rereported["model_name"] == "MiniMax-M2.1") & (rereported["benchmark_name"] == "Multi-SWE-bench")]
    assert sorted(both["value"]) == [47.2, 49.4]
    assert set(both["source_url"]) == {
        "https://github.com/MiniMax-AI/MiniMax-M2.1/blob/main/README.md",
        "https://github.com/MiniMax-AI/MiniMax-M2.5/blob/main/figures/bench_1.png",
    }


def test_runtime_and_tokens_per_task_from_m21_to_m25(default_view):
    values = _table(default_view, "version", "all_values").set_index(["benchmark_name", "version"])
    runtime = values.loc["SWE-bench Verified avg runtime per task"]
    assert (runtime.loc["MiniMax-M2.1", "value"], runtime.loc["MiniMax-M2.5", "value"]) == (31.3, 22.8)
    assert runtime.loc["MiniMax-M2.5", "change"] == pytest.approx(-8.5)
    assert runtime.loc["MiniMax-M2.5", "change_pct"] == pytest.approx(-8.5 / 31.3 * 100)
    tokens = values.loc["SWE-bench Verified avg tokens per task"]
    assert (tokens.loc["MiniMax-M2.1", "value"], tokens.loc["MiniMax-M2.5", "value"]) == (3.72, 3.52)
    spec, (efficiency,) = _chart(default_view, 1)
    assert "SWE-bench Verified avg runtime per task (minutes)" in set(efficiency["panel"])


def test_version_facts_price_speed_downloads_and_the_seeds_unverifiable_claims(default_view):
    facts = _table(default_view, "version", "claims").set_index("version")
    assert facts.loc["MiniMax-M2", "hf_downloads_last_month"] == 108000
    assert str(facts.loc["MiniMax-M2", "hf_downloads_as_of"])[:10] == "2026-05-27"
    assert "450K downloads on Hugging Face" in facts.loc["MiniMax-M2", "claims"]
    assert facts.loc["MiniMax-M2", "claims"].endswith("not verifiable")
    assert "86.7K downloads" in facts.loc["MiniMax-M2.1", "claims"]
    m25 = facts.loc["MiniMax-M2.5"]
    assert (m25["input_usd_per_mtok"], m25["output_usd_per_mtok"], m25["tokens_per_second"]) == (0.3, 1.2, 100)
    assert m25["tokens_per_second_tier"] == "lightning" and m25["output_range"] == "1.2–2.4"
    assert pd.isna(facts.loc["MiniMax-M1", "tokens_per_second"])  # no speed held: missing, not 0
    assert pd.isna(facts.loc["MiniMax-M1", "hf_downloads_as_of"])


def _vendors() -> list[str]:
    return sorted(common.models()["vendor"].dropna().unique())


def _openhands_pace_by_hand() -> pd.DataFrame:
    """Per vendor: versions and least-squares points per month of the OpenHands values on SWE-bench Verified against
    release date (a month-only date at the middle of its month), computed here from the built tables."""
    rows = cache.connection().sql("""
        SELECT m.vendor, s.model, m.release_date, m.release_date_precision, s.value
        FROM scores s JOIN models m ON m.id = s.model
        WHERE s.benchmark = 'swe-bench-verified' AND s.harness = 'openhands' AND m.release_date IS NOT NULL""").df()
    assert rows["model"].is_unique  # one OpenHands value per model, so no headline rule is needed here
    day = pd.to_datetime(rows["release_date"])
    middle = day.dt.to_period("M").dt.start_time + pd.to_timedelta(day.dt.days_in_month / 2, unit="D")
    plotted = day.where(rows["release_date_precision"] != "month", middle)
    rows["months"] = (plotted - pd.Timestamp("2020-01-01")) / pd.Timedelta(days=DAYS_PER_MONTH)
    paces = {}
    for vendor in _vendors():
        member = rows[rows["vendor"] == vendor]
        slope = np.polyfit(member["months"], member["value"], 1)[0] if member["months"].nunique() >= 2 else np.nan
        paces[vendor] = (len(member), slope)
    return pd.DataFrame.from_dict(paces, orient="index", columns=["versions", "points_per_month"])


def test_pace_compares_the_independent_view_with_the_vendors_view(default_view):
    at = default_view
    assert at.selectbox(key="pharness").value == "OpenHands"
    assert at.multiselect(key="fams").value == _vendors()  # every vendor at first
    comparison = _table(at, "group", "Independent view: points per month").set_index("group")
    assert list(comparison.index) == _vendors()
    by_hand = _openhands_pace_by_hand()
    assert comparison["Independent view: versions"].tolist() == by_hand["versions"].tolist()
    shown = comparison["Independent view: points per month"].astype(float)
    assert shown.isna().tolist() == by_hand["points_per_month"].isna().tolist()  # fewer than two dates: no slope
    assert shown.dropna().tolist() == pytest.approx(by_hand["points_per_month"].dropna().tolist(), abs=1e-9)
    assert shown.notna().sum() >= 2
    # MiniMax's own chart (M1 … M2.5) and the competitors it plots: rows of that chart, not of a refresh
    assert comparison.loc["MiniMax", "The vendor's view: points per month"] == pytest.approx(3.0062, abs=1e-4)
    # o3 (2025-04-16) 69.1, GPT-5 72.8, GPT-5.1 76.3, GPT-5.2 80.0: numpy.polyfit gives 1.27929
    assert comparison.loc["OpenAI", "The vendor's view: points per month"] == pytest.approx(1.2793, abs=1e-4)
    _, (independent, trends) = _chart(at, 2)
    assert set(independent["harness_name"]) == {"OpenHands"}
    assert len(trends) == 2 * by_hand["points_per_month"].notna().sum()  # two ends per family with a slope


def test_pace_link_chooses_benchmark_harness_families_and_window():
    at = open_page(PAGE, pbench="SWE-bench Verified", pharness="Any harness (headline value)",
                   fams=["MiniMax", "Claude"], **{"from": "2026-01-01", "to": "2026-12-31"})
    assert not at.exception and not at.warning
    comparison = _table(at, "group", "Independent view: points per month").set_index("group")
    assert sorted(comparison.index) == ["Claude", "MiniMax"]
    assert comparison.loc["MiniMax", "Independent view: first → last"] == "MiniMax-M2.5 → MiniMax-M3"
    assert comparison.loc["MiniMax", "Independent view: versions"] == 3
    assert "harnesses may differ between models" in page_captions(at)
    assert "MiniMax-M2.1 (released outside the window)" in page_captions(at)


def test_lmarena_view_starts_after_the_rating_scale_change_and_says_who_is_missing(default_view):
    at = default_view
    assert str(at.date_input(key="afrom").value) == "2024-06-29"
    _, (breaks, frontier, trends, leaders) = _chart(at, 4)
    assert frontier["x"].min() == pd.Timestamp("2024-06-29") and frontier["x"].max() == pd.Timestamp("2025-02-27")
    in_window = cache.connection().sql("""
        SELECT DISTINCT coalesce(m.vendor, a.vendor) AS vendor FROM arena_scores a LEFT JOIN models m ON m.id = a.model
        WHERE a.as_of BETWEEN DATE '2024-06-29' AND DATE '2025-02-27'""").df()["vendor"]
    assert set(frontier["group"]) == set(in_window) & set(_vendors()) and "MiniMax" not in set(frontier["group"])
    assert leaders.set_index("group").loc["Anthropic", "version"] == "Claude Sonnet 3.7"
    captions = page_captions(at)
    assert "MiniMax (not in the LMArena history (May 2023 to Feb 2025))" in captions
    assert "moved by +94 points: the rating scale changed" in captions


def test_a_family_with_lmarena_history_shows_each_models_arena_line():
    at = open_page(PAGE, family="Claude", tbench=["SWE-bench Verified"])
    history = next(
        frames[0] for frames in (_chart(at, i)[1] for i in range(len(at.get("vega_lite_chart"))))
        if "lmarena_id" in frames[0].columns
    )
    assert "claude-3-opus-20240229" in set(history["lmarena_id"]) and (history["score"] > 0).all()
    assert set(history.loc[history["lmarena_id"] == "claude-3-7-sonnet-20250219", "name"]) == {"Claude Sonnet 3.7"}


def test_a_family_with_nothing_dated_says_so_instead_of_drawing(private_data):
    with (private_data.sources / "models.csv").open("a", encoding="utf-8") as models:
        models.write("undated-1,Undated One,Undated Family,Nobody,open,,,,,,,,,,\n")
    with (private_data.sources / "scores.csv").open("a", encoding="utf-8") as scores:
        scores.write("undated-1,swe-bench-verified,,50,percent,vendor,https://example.org/u,,text,2026-01-01,high,\n")
    at = open_page(PAGE, family="Undated Family")
    assert not at.exception
    assert "No version of Undated Family has a dated value" in at.info[0].value.replace("\\", "")
    assert "Undated One (no sourced release date)" in page_captions(at)
    assert _table(at, "version", "all_values").empty


@pytest.mark.parametrize(
    ("params", "notice"),
    [
        ({"family": "<b>Nope</b>"}, r"Ignored family"),
        ({"tbench": ["SWE-bench Verified", "Made-up bench"]}, "Ignored tbench"),
        ({"fams": ["MiniMax", "Nobody Inc"]}, "Ignored fams"),
        ({"from": "2026-13-40"}, "Ignored from"),
        ({"pharness": "Telepathy"}, "Ignored pharness"),
    ],
)
def test_a_bad_link_value_gets_a_notice_and_the_rest_still_works(params, notice):
    at = open_page(PAGE, **params)
    assert not at.exception
    assert notice in at.warning[0].value.replace("\\", "")
    assert at.selectbox(key="family").value in {"MiniMax"}
    assert len(at.get("vega_lite_chart")) >= 3


def test_the_downloads_are_made_on_click_and_hold_exactly_the_shown_tables(monkeypatch):
    made = {}
    add_deferred = MediaFileManager.add_deferred

    def recording(self, data_callable, mimetype, coordinates, file_name=None, **kwargs):
        made[file_name] = data_callable
        return add_deferred(self, data_callable, mimetype, coordinates, file_name=file_name, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add_deferred", recording)
    at = open_page(PAGE, family="Anthropic")
    assert not at.exception
    assert sorted(made) == ["timeline-anthropic.csv", "versions-anthropic.csv"]
    for file_name, last_column in [("timeline-anthropic.csv", "all_values"), ("versions-anthropic.csv", "claims")]:
        shown = _table(at, "version", last_column)
        assert len(shown) > 3 and shown["version"].str.startswith("Claude").all()
        assert made[file_name]() == csv_bytes(shown)
