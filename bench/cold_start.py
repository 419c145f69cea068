"""Cold start: server start → first fully rendered Overview in Chromium, against the reference page, in one run.

    .venv/bin/python bench/cold_start.py [--repeats 5]

Each repeat starts a fresh `streamlit run` (the app, then the reference page, alternating so both see the
same machine load), opens its first page in a new browser context (empty cache) and stops the clock when
the script is done, no skeleton or running indicator is left and every chart has drawn its canvas or SVG.
Chromium is launched once beforehand: browser start-up is not server start-up. Prints the medians and
their ratio; writes bench/results/cold_start.json. Target: ≤ 1.5× the reference.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.server import CHROMIUM, CHROMIUM_ARGS, streamlit_server, wait_for_app_run  # noqa: E402

RESULTS = ROOT / "bench" / "results"
TARGET = 1.5
SCRIPTS = {"overview": ROOT / "app.py", "reference": ROOT / "bench" / "reference_app.py"}
DRAWN = """() => {
  const charts = [...document.querySelectorAll('[data-testid=stVegaLiteChart]')];
  return charts.length > 0 && charts.every(c => c.querySelector('canvas, svg'))
    && !document.querySelector('[data-testid=stStatusWidget]');
}"""


def cold_start(browser: Browser, script: Path, log: Path) -> tuple[float, float]:
    """Seconds from server start to a fully drawn first page, and of that the part after the server was healthy."""
    started = time.perf_counter()
    with streamlit_server(log, script=script) as url:
        healthy = time.perf_counter()
        context = browser.new_context(viewport={"width": 1400, "height": 1600})
        page = context.new_page()
        page.goto(url)
        wait_for_app_run(page, timeout=120_000)
        page.wait_for_function(DRAWN, timeout=120_000)
        done = time.perf_counter()
        context.close()
    return done - started, done - healthy


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="cold starts per app (at least 3)")
    args = parser.parse_args(argv)
    RESULTS.mkdir(parents=True, exist_ok=True)
    timings: dict[str, list[tuple[float, float]]] = {name: [] for name in SCRIPTS}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for _ in range(max(3, args.repeats)):
            for name, script in SCRIPTS.items():
                timings[name].append(cold_start(browser, script, RESULTS / f"cold-{name}.log"))
        browser.close()
    report = {}
    for name, pairs in timings.items():
        total = [t for t, _ in pairs]
        report[name] = {
            "median_s": round(statistics.median(total), 2),
            "min_s": round(min(total), 2),
            "max_s": round(max(total), 2),
            "median_after_healthy_s": round(statistics.median(h for _, h in pairs), 2),
            "runs": [round(t, 2) for t in total],
        }
    report["ratio_of_medians"] = round(report["overview"]["median_s"] / report["reference"]["median_s"], 2)
    (RESULTS / "cold_start.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    for name in SCRIPTS:
        r = report[name]
        print(f"{name:9s} median {r['median_s']:5.2f} s (min {r['min_s']}, max {r['max_s']}; "
              f"after healthy {r['median_after_healthy_s']} s) runs {r['runs']}")
    verdict = "ok" if report["ratio_of_medians"] <= TARGET else f"MISSES ≤ {TARGET:g}×"
    print(f"ratio (overview / reference, medians): {report['ratio_of_medians']} {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
