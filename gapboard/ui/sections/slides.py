"""The Overview as projector slides (`?present=1`): one card per slide — its title, headline number and chart, live
from the current data, with a link to its page — then the claims check. No sidebar and no filters; a slide counter,
previous and next by button and by keyboard (←, →, space), and the slide number in the link (`slide=3`).

Sized for a room: the title is 48 px, no chart text is under 18 px, and a slide fits a 1280×720 screen without
scrolling (a 1920×1080 one gets larger text, see `_STYLE`)."""
from __future__ import annotations

import contextlib

import streamlit as st
from streamlit.errors import StreamlitAPIException

from gapboard.core.cards import CARD_TITLES
from gapboard.core.i18n import N_
from gapboard.ui import charts, registry, widgets
from gapboard.ui.format import plain
from gapboard.ui.i18n import current, t
from gapboard.ui.registry import OverviewParams as P
from gapboard.ui.sections import claims as claim_sections
from gapboard.ui.sections import overview as cards
from gapboard.views.common import ClaimsSummary
from gapboard.views.overview import SLIDE_PRICES, Choices, Overview

_CARRIED = "_gapboard_slides_choice"  # the Overview's pickers' link values when the slides were opened
SLIDE_CHART_BOX = 520  # px; the style stretches it to the screen's height below the title
SLIDE_COUNT = len(CARD_TITLES) + 1  # a slide per card, then the claims check
SLIDE_KEY = "gapboard_slide"  # the slide's container: `.st-key-gapboard_slide` in the style and the browser tests
CLAIMS_TITLE = N_("The launch claims, checked")
LISTED_CLAIMS = 4  # claims a slide lists by name (the ones today's data does not support), so it never scrolls

_STYLE = """<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stExpandSidebarButton"],
[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"] { display: none !important; }
.stMain .block-container { padding: 0.75rem 2.5rem 0 2.5rem !important; max-width: 100% !important; }
.st-key-gapboard_slide h1 { font-size: 48px !important; line-height: 1.2 !important; padding: 0.25rem 0 !important; }
.st-key-gapboard_slide [data-testid="stMetricValue"] [data-testid="stMarkdownContainer"] p { font-size: 64px !important;
  line-height: 1.1 !important; }
.st-key-gapboard_slide [data-testid="stMetricLabel"] p,
.st-key-gapboard_slide [data-testid="stMarkdownContainer"] p,
.st-key-gapboard_slide [data-testid="stMarkdownContainer"] li,
.st-key-gapboard_slide [data-testid="stPageLink"] p,
.st-key-gapboard_slide table th, .st-key-gapboard_slide table td { font-size: 22px !important; }
.st-key-gapboard_slide [data-testid="stCaptionContainer"] p { font-size: 18px !important; }
.st-key-gapboard_slide .stMarkdownEllipsis { white-space: normal !important; overflow: visible !important; }
.st-key-gapboard_slide_bar [data-testid="stMarkdownContainer"] p,
.st-key-gapboard_slide_bar [data-testid="stPageLink"] p, .st-key-gapboard_slide_bar button p { font-size: 18px !important; }
.st-key-gapboard_slide_space { display: none !important; }
.st-key-gapboard_slide_chart, [data-testid="stLayoutWrapper"]:has(> .st-key-gapboard_slide_chart) {
  height: calc(100vh - 190px) !important; flex: 0 0 calc(100vh - 190px) !important; max-height: none !important;
  overflow: hidden !important; }
.st-key-gapboard_slide [data-testid="stMetricLabel"], .st-key-gapboard_slide [data-testid="stMetricLabel"] * {
  white-space: normal !important; overflow: visible !important; max-width: 100% !important; }
@media (min-height: 1000px) {
  .st-key-gapboard_slide h1 { font-size: 64px !important; }
  .st-key-gapboard_slide [data-testid="stMetricValue"] [data-testid="stMarkdownContainer"] p { font-size: 88px !important; }
  .st-key-gapboard_slide [data-testid="stMetricLabel"] p,
  .st-key-gapboard_slide [data-testid="stMarkdownContainer"] p,
  .st-key-gapboard_slide [data-testid="stMarkdownContainer"] li,
  .st-key-gapboard_slide [data-testid="stPageLink"] p,
  .st-key-gapboard_slide table th, .st-key-gapboard_slide table td { font-size: 28px !important; }
}
</style>"""


def requested() -> bool:
    """Whether the link asks for slides (`present=1`), read before the page starts (the slides have no page title)."""
    return st.query_params.get(P.PRESENT) == "1"


def keep_link() -> None:
    """Once the page has started: keep `present` in the link, with the usual notice for a value other than 1 or 0."""
    value = widgets.link_param(P.PRESENT)
    if value not in (None, "0", "1"):
        widgets.reject_link_value(P.PRESENT, value, t("not 1 or 0, showing the page"))


def linked_choice(choices: Choices, featured) -> tuple[str, str, str]:
    """The models and benchmark the slides feature: the link's (by name, as the Overview's pickers write them) or
    the data's defaults."""
    widgets.keep_link_params(P.SOURCES)
    carried = st.session_state.get(_CARRIED, {})
    picked = []
    for key, options, names, default in (
        (P.FEATURED, choices.open_ids, choices.names, featured.open_model),
        (P.VERSUS, choices.proprietary_ids, choices.names, featured.proprietary_model),
        (P.BENCHMARK, list(choices.benchmark_names), choices.benchmark_names, featured.benchmark),
    ):
        value, by_name = widgets.link_param(key), {names.get(option, option): option for option in options}
        if value is None and key in carried:  # the page's picker held it; into the link as soon as the picker lets go
            value = carried[key]
            with contextlib.suppress(StreamlitAPIException):
                widgets.set_link_param(key, value)
        if value is not None and value not in by_name:
            widgets.reject_link_value(key, value, t("not one of the choices, using the default"))
        picked.append(by_name.get(value, default if default in options else options[0]))
    return picked[0], picked[1], picked[2]


def _number() -> int:
    value = widgets.link_param(P.SLIDE)
    if value is None:
        return 1
    if value.isdigit() and 1 <= int(value) <= SLIDE_COUNT:
        return int(value)
    widgets.reject_link_value(P.SLIDE, value, t("not a slide from 1 to {count}, showing the first", count=SLIDE_COUNT))
    return 1


def _go(number: int) -> None:
    """Button callback: show slide `number` (it goes into the link before the next run)."""
    st.query_params[P.SLIDE] = str(min(max(number, 1), SLIDE_COUNT))


def show(view: Overview, summary: ClaimsSummary) -> None:
    """The slide the link names, with its counter and controls."""
    st.html(_STYLE)
    number = _number()
    widgets.set_link_param(P.SLIDE, str(number))
    with st.container(key=SLIDE_KEY):
        _bar(number)
        if number <= len(CARD_TITLES):
            _card(view, number - 1)
        else:
            _claims(summary)


def _bar(number: int) -> None:
    """The slide counter, the way back to the page, and previous / next (also ←, → and space)."""
    with st.container(key="gapboard_slide_bar", horizontal=True, vertical_alignment="center"):
        st.markdown(t("Slide {number} of {count}", number=number, count=SLIDE_COUNT))
        st.button(t("Leave the slides"), icon=":material/close_fullscreen:", key="gapboard_slides_leave", on_click=_present,
                  args=(False,), type="tertiary")
        st.space("stretch")
        st.button(t("Previous"), key="gapboard_slide_previous", icon=":material/arrow_back:", shortcut="Left",
                  disabled=number == 1, on_click=_go, args=(number - 1,))
        st.button(t("Next"), key="gapboard_slide_next", icon=":material/arrow_forward:", shortcut="Right",
                  disabled=number == SLIDE_COUNT, on_click=_go, args=(number + 1,))
    with st.container(key="gapboard_slide_space"):  # hidden: space is "next" too
        st.button(t("Next"), key="gapboard_slide_next_space", shortcut="Space", disabled=number == SLIDE_COUNT, on_click=_go,
                  args=(number + 1,))


_FIGURES = (cards.gap_figure, cards.harness_figure, cards.cost_figure, cards.pace_figure)


def _card(view: Overview, index: int) -> None:
    """One card as a slide: title; its headline number, one line of context and the link to its page beside its chart."""
    st.title(t(CARD_TITLES[index]))
    found = (view.gap, view.harness, view.cost, view.pace)[index]
    page, label, link = cards.card_link(view, index)
    left, right = st.columns([1, 2], gap="large")
    with left:
        if found is None or (index == 3 and len(found.versions) < 2):
            st.info(t("Not enough data for this figure with the featured models and benchmark."), icon=":material/info:")
        else:
            st.metric(*_FIGURES[index](view))
            st.markdown(plain(_context(view, index)))
            if index == 2 and len(found.bars) > SLIDE_PRICES:
                st.caption(t("{shown} of {count} priced models drawn, from the cheapest to the dearest; the page has them all.",
                             shown=SLIDE_PRICES, count=len(found.bars)))
        st.page_link(page.file, label=label, icon=":material/open_in_new:", query_params={**link, registry.FrameParams.LANG: current()})
    with right, st.container(key="gapboard_slide_chart", height=SLIDE_CHART_BOX, border=False):
        charts.draw(view.charts[index], key=f"slide_chart_{index}", height="stretch")


def _context(view: Overview, index: int) -> str:
    """The line under a slide's number: the two best values, the setups, the two prices, the release steps."""
    if index == 0:
        main = view.gap.main
        return f"{main['open_models']} {main['open_value']:g} vs {main['proprietary_models']} {main['proprietary_value']:g}"
    if index == 1:
        return view.harness.summary()
    if index == 2:
        cost = view.cost
        return t("${subject:.2f} vs ${comparator:.2f} per million output tokens", subject=cost.subject["output_usd_per_mtok"],
                 comparator=cost.comparator["output_usd_per_mtok"])
    return view.pace.steps(current())


def _claims(summary: ClaimsSummary) -> None:
    """The claims check: the verdict counts then and today, and the claims today's data does not support."""
    st.title(t(CLAIMS_TITLE))
    header = " | ".join(["", *(claim_sections.verdict_heading(v) for v in summary.counts)])
    rows = [f"{t(label)} | " + " | ".join(f"**{count}**" for count in counts.values())
            for label, counts in ((N_("On the day each claim was made"), summary.counts_then), (N_("Against today's data"), summary.counts))]
    st.markdown("\n".join([f"| {header} |", "|" + " --- |" * (len(summary.counts) + 1), *(f"| {row} |" for row in rows)]))
    table = summary.table
    doubtful = table[~table["verdict"].str.startswith("✓")]
    lines = [f"{verdict} — {_claim_text(row)}" for verdict, row in zip(doubtful["verdict"], doubtful.itertuples())]
    if lines:
        more = len(lines) - LISTED_CLAIMS
        shown = "\n".join("- " + plain(line) for line in lines[:LISTED_CLAIMS])
        st.markdown(shown + ("\n\n" + t("… and {count} more.", count=more) if more > 0 else ""))
    st.page_link(registry.BENCHMARKS.file, label=t("Every claim with its evidence rows and sources"), icon=":material/open_in_new:",
                 query_params={**registry.claims_link(current()), registry.FrameParams.LANG: current()})


def _claim_text(row) -> str:
    """A claim as a Korean room reads it: the launch article's own sentence where there is one."""
    own = getattr(row, "claim_ko", None)
    return own if current() != "en" and isinstance(own, str) and own else row.claim


def _present(on: bool) -> None:
    """Button callback: show the slides (from the first) or leave them; the link says which. The page's pickers'
    models and benchmark go with the slides (their pickers are not drawn there, so Streamlit drops them from the link)."""
    if on:
        st.session_state[_CARRIED] = {key: st.query_params[key] for key in (P.FEATURED, P.VERSUS, P.BENCHMARK) if key in st.query_params}
        st.query_params[P.PRESENT], st.query_params[P.SLIDE] = "1", "1"
    else:
        for key in (P.PRESENT, P.SLIDE):
            st.query_params.pop(key, None)


def start_link() -> None:
    """On the Overview: the button that shows the same story, on the same models and benchmark, as slides."""
    st.button(t("Present this story as slides"), icon=":material/slideshow:", key="gapboard_present", on_click=_present, args=(True,))
