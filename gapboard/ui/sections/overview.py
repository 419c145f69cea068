"""The Overview's four cards, the rows behind them and the claims summary."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st

from gapboard.core.cards import CARD_TITLES
from gapboard.ui import charts, registry, tables, widgets
from gapboard.ui.format import as_of, day, plain
from gapboard.ui.registry import OverviewParams
from gapboard.ui.sections import claims as claim_sections
from gapboard.views.common import ClaimsSummary
from gapboard.views.overview import News, Overview


@contextmanager
def _card(title: str, newest: object, page: registry.PageInfo, label: str, link: registry.Link) -> Iterator[None]:
    """A bordered card: its title and the month of its newest number, the body drawn inside the block, and the link
    to the page it leads to."""
    with st.container(border=True):
        st.subheader(title)
        st.caption(f"Newest number behind this card: {as_of(newest)}")
        yield
        st.page_link(page.file, label=label, icon=":material/arrow_forward:", query_params=link)


def _missing(what: str) -> None:
    st.info(f"Not enough data for {plain(what)} with this choice.", icon=":material/info:")


def cards(view: Overview) -> None:
    """The four cards in a two-by-two grid, each computed from sourced rows and leading to its page."""
    top, bottom = st.columns(2, gap="large"), st.columns(2, gap="large")
    with top[0], _card(CARD_TITLES[0], view.as_of[0], registry.BENCHMARKS, "How far behind, over time: the two frontiers",
                       registry.frontier_link(view.benchmark_name)):
        _gap(view)
    with top[1], _card(CARD_TITLES[1], view.as_of[1], registry.HARNESSES, "Every model under every harness", registry.harness_link(
            view.harness.subject_name if view.harness else None, view.harness.comparator_name if view.harness else None,
            view.benchmark_name if view.on_harness_page else None)):
        _harness(view)
    with bottom[0], _card(CARD_TITLES[2], view.as_of[2], registry.COST, "Price your own workload", registry.cost_link(
            [view.subject_name, view.comparator_name], view.comparator_name if view.cost else None)):
        _cost(view)
    with bottom[1], _card(CARD_TITLES[3], view.as_of[3], registry.TIMELINE, "Every version on the timeline",
                          registry.timeline_link(view.family, view.benchmark_name)):
        _pace(view)


def news(found: News | None) -> None:
    """One line on a recent build's changes, leading to the full list."""
    if found is not None:
        st.page_link(registry.SOURCES.file, label=plain(f"Data updated {found.built_on:%-d %B %Y}: {found.summary}. See what changed"),
                     icon=":material/new_releases:", query_params=registry.changes_link())


def missing_scores(view: Overview) -> None:
    """Known models that have no score on the cards' benchmark, said plainly: the newest first."""
    found = view.unscored
    if not found.released_since and not found.earlier:
        return
    bench = view.benchmark_name
    lines = [f"The newest {bench} number here is {as_of(found.newest_number).removeprefix('as of ')}."]
    if found.released_since:
        lines.append(
            f"{len(found.released_since)} model(s) released since {found.newest_scored} ({day(found.newest_scored_release)}) "
            f"have no {bench} score in any source here: {', '.join(found.released_since)}."
        )
    if found.earlier:
        lines.append(f"{len(found.earlier)} earlier model(s) have none either: {', '.join(found.earlier)}.")
    st.info(plain(" ".join(lines)), icon=":material/event_busy:")


def _gap(view: Overview) -> None:
    card = view.gap
    if card is None:
        return _missing("the gap")
    main, (low, high) = card.main, card.spread
    st.metric(plain(f"Best proprietary minus best open, {view.benchmark_name}, {main['harness']}"), f"{main['gap']:+.1f} {card.unit}")
    st.markdown(
        f"#### {plain(main['open_models'])} {main['open_value']:g} vs {plain(main['proprietary_models'])} {main['proprietary_value']:g}"
    )
    st.markdown(
        f"**Honest caveat:** the gap depends on the harness: from {low:+.1f} to {high:+.1f} points across "
        f"{len(card.settings)} setups. “harness not stated” values may not be comparable."
    )
    charts.draw(view.charts[0], key="gap_dots")


def _harness(view: Overview) -> None:
    card = view.harness
    if card is None:
        return _missing(f"{view.subject_name} against {view.comparator_name}")
    st.metric(plain(f"{card.subject_name} ahead of {card.comparator_name}, {view.benchmark_name}"), f"{card.ahead} of {len(card.settings)} setups")
    st.markdown(f"#### {plain(card.summary())}")
    st.caption("A setup compares the two under the same harness, or side by side in one published chart.")
    charts.draw(view.charts[1], key="harness_dots")


def _cost(view: Overview) -> None:
    card = view.cost
    if card is None:
        return _missing("the cost ratio")
    st.metric(plain(f"{card.subject['model_name']} output price vs {card.comparator['model_name']}"), f"1/{card.ratio:.0f}")
    st.markdown(
        "#### " + plain(f"${card.subject['output_usd_per_mtok']:.2f} vs ${card.comparator['output_usd_per_mtok']:.2f} per million output tokens")
    )
    st.caption("Each model's cheapest current list price for output tokens; input and caching are on the Cost page.")
    charts.draw(view.charts[2], key="price_bars")
    tables.left_out("the price chart", {name: "no current output price" for name in card.unpriced})


def _pace(view: Overview) -> None:
    card = view.pace
    if card is None or len(card.versions) < 2:
        return _missing(f"the pace of {view.subject_name}'s line")
    versions = card.versions
    st.metric(plain(" → ".join(versions["name"])), f"{len(versions)} releases in {card.span_months:.1f} months")
    st.markdown("#### " + plain(card.steps()))
    charts.draw(view.charts[3], key="pace_chart")
    unscored = versions.loc[versions["value"].isna(), "name"]
    tables.left_out("the pace chart", {n: f"no {card.benchmark_name} result under this harness" for n in unscored})
    if card.later:
        st.caption("Released since: " + plain(", ".join(card.later)) + ".")


def sources(view: Overview) -> None:
    """Every row behind the four figures, with its source (in an expander whose open state is in the link)."""
    box = widgets.bound_expander("Where the four figures come from: every row behind them, with its source",
                                 key=OverviewParams.SOURCES, icon=":material/source:")
    if box.open:
        with box:
            tables.table(
                view.sources,
                column_config={**tables.source_columns(), "card": "Card", "figure": "Figure", "model_name": "Model", "value": "Value"},
                key="figure_sources",
            )


def launch_claims(summary: ClaimsSummary) -> None:
    """The verdict counts and one line per claim, leading to the full check."""
    st.header("The launch claims, checked")
    claim_sections.verdicts(summary)
    tables.table(
        summary.table,
        column_config={
            "verdict_then": st.column_config.TextColumn("On its date", width="small"),
            "verdict": st.column_config.TextColumn("Today", width="small"),
            "claim": st.column_config.TextColumn("Claim", width="large"),
            "claimed": "Claimed",
            "why": st.column_config.TextColumn("Why, today (computed from the data)", width="large"),
        },
        key="claims_summary",
    )
    st.page_link(registry.BENCHMARKS.file, label="Every claim with its evidence rows and sources", icon=":material/arrow_forward:",
                 query_params=registry.claims_link())
