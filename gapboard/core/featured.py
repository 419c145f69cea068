"""Which models, family and benchmark a page opens on when its link names none. Chosen by rules over the data,
never listed in a page, so the defaults move with the data: adding a model stays a data change.

- The headline benchmark is the one the story is told on.
- The Overview's pair: the best open-weight and the best proprietary model on it, in its main setting (the gap
  today), ties broken by the newer release.
- The launch story's pair: the model and comparator most of the launch claims are about (the comparison the vendor
  made): the Harnesses page's pair.
- The Cost page's models: the launch pair, the Overview's pair, and each vendor's newest model that has both a USD
  price and a headline-benchmark score; its baseline is the Overview's proprietary model.
- The Timeline's family: the vendor of the launch story's model.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import pandas as pd

from gapboard.core.headline import main_harnesses, per_harness
from gapboard.core.vocabulary import Weights

HEADLINE_BENCHMARK = "swe-bench-verified"


@dataclass(frozen=True)
class Featured:
    open_model: str | None
    proprietary_model: str | None
    launch_pair: tuple[str | None, str | None]
    cost_models: tuple[str, ...]
    family: str | None
    benchmark: str = HEADLINE_BENCHMARK


def best_pair(scores: pd.DataFrame, models: pd.DataFrame) -> tuple[str | None, str | None]:
    """The best open-weight and best proprietary model on one benchmark's rows, in its main setting."""
    cells = per_harness(scores)
    if cells.empty:
        return None, None
    main = main_harnesses(cells)
    cells = cells[cells["harness_key"] == cells["benchmark"].map(main)]
    higher = bool(scores["higher_is_better"].iloc[0]) if "higher_is_better" in scores else True
    released = dict(zip(models["id"], pd.to_datetime(models["release_date"])))
    ranked = cells.assign(_released=cells["model"].map(released)).sort_values(
        ["value", "_released", "model"], ascending=[not higher, False, True], na_position="last", kind="stable"
    )
    best = {weights: ranked.loc[ranked["weights"] == weights, "model"] for weights in (Weights.OPEN, Weights.PROPRIETARY)}
    return tuple(picked.iloc[0] if not picked.empty else None for picked in best.values())  # type: ignore[return-value]


def launch_pair(claims: pd.DataFrame) -> tuple[str | None, str | None]:
    """The (model, comparator) pair most launch claims compare."""
    pairs = Counter(zip(claims["model"], claims["comparator"]))
    compared = [(pair, n) for pair, n in pairs.most_common() if all(isinstance(m, str) and m for m in pair)]
    return compared[0][0] if compared else (None, None)


def newest_per_vendor(models: pd.DataFrame, eligible: set[str]) -> list[str]:
    """Each vendor's newest released model among `eligible`, newest vendor first."""
    chosen = models[models["id"].isin(eligible)].assign(_released=pd.to_datetime(models["release_date"]))
    chosen = chosen.dropna(subset=["_released"]).sort_values(["_released", "name"], ascending=[False, True])
    return chosen.drop_duplicates("vendor")["id"].tolist()


def featured(models: pd.DataFrame, headline_scores: pd.DataFrame, priced: set[str], claims: pd.DataFrame) -> Featured:
    """The defaults for the current data (`headline_scores`: every score row on the headline benchmark)."""
    open_model, proprietary_model = best_pair(headline_scores, models)
    subject, comparator = launch_pair(claims)
    flagships = newest_per_vendor(models, priced & set(headline_scores["model"]))
    ordered = [m for m in (subject, comparator, open_model, proprietary_model, *flagships) if m is not None and m in priced]
    vendor = models.loc[models["id"] == subject, "vendor"]
    return Featured(open_model, proprietary_model, (subject, comparator), tuple(dict.fromkeys(ordered)),
                    vendor.iloc[0] if not vendor.empty else None)
