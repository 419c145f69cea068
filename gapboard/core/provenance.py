"""Provenance: comparing the values sources give for one number, dataset freshness, credits and licences."""
from __future__ import annotations

import datetime as dt
import math

import pandas as pd

from gapboard.core import headline
from gapboard.core.i18n import DEFAULT, N_, text
from gapboard.core.vocabulary import CURATED, YOURS

FACT_STATUSES = (N_("models.csv"), N_("missing in models.csv"), N_("fills a gap in models.csv"), N_("agrees with models.csv"),
                 N_("differs from models.csv"))


def compare_scores(scores: pd.DataFrame, lang: str = DEFAULT) -> pd.DataFrame:
    """Mark, per benchmark, the headline value (headline.HEADLINE_RULE over public sources) and how far every
    other value is from it; say where sources disagree under the same harness. "Yours" rows never headline."""
    out = scores.assign(headline=False, vs_headline=float("nan"), agreement="")
    public = out[out["dataset"] != YOURS]
    if public.empty:
        return out.assign(agreement=out["agreement"].mask(out["dataset"] == YOURS, text("yours", lang)))
    chosen = headline.headline_values(public.assign(_row=public.index)).set_index("benchmark")
    out.loc[list(chosen["_row"]), "headline"] = True
    headline_value = out["benchmark"].map(chosen["value"])
    same_unit = out["unit"] == out["benchmark"].map(chosen["unit"])
    out["vs_headline"] = (out["value"] - headline_value).where(same_unit).round(4)
    harness = public["harness_name"].fillna("not stated")
    for _, group in public.groupby([public["benchmark"], harness, public["unit"]], sort=False):
        values = sorted(group["value"].unique(), reverse=True)
        if len(values) > 1:
            said = text("conflict: {count} sources give {values} under this harness", lang, count=len(group),
                        values=" / ".join(f"{v:g}" for v in values))
        elif len(group) > 1:
            said = text("{count} sources agree", lang, count=len(group))
        else:
            continue
        out.loc[group.index, "agreement"] = said
    out.loc[out["dataset"] == YOURS, "agreement"] = text("yours", lang)
    return out


def _agrees(curated: pd.Series, external: pd.Series) -> bool:
    if pd.notna(curated["number"]) and pd.notna(external["number"]):
        return math.isclose(curated["number"], external["number"], rel_tol=1e-9)
    a, b = str(curated["value"]).casefold().strip(), str(external["value"]).casefold().strip()
    return a == b or a.startswith(b) or b.startswith(a)


def compare_facts(facts: pd.DataFrame, lang: str = DEFAULT) -> pd.DataFrame:
    """Say for each external fact whether it agrees with models.csv, differs from it, or fills a gap there."""
    curated = {row["fact"]: row for _, row in facts[facts["dataset"] == CURATED].iterrows()}
    status = []
    for _, row in facts.iterrows():
        mine = curated.get(row["fact"])
        if row["dataset"] == CURATED:
            status.append(FACT_STATUSES[0] if pd.notna(row["value"]) else FACT_STATUSES[1])
        elif mine is None or pd.isna(mine["value"]):
            status.append(FACT_STATUSES[2])
        else:
            status.append(FACT_STATUSES[3] if _agrees(mine, row) else FACT_STATUSES[4])
    return facts.assign(status=[text(s, lang) for s in status])


def freshness(registry: pd.DataFrame, today: dt.date, lang: str = DEFAULT) -> pd.DataFrame:
    """Per dataset: the snapshot date, the newest record and how old it is, in one readable line."""
    rows = []
    for _, d in registry.iterrows():
        newest = pd.Timestamp(d["last_record"]).date() if pd.notna(d["last_record"]) else None
        months = (today.year - newest.year) * 12 + today.month - newest.month if newest else None
        if not d["ships"]:
            summary = text("{name}: not shipped, licence {licence}", lang, name=d["name"], licence=d["licence"])
        elif newest is None:
            summary = text("{name}: no dated records in this build", lang, name=d["name"])
        else:
            summary = text("{name} ends {month} (newest record {newest}; snapshot as of {as_of})", lang, name=d["name"],
                           month=f"{newest:%Y-%m}", newest=newest, as_of=pd.Timestamp(d["as_of"]).date())
        rows.append((d["name"], d["as_of"], newest, months, summary))
    return pd.DataFrame(rows, columns=["dataset", "as_of", "newest_record", "months_old", "summary"])


def attributions(registry: pd.DataFrame, used: set[str]) -> list[str]:
    """The credit lines (e.g. for CC BY data) of the datasets behind the values on screen."""
    credited = registry[registry["id"].isin(used) & registry["attribution"].notna()]
    return [f"{name}: {text}" for name, text in zip(credited["name"], credited["attribution"])]


def licences_text(registry: pd.DataFrame, version: str) -> str:
    """LICENCES.md for the download: every dataset's licence, commercial use, origin and attribution."""
    lines = [
        "# Licences of the Gapboard data", "",
        f"Build {version}. Each dataset keeps its own licence; rows name their dataset in the `dataset` column.", "",
    ]
    for _, d in registry.iterrows():
        licence = d["licence"] + (f" ({d['licence_url']})" if pd.notna(d["licence_url"]) else "")
        lines += [
            f"## {d['name']} (`{d['id']}`)", "",
            f"- Licence: {licence}",
            f"- Commercial use allowed: {'yes' if d['commercial_use'] else 'no'}",
            f"- In this download: {'yes' if d['ships'] else 'no, it may not be redistributed'}",
            f"- Origin: {d['origin']}" + (f" ({d['url']})" if pd.notna(d["url"]) else ""),
        ]
        if pd.notna(d["attribution"]):
            lines.append(f"- Attribution: {d['attribution']}")
        lines.append("")
    return "\n".join(lines)
