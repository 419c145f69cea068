"""Where one page's rerun time goes: cProfile of the script thread over AppTest reruns after a widget change.

    .venv/bin/python bench/profile_rerun.py Timeline [--runs 3] [--sort cumulative] [--lines 60]

Uses the same session and widget flip as bench/rerun_per_page.py (after its warm-up), profiling only the
script run (`ScriptRunner._run_script`), which is the time `AppTest.run()` spends in the page.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streamlit.runtime.scriptrunner import script_runner  # noqa: E402

from bench.rerun_per_page import WARMUP, Session, open_page  # noqa: E402
from gapboard.ui.registry import PAGES  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", choices=[page.title for page in PAGES])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--lines", type=int, default=60)
    args = parser.parse_args(argv)
    page = next(page for page in PAGES if page.title == args.page)
    session = Session(page.title, open_page(page.file))
    for _ in range(WARMUP):
        session.step(record=False)
    profiler = cProfile.Profile()
    run_script = script_runner.ScriptRunner._run_script

    def profiled(self, *args, **kwargs):
        profiler.enable()
        try:
            return run_script(self, *args, **kwargs)
        finally:
            profiler.disable()

    script_runner.ScriptRunner._run_script = profiled
    for _ in range(args.runs):
        session.step(record=True)
    print("rerun wall ms (profiled):", [round(t) for t in session.timings])
    pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.lines)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
