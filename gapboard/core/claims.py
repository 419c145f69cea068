"""The claims check: each launch claim's verdict, computed from the score, price and model rows that decide it.

A claim (a row of `claims.csv`) says what was claimed and how to check it (`kind` and its parameters);
the verdict is never written by hand: the build judges every claim and keeps the result (`judgement_rows`). Every check returns the evidence rows it used, each with its source, and
the rows it deliberately did not count together with the claim's stated reason.

Verdicts, for claims about one value (score, price, model fact, download count):
- supported: every source that gives the value agrees with the claim (within the claim's tolerance);
- partly: some sources agree and some do not, or the data only bears out part of it;
- contradicted: no source agrees;
- not verifiable: no source gives a comparable value.
Comparisons ("beats", and "speedup"'s pairs of per-task figures) use `gap.head_to_head`, i.e. only comparable settings.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pandas as pd

from gapboard.core.cost import own_prices
from gapboard.core.gap import head_to_head
from gapboard.core.i18n import DEFAULT, N_, text
from gapboard.core.vocabulary import DAYS_PER_MONTH, NOT_STATED_LABEL

SUPPORTED, PARTLY, CONTRADICTED, NOT_VERIFIABLE = N_("supported"), N_("partly"), N_("contradicted"), N_("not verifiable")
VERDICTS = (SUPPORTED, PARTLY, CONTRADICTED, NOT_VERIFIABLE)
VERDICT_ICONS = {SUPPORTED: "✓", PARTLY: "◐", CONTRADICTED: "✗", NOT_VERIFIABLE: "?"}
EVIDENCE_COLUMNS = ["what", "value", "counts", "reported_by", "as_of", "source_url", "source_note"]
COUNTS_AGREES, COUNTS_DIFFERS, COUNTS_CONTEXT, COUNTS_NOT = N_("agrees"), N_("differs"), N_("context"), N_("not counted")
PRICE_FIELD_LABELS = {
    "input_usd_per_mtok": N_("input $/M tokens"),
    "output_usd_per_mtok": N_("output $/M tokens"),
    "tokens_per_second": N_("tokens/s"),
}
MODEL_FIELD_LABELS = {"total_params_b": N_("total parameters (B)"), "active_params_b": N_("active parameters (B)"),
                      "context_window": N_("context window")}


@dataclass(frozen=True)
class Check:
    """One claim with its computed verdict, a one-line reason and the rows behind it."""

    claim: Mapping
    verdict: str  # one of VERDICTS (in English: the verdict's id)
    reason: str  # in the language the check was made in
    evidence: pd.DataFrame

    @property
    def label(self) -> str:
        return self.label_in(DEFAULT)

    def label_in(self, lang: str) -> str:
        return verdict_label(self.verdict, lang)


def verdict_label(verdict: str, lang: str = DEFAULT) -> str:
    """"✓ supported" in `lang`."""
    return f"{VERDICT_ICONS[verdict]} {text(verdict, lang)}"


def number(value: float) -> str:
    """A number as the sources print it: no trailing zeros, at most three decimals."""
    return f"{float(value):.3f}".rstrip("0").rstrip(".")


def tally(agrees: list[bool]) -> str:
    if not agrees:
        return NOT_VERIFIABLE
    if all(agrees):
        return SUPPORTED
    return PARTLY if any(agrees) else CONTRADICTED


def _excluded(claim: Mapping) -> set[str]:
    return {part.strip() for part in str(claim.get("not_evidence") or "").split("|") if part.strip()}


def _evidence(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=EVIDENCE_COLUMNS)


def _row(what: str, value: str, counts: str, source: Mapping, note: object = None, lang: str = DEFAULT) -> dict:
    return {
        "what": what,
        "value": value,
        "counts": text(counts, lang),
        "reported_by": source.get("reported_by"),
        "as_of": source.get("as_of"),
        "source_url": source.get("source_url"),
        "source_note": source.get("source_note") if note is None else note,
    }


def _within(value: float, claim: Mapping) -> bool:
    return abs(float(value) - float(claim["value"])) <= float(claim.get("tolerance") or 0) + 1e-9


def _agreement(agrees: list[bool], claimed: str, found: list[str], lang: str = DEFAULT) -> str:
    shown = ", ".join(dict.fromkeys(found))
    if not agrees:
        return text("No source in the data gives this value.", lang)
    if all(agrees):
        return text("{agree} of {total} sources give {claimed}.", lang, agree=len(agrees), total=len(agrees), claimed=claimed)
    return text("{agree} of {total} sources give {claimed}; the values found are {found}.", lang, agree=sum(agrees), total=len(agrees),
                claimed=claimed, found=shown)


# --- one function per kind -----------------------------------------------------------------------


def _score(claim: Mapping, scores: pd.DataFrame, prices: pd.DataFrame, models: pd.DataFrame, lang: str = DEFAULT) -> Check:
    rows = scores[(scores["model"] == claim["model"]) & (scores["benchmark"] == claim["benchmark"])]
    if claim.get("harness"):
        rows = rows[rows["harness"] == claim["harness"]]
    excluded = _excluded(claim)
    evidence, agrees, found = [], [], []
    for _, row in rows.sort_values(["as_of", "source_url"]).iterrows():
        harness = row["harness_name"] if pd.notna(row["harness_name"]) else text(NOT_STATED_LABEL, lang)
        what = f"{row['model_name']} · {row['benchmark_name']} · {harness}"
        if row["source_url"] in excluded:
            evidence.append(_row(what, number(row["value"]), COUNTS_NOT, row, claim.get("not_evidence_reason"), lang))
            continue
        agrees.append(_within(row["value"], claim))
        found.append(number(row["value"]))
        evidence.append(_row(what, number(row["value"]), COUNTS_AGREES if agrees[-1] else COUNTS_DIFFERS, row, lang=lang))
    verdict = tally(agrees)
    return Check(claim, verdict, _agreement(agrees, number(claim["value"]), found, lang), _evidence(evidence))


def _beats(claim: Mapping, scores: pd.DataFrame, prices: pd.DataFrame, models: pd.DataFrame, lang: str = DEFAULT) -> Check:
    rows = scores[scores["benchmark"] == claim["benchmark"]]
    better = bool(rows["higher_is_better"].iloc[0]) if not rows.empty else True
    settings = head_to_head(rows, claim["model"], claim.get("comparator"), claim.get("harness"), better, lang)
    evidence = []
    for _, s in settings.iterrows():
        verdict_word = COUNTS_AGREES if s["subject_ahead"] else COUNTS_DIFFERS
        for prefix in ("subject", "comparator"):
            source = {k.removeprefix(prefix + "_"): v for k, v in s.items() if k.startswith(prefix + "_")}
            what = f"{s['setting']}: {source['model_name']}"
            evidence.append(_row(what, number(source["value"]), verdict_word if prefix == "subject" else COUNTS_CONTEXT, source,
                                 lang=lang))
    if settings.empty:
        return Check(claim, NOT_VERIFIABLE, text(NO_COMPARABLE_SETTING, lang), _evidence(evidence))
    ahead = settings["subject_ahead"].tolist()
    behind = (settings["difference"] < 0).tolist()
    lines = [f"{s['setting']}: {number(s['subject_value'])} vs {number(s['comparator_value'])} ({s['comparator_model_name']})"
             for _, s in settings.iterrows()]
    if claim.get("comparator"):
        verdict = tally(ahead)
    else:  # "best of all": one model ahead in any comparable setting contradicts it
        verdict = SUPPORTED if all(ahead) else CONTRADICTED if any(behind) else PARTLY
    summary = text("Ahead in {ahead} of {total} comparable settings. {settings}.", lang, ahead=sum(ahead), total=len(ahead),
                   settings="; ".join(lines))
    return Check(claim, verdict, summary, _evidence(evidence))


def _price_rows(claim: Mapping, prices: pd.DataFrame, model: str, tier: str | None) -> pd.DataFrame:
    """A model's own-API price rows (a vendor's price claim is about its own list, not a host's)."""
    rows = own_prices(prices)
    rows = rows[rows["model"] == model]
    return rows[rows["tier"] == tier] if tier else rows


def _price_what(row: Mapping) -> str:
    return f"{row['model_name']} · {row['provider']} {row['tier']} · {row['price_list']}"


def _price(claim: Mapping, scores: pd.DataFrame, prices: pd.DataFrame, models: pd.DataFrame, lang: str = DEFAULT) -> Check:
    field, excluded = claim["field"], _excluded(claim)
    evidence, agrees, found = [], [], []
    for _, row in _price_rows(claim, prices, claim["model"], claim["tier"]).iterrows():
        what = _price_what(row) + f" · {text(PRICE_FIELD_LABELS[field], lang)}"
        if pd.isna(row[field]):
            continue
        if row["price_list"] in excluded or row["source_url"] in excluded:
            evidence.append(_row(what, number(row[field]), COUNTS_NOT, row, claim.get("not_evidence_reason"), lang))
            continue
        agrees.append(_within(row[field], claim))
        found.append(number(row[field]))
        evidence.append(_row(what, number(row[field]), COUNTS_AGREES if agrees[-1] else COUNTS_DIFFERS, row, lang=lang))
    return Check(claim, tally(agrees), _agreement(agrees, number(claim["value"]), found, lang), _evidence(evidence))


def _hourly_cost(claim: Mapping, scores: pd.DataFrame, prices: pd.DataFrame, models: pd.DataFrame, lang: str = DEFAULT) -> Check:
    """Output alone at the claimed speed: equal → supported, below → partly (input unknown), above → contradicted."""
    tps, claimed, excluded = float(claim["at_tokens_per_second"]), float(claim["value"]), _excluded(claim)
    evidence, costs = [], []
    for _, row in _price_rows(claim, prices, claim["model"], claim["tier"]).iterrows():
        if pd.isna(row["output_usd_per_mtok"]):
            continue
        cost = tps * 3600 * float(row["output_usd_per_mtok"]) / 1e6
        shown = text("${cost} per hour ({tps} × 3600 × ${price}/M)", lang, cost=number(cost), tps=number(tps),
                     price=number(row["output_usd_per_mtok"]))
        if row["price_list"] in excluded or row["source_url"] in excluded:
            evidence.append(_row(_price_what(row), shown, COUNTS_NOT, row, claim.get("not_evidence_reason"), lang))
            continue
        costs.append(cost)
        counts = COUNTS_AGREES if abs(cost - claimed) <= float(claim.get("tolerance") or 0) + 1e-9 else COUNTS_DIFFERS
        evidence.append(_row(_price_what(row), shown, counts, row, lang=lang))
    if not costs:
        return Check(claim, NOT_VERIFIABLE, text("No output price is known for this tier.", lang), _evidence(evidence))
    tolerance = float(claim.get("tolerance") or 0) + 1e-9
    if all(abs(c - claimed) <= tolerance for c in costs):
        verdict = SUPPORTED
    elif all(c <= claimed + tolerance for c in costs):
        verdict = PARTLY
    else:
        verdict = CONTRADICTED
    low, high = min(costs), max(costs)
    spread = f"${number(low)}" if low == high else f"${number(low)}–${number(high)}"
    reason = text(
        "Output tokens alone at {tps} tokens/s cost {spread} per hour against the claimed ${claimed}; the rest would have to be "
        "input tokens, and the source does not say how many." if verdict == PARTLY else
        "Output tokens alone at {tps} tokens/s cost {spread} per hour against the claimed ${claimed}.",
        lang, tps=number(tps), spread=spread, claimed=number(claimed),
    )
    return Check(claim, verdict, reason, _evidence(evidence))


def _price_ratio(claim: Mapping, scores: pd.DataFrame, prices: pd.DataFrame, models: pd.DataFrame, lang: str = DEFAULT) -> Check:
    excluded = _excluded(claim)
    low, high = float(claim["value"]) - float(claim.get("tolerance") or 0), float(claim["value_high"]) + float(claim.get("tolerance") or 0)

    def priced(rows: pd.DataFrame) -> pd.DataFrame:
        rows = rows.dropna(subset=["output_usd_per_mtok"])
        return rows[~rows["price_list"].isin(excluded) & ~rows["source_url"].isin(excluded)]

    mine = priced(_price_rows(claim, prices, claim["model"], claim["tier"]))
    theirs = priced(_price_rows(claim, prices, claim["comparator"], None))
    evidence, agrees, ratios = [], [], []
    for _, row in mine.iterrows():
        evidence.append(_row(_price_what(row) + " · " + text(PRICE_FIELD_LABELS["output_usd_per_mtok"], lang),
                             number(row["output_usd_per_mtok"]), COUNTS_CONTEXT, row, lang=lang))
    own = sorted(set(mine["output_usd_per_mtok"]))
    for _, row in theirs.iterrows():
        row_ratios = [float(row["output_usd_per_mtok"]) / price for price in own if price > 0]
        ok = [low <= r <= high + 1e-9 for r in row_ratios]
        agrees += ok
        ratios += row_ratios
        shown = f"${number(row['output_usd_per_mtok'])}/M = " + ", ".join(f"{r:.1f}×" for r in row_ratios)
        evidence.append(_row(_price_what(row) + " · " + text(PRICE_FIELD_LABELS["output_usd_per_mtok"], lang), shown,
                             COUNTS_AGREES if ok and all(ok) else COUNTS_DIFFERS, row, lang=lang))
    if not ratios:
        return Check(claim, NOT_VERIFIABLE, text("An output price is missing for one of the two models.", lang), _evidence(evidence))
    shown = ", ".join(f"1/{r:.1f}" for r in sorted(set(round(r, 1) for r in ratios)))
    reason = text("By output price the model costs {ratios} of the comparator (claimed {claimed}).", lang, ratios=shown,
                  claimed=claim["claimed"])
    return Check(claim, tally(agrees), reason, _evidence(evidence))


def _model_row(models: pd.DataFrame, model: str) -> Mapping | None:
    rows = models[models["id"] == model]
    return None if rows.empty else rows.iloc[0]


def _model_source(row: Mapping) -> dict:
    return {"reported_by": None, "as_of": None, "source_url": row.get("source_url"), "source_note": row.get("note")}


def _model_fact(claim: Mapping, scores: pd.DataFrame, prices: pd.DataFrame, models: pd.DataFrame, lang: str = DEFAULT) -> Check:
    row = _model_row(models, claim["model"])
    field = claim["field"]
    if row is None or pd.isna(row[field]):
        return Check(claim, NOT_VERIFIABLE, text("The data holds no value for this.", lang), _evidence([]))
    agrees = _within(row[field], claim)
    evidence = [_row(f"{row['name']} · {text(MODEL_FIELD_LABELS[field], lang)}", number(row[field]),
                     COUNTS_AGREES if agrees else COUNTS_DIFFERS, _model_source(row), lang=lang)]
    reason = text("The model record gives {value} (claimed {claimed}).", lang, value=number(row[field]), claimed=claim["claimed"])
    return Check(claim, tally([agrees]), reason, _evidence(evidence))


def _release_interval(row: Mapping) -> tuple[dt.date, dt.date]:
    start = pd.Timestamp(row["release_date"]).date()
    if row.get("release_date_precision") == "month":
        return start, (pd.Timestamp(start) + pd.offsets.MonthEnd(0)).date()
    return start, start


def _release_what(row: Mapping, lang: str = DEFAULT) -> tuple[str, str]:
    precision = text(" (month only)", lang) if row.get("release_date_precision") == "month" else ""
    return f"{row['name']} · {text('release date', lang)}", f"{pd.Timestamp(row['release_date']):%Y-%m-%d}{precision}"


def _release(claim: Mapping, scores: pd.DataFrame, prices: pd.DataFrame, models: pd.DataFrame, lang: str = DEFAULT) -> Check:
    row = _model_row(models, claim["model"])
    if row is None or pd.isna(row["release_date"]):
        return Check(claim, NOT_VERIFIABLE, text("The data holds no release date for this model.", lang), _evidence([]))
    start, end = _release_interval(row)
    window = (pd.Timestamp(claim["date_from"]).date(), pd.Timestamp(claim["date_to"]).date())
    if window[0] <= start and end <= window[1]:
        verdict = SUPPORTED
    elif end < window[0] or start > window[1]:
        verdict = CONTRADICTED
    else:
        verdict = NOT_VERIFIABLE  # only the month is known and it straddles the claimed window
    what, shown = _release_what(row, lang)
    counts = {SUPPORTED: COUNTS_AGREES, CONTRADICTED: COUNTS_DIFFERS}.get(verdict, COUNTS_CONTEXT)
    reason = text("Released {released}; claimed {claimed} ({start} to {end}).", lang, released=shown, claimed=claim["claimed"],
                  start=window[0], end=window[1])
    return Check(claim, verdict, reason, _evidence([_row(what, shown, counts, _model_source(row), lang=lang)]))


def _release_span(claim: Mapping, scores: pd.DataFrame, prices: pd.DataFrame, models: pd.DataFrame, lang: str = DEFAULT) -> Check:
    first, last = _model_row(models, claim["model"]), _model_row(models, claim["comparator"])
    if first is None or last is None or pd.isna(first["release_date"]) or pd.isna(last["release_date"]):
        return Check(claim, NOT_VERIFIABLE, text("A release date is missing.", lang), _evidence([]))
    days = (pd.Timestamp(last["release_date"]) - pd.Timestamp(first["release_date"])).days
    months = days / DAYS_PER_MONTH
    agrees = _within(months, claim)
    evidence = [_row(*_release_what(row, lang), COUNTS_CONTEXT, _model_source(row), lang=lang) for row in (first, last)]
    reason = text("{first} to {last}: {days} days = {months:.1f} months (claimed {claimed}).", lang, first=first["name"],
                  last=last["name"], days=days, months=months, claimed=claim["claimed"])
    return Check(claim, tally([agrees]), reason, _evidence(evidence))


def _downloads(claim: Mapping, scores: pd.DataFrame, prices: pd.DataFrame, models: pd.DataFrame, lang: str = DEFAULT) -> Check:
    row = _model_row(models, claim["model"])
    if row is None or pd.isna(row["hf_downloads_last_month"]):
        return Check(claim, NOT_VERIFIABLE, text("The data holds no download count for this model.", lang), _evidence([]))
    as_of = pd.Timestamp(row["hf_downloads_as_of"]).date()
    window = (pd.Timestamp(claim["date_from"]).date(), pd.Timestamp(claim["date_to"]).date())
    shown = text("{count:,} (as of {date})", lang, count=int(row["hf_downloads_last_month"]), date=as_of)
    source = {**_model_source(row), "as_of": as_of}
    what = f"{row['name']} · {text('downloads last month', lang)}"
    if not window[0] <= as_of <= window[1]:
        reason = text("The only count held is {count}, outside {start}–{end}: not comparable with the claim.", lang, count=shown,
                      start=window[0], end=window[1])
        return Check(claim, NOT_VERIFIABLE, reason, _evidence([_row(what, shown, COUNTS_CONTEXT, source, lang=lang)]))
    agrees = _within(row["hf_downloads_last_month"], claim)
    evidence = [_row(what, shown, COUNTS_AGREES if agrees else COUNTS_DIFFERS, source, lang=lang)]
    return Check(claim, tally([agrees]), text("Count held: {count}; claimed {claimed}.", lang, count=shown, claimed=claim["claimed"]),
                 _evidence(evidence))


def _speedup(claim: Mapping, scores: pd.DataFrame, prices: pd.DataFrame, models: pd.DataFrame, lang: str = DEFAULT) -> Check:
    """Old over new minus one, in each comparable setting (`gap.head_to_head`: the same harness, or side by side in one
    source): a per-task figure from one setup is never set against the other model's from another."""
    rows = scores[scores["benchmark"] == claim["benchmark"]]
    new, old = (rows[rows["model"] == m] for m in (claim["model"], claim["comparator"]))
    if new.empty or old.empty:
        evidence = [
            _row(f"{r['model_name']} · {r['benchmark_name']}", number(r["value"]), COUNTS_CONTEXT, r, lang=lang)
            for part in (new, old) for _, r in part.iterrows()
        ]
        return Check(claim, NOT_VERIFIABLE, text("A per-task figure is missing for one of the two models.", lang), _evidence(evidence))
    settings = head_to_head(rows, claim["model"], claim["comparator"], claim.get("harness"), higher_is_better=False, lang=lang)
    evidence, agrees, lines = [], [], []
    for _, s in settings.iterrows():
        if float(s["subject_value"]) <= 0:
            continue
        speedup = (float(s["comparator_value"]) / float(s["subject_value"]) - 1) * 100
        agrees.append(_within(speedup, claim))
        lines.append(text("{setting}: {old} → {new} per task, {speedup:.1f}% faster", lang, setting=s["setting"],
                          old=number(s["comparator_value"]), new=number(s["subject_value"]), speedup=speedup))
        for prefix in ("subject", "comparator"):
            source = {k.removeprefix(prefix + "_"): v for k, v in s.items() if k.startswith(prefix + "_")}
            counts = (COUNTS_AGREES if agrees[-1] else COUNTS_DIFFERS) if prefix == "subject" else COUNTS_CONTEXT
            evidence.append(_row(f"{s['setting']}: {source['model_name']}", number(source["value"]), counts, source, lang=lang))
    if not agrees:
        return Check(claim, NOT_VERIFIABLE, text(NO_COMPARABLE_SETTING, lang), _evidence(evidence))
    return Check(claim, tally(agrees), text("{settings} (claimed {claimed}).", lang, settings="; ".join(lines), claimed=claim["claimed"]),
                 _evidence(evidence))


CHECKS: dict[str, Callable[..., Check]] = {
    "score": _score,
    "beats": _beats,
    "price": _price,
    "hourly_cost": _hourly_cost,
    "price_ratio": _price_ratio,
    "model_fact": _model_fact,
    "release": _release,
    "release_span": _release_span,
    "downloads": _downloads,
    "speedup": _speedup,
}


def _clean(claim: Mapping) -> dict:
    return {k: (None if not isinstance(v, (list, tuple)) and pd.isna(v) else v) for k, v in dict(claim).items()}


def check(claim: Mapping, scores: pd.DataFrame, prices: pd.DataFrame, models: pd.DataFrame, lang: str = DEFAULT) -> Check:
    """The verdict on one claim, from the rows that decide it (its reason and evidence written in `lang`)."""
    claim = _clean(claim)
    return CHECKS[claim["kind"]](claim, scores, prices, models, lang)


NO_COMPARABLE_SETTING = N_("No comparable setting (same harness, or side by side in one source) has both.")


def verdict_counts(checks: list[Check]) -> dict[str, int]:
    """How many claims got each verdict, in VERDICTS order (zeros included)."""
    return {verdict: sum(c.verdict == verdict for c in checks) for verdict in VERDICTS}


# --- judged twice: on the claim's date, and today -------------------------------------------------


def known_on(day: dt.date, scores: pd.DataFrame, prices: pd.DataFrame, models: pd.DataFrame) -> tuple[pd.DataFrame, ...]:
    """The rows that existed on `day`: numbers published by then (a score's or price's as-of date, a price's
    valid-from date first) and models released by then, without a download count counted after `day`. An undated
    model is kept (when it came is unknown)."""
    day = pd.Timestamp(day)
    published = pd.to_datetime(scores["as_of"]) <= day
    listed = pd.to_datetime(prices["valid_from"]).fillna(pd.to_datetime(prices["as_of"])) <= day
    released = pd.to_datetime(models["release_date"])
    known = models[released.isna() | (released <= day)].copy()
    if "hf_downloads_as_of" in known:
        later = pd.to_datetime(known["hf_downloads_as_of"]) > day
        known.loc[later, ["hf_downloads_last_month", "hf_downloads_as_of"]] = None
    return scores[published], prices[listed], known


@dataclass(frozen=True)
class Judged:
    """One claim checked against what existed when it was made, and against everything held today: a later
    model or number can change the second verdict, never the first."""

    then: Check
    now: Check

    @property
    def claim(self) -> Mapping:
        return self.now.claim

    @property
    def changed(self) -> bool:
        return self.then.verdict != self.now.verdict


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    """Text columns as Python objects: the checks take many small row subsets, which Arrow-backed strings make slow."""
    return frame.astype({c: object for c in frame.columns if pd.api.types.is_string_dtype(frame[c].dtype)})


def judge_all(claims: pd.DataFrame, scores: pd.DataFrame, prices: pd.DataFrame, models: pd.DataFrame,
              lang: str = DEFAULT) -> list[Judged]:
    """Every claim judged twice: against the rows known on the day it was made, and against all rows.

    Each check only ever reads its own benchmark's scores and its own models' prices, so it is given just those:
    the same verdicts, without filtering every row of the build dozens of times (the Overview's first view)."""
    scores, prices = _plain(scores), _plain(prices)
    by_benchmark = dict(tuple(scores.groupby("benchmark", sort=False)))
    judged = []
    for _, claim in claims.iterrows():
        benchmark, named = claim.get("benchmark"), [m for m in (claim.get("model"), claim.get("comparator")) if isinstance(m, str)]
        own_scores = by_benchmark.get(benchmark, scores.iloc[0:0]) if isinstance(benchmark, str) else scores
        own_prices = prices[prices["model"].isin(named)] if named else prices
        then = known_on(pd.Timestamp(claim["made_on"]).date(), own_scores, own_prices, models)
        judged.append(Judged(check(claim, *then, lang), check(claim, own_scores, own_prices, models, lang)))
    return judged


def checks_table(judged: list[Judged]) -> pd.DataFrame:
    """Per claim, the columns other pages list beside a model: who claimed what and when, the verdict on that day
    and today, and why (today)."""
    return pd.DataFrame(
        [
            {
                "model": j.claim["model"],
                "claim": j.claim["claim"],
                "claimed_by": j.claim["claimant"],
                "claimed_on": j.claim["made_on"],
                "verdict_then": j.then.verdict,
                "verdict": j.now.verdict,
                "why": j.now.reason,
                "claimant_url": j.claim["claimant_url"],
            }
            for j in judged
        ],
        columns=["model", "claim", "claimed_by", "claimed_on", "verdict_then", "verdict", "why", "claimant_url"],
    )


def judged_table(judged: list[Judged], lang: str = DEFAULT) -> pd.DataFrame:
    """One row per claim: what was claimed, by whom and when, the verdict on its date and today, and why; also the
    launch article's own Korean sentence (`claim_ko`, where the article states the claim)."""
    return pd.DataFrame(
        [
            {
                "verdict_then": j.then.label_in(lang),
                "verdict": j.now.label_in(lang),
                "claim": j.claim["claim"],
                "claim_ko": j.claim.get("claim_ko"),
                "claimed": j.claim["claimed"],
                "claimant": j.claim["claimant"],
                "made_on": j.claim["made_on"],
                "why_then": j.then.reason,
                "why": j.now.reason,
                "changed": j.changed,
                "id": j.claim["id"],
            }
            for j in judged
        ],
        columns=["verdict_then", "verdict", "claim", "claim_ko", "claimed", "claimant", "made_on", "why_then", "why", "changed", "id"],
    )


# --- kept by the build: the judgements as flat rows, and back ----------------------------------------------------

MOMENTS = ("then", "now")  # judged on the claim's date, judged against all rows
CHECK_ROW_COLUMNS = ["claim", "lang", "moment", "verdict", "reason"]
EVIDENCE_ROW_COLUMNS = ["claim", "lang", "moment", "position", *EVIDENCE_COLUMNS]


def judgement_rows(judged: list[Judged], lang: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """`judged` (made in `lang`) as two flat tables: one row per claim and moment with its verdict and reason, and
    one row per evidence row in its order."""
    checks, evidence = [], []
    for j in judged:
        for moment, check in zip(MOMENTS, (j.then, j.now)):
            checks.append({"claim": j.claim["id"], "lang": lang, "moment": moment, "verdict": check.verdict, "reason": check.reason})
            evidence += [{"claim": j.claim["id"], "lang": lang, "moment": moment, "position": position, **row}
                         for position, row in enumerate(check.evidence.to_dict("records"))]
    return pd.DataFrame(checks, columns=CHECK_ROW_COLUMNS), pd.DataFrame(evidence, columns=EVIDENCE_ROW_COLUMNS)


def judgements_from_rows(claims: pd.DataFrame, checks: pd.DataFrame, evidence: pd.DataFrame) -> list[Judged]:
    """The `Judged` claims, in `claims` order, from the rows `judgement_rows` made (of one language)."""
    verdicts = {(row.claim, row.moment): (row.verdict, row.reason) for row in checks.itertuples(index=False)}
    evidence = evidence.sort_values("position", kind="stable")
    shown = evidence[EVIDENCE_COLUMNS]
    rows = {key: shown.take(index).reset_index(drop=True)
            for key, index in evidence.groupby(["claim", "moment"], sort=False).indices.items()}
    none = pd.DataFrame(columns=EVIDENCE_COLUMNS)
    judged = []
    for _, claim in claims.iterrows():
        claim = _clean(claim)
        then, now = (Check(claim, *verdicts[claim["id"], moment], rows.get((claim["id"], moment), none)) for moment in MOMENTS)
        judged.append(Judged(then, now))
    return judged
