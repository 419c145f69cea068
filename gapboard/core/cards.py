"""The Overview's four headline cards (the gap today, harness robustness, the cost ratio, the pace of
releases), computed from query results.

Each card names the rows it was computed from, so the page can show their sources. Which models and
benchmark the story features are parameters, never constants here.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from gapboard.core.cost import cheapest_output_prices
from gapboard.core.gap import class_gaps, dots, head_to_head
from gapboard.core.headline import main_harnesses, per_harness
from gapboard.core.i18n import DEFAULT, N_, text
from gapboard.core.vocabulary import DAYS_PER_MONTH, NOT_STATED_LABEL, WEIGHTS

GAP_UNITS = {"percent": N_("points"), "win_rate": N_("points"), "index_points": N_("points"), "usd": "USD", "elo": "Elo",
             "score": N_("(unit not stated)")}
SOURCE_TABLE_COLUMNS = ["figure", "model_name", "value", "reported_by", "as_of", "source_url", "source_note"]


def _sources(frame: pd.DataFrame, label: pd.Series, prefixes: tuple[str, ...]) -> pd.DataFrame:
    """The rows behind a card's figures, one per (setting, side), with their sources."""
    rows = [
        {"figure": text, **{c: row[f"{p}_{c}"] for c in SOURCE_TABLE_COLUMNS[1:]}}
        for text, (_, row) in zip(label, frame.iterrows())
        for p in prefixes
    ]
    return pd.DataFrame(rows, columns=SOURCE_TABLE_COLUMNS)


@dataclass(frozen=True)
class GapCard:
    """Best open vs best proprietary on one benchmark: the main setting and every other one."""

    benchmark_name: str
    main: pd.Series
    settings: pd.DataFrame  # class_gaps rows of this benchmark, main first
    unit: str  # what the gap is counted in: "points" for percentages, else the benchmark's unit (a message)

    @property
    def spread(self) -> tuple[float, float]:
        return float(self.settings["gap"].min()), float(self.settings["gap"].max())

    def dots(self) -> pd.DataFrame:
        """Long frame for a dot chart: one row per setting and kind (setting, weights, value, model_name)."""
        return dots(self.settings, self.settings["harness"])

    def sources(self) -> pd.DataFrame:
        return _sources(self.settings, self.settings["harness"], WEIGHTS)


def gap_card(scores: pd.DataFrame, benchmark: str, lang: str = DEFAULT) -> GapCard | None:
    """The gap today on `benchmark`, or None when no setting has both open and proprietary results."""
    rows = scores[scores["benchmark"] == benchmark]
    if rows.empty:
        return None
    better = {benchmark: bool(rows["higher_is_better"].iloc[0])}
    settings = class_gaps(rows, better, lang)
    if settings.empty:
        return None
    settings = settings.sort_values("main", ascending=False, kind="stable").reset_index(drop=True)
    unit = GAP_UNITS.get(str(rows["unit"].iloc[0]), str(rows["unit"].iloc[0]))
    return GapCard(str(rows["benchmark_name"].iloc[0]), settings.iloc[0], settings, unit)


@dataclass(frozen=True)
class HarnessCard:
    """One model against another in every comparable setting of a benchmark."""

    subject_name: str
    comparator_name: str
    settings: pd.DataFrame  # gap.head_to_head rows

    @property
    def ahead(self) -> int:
        return int(self.settings["subject_ahead"].sum())

    def summary(self) -> str:
        """Each setup's harness and the subject's lead in points, e.g. "Droid +0.8, Claude Code -0.6"."""
        return ", ".join(f"{h} {d:+.1f}" for h, d in zip(self.settings["short"], self.settings["difference"]))

    def dots(self) -> pd.DataFrame:
        rows = [
            {"setting": s["short"], "model_name": s[f"{p}_model_name"], "value": s[f"{p}_value"], "weights": s[f"{p}_weights"]}
            for _, s in self.settings.iterrows()
            for p in ("subject", "comparator")
        ]
        return pd.DataFrame(rows, columns=["setting", "model_name", "value", "weights"])

    def sources(self) -> pd.DataFrame:
        return _sources(self.settings, self.settings["setting"], ("subject", "comparator"))


def harness_card(scores: pd.DataFrame, benchmark: str, subject: str, comparator: str, lang: str = DEFAULT) -> HarnessCard | None:
    rows = scores[scores["benchmark"] == benchmark]
    names = dict(zip(rows["model"], rows["model_name"]))
    if subject not in names or comparator not in names:
        return None
    settings = head_to_head(rows, subject, comparator, higher_is_better=bool(rows["higher_is_better"].iloc[0]), lang=lang)
    if settings.empty:
        return None
    return HarnessCard(names[subject], names[comparator], settings)


@dataclass(frozen=True)
class CostCard:
    """How many times cheaper the subject's output tokens are than the comparator's, and the price bars."""

    subject: pd.Series
    comparator: pd.Series
    bars: pd.DataFrame  # the subject and every proprietary model with a price
    unpriced: list[str]  # proprietary models left out of the bars: no current output price

    @property
    def ratio(self) -> float:
        return float(self.comparator["output_usd_per_mtok"]) / float(self.subject["output_usd_per_mtok"])

    def sample(self, size: int) -> pd.DataFrame:
        """At most `size` of the bars, for a chart that cannot show them all: the subject, the comparator and other
        proprietary models spread evenly from the cheapest to the dearest, cheapest first."""
        if len(self.bars) <= size:
            return self.bars
        ends = self.bars["model"].isin([self.subject["model"], self.comparator["model"]])
        others = self.bars[~ends]
        picked = sorted({round(i * (len(others) - 1) / max(size - 3, 1)) for i in range(size - 2)})
        return pd.concat([self.bars[ends], others.iloc[picked]]).sort_values("output_usd_per_mtok", kind="stable").reset_index(drop=True)

    def sources(self, lang: str = DEFAULT) -> pd.DataFrame:
        frame = self.bars.assign(
            figure=text("cheapest current output price, USD per million tokens: ", lang) + self.bars["provider"] + " "
            + self.bars["tier"] + " · " + self.bars["price_list"],
            value=self.bars["output_usd_per_mtok"],
        )
        return frame[SOURCE_TABLE_COLUMNS]


def cost_card(prices: pd.DataFrame, models: pd.DataFrame, subject: str, comparator: str) -> CostCard | None:
    """The subject's output price against the comparator's and every proprietary model's (`models`: id, name, weights)."""
    cheapest = cheapest_output_prices(prices).set_index("model", drop=False)
    if subject not in cheapest.index or comparator not in cheapest.index or cheapest.loc[subject, "output_usd_per_mtok"] <= 0:
        return None
    bars = cheapest[(cheapest["model"] == subject) | (cheapest["weights"] == "proprietary")]
    bars = bars.assign(times=bars["output_usd_per_mtok"] / cheapest.loc[subject, "output_usd_per_mtok"])
    proprietary = models[models["weights"] == "proprietary"]
    unpriced = sorted(proprietary.loc[~proprietary["id"].isin(cheapest.index), "name"])
    return CostCard(cheapest.loc[subject], cheapest.loc[comparator], bars.sort_values("output_usd_per_mtok").reset_index(drop=True), unpriced)


@dataclass(frozen=True)
class PaceCard:
    """The subject's line up to the subject: release dates, days between them, one score per version."""

    versions: pd.DataFrame  # id, name, weights, release_date, release_date_precision, days_after_previous, value + sources
    later: list[str]  # versions of the line released after the subject
    benchmark_name: str
    harness: str | None
    line: str  # the family, or the vendor when the family has no earlier version (a new generation's first model)

    @property
    def span_days(self) -> int:
        return int((self.versions["release_date"].iloc[-1] - self.versions["release_date"].iloc[0]).days)

    @property
    def span_months(self) -> float:
        return self.span_days / DAYS_PER_MONTH

    def steps(self, lang: str = DEFAULT) -> str:
        """"M2 2025-10-27 → M2.1 +57 days → M2.5 +51 days"."""
        v = self.versions
        first = f"{v['name'].iloc[0]} {v['release_date'].iloc[0]:%Y-%m-%d}"
        later = (text("{name} +{days} days", lang, name=n, days=int(d)) for n, d in zip(v["name"].iloc[1:], v["days_after_previous"].iloc[1:]))
        return " → ".join([first, *later])

    def measured(self, lang: str = DEFAULT) -> str:
        """What the pace chart's values are: "SWE-bench Verified (Claude Code)"."""
        return f"{self.benchmark_name} ({self.harness or text(NOT_STATED_LABEL, lang)})"

    def sources(self, lang: str = DEFAULT) -> pd.DataFrame:
        rows = []
        for _, v in self.versions.iterrows():
            rows.append({
                "figure": text("release date", lang), "model_name": v["name"], "value": f"{v['release_date']:%Y-%m-%d}",
                "reported_by": None, "as_of": None, "source_url": v["source_url"], "source_note": v["note"],
            })
            if pd.notna(v["value"]):
                rows.append({
                    "figure": self.measured(lang), "model_name": v["name"],
                    "value": f"{v['value']:g}", **{c: v[f"value_{c}"] for c in ("reported_by", "as_of", "source_url", "source_note")},
                })
        return pd.DataFrame(rows, columns=SOURCE_TABLE_COLUMNS)


def pace_card(models: pd.DataFrame, scores: pd.DataFrame, subject: str, benchmark: str) -> PaceCard | None:
    """Versions of the subject's family released up to the subject, with their score on `benchmark`; when the
    subject is the first of its family (a new generation), its vendor's models stand for the line.

    The score per version is taken under the harness most of these versions were run with (so the steps
    are comparable); a version without a result under it shows as missing.
    """
    row = models[models["id"] == subject]
    if row.empty or pd.isna(row["release_date"].iloc[0]):
        return None
    dated = models[models["release_date"].notna()].assign(release_date=lambda m: pd.to_datetime(m["release_date"]))
    cutoff = pd.Timestamp(row["release_date"].iloc[0])
    line, column = row["family"].iloc[0], "family"
    if ((dated["family"] == line) & (dated["release_date"] <= cutoff)).sum() < 2:
        line, column = row["vendor"].iloc[0], "vendor"
    family = dated[dated[column] == line]
    versions = family[family["release_date"] <= cutoff].sort_values("release_date").reset_index(drop=True)
    later = family[family["release_date"] > cutoff].sort_values("release_date")["name"].tolist()
    cells = per_harness(scores[(scores["benchmark"] == benchmark) & scores["model"].isin(versions["id"])])
    harness, benchmark_name = None, benchmark
    chosen = cells.iloc[0:0]
    if not cells.empty:
        chosen = cells[cells["harness_key"] == main_harnesses(cells)[benchmark]]
        harness = chosen["harness_name"].dropna().iloc[0] if chosen["harness_name"].notna().any() else None
        benchmark_name = str(cells["benchmark_name"].iloc[0])
    picked = chosen.set_index("model")
    versions = versions.assign(days_after_previous=versions["release_date"].diff().dt.days)
    versions["value"] = versions["id"].map(picked["value"]) if not picked.empty else float("nan")
    for column in ("reported_by", "as_of", "source_url", "source_note"):
        versions[f"value_{column}"] = versions["id"].map(picked[column]) if not picked.empty else None
    return PaceCard(versions, later, benchmark_name, harness, line)


CARD_TITLES = (N_("1 · The gap today"), N_("2 · Harness robustness"), N_("3 · The cost ratio"), N_("4 · The pace of releases"))


def sources(*cards: object, lang: str = DEFAULT) -> pd.DataFrame:
    """The rows behind every card shown (None for a card that could not be computed), tagged with their card (its
    English title, the key the page's as-of dates use; the page writes it in its language)."""
    frames = [
        (card.sources(lang) if isinstance(card, CostCard | PaceCard) else card.sources()).assign(card=title)
        for title, card in zip(CARD_TITLES, cards)
        if card is not None
    ]
    columns = ["card", *SOURCE_TABLE_COLUMNS]
    if not frames:
        return pd.DataFrame(columns=columns)
    return pd.concat([f.astype({"value": "str"}) for f in frames], ignore_index=True)[columns]
