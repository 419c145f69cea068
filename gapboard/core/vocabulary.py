"""The words the data and the rules share, each defined once: weights classes, who reported a number, how
sure and how it appears, the harness keys, the month, and the colours that mark open and proprietary."""
from __future__ import annotations

from enum import StrEnum

from gapboard.core.i18n import N_


class Weights(StrEnum):
    OPEN = "open"
    PROPRIETARY = "proprietary"


WEIGHTS = tuple(w.value for w in Weights)  # display order: open first
WEIGHTS_CHOICES = {"both": WEIGHTS, "open": (Weights.OPEN.value,), "proprietary": (Weights.PROPRIETARY.value,)}
# The two colours every chart uses (colour-blind safe, legible on a projector), and darker ones for text on white.
WEIGHTS_COLOURS = {Weights.OPEN.value: "#009E73", Weights.PROPRIETARY.value: "#D55E00"}
WEIGHTS_TEXT_COLOURS = {Weights.OPEN.value: "#007A5A", Weights.PROPRIETARY.value: "#B34700"}


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"


class Reporter(StrEnum):
    VENDOR = "vendor"
    THIRD_PARTY = "third_party"


REPORTERS = tuple(r.value for r in Reporter)
REPORTER_CHOICES = {"both": REPORTERS, "vendor": (Reporter.VENDOR.value,), "third_party": (Reporter.THIRD_PARTY.value,)}
REPORTER_LABELS = {"both": N_("Both"), "vendor": N_("Vendor-reported"), "third_party": N_("Third-party")}


class Confidence(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


CONFIDENCES = tuple(c.value for c in Confidence)
CONFIDENCE_RANK = {c: rank for rank, c in enumerate(CONFIDENCES)}
MIN_CONFIDENCE_CHOICES = {"low": CONFIDENCES, "medium": CONFIDENCES[:2], "high": CONFIDENCES[:1]}


class SourceForm(StrEnum):
    """How the number appears in its source; the headline-value rule prefers text over chart."""

    TEXT = "text"
    CHART = "chart"
    DERIVED = "derived"
    ESTIMATED = "estimated"


SOURCE_FORM_RANK = {f.value: rank for rank, f in enumerate(SourceForm)}

# A score row without a harness is "harness not stated"; this key stands for it wherever harnesses are grouped.
NOT_STATED = "~not-stated"
NOT_STATED_LABEL = N_("harness not stated")
# A frontier over every model's headline value, whatever its harness (not comparable).
ANY_HARNESS = "~any"

# The mean Gregorian month, for every "per month" and "months behind" figure.
DAYS_PER_MONTH = 365.2425 / 12

# The dataset of every row curated by hand in data/sources/*.csv.
CURATED = "gapboard-curated"
# The dataset and reporter of every row a user uploads in their own session.
YOURS = "yours"
