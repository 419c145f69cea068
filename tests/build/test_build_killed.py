"""A build killed (SIGKILL) at any point of its write leaves the previous build byte-identical and in use.

The build runs as `python -m gapboard.build` in its own process, on a small data folder (the project's sources
beside small external datasets, tests/support/ingest.py): every table and the manifest are written as in a
full build, in a fraction of the time. Its stderr waits for the test's go-ahead after each line, so the kill
lands right after the chosen line however busy the machine is (unpaced, a build could finish first)."""
import os
import signal
import subprocess
import sys

import pytest

from gapboard.build.config import PROJECT_ROOT
from gapboard.build.manifest import read_manifest, sha256_of
from gapboard.build.run import build
from gapboard.views import common, data
from tests.support.data import built_bytes, copy_data, in_use
from tests.support.ingest import small_data

# Lines the build prints (stderr, line-buffered) as it goes: the kill lands right after each one.
KILL_POINTS = [
    "validating scores",  # before anything is written
    "wrote datasets",  # the version folder exists with its first Parquet file
    "wrote scores",  # part-way through the Parquet files
    "wrote instance_results",  # most files written, manifest not yet swapped
]


@pytest.fixture(scope="module")
def small_built(tmp_path_factory):
    """A small data folder, built once; each test kills a build of its own copy. No monkeypatch reaches the build's
    process, so the folder holds the project's LiteLLM catalogue (the one its pinned hash names)."""
    paths = small_data(tmp_path_factory.mktemp("killed") / "data")
    build(paths)
    return paths


@pytest.fixture
def folder(small_built, tmp_path, monkeypatch):
    """A built copy of the small folder; the app and every view use it for this test only."""
    yield from in_use(copy_data(small_built, tmp_path / "data"), monkeypatch)


# `python -m gapboard.build`, with a stderr that waits for a line on stdin after each line it writes.
PACED_BUILD = """
import runpy, sys

class Paced:
    def __init__(self, stream):
        self.stream = stream
    def write(self, text):
        self.stream.write(text)
        self.stream.flush()
        for _ in range(text.count("\\n")):
            sys.stdin.readline()
        return len(text)
    def flush(self):
        self.stream.flush()

sys.stderr = Paced(sys.stderr)
runpy.run_module("gapboard.build", run_name="__main__", alter_sys=True)
"""


def _build_killed_after(paths, line: str) -> int:
    """Run `python -m gapboard.build` on `paths` and SIGKILL it as soon as it prints `line` (before it goes on)."""
    process = subprocess.Popen(
        [sys.executable, "-c", PACED_BUILD, "--data-dir", str(paths.root)],
        cwd=PROJECT_ROOT, stdin=subprocess.PIPE, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
    )
    for printed in process.stderr:
        if line in printed:
            os.kill(process.pid, signal.SIGKILL)
            break
        process.stdin.write("\n")
        process.stdin.flush()
    process.stderr.close()
    code = process.wait(60)
    process.stdin.close()
    return code


@pytest.mark.parametrize("line", KILL_POINTS)
def test_a_build_killed_mid_write_leaves_the_previous_build_in_place(folder, line):
    previous = read_manifest(folder)
    before = built_bytes(folder)
    assert _build_killed_after(folder, line) == -signal.SIGKILL
    after = built_bytes(folder)
    assert {name: after.get(name) for name in before} == before  # every file of the old build, byte for byte
    leftovers = {p.name for p in folder.built.iterdir() if p.is_dir()} - {previous.version}
    assert read_manifest(folder).version == previous.version
    if line != "validating scores":
        assert leftovers, "the kill should land after the new version folder was created"
    status = data.ensure_current(folder)
    assert status.ok and not status.rebuilt_because and status.manifest.version == previous.version
    assert len(common.models()) == previous.tables["models"].rows  # the app reads the previous build

    manifest = build(folder)  # the next build succeeds and removes what the killed one left
    folders = {p.name for p in folder.built.iterdir() if p.is_dir()}
    assert folders == {manifest.version, previous.version}
    assert all(sha256_of(folder.built / e.file) == e.sha256 for e in manifest.tables.values())
