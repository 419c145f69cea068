"""The page registry and the URL contract: every page's file, title, intro and link parameters, the tab names a
link may open, and the link builders that send one page's view to another. app.py builds its navigation from
this; the tests cover every entry and prove no two pages share a parameter.

Streamlit keeps a URL parameter when the user moves to another page that binds a widget to the same key, so a
key shared by two pages would hand one page's choice to the other: every key below belongs to one page.
"""
from __future__ import annotations

from dataclasses import dataclass


class FrameParams:
    """Keys every page keeps, set by the frame around the pages (no page widget may use them)."""

    UPLOADED_ROWS = "yours"  # how many rows this session uploaded: a session that starts without them can say so


FRAME_KEYS = tuple(value for name, value in vars(FrameParams).items() if not name.startswith("_"))


class OverviewParams:
    FEATURED = "featured"
    VERSUS = "versus"
    BENCHMARK = "benchmark"
    SOURCES = "sources"


class BenchmarksParams:
    VIEW = "view"
    CATEGORIES = "cat"
    BENCHMARKS = "bench"
    WEIGHTS = "weights"
    VENDORS = "vendor"
    FAMILIES = "families"
    HARNESSES = "harness"
    REPORTER = "reporter"
    CONFIDENCE = "conf"
    SINCE = "since"
    DATASETS = "data"
    COMPLETE = "complete"
    SPLIT = "split"
    CELL = "cell"
    CONFLICTS = "conflicts"
    VALUES = "values"
    FRONTIER_BENCHMARK = "fbench"
    FRONTIER_HARNESS = "fharness"
    CLAIM = "claim"


class HarnessesParams:
    BENCHMARK = "hbench"
    SOURCES = "src"
    WEIGHTS = "hweights"
    MIN_HARNESSES = "min"
    SORT = "sort"
    MODEL_A = "a"
    MODEL_B = "b"
    RUNS = "runs"
    SOLVED_BY = "solved"
    RUN_A = "ra"
    RUN_B = "rb"


class CostParams:
    MODELS = "models"
    BASELINE = "base"
    WHEN = "when"
    PREFERENCE = "pref"
    PRICE_PREFIX = "p_"  # + model id: that model's provider and tier
    REQUESTS_PER_DAY = "rpd"
    INPUT_TOKENS = "in"
    OUTPUT_TOKENS = "out"
    CACHE_SHARE = "cache"
    DAYS = "days"
    AGENTS = "agents"
    HOURS = "hours"
    INPUT_PER_OUTPUT = "ratio"
    ASSUMED_SPEED = "tps"
    OWN_SPEED = "own"
    VIEW = "cost_view"
    TASK_BENCHMARK = "rt"
    TOKENS_PER_TASK = "tpt"
    SCATTER_BENCHMARK = "sc"
    AXIS = "axis"
    SELF_HOSTED = "sh"
    GPUS_PREFIX = "gpus_"  # + model id
    GPU_PRICE_PREFIX = "gpuh_"  # + model id
    HOSTED_SPEED_PREFIX = "shtps_"  # + model id


class TimelineParams:
    FAMILY = "family"
    BENCHMARKS = "tbench"
    HARNESS = "vharness"
    PACE_BENCHMARK = "pbench"
    PACE_HARNESS = "pharness"
    FAMILIES = "fams"
    FROM = "from"
    TO = "to"
    ARENA_FROM = "afrom"
    ARENA_TO = "ato"


class SourcesParams:
    TAB = "tab"
    MODEL = "model"
    BENCHMARK = "lbench"
    TABLE = "table"


BENCHMARKS_TABS = ("Table", "Gap today", "Gap over time", "Claims check")
COST_TABS = ("Monthly cost", "Per hour of agent work", "Per resolved task", "Score vs cost", "Self-hosting", "How this was computed")
SOURCES_TABS = ("Datasets", "What changed", "Look up a number", "Your results", "Downloads")


@dataclass(frozen=True)
class PageInfo:
    file: str
    title: str
    icon: str
    url_path: str
    intro: str
    params: type  # the page's link parameter names
    default: bool = False

    def keys(self) -> list[str]:
        """Every link parameter name this page may bind (a prefix stands for all keys starting with it)."""
        return [value for name, value in vars(self.params).items() if not name.startswith("_")]


OVERVIEW = PageInfo(
    "pages/overview.py", "Overview", ":material/dashboard:", "overview",
    "Is the gap between open-weight and proprietary LLMs really at its smallest? Four figures, all from sourced data.",
    OverviewParams, default=True,
)
BENCHMARKS = PageInfo(
    "pages/benchmarks.py", "Benchmarks", ":material/leaderboard:", "benchmarks",
    "Reported scores per model and benchmark, the open-vs-proprietary gap today and over time, and the launch "
    "claims checked against the data. Select a cell to see every value behind it.",
    BenchmarksParams,
)
HARNESSES = PageInfo(
    "pages/harnesses.py", "Harnesses", ":material/build:", "harnesses",
    "How much does the agent scaffold (Claude Code, Droid, OpenCode, OpenHands, mini-SWE-agent, …) move a model's "
    "score, and does the ranking flip? ",
    HarnessesParams,
)
COST = PageInfo(
    "pages/cost.py", "Cost", ":material/payments:", "cost",
    "What your workload costs on each model — per month, per hour of continuous agent work and per resolved task — "
    "from sourced API prices, with the arithmetic shown.",
    CostParams,
)
TIMELINE = PageInfo(
    "pages/timeline.py", "Timeline", ":material/timeline:", "timeline",
    "A model family's versions on a true date axis — score, price and speed per release — and how fast "
    "families improve, in the vendor's own chart and in independent data.",
    TimelineParams,
)
SOURCES = PageInfo(
    "pages/sources.py", "Sources", ":material/source:", "sources",
    "Where every number comes from, who reported it, its licence and its date — and your own results beside them.",
    SourcesParams,
)
PAGES: tuple[PageInfo, ...] = (OVERVIEW, BENCHMARKS, HARNESSES, COST, TIMELINE, SOURCES)


# --- links from one page's view to another --------------------------------------------------------

Link = dict[str, str | list[str]]


def frontier_link(benchmark_name: str) -> Link:
    """The Benchmarks page's gap over time on one benchmark."""
    return {BenchmarksParams.VIEW: BENCHMARKS_TABS[2], BenchmarksParams.FRONTIER_BENCHMARK: benchmark_name}


def changes_link() -> Link:
    """The Sources page's list of what the current build changed."""
    return {SourcesParams.TAB: SOURCES_TABS[1]}


def claims_link() -> Link:
    """The Benchmarks page's claims check."""
    return {BenchmarksParams.VIEW: BENCHMARKS_TABS[3]}


def harness_link(model_a: str | None, model_b: str | None, benchmark_name: str | None) -> Link:
    """The Harnesses page on two models (by name) and a benchmark, where it has them (None: not on that page)."""
    pair = {HarnessesParams.MODEL_A: model_a, HarnessesParams.MODEL_B: model_b} if model_a and model_b else {}
    return pair | ({HarnessesParams.BENCHMARK: benchmark_name} if benchmark_name else {})


def cost_link(model_names: list[str], baseline_name: str | None) -> Link:
    """The Cost page on these models (by name), with a baseline where it has a price."""
    return {CostParams.MODELS: model_names} | ({CostParams.BASELINE: baseline_name} if baseline_name else {})


def timeline_link(family: str | None, benchmark_name: str) -> Link:
    """The Timeline page on a family and one benchmark."""
    return ({TimelineParams.FAMILY: family} if family else {}) | {TimelineParams.BENCHMARKS: [benchmark_name]}


def your_results_link() -> Link:
    """The Sources page's tab of this session's uploaded rows."""
    return {SourcesParams.TAB: SOURCES_TABS[3]}
