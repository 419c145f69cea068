"""Bounded load test: many concurrent sessions moving sliders against the real server, on loopback only.

    .venv/bin/python bench/load_sessions.py [--sessions 50] [--interactions 20] [--page cost] [--limit 600]
                                            [--replicas N] [--think MIN MAX]

It starts `streamlit run app.py` on a free 127.0.0.1 port (with --replicas N: N replicas behind HAProxy, as
`python -m gapboard.serve` runs them) and opens N sessions over Streamlit's own
websocket (the same protocol the browser speaks). Each session loads the page, then makes M
interactions: it sets the page's first slider to a new value and waits for the rerun to finish (after a think
time drawn between MIN and MAX seconds, none by default). It
records errors (connection failures, exception elements, runs that do not finish), latency
percentiles per interaction, and the server's RSS every 0.25 s, then prints a JSON summary and
exits non-zero if any interaction failed. Everything is bounded by --limit seconds.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from gapboard.serve.replicas import replicas as serve_replicas  # noqa: E402
from tests.support.server import free_port, streamlit_process  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"


@dataclass
class Slider:
    widget_id: str
    low: float
    high: float
    step: float
    fragment_id: str = ""  # set when the slider is drawn by an st.fragment: moving it reruns only that


@dataclass
class RunOutcome:
    seconds: float
    exceptions: int
    sliders: list[Slider]


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


async def _run(
    ws, query_string: str, page: str, widget_states: list[tuple[str, list[float]]], fragment_id: str = ""
) -> RunOutcome:
    """Ask for one script run (of one fragment, as the browser does, when `fragment_id` is set) and read
    messages until it finishes."""
    message = BackMsg()
    message.rerun_script.query_string = query_string
    message.rerun_script.page_name = page
    if fragment_id:
        message.rerun_script.fragment_id = fragment_id
    for widget_id, values in widget_states:
        state = message.rerun_script.widget_states.widgets.add()
        state.id = widget_id
        state.double_array_value.data.extend(values)
    started = time.perf_counter()
    await ws.send(message.SerializeToString())
    exceptions, sliders = 0, []
    while True:
        reply = ForwardMsg()
        reply.ParseFromString(await ws.recv())
        kind = reply.WhichOneof("type")
        if kind == "delta" and reply.delta.WhichOneof("type") == "new_element":
            element = reply.delta.new_element
            element_type = element.WhichOneof("type")
            if element_type == "exception":
                exceptions += 1
            elif element_type == "slider":
                s = element.slider
                sliders.append(Slider(s.id, s.min, s.max, s.step or 1.0, reply.delta.fragment_id))
        elif kind == "script_finished" and reply.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN:
            return RunOutcome(time.perf_counter() - started, exceptions, sliders)


async def _session(url: str, page: str, interactions: int, tally: Tally, seed: int, think: tuple[float, float]) -> None:
    rng = random.Random(seed)
    try:
        async with websockets.connect(
            url.replace("http", "ws", 1) + "/_stcore/stream", subprotocols=["streamlit"], max_size=2**27
        ) as ws:
            first = await _run(ws, "", page, [])
            if first.exceptions:
                tally.errors.append(f"session {seed}: exception on load")
            if not first.sliders:
                tally.errors.append(f"session {seed}: no slider on page {page!r}")
                return
            slider = first.sliders[0]
            for _ in range(interactions):
                if think[1] > 0:
                    await asyncio.sleep(rng.uniform(*think))
                steps = int((slider.high - slider.low) / slider.step)
                value = slider.low + rng.randint(0, steps) * slider.step
                outcome = await _run(ws, "", page, [(slider.widget_id, [value])], slider.fragment_id)
                tally.latencies.append(outcome.seconds)
                if outcome.exceptions:
                    tally.errors.append(f"session {seed}: exception after setting {value}")
    except (OSError, websockets.WebSocketException) as exc:
        tally.errors.append(f"session {seed}: {type(exc).__name__}: {exc}")


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _ms(values: list[float], share: float) -> int | None:
    """The `share` percentile of `values` (seconds) in milliseconds; None when there are none."""
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000) if ordered else None


@contextmanager
def _servers(replicas: int) -> Iterator[tuple[str, list]]:
    """One plain server (replicas 0), or `replicas` app processes behind HAProxy; yields (URL, app processes)."""
    if replicas == 0:
        with streamlit_process(RESULTS / "load-server.log") as (url, process):
            yield url, [process]
        return
    ports = [free_port() for _ in range(replicas)]
    with serve_replicas(replicas, free_port(), ports, RESULTS / "replicas") as running:
        yield running.url, running.processes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--interactions", type=int, default=20)
    parser.add_argument("--page", default="cost", help="url path of the page to load (its first slider is moved)")
    parser.add_argument("--limit", type=float, default=600, help="hard limit in seconds for the whole run")
    parser.add_argument("--replicas", type=int, default=0, help="0: one plain server; N: N replicas behind HAProxy")
    parser.add_argument("--think", type=float, nargs=2, default=(0.0, 0.0), metavar=("MIN", "MAX"),
                        help="seconds a user waits between two moves, drawn uniformly (default: none)")
    args = parser.parse_args()
    RESULTS.mkdir(exist_ok=True)
    tally = Tally()
    rss: list[tuple[float, float]] = []
    with _servers(args.replicas) as (url, processes):
        stop = threading.Event()

        def total_rss() -> float:
            return sum(_rss_mb(p.pid) for p in processes)

        def sample() -> None:
            start = time.monotonic()
            while not stop.wait(0.25):
                rss.append((round(time.monotonic() - start, 2), round(total_rss(), 1)))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        rss_idle = total_rss()
        started = time.monotonic()

        async def everything() -> None:
            sessions = [_session(url, args.page, args.interactions, tally, seed, tuple(args.think)) for seed in range(args.sessions)]
            await asyncio.wait_for(asyncio.gather(*sessions), timeout=args.limit)

        try:
            asyncio.run(everything())
        except TimeoutError:
            tally.errors.append(f"run exceeded the {args.limit:.0f} s limit")
        elapsed = time.monotonic() - started
        stop.set()
        sampler.join()
    expected = args.sessions * args.interactions
    summary = {
        "page": args.page,
        "replicas": args.replicas or 1,
        "behind_haproxy": args.replicas > 0,
        "think_seconds": list(args.think),
        "moves_per_second": round(len(tally.latencies) / elapsed, 2) if elapsed else None,
        "sessions": args.sessions,
        "interactions_per_session": args.interactions,
        "interactions_done": len(tally.latencies),
        "interactions_expected": expected,
        "errors": len(tally.errors) + (expected - len(tally.latencies)),
        "error_samples": tally.errors[:10],
        "seconds": round(elapsed, 1),
        "latency_ms": {
            "p50": _ms(tally.latencies, 0.50),
            "p90": _ms(tally.latencies, 0.90),
            "p95": _ms(tally.latencies, 0.95),
            "p99": _ms(tally.latencies, 0.99),
            "max": _ms(tally.latencies, 1.0),
            "mean": round(statistics.fmean(tally.latencies) * 1000) if tally.latencies else None,
        },
        "server_rss_mb": {"idle": round(rss_idle, 1), "peak": max((m for _, m in rss), default=None),
                          "end": rss[-1][1] if rss else None},
    }
    (RESULTS / "load_sessions.json").write_text(json.dumps(summary | {"rss_over_time": rss}, indent=1))
    print(json.dumps(summary, indent=1))
    return 1 if summary["errors"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
