"""Memory: server RSS after one session visits every page, and the increment per additional session.

    .venv/bin/python bench/memory.py [--sessions 10 20]

Starts `streamlit run app.py` on a free loopback port and talks Streamlit's own websocket protocol (what the
browser speaks). One session visits every page; then more sessions join, each visiting every page and
staying connected, until there are 10 and then 20 open sessions. After each stage the server's RSS is read
(median of five samples, 0.2 s apart, after a 2 s settle). Prints RSS per stage and the increment per
additional session; writes bench/results/memory.json. Targets: ≤ 300 MB after every page, ≤ 5 MB/session.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from pathlib import Path

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gapboard.ui.registry import PAGES  # noqa: E402
from tests.support.server import streamlit_process  # noqa: E402

RESULTS = ROOT / "bench" / "results"
TARGET_MB, TARGET_PER_SESSION_MB = 300, 5


async def visit_every_page(url: str):
    """A new session that runs every page once; returns its open websocket (the session lives while it is open)."""
    ws = await websockets.connect(
        url.replace("http", "ws", 1) + "/_stcore/stream", subprotocols=["streamlit"], max_size=2**27
    )
    for page in PAGES:
        request = BackMsg()
        request.rerun_script.query_string = ""
        request.rerun_script.page_name = page.url_path
        await ws.send(request.SerializeToString())
        while True:
            reply = ForwardMsg()
            reply.ParseFromString(await ws.recv())
            if reply.WhichOneof("type") == "script_finished" and reply.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                break
    return ws


def rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text().splitlines()
    return next(int(line.split()[1]) / 1024 for line in status if line.startswith("VmRSS:"))


async def settled_rss(pid: int) -> float:
    await asyncio.sleep(2)
    samples = []
    for _ in range(5):
        samples.append(rss_mb(pid))
        await asyncio.sleep(0.2)
    return statistics.median(samples)


async def measure(url: str, pid: int, stages: list[int]) -> dict:
    stage_rss = {"idle": await settled_rss(pid)}
    open_sockets = [await visit_every_page(url)]
    stage_rss[1] = await settled_rss(pid)
    for count in stages:
        while len(open_sockets) < count:
            open_sockets.append(await visit_every_page(url))
        stage_rss[count] = await settled_rss(pid)
    for ws in open_sockets:
        await ws.close()
    return stage_rss


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, nargs="+", default=[10, 20], help="open-session counts to measure at")
    args = parser.parse_args(argv)
    stages = sorted(set(args.sessions))
    RESULTS.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    with streamlit_process(RESULTS / "memory-server.log") as (url, process):
        stage_rss = asyncio.run(measure(url, process.pid, stages))
    counts = [1, *stages]
    increments = {
        f"{a}→{b}": round((stage_rss[b] - stage_rss[a]) / (b - a), 2) for a, b in zip(counts, counts[1:])
    }
    report = {
        "rss_mb": {str(k): round(v, 1) for k, v in stage_rss.items()},
        "after_every_page_mb": round(stage_rss[1], 1),
        "mb_per_additional_session": increments,
        "seconds": round(time.monotonic() - started, 1),
    }
    (RESULTS / "memory.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"idle server: {stage_rss['idle']:.1f} MB")
    verdict = "ok" if stage_rss[1] <= TARGET_MB else f"MISSES ≤ {TARGET_MB} MB"
    print(f"after one session visited every page: {stage_rss[1]:.1f} MB {verdict}")
    for count in stages:
        print(f"{count:3d} sessions, each after every page: {stage_rss[count]:.1f} MB")
    for span, mb in increments.items():
        verdict = "ok" if mb <= TARGET_PER_SESSION_MB else f"MISSES ≤ {TARGET_PER_SESSION_MB} MB"
        print(f"per additional session ({span}): {mb:.2f} MB {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
