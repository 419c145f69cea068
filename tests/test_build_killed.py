"""A build killed (SIGKILL) at any point of its write leaves the previous build byte-identical and in use."""
import os
import signal
import subprocess
import sys

import pytest

from gapboard import queries, store
from gapboard.build import build
from gapboard.config import PROJECT_ROOT
from gapboard.manifest import read_manifest, sha256_of
from tests.test_build import _built_bytes

# Lines the build prints (stderr, line-buffered) as it goes: the kill lands right after each one.
KILL_POINTS = [
    "validating scores",  # before anything is written
    "wrote datasets",  # the version folder exists with its first Parquet file
    "wrote scores",  # part-way through the Parquet files
    "wrote instance_results",  # most files written, manifest not yet swapped
]


def _build_killed_after(paths, line: str) -> int:
    """Run `python -m gapboard.build` on `paths` and SIGKILL it as soon as it prints `line`."""
    process = subprocess.Popen(
        [sys.executable, "-m", "gapboard.build", "--data-dir", str(paths.root)],
        cwd=PROJECT_ROOT, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
    )
    for printed in process.stderr:
        if line in printed:
            os.kill(process.pid, signal.SIGKILL)
            break
    process.stderr.close()
    return process.wait(60)


@pytest.mark.parametrize("line", KILL_POINTS)
def test_a_build_killed_mid_write_leaves_the_previous_build_in_place(private_data, line):
    previous = read_manifest(private_data)
    before = _built_bytes(private_data)
    assert _build_killed_after(private_data, line) == -signal.SIGKILL
    after = _built_bytes(private_data)
    assert {name: after.get(name) for name in before} == before  # every file of the old build, byte for byte
    leftovers = {p.name for p in private_data.built.iterdir() if p.is_dir()} - {previous.version}
    assert read_manifest(private_data).version == previous.version
    if line != "validating scores":
        assert leftovers, "the kill should land after the new version folder was created"
    status = store.ensure_current(private_data)
    assert status.ok and not status.rebuilt_because and status.manifest.version == previous.version
    assert len(queries.models()) == previous.tables["models"].rows  # the app reads the previous build

    manifest = build(private_data)  # the next build succeeds and removes what the killed one left
    folders = {p.name for p in private_data.built.iterdir() if p.is_dir()}
    assert folders == {manifest.version, previous.version}
    assert all(sha256_of(private_data.built / e.file) == e.sha256 for e in manifest.tables.values())
