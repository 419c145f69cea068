"""Slider step → updated figure, in Chromium: the Cost page against the reference page, in one run.

    .venv/bin/python bench/slider_latency.py [--steps 15]

Starts the apps on free ports and opens each in its own tab. Then, alternating between them so all see the
same machine load (the test machines are shared), it focuses a slider, presses ArrowRight and times until
the figure's text changes (polled every animation frame), and waits for the app to be idle before the next
step. Besides the Cost page and the reference page it times the reference page inside a multipage shell
like the app's (bench/reference_shell_app.py), to show what the shell alone costs. Prints the median and
90th percentile per page and the ratios of the medians; writes bench/results/latest.json.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from contextlib import ExitStack
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.server import CHROMIUM, CHROMIUM_ARGS, streamlit_server, wait_for_app_run  # noqa: E402

RESULTS = ROOT / "bench" / "results"
WARMUP = 2
LOAD_TIMEOUT = 120_000  # a first page load on a loaded 2-core machine can take well over 30 s
CHANGED = "([selector, old]) => { const e = document.querySelector(selector); return e && e.innerText !== old; }"
TARGETS = {
    # name: (script, path to open, slider label, CSS selector of the figure)
    "cost": (ROOT / "app.py", "/cost", "Requests per day", '.gapboard-live-cost [data-figure="baseline"] .value'),
    "reference": (ROOT / "bench" / "reference_app.py", "/", "Factor", '[data-testid="stMetricValue"]'),
    # the same reference page inside a multipage shell like the app's: what the shell alone costs
    "reference in shell": (ROOT / "bench" / "reference_shell_app.py", "/", "Factor", '[data-testid="stMetricValue"]'),
}


class Target:
    """One app in its own browser tab, ready to take slider steps."""

    def __init__(self, page: Page, base_url: str, path: str, slider_label: str, figure: str):
        self.page, self.figure = page, figure
        # Open the root first: a fresh server whose first request is a deep link runs the page without app.py.
        page.goto(base_url)
        wait_for_app_run(page, timeout=LOAD_TIMEOUT)
        page.goto(base_url + path)
        wait_for_app_run(page, timeout=LOAD_TIMEOUT)
        page.locator(figure).first.wait_for()
        streamlit_slider = page.get_by_test_id("stSlider").filter(has_text=slider_label).get_by_role("slider")
        self.slider = streamlit_slider if streamlit_slider.count() else page.get_by_label(slider_label)  # or the live cost input
        self.timings: list[float] = []

    def step(self, record: bool) -> None:
        old = self.page.locator(self.figure).first.inner_text()
        self.slider.focus()
        started = time.perf_counter()
        self.page.keyboard.press("ArrowRight")
        self.page.wait_for_function(CHANGED, arg=[self.figure, old], polling="raf", timeout=30_000)
        elapsed = time.perf_counter() - started
        wait_for_app_run(self.page)
        if record:
            self.timings.append(elapsed * 1000)


    def reruns_per_ten_steps(self) -> int:
        """Script runs the server makes while the slider takes ten quick steps (a held arrow key)."""
        self.page.evaluate(COUNT_RUNS)
        self.slider.focus()
        for _ in range(10):
            self.page.keyboard.press("ArrowRight")
            self.page.wait_for_timeout(60)
        self.page.wait_for_timeout(1500)
        wait_for_app_run(self.page)
        return self.page.evaluate("window.__gapboardRuns")


COUNT_RUNS = """() => {
    window.__gapboardRuns = 0;
    const app = document.querySelector('[data-testid="stApp"]');
    new MutationObserver(() => { if (app.dataset.testScriptState === "running") window.__gapboardRuns += 1; })
        .observe(app, {attributes: true, attributeFilter: ["data-test-script-state"]});
}"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=15, help="measured steps per page (at least 10)")
    args = parser.parse_args(argv)
    steps = max(10, args.steps)
    RESULTS.mkdir(parents=True, exist_ok=True)
    report: dict[str, dict] = {}
    with sync_playwright() as playwright, ExitStack() as servers:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        targets = {}
        for name, (script, path, label, figure) in TARGETS.items():
            url = servers.enter_context(streamlit_server(RESULTS / f"server-{name}.log", script=script))
            targets[name] = Target(browser.new_page(viewport={"width": 1400, "height": 1600}), url, path, label, figure)
        for step in range(WARMUP + steps):
            for target in targets.values():
                target.step(record=step >= WARMUP)
        reruns = {name: target.reruns_per_ten_steps() for name, target in targets.items()}
        browser.close()
    for name, target in targets.items():
        ordered = sorted(target.timings)
        report[name] = {
            "median_ms": round(statistics.median(ordered), 1),
            "p90_ms": round(ordered[int(0.9 * (len(ordered) - 1))], 1),
            "min_ms": round(ordered[0], 1),
            "max_ms": round(ordered[-1], 1),
            "steps": len(ordered),
            "timings_ms": [round(t, 1) for t in target.timings],
            "server_runs_per_ten_steps": reruns[name],
        }
    report["ratio_of_medians"] = round(report["cost"]["median_ms"] / report["reference"]["median_ms"], 2)
    report["shell_ratio_of_medians"] = round(report["reference in shell"]["median_ms"] / report["reference"]["median_ms"], 2)
    (RESULTS / "latest.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    for name in TARGETS:
        r = report[name]
        print(f"{name:18s} median {r['median_ms']:7.1f} ms  p90 {r['p90_ms']:7.1f} ms  (min {r['min_ms']}, max {r['max_ms']}, "
              f"n={r['steps']}); server runs per ten quick steps: {r['server_runs_per_ten_steps']}")
    print(f"ratio (cost / reference, medians): {report['ratio_of_medians']}")
    print(f"ratio (reference in a multipage shell / reference, medians): {report['shell_ratio_of_medians']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
