"""The Cost page under AppTest: a link's workload gives exact costs; every view renders its sourced figures."""
import json

import pytest

from gapboard.db import catalogue, harnesses, instances, prices, scores, timeline
from gapboard.db import connection as db_connection
from gapboard.views import cache
from tests.support.data import append_csv
from tests.support.pages import open_page, walk

PAGE = "pages/cost.py"
# 2,000 requests/day × 20 days; 10,000 input (half from cache) and 2,000 output tokens each; no agents; ratios
# against Claude Opus 4.6 (the link names the baseline: the default one follows the data)
WORKLOAD = {"models": ["MiniMax-M2.5", "Claude Opus 4.6"], "base": "Claude Opus 4.6", "rpd": "2000", "in": "10000",
            "out": "2000", "cache": "50", "days": "20", "agents": "0"}


def monthly(at):
    table = at.dataframe[0].value
    return dict(zip(table["model_name"], table["total"])), table


def live_data(at) -> dict:
    """What the page gives the browser to compute its live figures (`ui.live_cost`)."""
    (element,) = [e for e in walk(at._tree) if getattr(e, "type", "") == "bidi_component" and e.proto.component_name == "gapboard_live_cost"]
    return json.loads(element.proto.json)


def test_a_link_with_a_workload_gives_the_exact_monthly_cost():
    at = open_page(PAGE, **WORKLOAD)
    assert not at.exception and not at.warning
    totals, table = monthly(at)
    requests = 2000 * 20
    # latest first-party prices: MiniMax standard $0.30 in / $0.03 cached / $1.20 out; Opus $5 / $0.50 / $25
    m25 = requests * (10_000 * (0.30 * 0.5 + 0.03 * 0.5) + 2000 * 1.20) / 1e6
    opus = requests * (10_000 * (5.0 * 0.5 + 0.50 * 0.5) + 2000 * 25.0) / 1e6
    assert (m25, opus) == pytest.approx((162.0, 3100.0))
    assert totals["MiniMax-M2.5"] == pytest.approx(m25, rel=1e-12)
    assert totals["Claude Opus 4.6"] == pytest.approx(opus, rel=1e-12)
    rows = table.set_index("model_name")
    assert rows.loc["MiniMax-M2.5", "vs_baseline"] == "1/19 of Claude Opus 4.6"
    assert rows.loc["MiniMax-M2.5", "option"] == "MiniMax API · standard"
    assert rows.loc["MiniMax-M2.5", "price_list"] == "MiniMax pricing page (as quoted by Roo-Code)"
    assert rows.loc["Claude Opus 4.6", "source_url"].startswith("https://")
    data = live_data(at)  # the browser starts from the link's workload, with every option of the chosen models
    sliders = {s["key"]: s["value"] for s in data["sliders"]}
    assert {key: sliders[key] for key in ("rpd", "in", "out", "cache", "days", "agents")} == {
        "rpd": 2000, "in": 10_000, "out": 2000, "cache": 50, "days": 20, "agents": 0}
    standard = next(o for o in data["options"] if o["model"] == "minimax-m2.5" and o["option"] == "MiniMax API · standard")
    assert (standard["input"], standard["cached"], standard["output"]) == (0.3, 0.03, 1.2)
    assert data["baseline"] == "claude-opus-4.6" and data["models"] == ["minimax-m2.5", "claude-opus-4.6"]


def test_launch_prices_and_a_chosen_tier_change_the_row_used():
    at = open_page(PAGE, **WORKLOAD, when="At launch", **{"p_minimax-m2.5": "MiniMax API · lightning"})
    assert not at.exception and not at.warning
    totals, table = monthly(at)
    # launch README lightning: $0.30 in (no cached price listed, so cached input pays $0.30) and $2.40 out
    assert totals["MiniMax-M2.5"] == pytest.approx(2000 * 20 * (10_000 * 0.30 + 2000 * 2.40) / 1e6, rel=1e-12)  # $312
    rows = table.set_index("model_name")
    assert rows.loc["MiniMax-M2.5", "price_list"] == "MiniMax-M2.5 launch README"
    assert rows.loc["MiniMax-M2.5", "choice"] == "your choice"


def test_a_model_without_a_usd_price_is_listed_apart_never_costed(private_data):
    append_csv(private_data.sources / "models.csv",
                ["acme-yuan", "Acme Yuan", "Acme", "Acme", "open"] + [""] * 10)
    append_csv(private_data.sources / "prices.csv",
                ["acme-yuan", "acme", "standard", "Acme CNY list", "", "", "", "", "", "", "", "2026-11-29", "vendor",
                 "https://example.com/cny", "CNY only"])
    at = open_page(PAGE, **WORKLOAD | {"models": ["MiniMax-M2.5", "Acme Yuan", "Claude Opus 4.6"]})
    assert not at.exception
    listed = [m.value for m in at.markdown if m.value.startswith("**No USD price")]
    assert len(listed) == 1 and "Acme Yuan" in listed[0] and "without a USD figure" in listed[0]
    totals, _ = monthly(at)
    assert set(totals) == {"MiniMax-M2.5", "Claude Opus 4.6"}


def test_a_price_label_from_a_hand_edited_link_gets_a_notice_and_auto():
    at = open_page(PAGE, **WORKLOAD, **{"p_minimax-m2.5": "Free tier"})
    assert not at.exception
    assert "Ignored p\\_minimax\\-m2\\.5" in at.warning[0].value
    _, table = monthly(at)
    assert table.set_index("model_name").loc["MiniMax-M2.5", "choice"].startswith("auto:")


def test_the_hourly_view_sets_the_vendor_claims_beside_the_arithmetic():
    at = open_page(PAGE, **WORKLOAD, when="At launch", cost_view="Per hour of agent work")
    assert not at.exception
    claims = [m.value for m in at.markdown if "claim:" in m.value]
    lightning = next(c for c in claims if "lightning" in c)
    assert "\\$0.8640/hour" in lightning and "**1.26 input tokens**" in lightning  # (1e6/360,000 − 2.4) / 0.3
    standard = next(c for c in claims if "standard" in c)
    assert "\\$0.2160/hour" in standard and "**3.11 input tokens**" in standard  # (0.3e6/180,000 − 1.2) / 0.15


def test_cost_per_resolved_task_uses_sourced_tokens_and_published_costs():
    at = open_page(PAGE, **WORKLOAD | {"cache": "0", "ratio": "3.0"}, cost_view="Per resolved task")
    assert not at.exception
    rows = at.dataframe[0].value.set_index("model_name")
    m25 = rows.loc["MiniMax-M2.5"]
    assert m25["million_tokens_per_task"] == 3.52 and m25["tokens_basis"] == "sourced"
    assert m25["computed_cost_per_task"] == pytest.approx(3.52 * (0.25 * 1.2 + 0.75 * 0.3), rel=1e-12)
    assert m25["published_cost_per_task"] == 0.3066 and m25["published_per_resolved"] == pytest.approx(0.3066 / 0.726)
    assert rows.loc["Claude Opus 4.6", "tokens_basis"] == "assumption (your setting)"
    # Opus 4.6 has several published runs (OpenHands Index: OpenHands, sub-agents, Claude Code): the newest is used
    published = prices.task_metrics(cache.connection(), "swe-bench-verified")
    published = published[(published["model"] == "claude-opus-4.6") & (published["kind"] == "cost_per_task")]
    newest = published[published["as_of"] == published["as_of"].max()]
    assert len(published) > 1 and len(newest) < len(published)
    assert rows.loc["Claude Opus 4.6", "published_cost_per_task"] in set(newest["value"])
    assert rows.loc["Claude Opus 4.6", "published_source"] in set(newest["source_url"])


def test_score_vs_cost_draws_the_frontier_of_published_aider_runs():
    at = open_page(PAGE, **WORKLOAD, cost_view="Score vs cost", sc="Aider polyglot", axis="Published run cost")
    assert not at.exception
    points = at.dataframe[0].value.set_index("label")
    assert points.loc["GPT-5 (reasoning effort high)", "frontier"] == "yes"  # best score of all runs
    assert points.loc["Claude Opus 4 (no thinking)", "frontier"] == "no"  # gpt-5 low scores more for less
    assert points.loc["GPT-5 (reasoning effort high)", "cost"] == pytest.approx(29.0829 / 225, abs=1e-6)
    spec = json.loads(at.get("vega_lite_chart")[0].proto.spec)
    assert spec["layer"][0]["mark"]["type"] == "line"  # the frontier line under the points


def test_self_hosting_starts_from_sourced_defaults():
    at = open_page(PAGE, **WORKLOAD, cost_view="Self-hosting")
    assert not at.exception
    shown = {m.label: m.value for m in at.metric}
    assert shown["Self-hosted \\$/M output tokens"] == "$3.65"  # 4 × $2.79 / (849 tok/s × 3600) × 1M
    at = open_page(PAGE, **WORKLOAD, cost_view="Self-hosting", **{"gpus_minimax-m2.5": "8"})
    assert {m.label: m.value for m in at.metric}["Self-hosted \\$/M output tokens"] == "$7.30"


def test_a_released_slider_recomputes_the_arithmetic_without_running_a_query(monkeypatch):
    at = open_page(PAGE, **WORKLOAD)
    ran = []
    for module in (catalogue, harnesses, instances, prices, scores, timeline):  # every statement goes through run
        assert module.run is db_connection.run
        monkeypatch.setattr(module, "run", lambda con, sql, *a, **kw: ran.append(sql) or db_connection.run(con, sql, *a, **kw))
    at.query_params["rpd"] = "3000"  # a slider released in the browser: the link carries its value
    at.run()
    assert not at.exception
    assert monthly(at)[0]["Claude Opus 4.6"] == pytest.approx(3000 * 20 * (10_000 * 2.75 + 2000 * 25.0) / 1e6)
    assert ran == []  # every query result came from the cache
    cache.clear()  # the recorder sees the page's queries once nothing is kept
    at.query_params["rpd"] = "4000"
    at.run()
    assert not at.exception and ran


def test_a_hostile_model_name_is_shown_as_plain_text(private_data):
    hostile = "Evil <script>alert(1)</script> [x](javascript:alert(1))"
    append_csv(private_data.sources / "models.csv", ["evil", hostile, "Acme", "Acme", "open"] + [""] * 10)
    at = open_page(PAGE, **WORKLOAD | {"models": ["MiniMax-M2.5", hostile]})
    assert not at.exception
    (listed,) = [m.value for m in at.markdown if m.value.startswith("**No USD price")]
    assert "\\<script\\>" in listed and "\\[x\\]\\(javascript" in listed and "no price list we hold covers it" in listed


def test_a_released_slider_recomputes_the_table_with_the_new_totals():
    at = open_page(PAGE, **WORKLOAD)
    at.query_params["rpd"] = "4000"
    at.run()
    totals, _ = monthly(at)
    assert totals == pytest.approx({"MiniMax-M2.5": 2 * 162.0, "Claude Opus 4.6": 2 * 3100.0}, rel=1e-12)
    assert {s["key"]: s["value"] for s in live_data(at)["sliders"]}["rpd"] == 4000  # the browser starts from it too
