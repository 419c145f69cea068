"""What the Korean browser tests read on a page: the UI chrome's texts (headings, labels, tabs, buttons, links, the
navigation), the words in them that are English, and the words that may stay English because the data or the
trade writes them so (model, benchmark, harness, dataset and vendor names, units, file formats)."""
from __future__ import annotations

import re

from gapboard.db import catalogue
from gapboard.views import common
from gapboard.views.cache import connection

# Elements whose text is chrome Gapboard writes (data may appear inside, e.g. a model's name in a metric label).
CHROME = ", ".join([
    "[data-testid=stMain] h1", "[data-testid=stMain] h2", "[data-testid=stMain] h3", "[data-testid=stMain] h4",
    "[data-testid=stWidgetLabel]", "button[role=tab]", "[data-testid=stSidebarUserContent] [data-testid=stPageLink-NavLink]",
    "[data-testid=stMain] [data-testid=stPageLink-NavLink]", "[data-testid=stButton] button", "[data-testid=stDownloadButton] button",
    "[data-testid=stExpander] summary", "[data-testid=stMetricLabel]", "[data-testid=stBaseButton-segmented_control]",
    "[data-testid=stBaseButton-pills]",
])
# Words the trade writes in English in Korean text too: units, formats, protocols, product and benchmark words.
TRADE_WORDS = {
    "usd", "api", "apis", "gpu", "gpus", "csv", "utf", "parquet", "zip", "json", "url", "hf", "elo", "moe", "tokens", "tps",
    "gapboard", "lmarena", "arena", "swe", "bench", "verified", "pro", "mtok", "ko", "en", "ok", "llm", "vs", "a", "b",
}


def allowed_words() -> set[str]:
    """Every word of every name the data holds, lower-cased, and the trade's words."""
    con = connection()
    names = [*common.models()["name"], *common.models()["vendor"], *common.models()["family"].dropna(), *common.benchmarks()["name"],
             *catalogue.harnesses(con)["name"], *catalogue.datasets(con)["name"], *catalogue.families(con)]
    return TRADE_WORDS | {word.lower() for name in names for word in re.findall(r"[A-Za-z]+", str(name))}


def english_words(texts: list[str], allowed: set[str]) -> set[str]:
    """Words of three or more Latin letters in `texts` that are neither data names nor the trade's words."""
    return {word for text in texts for word in re.findall(r"[A-Za-z]{3,}", text) if word.lower() not in allowed}
