"""The Overview's four cards, the rows behind them and the claims summary."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st

from gapboard.core.cards import CARD_TITLES
from gapboard.core.i18n import N_
from gapboard.ui import charts, registry, tables, widgets
from gapboard.ui.format import as_of, day, long_date, month, plain
from gapboard.ui.i18n import current, t
from gapboard.ui.registry import OverviewParams
from gapboard.ui.sections import claims as claim_sections
from gapboard.views.common import ClaimsSummary
from gapboard.views.overview import News, Overview


@contextmanager
def _card(title: str, newest: object, page: registry.PageInfo, label: str, link: registry.Link) -> Iterator[None]:
    """A bordered card: its title and the month of its newest number, the body drawn inside the block, and the link
    to the page it leads to."""
    with st.container(border=True):
        st.subheader(t(title))
        st.caption(t("Newest number behind this card: {as_of}", as_of=as_of(newest)))
        yield
        st.page_link(page.file, label=label, icon=":material/arrow_forward:", query_params=link)


def _missing(what: str) -> None:
    st.info(t("Not enough data for {what} with this choice.", what=plain(what)), icon=":material/info:")


def cards(view: Overview) -> None:
    """The four cards in a two-by-two grid, each computed from sourced rows and leading to its page."""
    top, bottom = st.columns(2, gap="large"), st.columns(2, gap="large")
    for column, index in zip([*top, *bottom], range(4)):
        page, label, link = card_link(view, index)
        with column, _card(CARD_TITLES[index], view.as_of[index], page, label, link):
            (_gap, _harness, _cost, _pace)[index](view)


CARD_LINKS = (N_("How far behind, over time: the two frontiers"), N_("Every model under every harness"),
              N_("Price your own workload"), N_("Every version on the timeline"))


def card_link(view: Overview, index: int) -> tuple[registry.PageInfo, str, registry.Link]:
    """Where card `index` leads: the page, the link's text (in the session's language) and its parameters."""
    if index == 0:
        return registry.BENCHMARKS, t(CARD_LINKS[0]), registry.frontier_link(view.benchmark_name, current())
    if index == 1:
        head = view.harness
        return registry.HARNESSES, t(CARD_LINKS[1]), registry.harness_link(
            head.subject_name if head else None, head.comparator_name if head else None,
            view.benchmark_name if view.on_harness_page else None)
    if index == 2:
        return registry.COST, t(CARD_LINKS[2]), registry.cost_link(
            [view.subject_name, view.comparator_name], view.comparator_name if view.cost else None)
    return registry.TIMELINE, t(CARD_LINKS[3]), registry.timeline_link(view.family, view.benchmark_name)


def news(found: News | None) -> None:
    """One line on a recent build's changes, leading to the full list."""
    if found is not None:
        st.page_link(registry.SOURCES.file,
                     label=plain(t("Data updated {day}: {summary}. See what changed", day=long_date(found.built_on), summary=found.summary)),
                     icon=":material/new_releases:", query_params=registry.changes_link(current()))


def missing_scores(view: Overview) -> None:
    """Known models that have no score on the cards' benchmark, said plainly: the newest first."""
    found = view.unscored
    if not found.released_since and not found.earlier:
        return
    bench = view.benchmark_name
    newest = month(found.newest_number) if found.newest_number is not None else t("no dated number")
    lines = [t("The newest {benchmark} number here is {month}.", benchmark=bench, month=newest)]
    if found.released_since:
        lines.append(t(
            "{count} model(s) released since {model} ({day}) have no {benchmark} score in any source here: {models}.",
            count=len(found.released_since), model=found.newest_scored, day=day(found.newest_scored_release), benchmark=bench,
            models=", ".join(found.released_since),
        ))
    if found.earlier:
        lines.append(t("{count} earlier model(s) have none either: {models}.", count=len(found.earlier), models=", ".join(found.earlier)))
    st.info(plain(" ".join(lines)), icon=":material/event_busy:")


def _gap(view: Overview) -> None:
    card = view.gap
    if card is None:
        return _missing(t("the gap"))
    main, (low, high) = card.main, card.spread
    st.metric(*gap_figure(view))
    st.markdown(
        f"#### {plain(main['open_models'])} {main['open_value']:g} vs {plain(main['proprietary_models'])} {main['proprietary_value']:g}"
    )
    st.markdown(t(
        "**Honest caveat:** the gap depends on the harness: from {low:+.1f} to {high:+.1f} points across {count} setups. "
        "“harness not stated” values may not be comparable.", low=low, high=high, count=len(card.settings),
    ))
    charts.draw(view.charts[0], key="gap_dots")


def gap_figure(view: Overview) -> tuple[str, str]:
    """The gap card's headline number and what it measures."""
    main = view.gap.main
    return (plain(t("Best proprietary minus best open, {benchmark}, {harness}", benchmark=view.benchmark_name, harness=main["harness"])),
            f"{main['gap']:+.1f} {t(view.gap.unit)}")


def harness_figure(view: Overview) -> tuple[str, str]:
    card = view.harness
    return (plain(t("{subject} ahead of {comparator}, {benchmark}", subject=card.subject_name, comparator=card.comparator_name,
                    benchmark=view.benchmark_name)),
            t("{ahead} of {total} setups", ahead=card.ahead, total=len(card.settings)))


def cost_figure(view: Overview) -> tuple[str, str]:
    card = view.cost
    return (plain(t("{subject} output price vs {comparator}", subject=card.subject["model_name"], comparator=card.comparator["model_name"])),
            f"1/{card.ratio:.0f}")


def pace_figure(view: Overview) -> tuple[str, str]:
    card = view.pace
    return (plain(" → ".join(card.versions["name"])),
            t("{count} releases in {months:.1f} months", count=len(card.versions), months=card.span_months))


def _harness(view: Overview) -> None:
    card = view.harness
    if card is None:
        return _missing(t("{subject} against {comparator}", subject=view.subject_name, comparator=view.comparator_name))
    st.metric(*harness_figure(view))
    st.markdown(f"#### {plain(card.summary())}")
    st.caption(t("A setup compares the two under the same harness, or side by side in one published chart."))
    charts.draw(view.charts[1], key="harness_dots")


def _cost(view: Overview) -> None:
    card = view.cost
    if card is None:
        return _missing(t("the cost ratio"))
    st.metric(*cost_figure(view))
    st.markdown("#### " + plain(t("${subject:.2f} vs ${comparator:.2f} per million output tokens",
                                  subject=card.subject["output_usd_per_mtok"], comparator=card.comparator["output_usd_per_mtok"])))
    st.caption(t("Each model's cheapest current list price for output tokens; input and caching are on the Cost page."))
    charts.draw(view.charts[2], key="price_bars")
    tables.left_out(t("the price chart"), {name: t("no current output price") for name in card.unpriced})


def _pace(view: Overview) -> None:
    card = view.pace
    if card is None or len(card.versions) < 2:
        return _missing(t("the pace of {model}'s line", model=view.subject_name))
    versions = card.versions
    st.metric(*pace_figure(view))
    st.markdown("#### " + plain(card.steps(current())))
    charts.draw(view.charts[3], key="pace_chart")
    unscored = versions.loc[versions["value"].isna(), "name"]
    tables.left_out(t("the pace chart"), {n: t("no {benchmark} result under this harness", benchmark=card.benchmark_name) for n in unscored})
    if card.later:
        st.caption(t("Released since: {models}.", models=plain(", ".join(card.later))))


def sources(view: Overview) -> None:
    """Every row behind the four figures, with its source (in an expander whose open state is in the link)."""
    box = widgets.bound_expander(t("Where the four figures come from: every row behind them, with its source"),
                                 key=OverviewParams.SOURCES, icon=":material/source:")
    if box.open:
        with box:
            tables.table(
                view.sources,
                column_config={**tables.source_columns(), "card": t("Card"), "figure": t("Figure"), "model_name": t("Model"),
                               "value": t("Value")},
                key="figure_sources",
            )


def launch_claims(summary: ClaimsSummary) -> None:
    """The verdict counts and one line per claim, leading to the full check."""
    st.header(t("The launch claims, checked"))
    claim_sections.verdicts(summary)
    tables.table(
        claim_sections.in_language(summary.table),
        column_config=claim_sections.columns(),
        key="claims_summary",
    )
    st.page_link(registry.BENCHMARKS.file, label=t("Every claim with its evidence rows and sources"), icon=":material/arrow_forward:",
                 query_params=registry.claims_link(current()))
