"""The Overview's views: the pickers' choices, and the four cards for one choice with their charts and sources."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from gapboard.core import cards, freshness
from gapboard.core.i18n import DEFAULT, text
from gapboard.core.vocabulary import CONFIDENCES, REPORTERS, WEIGHTS
from gapboard.db import harnesses, scores
from gapboard.views import common, sources
from gapboard.views.cache import connection, view
from gapboard.views.charts import gap as gap_charts
from gapboard.views.charts import overview as overview_charts
from gapboard.views.charts.theme import SLIDE_FONT_SIZE, spec
from gapboard.views.data import current_build


@dataclass(frozen=True)
class Choices:
    """What the Overview's pickers offer: open-weight and proprietary model ids, names, score benchmarks."""

    open_ids: list[str]
    proprietary_ids: list[str]
    names: dict[str, str]
    benchmark_names: dict[str, str]


@view()
def choices() -> Choices:
    models = common.model_rows()
    return Choices(
        models.loc[models["weights"] == "open", "id"].tolist(),
        models.loc[models["weights"] == "proprietary", "id"].tolist(),
        dict(zip(models["id"], models["name"])),
        common.score_benchmarks(),
    )


NEWS_DAYS = 14  # a build younger than this says on the Overview what it changed


@dataclass(frozen=True)
class News:
    built_on: dt.date
    summary: str  # "55 model added, 958 score added"


@view(max_entries=8)
def news(today: dt.date, lang: str = DEFAULT) -> News | None:
    """What a recent build changed, for the Overview's one-line notice (None: the build is older, or changed
    nothing it can name)."""
    built_on = dt.datetime.fromisoformat(current_build()[1].built_at).date()
    counts = sources.changes_view().counts
    if (today - built_on).days >= NEWS_DAYS or not counts:
        return None
    return News(built_on, sources.change_counts(counts, lang))


@dataclass(frozen=True)
class Overview:
    """Everything the Overview draws for one (subject, comparator, benchmark): the four cards (None where there
    is not enough data), their charts, the rows behind them, and what the cards' links to other pages need."""

    gap: cards.GapCard | None
    harness: cards.HarnessCard | None
    cost: cards.CostCard | None
    pace: cards.PaceCard | None
    charts: tuple  # one chart spec (or None: nothing to draw) per card
    sources: pd.DataFrame
    benchmark_name: str
    subject_name: str
    comparator_name: str
    family: str | None  # the subject's line on the pace card (its family, or its vendor), for the Timeline link
    on_harness_page: bool  # the Harnesses page offers this benchmark
    as_of: tuple  # per card, the as-of date of its newest number (None: no dated number behind it)
    unscored: freshness.Unscored  # the known models with no score on the benchmark


SLIDE_CHART_HEIGHT = 330  # a slide's chart (plot area) fits a 1280×720 screen under its title and number
SLIDE_PRICES = 9  # bars a slide's price chart shows at most


def _charts(gap: cards.GapCard | None, head: cards.HarnessCard | None, cost: cards.CostCard | None, pace: cards.PaceCard | None,
            bench_name: str, lang: str, slides: bool) -> tuple:
    """One chart spec per card (None: nothing to draw), in `lang`; `slides`: sized for a projector (no chart text
    under 18 px, short enough for a 720 px high screen, at most SLIDE_PRICES price bars)."""
    size = {"font": SLIDE_FONT_SIZE, "height": SLIDE_CHART_HEIGHT} if slides else {}
    return (
        spec(gap_charts.gap_dots, gap.dots(), "setting", text("Harness", lang), text("{benchmark}, best score", lang, benchmark=bench_name),
             lang=lang, **size) if gap else None,
        spec(gap_charts.gap_dots, head.dots(), "setting", text("Setup", lang), bench_name, lang=lang, **size) if head else None,
        spec(overview_charts.price_bars, cost.sample(SLIDE_PRICES) if slides else cost.bars, lang=lang, **size) if cost else None,
        spec(overview_charts.version_steps, pace.versions, pace.measured(lang), lang=lang, **size)
        if pace is not None and pace.versions["value"].notna().any() else None,
    )


@view()
def overview(subject: str, comparator: str, benchmark: str, lang: str = DEFAULT, slides: bool = False) -> Overview:
    """The four cards for one choice, computed from the current build's rows, written in `lang` (`slides`: the
    charts sized for the presentation's slides)."""
    con = connection()
    models = common.model_rows()
    rows = scores.benchmark_scores(con, [benchmark], list(WEIGHTS), list(REPORTERS), list(CONFIDENCES))
    names, bench_name = dict(zip(models["id"], models["name"])), choices().benchmark_names.get(benchmark, benchmark)
    gap = cards.gap_card(rows, benchmark, lang)
    head = cards.harness_card(rows, benchmark, subject, comparator, lang)
    cost = cards.cost_card(common.price_rows(), models, subject, comparator)
    pace = cards.pace_card(models, rows, subject, benchmark)
    family = models.loc[models["id"] == subject, "family"]
    behind = cards.sources(gap, head, cost, pace, lang=lang)
    as_of = tuple(freshness.newest(behind.loc[behind["card"] == title, "as_of"]) for title in cards.CARD_TITLES)
    return Overview(
        gap, head, cost, pace, _charts(gap, head, cost, pace, bench_name, lang, slides),
        behind.assign(card=[text(title, lang) for title in behind["card"]]), bench_name,
        names.get(subject, subject), names.get(comparator, comparator),
        pace.line if pace is not None else family.iloc[0] if not family.empty else None,
        benchmark in harnesses.harness_benchmarks(con)["id"].values,
        as_of,
        freshness.unscored(models, rows),
    )
