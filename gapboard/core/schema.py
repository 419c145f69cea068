"""The shape of every row Gapboard stores, as pydantic models.

Each model validates one row of a source file (or of an ingested external dataset) and is also the
schema of the Parquet table the build writes. Missing values are `None`, never 0.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from enum import StrEnum
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from gapboard.core.vocabulary import (
    CURATED,
    Confidence,
    DatePrecision,
    Reporter,
    SourceForm,
    Weights,
)

ID_PATTERN = r"^[a-z0-9][a-z0-9.\-]*$"
Identifier = Annotated[str, Field(pattern=ID_PATTERN, max_length=80)]


def _http_url(value: str) -> str:
    if not re.match(r"^https?://[^\s/]+\.[^\s]+$", value):
        raise ValueError("must be a public http(s) URL")
    return value


HttpUrl = Annotated[str, AfterValidator(_http_url)]


class Unit(StrEnum):
    PERCENT = "percent"
    WIN_RATE = "win_rate"
    ELO = "elo"
    INDEX_POINTS = "index_points"
    SCORE = "score"
    USD = "usd"
    USD_PER_TASK = "usd_per_task"
    MINUTES = "minutes"
    MILLION_TOKENS = "million_tokens"


# Plausible ranges per unit: a value outside its unit's range is a transcription error, not data.
UNIT_RANGES: dict[Unit, tuple[float, float]] = {
    Unit.PERCENT: (0.0, 100.0),
    Unit.WIN_RATE: (0.0, 100.0),
    Unit.INDEX_POINTS: (0.0, 100.0),
    Unit.ELO: (0.0, 5000.0),
    Unit.SCORE: (-1e9, 1e9),
    Unit.USD: (-1e9, 1e9),
    Unit.USD_PER_TASK: (0.0, 1e4),
    Unit.MINUTES: (0.0, 1e5),
    Unit.MILLION_TOKENS: (0.0, 1e5),
}


def _check_unit_range(value: float, unit: Unit) -> None:
    low, high = UNIT_RANGES[unit]
    if not (math.isfinite(value) and low <= value <= high):
        raise ValueError(f"value {value:g} is out of range for unit {unit.value} ({low:g}..{high:g})")


class Category(StrEnum):
    CODING = "coding"
    AGENTIC = "agentic"
    SEARCH = "search"
    OFFICE = "office"
    KNOWLEDGE = "knowledge"
    REASONING = "reasoning"
    COMPOSITE = "composite"


class MetricKind(StrEnum):
    """A benchmark row is either a score or an efficiency figure measured on a benchmark."""

    SCORE = "score"
    COST_PER_TASK = "cost_per_task"
    RUNTIME_PER_TASK = "runtime_per_task"
    TOKENS_PER_TASK = "tokens_per_task"


class HarnessKind(StrEnum):
    CODING_AGENT = "coding-agent"
    SEARCH_AGENT = "search-agent"
    IN_HOUSE = "in-house"
    PIPELINE = "pipeline"
    EVAL_SETUP = "eval-setup"


class Row(BaseModel):
    """Base of every stored row: strict about unknown columns, blank text is missing."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_missing(cls, value: object) -> object:
        if isinstance(value, str) and value.strip() == "":
            return None
        if isinstance(value, float) and math.isnan(value):
            return None
        return value


class Dataset(Row):
    """One dataset the build ingests, with where it came from and whether it may ship."""

    id: Identifier
    name: str
    origin: str
    url: HttpUrl | None = None
    licence: str = Field(min_length=2)
    licence_url: HttpUrl | None = None
    commercial_use: bool
    ships: bool
    as_of: dt.date
    description: str
    attribution: str | None = None  # the credit line a licence such as CC BY requires, shown with the data
    upstream: HttpUrl | None = None  # where `python -m gapboard.refresh` fetches it (a GitHub tree URL with the branch)
    version: str | None = None  # the commit, release or mirror digest the files under external/ hold


class Model(Row):
    id: Identifier
    name: str = Field(max_length=120)
    family: str
    vendor: str
    weights: Weights
    release_date: dt.date | None = None
    release_date_precision: DatePrecision | None = None
    total_params_b: float | None = Field(default=None, gt=0)
    active_params_b: float | None = Field(default=None, gt=0)
    context_window: int | None = Field(default=None, gt=0)
    licence: str | None = None
    hf_downloads_last_month: int | None = Field(default=None, ge=0)
    hf_downloads_as_of: dt.date | None = None
    source_url: HttpUrl | None = None
    note: str | None = None
    release_date_source: HttpUrl | None = None  # where the release date comes from, when not from source_url/note

    @model_validator(mode="after")
    def _consistent(self) -> "Model":
        if self.release_date_source is not None and self.release_date is None:
            raise ValueError("release_date_source given without a release_date")
        if self.release_date is None and self.release_date_precision is not None:
            raise ValueError("release_date_precision given without a release_date")
        if self.release_date is not None and self.release_date_precision is None:
            raise ValueError("release_date needs release_date_precision (day or month)")
        if self.release_date_precision == DatePrecision.MONTH and self.release_date.day != 1:
            raise ValueError("a month-precision release_date must be the first of the month")
        if self.total_params_b and self.active_params_b and self.active_params_b > self.total_params_b:
            raise ValueError("active_params_b is larger than total_params_b")
        if self.hf_downloads_last_month is not None and self.hf_downloads_as_of is None:
            raise ValueError("hf_downloads_last_month needs hf_downloads_as_of")
        return self


class Benchmark(Row):
    id: Identifier
    name: str
    category: Category
    unit: Unit
    other_units: str | None = None
    higher_is_better: bool
    kind: MetricKind
    variant_of: Identifier | None = None
    timeline_only: bool = False
    measures: str

    @field_validator("other_units")
    @classmethod
    def _known_units(cls, value: str | None) -> str | None:
        for unit in (value or "").split("|"):
            if unit and unit not in Unit.__members__.values():
                raise ValueError(f"unknown unit {unit!r} in other_units")
        return value

    def allowed_units(self) -> set[str]:
        return {self.unit.value, *filter(None, (self.other_units or "").split("|"))}


class Harness(Row):
    id: Identifier
    name: str
    scaffold: str
    version: str | None = None
    kind: HarnessKind
    maker: str | None = None
    open_source: bool | None = None
    description: str


class Score(Row):
    """One reported number: a model's result on a benchmark, under a harness, from one source."""

    model: Identifier
    benchmark: Identifier
    harness: Identifier | None = None
    value: float
    unit: Unit
    reported_by: Reporter
    source_url: HttpUrl
    source_note: str | None = None
    source_form: SourceForm
    as_of: dt.date
    confidence: Confidence
    runs: int | None = Field(default=None, ge=1)
    dataset: Identifier = CURATED
    setting: str | None = None  # the model configuration the run used, e.g. "reasoning effort high"

    @model_validator(mode="after")
    def _value_in_unit_range(self) -> "Score":
        _check_unit_range(self.value, self.unit)
        return self


class Price(Row):
    """One API price list entry, in USD per million tokens."""

    model: Identifier
    provider: str
    tier: str
    price_list: str
    catalogue_key: str | None = None
    input_usd_per_mtok: float | None = Field(default=None, ge=0, le=1000)
    output_usd_per_mtok: float | None = Field(default=None, ge=0, le=1000)
    cached_input_usd_per_mtok: float | None = Field(default=None, ge=0, le=1000)
    tokens_per_second: float | None = Field(default=None, gt=0, le=100000)
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    as_of: dt.date
    reported_by: Reporter
    source_url: HttpUrl
    source_note: str | None = None
    dataset: Identifier = CURATED

    @model_validator(mode="after")
    def _dates_ordered(self) -> "Price":
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValueError("valid_to is before valid_from")
        return self

    @model_validator(mode="after")
    def _cache_is_a_discount(self) -> "Price":
        if self.cached_input_usd_per_mtok is not None and self.input_usd_per_mtok is not None:
            if self.cached_input_usd_per_mtok > self.input_usd_per_mtok:
                raise ValueError("cached_input_usd_per_mtok is higher than input_usd_per_mtok")
        return self


class FactKind(StrEnum):
    """Model attributes an external catalogue can supply; names match the `models.csv` column they compare with."""

    RELEASE_DATE = "release_date"
    LICENCE = "licence"
    TOTAL_PARAMS_B = "total_params_b"
    CONTEXT_WINDOW = "context_window"
    MAX_OUTPUT_TOKENS = "max_output_tokens"
    KNOWLEDGE_CUTOFF = "knowledge_cutoff"


class ModelFact(Row):
    """One fact about a model from an external dataset, kept beside the curated `models.csv` value, never over it."""

    model: Identifier
    fact: FactKind
    value: str = Field(max_length=200)
    number: float | None = None
    reported_by: Reporter
    source_url: HttpUrl
    source_note: str | None = None
    as_of: dt.date
    dataset: Identifier


LMARENA_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._\-]*$"


class ArenaScore(Row):
    """One model's overall LMArena (Chatbot Arena) score in one leaderboard snapshot.

    A model we track names its id in `model` and takes name, family, vendor and weights from the
    models table; any other model carries them itself. A snapshot where the model was not on the
    leaderboard is not a row (the source writes 0.0 there: missing, never a score).
    """

    lmarena_id: str = Field(pattern=LMARENA_ID_PATTERN, max_length=120)
    model: Identifier | None = None
    name: str | None = Field(default=None, max_length=120)
    family: str | None = None
    vendor: str | None = None
    weights: Weights | None = None
    as_of: dt.date  # the leaderboard snapshot this score is from
    score: float = Field(gt=0, le=5000)
    dataset: Identifier = "lmarena-history"
    source_url: HttpUrl
    source_note: str

    @model_validator(mode="after")
    def _tracked_or_described(self) -> "ArenaScore":
        described = [self.name, self.family, self.vendor]
        if self.model is not None and any(value is not None for value in [*described, self.weights]):
            raise ValueError("a tracked model takes name, family, vendor and weights from models.csv; leave them blank")
        if self.model is None and any(value is None for value in described):
            raise ValueError("a model we do not track needs a name, family and vendor")
        return self


# --- Harnesses: external leaderboards and their name mappings ---------------------------------------


class Attempts(StrEnum):
    """How many attempts a system may make per task before one answer is scored (SWE-bench `System:` tag)."""

    ONE = "1"
    TWO = "2"
    TWO_OR_MORE = "2+"


class ModelName(Row):
    """How one model name used by an external dataset maps to Gapboard: one of our model ids, or a model we
    do not track, kept under its own display name with its weights class (never guessed from a flag)."""

    dataset: Identifier
    name: str
    model: Identifier | None = None
    other_model: str | None = Field(default=None, max_length=120)
    other_weights: Weights | None = None
    release_date_from: bool = False  # this version's release date is the model's release date (Epoch)
    note: str | None = None

    @model_validator(mode="after")
    def _one_target(self) -> "ModelName":
        if (self.model is None) == (self.other_model is None):
            raise ValueError("give either model (one of our ids) or other_model (a model Gapboard does not track)")
        if self.other_model is not None and self.other_weights is None:
            raise ValueError("other_model needs other_weights (open or proprietary)")
        if self.model is not None and self.other_weights is not None:
            raise ValueError("other_weights is only for other_model; a tracked model's weights are in models.csv")
        if self.release_date_from and self.model is None:
            raise ValueError("release_date_from only makes sense for one of our models")
        return self


class SystemMapping(Row):
    """Which harness an external leaderboard's system (a SWE-bench submission folder, an Epoch agent) ran."""

    dataset: Identifier
    system: str
    harness: Identifier | None = None  # blank: the entry does not name its scaffold
    scaffold_version: str | None = None
    reported_by: Reporter = Reporter.THIRD_PARTY
    model_names: str | None = None  # replaces the entry's own model names (pipe-separated), e.g. a wrong tag
    skip_instances: bool = False
    note: str | None = None

    @model_validator(mode="after")
    def _skip_has_reason(self) -> "SystemMapping":
        if self.skip_instances and not self.note:
            raise ValueError("skip_instances needs a note saying why")
        return self


class HarnessResult(Row):
    """One published result of a system (an agent scaffold and the model(s) it ran) on a benchmark, from an
    external leaderboard, with the run's cost where the leaderboard gives it."""

    dataset: Identifier
    entry: str  # the dataset's own id: SWE-bench submission folder, Epoch record id
    benchmark: Identifier
    split: str
    system_name: str
    harness: Identifier | None = None
    scaffold_version: str | None = None
    model: Identifier | None = None
    other_model: str | None = None
    other_weights: Weights | None = None
    model_names: str | None = None  # the names the dataset gives, as published (pipe-separated)
    models_named: int = Field(ge=0)  # distinct models after mapping; the matrix uses single-model systems only
    value: float
    unit: Unit
    stderr: float | None = Field(default=None, ge=0)
    attempts: Attempts | None = None
    runs: int | None = Field(default=None, ge=1)
    date: dt.date | None = None
    open_model_flag: bool | None = None  # as published (SWE-bench `os_model`; known to be unreliable)
    open_system_flag: bool | None = None
    checked: bool | None = None
    cost_usd: float | None = Field(default=None, gt=0)
    cost_per_task_usd: float | None = Field(default=None, gt=0)
    calls_per_task: float | None = Field(default=None, gt=0)
    instances: int | None = Field(default=None, ge=0)  # per-instance results held in instance_results
    reported_by: Reporter
    source_url: HttpUrl
    source_note: str | None = None
    system_url: HttpUrl | None = None
    as_of: dt.date

    @model_validator(mode="after")
    def _consistent(self) -> "HarnessResult":
        _check_unit_range(self.value, self.unit)
        if self.model is not None and self.other_model is not None:
            raise ValueError("a result names either one of our models or another model, not both")
        if (self.model is not None or self.other_model is not None) and self.models_named != 1:
            raise ValueError("a single model is given but models_named is not 1")
        if (self.other_model is None) != (self.other_weights is None):
            raise ValueError("other_model and other_weights go together")
        return self


class InstanceResult(Row):
    """One task instance of one run: resolved or not (blank: the run has no outcome for it), its API cost and
    calls. `run` is the `entry` of the run's row in harness_results."""

    dataset: Identifier
    run: str
    instance: str
    resolved: bool | None = None
    cost_usd: float | None = Field(default=None, ge=0)
    api_calls: int | None = Field(default=None, ge=0)



class Provider(Row):
    """Who serves a price: a model's own developer (first party, `vendor` set) or a host or gateway."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.\-]*$", max_length=80)
    name: str
    vendor: str | None = None  # equals models.vendor when this provider is that vendor's own API
    note: str | None = None


class CostClaim(Row):
    """A vendor's own statement of what an hour of continuous generation costs on one of its tiers."""

    model: Identifier
    provider: str
    tier: str
    usd_per_hour: float = Field(gt=0, le=10000)
    output_tokens_per_second: float = Field(gt=0, le=100000)
    claim: str
    reported_by: Reporter
    source_url: HttpUrl
    source_note: str | None = None
    as_of: dt.date


class SelfHostingDefault(Row):
    """Default assumptions for running an open-weight model on rented GPUs; a blank model is the fallback."""

    model: Identifier | None = None
    gpu: str
    gpus: int = Field(gt=0, le=4096)
    gpus_source_url: HttpUrl | None = None
    usd_per_gpu_hour: float = Field(gt=0, le=1000)
    gpu_price_source_url: HttpUrl | None = None
    output_tokens_per_second: float = Field(gt=0, le=10_000_000)
    throughput_source_url: HttpUrl | None = None
    note: str
    as_of: dt.date



class ClaimKind(StrEnum):
    """How a claim is checked against the data (see `gapboard.claims` for each rule)."""

    SCORE = "score"  # model scored `value` on benchmark (under harness)
    BEATS = "beats"  # model is ahead of comparator (blank: of every model) in every comparable setting
    PRICE = "price"  # a field of the model's price rows for one tier equals `value`
    HOURLY_COST = "hourly_cost"  # generating at `at_tokens_per_second` for an hour costs `value` USD
    PRICE_RATIO = "price_ratio"  # comparator's output price is `value`..`value_high` times the model's
    MODEL_FACT = "model_fact"  # a field of the model's row equals `value`
    RELEASE = "release"  # the model was released between date_from and date_to
    RELEASE_SPAN = "release_span"  # from model's release to comparator's took about `value` months
    DOWNLOADS = "downloads"  # the model had `value` monthly downloads in the period date_from..date_to
    SPEEDUP = "speedup"  # model is `value` % faster than comparator on a per-task metric (lower is better)


PRICE_FIELDS = ("input_usd_per_mtok", "output_usd_per_mtok", "tokens_per_second")
MODEL_FACT_FIELDS = ("total_params_b", "active_params_b", "context_window")

_CLAIM_NEEDS: dict[ClaimKind, tuple[str, ...]] = {
    ClaimKind.SCORE: ("benchmark", "value"),
    ClaimKind.BEATS: ("benchmark",),
    ClaimKind.PRICE: ("tier", "field", "value"),
    ClaimKind.HOURLY_COST: ("tier", "value", "at_tokens_per_second"),
    ClaimKind.PRICE_RATIO: ("tier", "comparator", "value", "value_high"),
    ClaimKind.MODEL_FACT: ("field", "value"),
    ClaimKind.RELEASE: ("date_from", "date_to"),
    ClaimKind.RELEASE_SPAN: ("comparator", "value"),
    ClaimKind.DOWNLOADS: ("value", "date_from", "date_to"),
    ClaimKind.SPEEDUP: ("comparator", "benchmark", "value"),
}


class Claim(Row):
    """A claim made about a model in launch coverage, with what decides it. The verdict is computed, never stored."""

    id: Identifier
    claim: str = Field(min_length=5, max_length=300)
    claimant: str
    claimant_url: HttpUrl | None = None
    made_on: dt.date
    claimed: str = Field(max_length=80)
    kind: ClaimKind
    model: Identifier
    comparator: Identifier | None = None
    benchmark: Identifier | None = None
    harness: Identifier | None = None
    tier: str | None = None
    field: str | None = None
    value: float | None = None
    value_high: float | None = None
    at_tokens_per_second: float | None = Field(default=None, gt=0)
    tolerance: float = Field(default=0.0, ge=0)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    not_evidence: str | None = None
    not_evidence_reason: str | None = None
    note: str | None = None
    claim_ko: str | None = Field(default=None, max_length=300)  # the Korean launch article's own sentence, where it states the claim

    @model_validator(mode="after")
    def _has_what_its_kind_needs(self) -> "Claim":
        missing = [name for name in _CLAIM_NEEDS[self.kind] if getattr(self, name) is None]
        if missing:
            raise ValueError(f"a {self.kind.value} claim needs {', '.join(missing)}")
        if self.kind == ClaimKind.PRICE and self.field not in PRICE_FIELDS:
            raise ValueError(f"field must be one of {', '.join(PRICE_FIELDS)} for a price claim")
        if self.kind == ClaimKind.MODEL_FACT and self.field not in MODEL_FACT_FIELDS:
            raise ValueError(f"field must be one of {', '.join(MODEL_FACT_FIELDS)} for a model_fact claim")
        if self.date_from and self.date_to and self.date_to < self.date_from:
            raise ValueError("date_to is before date_from")
        if self.value is not None and self.value_high is not None and self.kind == ClaimKind.PRICE_RATIO and self.value_high < self.value:
            raise ValueError("value_high is below value")
        if self.not_evidence and not self.not_evidence_reason:
            raise ValueError("not_evidence needs not_evidence_reason: say why those rows do not count")
        return self
