"""The Benchmarks and Overview pages under AppTest: every filter, markers, missing values, conflicts, the gap,
the frontier, the claims check and the four Overview figures, as a fresh session opening a link would see them.

Counts and lists that depend on the whole dataset are computed here from the built tables with a plain join
(`data_rows`, none of the page's rules), so each data refresh keeps them honest without editing the tests."""
import csv
import json
from urllib.parse import parse_qs

import pandas as pd
import pyarrow as pa
import pytest
from streamlit.testing.v1 import AppTest

from gapboard.build.claims import claim_inputs
from gapboard.build.config import PROJECT_ROOT
from gapboard.core import cards, claims
from gapboard.core.vocabulary import (
    CONFIDENCES,
    DAYS_PER_MONTH,
    NOT_STATED,
    NOT_STATED_LABEL,
    REPORTERS,
    WEIGHTS,
)
from gapboard.db import catalogue, prices, scores
from gapboard.db.connection import run
from gapboard.ui.format import plain
from gapboard.views import benchmarks, cache, common
from tests.support.data import edit_csv
from tests.support.pages import open_page

PAGE = "pages/benchmarks.py"
CURATED = "Gapboard curated scores and prices"  # the fixed dataset: other datasets' rows never change these counts
OPENHANDS = "OpenHands Index results"  # the OpenHands Index reader (its runs were once hand-copied into the curated rows)
INDEXED = [CURATED, OPENHANDS]

ROWS_SQL = """
SELECT s.model, m.name AS model_name, m.weights, m.vendor, m.family, m.release_date, b.name AS benchmark_name,
       coalesce(s.harness, $not_stated) AS harness_key, coalesce(h.name, $not_stated_label) AS harness_name,
       s.value, s.reported_by, s.confidence, d.name AS dataset_name
FROM scores s
JOIN models m ON m.id = s.model
JOIN benchmarks b ON b.id = s.benchmark
JOIN datasets d ON d.id = s.dataset
LEFT JOIN harnesses h ON h.id = s.harness
WHERE b.name = ANY($benchmarks) AND (len($datasets) = 0 OR d.name = ANY($datasets))
"""


def data_rows(benchmark_names: list[str], dataset_names: list[str] = ()) -> pd.DataFrame:
    """Every score row on these benchmarks (by name) in these datasets (by name; none: all), straight from the
    built tables of the data in use: the independent count the page's filters are checked against."""
    params = {"benchmarks": list(benchmark_names), "datasets": list(dataset_names), "not_stated": NOT_STATED,
              "not_stated_label": NOT_STATED_LABEL}
    rows = run(cache.connection(), ROWS_SQL, params)
    return rows.assign(release_date=pd.to_datetime(rows["release_date"]))


def names_of(rows: pd.DataFrame) -> list[str]:
    return sorted(rows["model_name"].unique())


def default_benchmarks(at: AppTest) -> list[str]:
    """The names of the benchmarks the page chose by default."""
    return [benchmarks.catalogue().names[b] for b in at.multiselect(key="bench").value]


def main_setting(rows: pd.DataFrame) -> str:
    """The stated harness key with the most models among those holding both open and proprietary values on one
    benchmark's rows (ties by id), as the gap rule defines the main setting."""
    stated = rows[rows["harness_key"] != NOT_STATED]
    coverage = stated.groupby("harness_key").agg(kinds=("weights", "nunique"), models=("model", "nunique")).reset_index()
    both = coverage[coverage["kinds"] == len(WEIGHTS)].sort_values(["models", "harness_key"], ascending=[False, True])
    return both["harness_key"].iloc[0]


def best_of(rows: pd.DataFrame, weights: str) -> tuple[str, float]:
    """The best value of one kind among rows (higher is better) and its holders' names joined as the page joins ties."""
    kind = rows[rows["weights"] == weights]
    best = kind["value"].max()
    return " = ".join(sorted(kind.loc[kind["value"] == best, "model_name"].unique())), float(best)


def table(at) -> pd.DataFrame:
    return at.dataframe[0].value


def shown(at) -> pd.DataFrame:
    """The table as displayed: numbers with their markers, "not reported" for missing cells."""
    styler = at.dataframe[0].proto.arrow_data.styler
    return pa.ipc.open_stream(styler.display_values).read_all().to_pandas()


def captions(at) -> str:
    return "\n".join(c.value for c in at.caption)


def chart(at, index=0):
    proto = at.get("vega_lite_chart")[index].proto
    data = {d.name: pa.ipc.open_stream(d.data.data).read_all().to_pandas() for d in proto.datasets}
    return json.loads(proto.spec), data


@pytest.mark.parametrize("weights", ["Open", "Proprietary", "Both"])
def test_weights_filter_counts_exactly_the_open_and_proprietary_models(weights):
    # Counted independently in the curated rows: the models with a SWE-bench Verified row, by their weights flag.
    at = open_page(PAGE, bench="SWE-bench Verified", weights=weights, data=CURATED)
    rows = table(at)
    verified = data_rows(["SWE-bench Verified"], [CURATED])
    kinds = {weights.lower()} if weights != "Both" else {"open", "proprietary"}
    count = verified.loc[verified["weights"].isin(kinds), "model"].nunique()
    assert not at.exception and not at.warning
    assert len(rows) == count
    assert sorted(rows["Model"]) == names_of(verified[verified["weights"].isin(kinds)])
    assert set(rows["Weights"]) == kinds
    assert f"{count} models" in captions(at)


def test_a_models_weights_flag_comes_from_the_current_sources_never_a_stale_copy(private_data):
    # A public leaderboard once kept showing a model under its old open/proprietary flag; here an edit to
    # models.csv must move the model between the two counts on the next run.
    verified = data_rows(["SWE-bench Verified"], [CURATED])
    before = {w: verified.loc[verified["weights"] == w, "model"].nunique() for w in WEIGHTS}
    assert "MiniMax-M2.7" in names_of(verified[verified["weights"] == "open"])  # open, with a curated result
    with (private_data.sources / "models.csv").open(newline="", encoding="utf-8") as handle:
        line = next(n for n, row in enumerate(csv.reader(handle), start=1) if row[0] == "minimax-m2.7")
    edit_csv(private_data.sources / "models.csv", line, "weights", "proprietary")
    opened = table(open_page(PAGE, bench="SWE-bench Verified", weights="Open", data=CURATED))
    closed = table(open_page(PAGE, bench="SWE-bench Verified", weights="Proprietary", data=CURATED))
    assert (len(opened), len(closed)) == (before["open"] - 1, before["proprietary"] + 1)
    assert "MiniMax-M2.7" in set(closed["Model"]) and "MiniMax-M2.7" not in set(opened["Model"])


def test_vendor_family_and_category_filters():
    at = open_page(PAGE, vendor="MiniMax", data=CURATED)
    vendor, rows = table(at), data_rows(default_benchmarks(at), [CURATED])
    assert sorted(vendor["Model"]) == names_of(rows[rows["vendor"] == "MiniMax"])
    assert "MiniMax-M2.5" in set(vendor["Model"])  # its own README's numbers are curated rows
    assert set(vendor["Vendor"]) == {"MiniMax"}
    family = table(open_page(PAGE, families="Kimi K2", data=CURATED))
    assert sorted(family["Model"]) == names_of(rows[rows["family"] == "Kimi K2"])
    assert "Kimi K2.5" in set(family["Model"])
    search = open_page(PAGE, cat="Search")
    assert list(table(search).columns) == ["Model", "Weights", "Vendor", "Released", "BrowseComp"]
    assert search.multiselect(key="bench").options[:1] == ["BrowseComp"]


def test_harness_filter_and_one_column_per_harness():
    # The OpenHands runs come from the OpenHands Index reader: the curated rows and the index together.
    verified = data_rows(["SWE-bench Verified"], INDEXED)
    at = open_page(PAGE, bench="SWE-bench Verified", harness="OpenHands", data=INDEXED)
    assert len(table(at)) == verified.loc[verified["harness_key"] == "openhands", "model"].nunique()
    assert not shown(at)["SWE-bench Verified"].str.contains("≠").any()  # one harness: nothing to mark
    split = table(open_page(PAGE, bench="SWE-bench Verified", split="true", data=INDEXED))
    coverage = verified.groupby(["harness_key", "harness_name"])["model"].nunique().reset_index(name="models")
    coverage = coverage.sort_values(["models", "harness_key"], ascending=[False, True])  # biggest column first
    assert list(split.columns[4:]) == [f"SWE-bench Verified · {name}" for name in coverage["harness_name"]]
    m25 = split.set_index("Model").loc["MiniMax-M2.5"]
    assert (m25["SWE-bench Verified · OpenHands"], m25["SWE-bench Verified · Droid"], m25["SWE-bench Verified · Claude Code"]) == (72.6, 79.7, 80.2)
    unstated = verified[(verified["model_name"] == "MiniMax-M2.5") & (verified["harness_key"] == NOT_STATED)]
    assert unstated.empty and pd.isna(m25["SWE-bench Verified · harness not stated"])


def test_reporter_filter_and_the_vendor_marker():
    third = open_page(PAGE, bench="SWE-bench Verified", reporter="Third-party", data=INDEXED)
    assert not shown(third)["SWE-bench Verified"].str.contains(" V").any()
    assert table(third).set_index("Model").loc["MiniMax-M2.5", "SWE-bench Verified"] == 72.6  # the OpenHands run
    vendor = open_page(PAGE, bench="SWE-bench Verified", reporter="Vendor-reported", data=INDEXED)
    cells = shown(vendor)["SWE-bench Verified"]
    assert cells[cells != "not reported"].str.contains(" V").all()
    assert table(vendor).set_index("Model").loc["MiniMax-M2.5", "SWE-bench Verified"] == 80.2  # Claude Code, its own README


def test_release_date_confidence_and_complete_rows_filters():
    since = open_page(PAGE, since="2026-01-01", data=CURATED)
    defaults = default_benchmarks(since)
    rows = data_rows(defaults, [CURATED])
    recent = rows[rows["release_date"] >= pd.Timestamp("2026-01-01")]
    assert sorted(table(since)["Model"]) == names_of(recent) and min(table(since)["Released"]) >= "2026-01"
    high = table(open_page(PAGE, bench="SWE-bench Verified", conf="High", data=CURATED))
    verified = data_rows(["SWE-bench Verified"], [CURATED])
    assert sorted(high["Model"]) == names_of(verified[verified["confidence"] == "high"])
    assert "GPT-5.1" not in set(high["Model"])  # its only value is a medium-confidence relay
    complete = table(open_page(PAGE, complete="true", data=CURATED))
    covered = rows.groupby("model_name")["benchmark_name"].nunique()
    assert sorted(complete["Model"]) == sorted(covered[covered == len(defaults)].index)
    assert len(complete) > 0 and not complete.iloc[:, 4:].isna().any().any()


def test_missing_stays_missing_and_a_reported_zero_stays_zero():
    at = open_page(PAGE, bench=["Commit0", "SWE-bench Pro"], data=INDEXED)
    rows, display = table(at).set_index("Model"), shown(at).set_index("Model")
    assert rows.loc["Qwen3-Coder-480B-A35B-Instruct", "Commit0"] == 0.0  # OpenHands Index reports 0
    assert display.loc["Qwen3-Coder-480B-A35B-Instruct", "Commit0"] == "0"
    assert pd.isna(rows.loc["Qwen3-Coder-480B-A35B-Instruct", "SWE-bench Pro"])
    assert display.loc["Qwen3-Coder-480B-A35B-Instruct", "SWE-bench Pro"] == "not reported"


def test_conflicting_values_are_marked_in_the_cell_and_listed():
    at = open_page(PAGE, bench="BrowseComp (with context management)", data=CURATED)
    assert shown(at).set_index("Model").loc["MiniMax-M2.5", "BrowseComp (with context management)"] == "76.3 V ⚠3"
    assert len(at.dataframe) == 1  # the conflicts list is computed only when opened
    opened = open_page(PAGE, bench="BrowseComp (with context management)", data=CURATED, conflicts="true", values="true")
    conflicts, values = opened.dataframe[1].value, opened.dataframe[2].value
    row = conflicts[conflicts["model_name"] == "MiniMax-M2.5"].iloc[0]
    assert (row["value"], row["other_values"], row["values_reported"]) == (76.3, "75.1, 72", 3)
    assert sorted(values.loc[values["model"] == "minimax-m2.5", "value"]) == [72.0, 75.1, 76.3]
    assert opened.expander[1].label.startswith("Conflicts: ")
    bad = open_page(PAGE, conflicts="maybe")
    assert "Ignored conflicts" in bad.warning[0].value


def test_a_cell_link_opens_every_value_behind_the_cell():
    at = open_page(PAGE, cell="minimax-m2.5:swe-bench-verified", data=INDEXED)
    assert not at.warning
    text = "\n".join(m.value for m in at.markdown)
    assert "Shown in the table: **72\\.6** under OpenHands" in text
    detail = at.dataframe[1].value
    held = data_rows(["SWE-bench Verified"])  # every dataset: the detail lists every value whatever the filters
    assert sorted(detail["value"]) == sorted(held.loc[held["model"] == "minimax-m2.5", "value"])
    assert {72.6, 76.1, 79.7, 80.2} <= set(detail["value"])  # the OpenHands run and the README's three harnesses
    assert detail.loc[detail["shown"] == "✓", "value"].tolist() == [72.6]
    assert detail["source_url"].str.match(r"^https?://").all() and set(detail["reported_by"]) == {"vendor", "third_party"}
    assert at.dataframe[0].proto.selection_default  # the cell is selected in the table too
    bad = open_page(PAGE, cell="minimax-m2.5:nope")
    assert "Ignored cell" in bad.warning[0].value and not bad.exception


def test_the_gap_tab_shows_best_open_vs_best_proprietary_per_benchmark():
    chosen = ["SWE-bench Verified", "Multi-SWE-bench"]
    at = open_page(PAGE, view="Gap today", bench=chosen, data=INDEXED)
    assert not at.exception and not at.warning
    gaps = at.dataframe[0].value
    main = gaps[gaps["main"]].set_index("benchmark_name")
    assert all(benchmarks.catalogue().higher_is_better[b] for b in ("swe-bench-verified", "multi-swe-bench"))
    expected_values = []
    for name in chosen:
        rows = data_rows([name], INDEXED)
        key = main_setting(rows)
        setting = rows[rows["harness_key"] == key]
        (open_models, open_value), (proprietary_models, proprietary_value) = (best_of(setting, w) for w in WEIGHTS)
        shown_row = main.loc[name, ["harness", "open_models", "open_value", "proprietary_models", "proprietary_value", "gap"]].tolist()
        assert shown_row == [
            setting["harness_name"].iloc[0], open_models, open_value, proprietary_models, proprietary_value,
            pytest.approx(proprietary_value - open_value),
        ], name
        expected_values += [open_value, proprietary_value]
    assert main.loc["SWE-bench Verified", "harness"] == "OpenHands"  # the index runs every model in one agent
    assert main.loc["Multi-SWE-bench", "harness"] == "Claude Code"  # M2.5's README: M2.5 51.3 vs Sonnet 4.5 44.3
    spec, data = chart(at)
    values = next(iter(data.values()))
    assert sorted(values["value"]) == sorted(expected_values)
    assert spec["layer"][1]["encoding"]["color"]["legend"] == {"orient": "top"}  # the open/proprietary legend


def frontier_lag(rows: pd.DataFrame) -> dict:
    """How far the open frontier trails the proprietary one on rows of one setting, computed directly: the open
    best so far, the first proprietary release that reached it, and the months between (higher is better)."""
    dated = rows.dropna(subset=["release_date"]).groupby(["model_name", "weights", "release_date"])["value"].max().reset_index()
    opens, proprietary = (dated[dated["weights"] == w] for w in WEIGHTS)
    target = opens["value"].max()
    first_open = opens[opens["value"] == target].sort_values(["release_date", "model_name"]).iloc[0]
    reached = proprietary[proprietary["value"] >= target]
    day = reached["release_date"].min()
    first = reached[reached["release_date"] == day].sort_values(["value", "model_name"]).iloc[0]
    return {
        "target": target, "open_model": first_open["model_name"], "open_date": first_open["release_date"],
        "date": day, "model": first["model_name"], "value": first["value"],
        "months": (first_open["release_date"] - day).days / DAYS_PER_MONTH,
    }


def test_the_frontier_tab_computes_months_behind():
    at = open_page(PAGE, view="Gap over time", fbench="SWE-bench Verified", data=INDEXED)
    assert not at.exception and not at.warning
    rows = data_rows(["SWE-bench Verified"], INDEXED)
    key = main_setting(rows)
    lag = frontier_lag(rows[rows["harness_key"] == key])
    assert lag["months"] > 0  # the open frontier is behind in this setting: the case this test is about
    assert at.metric[0].value == f"{lag['months']:.1f} months"
    text = "\n".join(m.value for m in at.markdown).replace("\\", "")
    assert f"results under **{rows.loc[rows['harness_key'] == key, 'harness_name'].iloc[0]}**" in text
    assert (
        f"the open frontier's best, {lag['target']:g} ({lag['open_model']}, {lag['open_date']:%Y-%m-%d}), on "
        f"{lag['date']:%Y-%m-%d} ({lag['model']}, {lag['value']:g}): {lag['months']:.1f} months earlier."
    ) in text
    spec, data = chart(at)
    assert any("step-after" in json.dumps(layer) for layer in spec["layer"])
    # A harness with results of one kind only: no frontier to compare.
    curated = data_rows(["SWE-bench Verified"], [CURATED]).dropna(subset=["release_date"])
    curated = curated[curated["harness_key"] != NOT_STATED]
    kinds = curated.groupby("harness_name").agg(kinds=("weights", "nunique"), models=("model", "nunique")).reset_index()
    one_harness = kinds[kinds["kinds"] == 1].sort_values(["models", "harness_name"], ascending=[False, True])["harness_name"].iloc[0]
    one_kind = open_page(PAGE, view="Gap over time", fharness=one_harness, data=CURATED)
    assert one_kind.metric[0].value == "not enough data" and not one_kind.exception
    mixed = open_page(PAGE, view="Gap over time", fharness="Any harness (mixed: not comparable)", data=CURATED)
    assert not mixed.exception


def test_complete_rows_only_with_no_complete_model_says_so():
    defaults = default_benchmarks(open_page(PAGE))
    rows = data_rows(defaults)
    covered = rows.groupby("model")["benchmark_name"].nunique()
    complete = rows[rows["model"].isin(covered[covered == len(defaults)].index)]
    since = complete["release_date"].max() + pd.Timedelta(days=1)  # after the newest model with every benchmark
    assert (rows["release_date"] >= since).any()  # newer models with some of them keep the table non-empty
    at = open_page(PAGE, since=f"{since:%Y-%m-%d}", complete="true")
    assert not at.exception
    assert any("No model has a value for every selected benchmark" in info.value for info in at.info)


def _add_undated_model(paths):
    """A proprietary model with a SWE-bench Verified result but no release date, in a private data copy."""
    with (paths.sources / "models.csv").open("a", encoding="utf-8") as models:
        models.write("undated-x,Undated X,Undated,Nobody,proprietary,,,,,,,,,,\n")
    with (paths.sources / "scores.csv").open("a", encoding="utf-8") as scores:
        scores.write("undated-x,swe-bench-verified,openhands,70,percent,third_party,https://example.org/x,,text,2026-01-01,high,\n")


def test_models_without_a_release_date_are_listed_never_dropped_silently(private_data):
    _add_undated_model(private_data)
    since = open_page(PAGE, since="2026-01-01", data=CURATED)
    assert "Undated X (no release date" in captions(since).replace("\\", "")
    frontier = open_page(PAGE, view="Gap over time", fbench="SWE-bench Verified", fharness="OpenHands", data=INDEXED)
    assert "Not shown in the frontier: " in captions(frontier)
    assert "Undated X (no release date)" in captions(frontier).replace("\\", "")


def judged_claims() -> list[claims.Judged]:
    """Every claim judged by the claims check over the build's rows, as both pages use it."""
    return claims.judge_all(*claim_inputs(cache.connection()))


def test_the_claims_tab_shows_every_claim_with_its_computed_verdict():
    at = open_page(PAGE, view="Claims check")
    assert not at.exception and not at.warning
    judged = judged_claims()
    counts_then = claims.verdict_counts([j.then for j in judged])
    counts = claims.verdict_counts([j.now for j in judged])
    assert [m.value for m in at.metric] == [str(counts_then[v]) for v in claims.VERDICTS] + [str(counts[v]) for v in claims.VERDICTS]
    listed = at.dataframe[0].value
    assert len(listed) == sum(counts.values()) == sum(counts_then.values()) == len(catalogue.claims(cache.connection()))
    assert listed["verdict_then"].tolist() == [j.then.label for j in judged]
    assert listed["verdict"].tolist() == [j.now.label for j in judged]
    assert listed["verdict_then"].tolist()[:2] == ["✓ supported", "✗ contradicted"]  # on their day: M2.5's 80.2 holds, "beats Opus 4.6" does not
    assert listed["verdict"].tolist()[:2] == ["✓ supported", "✗ contradicted"]
    assert len(at.dataframe) == 1  # evidence appears once a claim is selected


def test_a_claim_link_opens_its_evidence_rows():
    at = open_page(PAGE, view="Claims check", claim="m25-standard-input")
    assert not at.exception and not at.warning
    text = "\n".join(m.value for m in at.markdown).replace("\\", "")
    claim = catalogue.claims(cache.connection()).set_index("id").loc["m25-standard-input"]
    made_on = pd.Timestamp(claim["made_on"])
    # The evidence, counted here: MiniMax's own standard-tier input prices; the launch README's row is the one
    # the claim says not to count. On its date only the rows listed by then count.
    listed = common.price_rows()
    own = listed[(listed["model"] == "minimax-m2.5") & (listed["tier"] == "standard") & listed["first_party"]]
    own = own.dropna(subset=["input_usd_per_mtok"])
    by_then = own[pd.to_datetime(own["valid_from"]).fillna(pd.to_datetime(own["as_of"])) <= made_on]
    assert claim["not_evidence"] == "MiniMax-M2.5 launch README"

    def expected(rows: pd.DataFrame) -> tuple[str, dict[str, int], str]:
        counted = rows[rows["price_list"] != claim["not_evidence"]]
        agrees = (counted["input_usd_per_mtok"] - 0.15).abs() <= claim["tolerance"] + 1e-9
        verdict = claims.tally(agrees.tolist())
        counts = {"agrees": int(agrees.sum()), "differs": int((~agrees).sum()), "not counted": len(rows) - len(counted)}
        found = ", ".join(dict.fromkeys(claims.number(v) for v in counted["input_usd_per_mtok"]))
        reason = ("No source in the data gives this value." if counted.empty else
                  f"{int(agrees.sum())} of {len(counted)} sources give 0.15; the values found are {found}." if not agrees.all() else
                  f"{len(counted)} of {len(counted)} sources give 0.15.")
        return verdict, counts, reason

    then, now = expected(by_then), expected(own)
    assert now[0] == claims.CONTRADICTED  # no MiniMax list prices the standard tier's input at $0.15
    assert f"{claims.VERDICT_ICONS[now[0]]} {now[0]} — Standard M2.5 costs $0.15 per million input tokens." in text
    assert f"**On its date ({made_on:%Y-%m-%d}): {then[0]}.** {then[2]}" in text
    assert f"**Today: {now[0]}.** {now[2]}" in text
    for (_, counts, _), evidence in zip((then, now), (at.dataframe[1].value, at.dataframe[2].value)):
        assert {c: evidence["counts"].tolist().count(c) for c in counts} == counts and len(evidence) == sum(counts.values())
        assert evidence["source_url"].str.match(r"^https?://").all()
    assert now[1]["differs"] >= 1 and now[1]["not counted"] == 1
    assert at.dataframe[0].proto.selection_default  # the claim's row is selected in the list
    bad = open_page(PAGE, view="Claims check", claim="nope")
    assert "Ignored claim" in bad.warning[0].value and len(bad.dataframe) == 1


def open_overview(**params) -> AppTest:
    """The default page opened from a link (open_page would draw it once without the link first)."""
    at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=60)
    at.query_params.update(params)
    return at.run()


def card_links(at: AppTest) -> list:
    """The page links the Overview's cards draw (not the sidebar's menu, not the notice of a recent build's changes)."""
    return [link for link in at.main.get("page_link") if not link.proto.label.startswith("Data updated")]


def overview_figures(subject: str, comparator: str, benchmark: str) -> list[str | None]:
    """The four cards' figures as the Overview prints them, computed from the build's rows (None: not enough data)."""
    con = cache.connection()
    rows = scores.benchmark_scores(con, [benchmark], list(WEIGHTS), list(REPORTERS), list(CONFIDENCES))
    models = catalogue.model_rows(con)
    gap_card = cards.gap_card(rows, benchmark)
    harness_card = cards.harness_card(rows, benchmark, subject, comparator)
    cost_card = cards.cost_card(prices.price_rows(con), models, subject, comparator)
    pace_card = cards.pace_card(models, rows, subject, benchmark)
    return [
        f"{gap_card.main['gap']:+.1f} {gap_card.unit}" if gap_card else None,
        f"{harness_card.ahead} of {len(harness_card.settings)} setups" if harness_card else None,
        f"1/{cost_card.ratio:.0f}" if cost_card else None,
        f"{len(pace_card.versions)} releases in {pace_card.span_months:.1f} months"
        if pace_card is not None and len(pace_card.versions) >= 2 else None,
    ]


def test_the_overview_shows_the_four_figures_computed_from_the_data():
    at = open_overview()
    assert not at.exception and not at.warning
    featured = common.featured()  # the defaults follow the data
    assert (at.selectbox(key="featured").value, at.selectbox(key="versus").value, at.selectbox(key="benchmark").value) == (
        featured.open_model, featured.proprietary_model, featured.benchmark)
    figures = overview_figures(featured.open_model, featured.proprietary_model, featured.benchmark)
    computed = [f for f in figures if f is not None]
    assert figures[0] is not None  # the gap today always has both kinds on the headline benchmark
    assert [m.value for m in at.metric[:len(computed)]] == computed
    not_enough = [i.value for i in at.info if i.value.startswith("Not enough data for ")]
    assert len(not_enough) == figures.count(None)  # each card it cannot compute says so
    assert len(at.get("vega_lite_chart")) == len(computed)
    assert [link.proto.page for link in card_links(at)] == ["benchmarks", "harnesses", "cost", "timeline", "benchmarks"]
    summary = at.dataframe[-1].value
    assert len(summary) == len(catalogue.claims(cache.connection())) and summary["verdict"].str.match(r"^[✓◐✗?] ").all()
    # The launch story's pair (M2.5 against Claude Opus 4.6) has all four figures: M2.5's family has earlier versions.
    names = dict(zip(common.models()["id"], common.models()["name"]))
    subject, comparator = featured.launch_pair
    launch = open_overview(featured=names[subject], versus=names[comparator])
    assert not launch.exception and not launch.warning
    figures = overview_figures(subject, comparator, featured.benchmark)
    assert None not in figures and [m.value for m in launch.metric[:4]] == figures
    assert len(launch.get("vega_lite_chart")) == 4


def test_each_card_links_to_its_page_opened_on_the_same_models_and_benchmark():
    at = open_overview(featured="GLM-5", versus="GPT-5.2", benchmark="SWE-bench Verified")
    links = {link.proto.page: parse_qs(link.proto.query_string) for link in card_links(at)}
    assert links["harnesses"] == {"a": ["GLM-5"], "b": ["GPT-5.2"], "hbench": ["SWE-bench Verified"]}
    assert links["cost"] == {"models": ["GLM-5", "GPT-5.2"], "base": ["GPT-5.2"]}
    assert links["timeline"] == {"family": ["GLM"], "tbench": ["SWE-bench Verified"]}
    # a one-value parameter arrives as a plain string, as it does from a real URL
    opened = {page: open_page(f"pages/{page}.py", **{k: v if len(v) > 1 else v[0] for k, v in params.items()})
              for page, params in links.items() if page != "benchmarks"}
    for page, target in opened.items():
        assert not target.exception, page
        assert not [w.value for w in target.warning if "Ignored" in w.value], page
    assert (opened["harnesses"].selectbox(key="a").value, opened["harnesses"].selectbox(key="b").value) == ("glm-5", "gpt-5.2")
    assert opened["cost"].multiselect(key="models").value == ["glm-5", "gpt-5.2"]
    assert opened["cost"].selectbox(key="base").value == "gpt-5.2"
    assert opened["timeline"].selectbox(key="family").value == "GLM"
    assert opened["timeline"].multiselect(key="tbench").value == ["swe-bench-verified"]


def test_the_overview_follows_its_link_parameters():
    at = open_overview(featured="GLM-5", versus="GPT-5.2", benchmark="SWE-bench Verified")
    assert not at.exception and not at.warning
    assert at.metric[1].label == r"GLM\-5 ahead of GPT\-5\.2\, SWE\-bench Verified"
    assert at.metric[2].label == r"GLM\-5 output price vs GPT\-5\.2"
    bad = open_overview(featured="Nope")
    default = common.models().set_index("id").loc[common.featured().open_model, "name"]  # chosen from the data
    assert "Ignored featured" in bad.warning[0].value and bad.metric[1].label.startswith(plain(default) + " ahead of")


def test_the_overview_says_what_it_cannot_compute_and_names_the_unit():
    at = open_overview(featured="Qwen3-Coder-480B-A35B-Instruct", benchmark="Vending-Bench 2")
    assert not at.exception
    assert at.metric[0].value.endswith(" USD")  # Vending-Bench 2 is a final balance in USD, not points
    notes = [i.value for i in at.info]
    not_enough = [n for n in notes if n.startswith("Not enough data for ")]
    assert len(not_enough) == 2  # harness duel and pace
    assert " against " in not_enough[0] and "the pace of" in not_enough[1]
    # The only other note names the known models without a Vending-Bench 2 score (there are some).
    rows = data_rows(["Vending-Bench 2"])
    assert len(common.models()) > rows["model"].nunique()
    assert [n for n in notes if n not in not_enough] == [n for n in notes if n.startswith(r"The newest Vending\-Bench 2 number here")]
    assert len(notes) == 3
    assert at.metric[1].value.startswith("1/")  # a price exists (a third-party host), so the cost ratio is shown
