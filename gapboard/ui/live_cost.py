"""The Cost page's workload sliders with the dollar figures and the monthly chart that follow them in the browser,
without a server round trip (Streamlit's custom components v2: drawn in the page, no iframe). A slider's value goes
to the server once, when it is released: the link, the tabs and the tables then follow. The arithmetic is
`core.cost`'s; `live_cost.js` repeats it, and a browser test holds the two equal to the cent."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import streamlit as st

from gapboard.core import cost
from gapboard.core.i18n import N_
from gapboard.core.vocabulary import WEIGHTS_COLOURS
from gapboard.ui import widgets
from gapboard.ui.i18n import current, t
from gapboard.ui.registry import CostParams as P
from gapboard.views.cost import Workload

# (title, sliders): key, label, lowest, highest, default, step
GROUPS = (
    (N_("Requests"), (
        (P.REQUESTS_PER_DAY, N_("Requests per day"), 0, 100_000, 1_000, 100),
        (P.INPUT_TOKENS, N_("Input tokens per request"), 0, 200_000, 4_000, 500),
        (P.OUTPUT_TOKENS, N_("Output tokens per request"), 0, 32_000, 1_000, 100),
        (P.CACHE_SHARE, N_("Share of input served from cache (%)"), 0, 100, 0, 5),
        (P.DAYS, N_("Working days per month"), 1, 31, 22, 1),
    )),
    (N_("Agents running continuously"), (
        (P.AGENTS, N_("Agents running"), 0, 100, 1, 1),
        (P.HOURS, N_("Hours per day"), 0, 24, 8, 1),
        (P.INPUT_PER_OUTPUT, N_("Input tokens per output token (assumption)"), 0.0, 50.0, 3.0, 0.5),
        (P.ASSUMED_SPEED, N_("Output tokens/s where no speed is sourced (assumption)"), 1, 500, 50, 1),
    )),
)
SLIDERS = {key: (label, low, high, default, step) for _, sliders in GROUPS for key, label, low, high, default, step in sliders}
# The names the browser's arithmetic uses for each link key.
JS_NAMES = {P.REQUESTS_PER_DAY: "rpd", P.INPUT_TOKENS: "in", P.OUTPUT_TOKENS: "out", P.CACHE_SHARE: "cache", P.DAYS: "days",
            P.AGENTS: "agents", P.HOURS: "hours", P.INPUT_PER_OUTPUT: "ratio", P.ASSUMED_SPEED: "tps"}
TEXT = {  # the browser fills in {model}
    "monthly": N_("Monthly cost · {model}"), "cheapest": N_("Cheapest · {model}"), "versus": N_("Cheapest vs baseline"),
    "no_ratio": N_("no ratio at zero cost"), "same": N_("same"), "chart": N_("Monthly cost per model, cheapest first"),
}
NUMBER_LOCALES = {"en": "en-US", "ko": "ko-KR"}

_component = st.components.v2.component(
    "gapboard_live_cost", js=Path(__file__).with_name("live_cost.js").read_text(encoding="utf-8"),
    css=Path(__file__).with_name("live_cost.css").read_text(encoding="utf-8"), isolate_styles=False,  # in the page's DOM
)


def _number(value: float) -> str:
    """A slider value as the link writes it (no trailing .0)."""
    return f"{value:g}"


def workload(prices: dict, own_speed: bool) -> Workload:
    """Draw the live sliders and figures for `prices` (`views.cost.live_prices`); the workload the server uses is the
    link's (or the defaults), updated when a slider is released."""
    values = {key: widgets.linked_number(key, low, high, default) for key, (_, low, high, default, _) in SLIDERS.items()}
    sliders = [
        {"key": JS_NAMES[key], "label": t(label), "min": low, "max": high, "step": step, "value": values[key]}
        for key, (label, low, high, _, step) in SLIDERS.items()
    ]
    groups = [(t(title), [JS_NAMES[key] for key, *_ in members]) for title, members in GROUPS]
    text = {name: t(message, model="{model}") if "{model}" in message else t(message) for name, message in TEXT.items()}
    signature = hashlib.sha256(json.dumps([prices, own_speed, current(), [s | {"value": None} for s in sliders]], sort_keys=True,
                                          default=str).encode()).hexdigest()[:16]
    data = prices | {"sliders": sliders, "groups": groups, "own_speed": own_speed, "text": text, "colours": WEIGHTS_COLOURS,
                     "locale": NUMBER_LOCALES.get(current(), "en-US"), "signature": signature}
    result = _component(key="live_cost", data=data, default={"workload": None}, on_workload_change=lambda: None)
    released = getattr(result, "workload", None)
    if isinstance(released, dict):
        by_name = {name: key for key, name in JS_NAMES.items()}
        for name, value in released.items():
            key = by_name.get(name)
            if key is not None and isinstance(value, int | float):
                _, low, high, _, _ = SLIDERS[key]
                values[key] = min(max(float(value), low), high)
    for key, value in values.items():
        widgets.set_link_param(key, _number(value))
    requests = cost.RequestWorkload(
        requests_per_day=values[P.REQUESTS_PER_DAY], input_tokens=values[P.INPUT_TOKENS], output_tokens=values[P.OUTPUT_TOKENS],
        cache_share=values[P.CACHE_SHARE] / 100, days_per_month=values[P.DAYS],
    )
    agents = cost.AgentWorkload(
        agents=values[P.AGENTS], hours_per_day=values[P.HOURS], days_per_month=requests.days_per_month,
        input_per_output=values[P.INPUT_PER_OUTPUT], cache_share=requests.cache_share,
    )
    return Workload(requests, agents, values[P.ASSUMED_SPEED], own_speed)
