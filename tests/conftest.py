import os
import shutil

import pytest
from hypothesis import HealthCheck, settings

from gapboard.build.config import DataPaths, data_paths
from gapboard.build.run import build
from gapboard.views import data
from tests.support.data import copy_data, copy_sources, in_use
from tests.support.server import CHROMIUM, CHROMIUM_ARGS, past_first_visit, streamlit_server, worker_log

# Property tests: a quick profile while developing, the full one in CI (`.ci/run` sets HYPOTHESIS_PROFILE=ci).
settings.register_profile("dev", max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(scope="session", autouse=True)
def project_build():
    """The project's own build, current with data/sources, as the app would use it."""
    status = data.ensure_current(data_paths())
    assert status.ok, status.problems
    return status.manifest


@pytest.fixture(scope="session")
def built_copy(tmp_path_factory) -> DataPaths:
    """A private copy of the data sources, built once for the whole session (never edited: copy it first)."""
    paths = copy_sources(tmp_path_factory.mktemp("template") / "data")
    build(paths)
    return paths


@pytest.fixture
def private_data(built_copy, tmp_path, monkeypatch):
    """A built private copy of the data; the app and every view use it for this test only."""
    paths = copy_data(built_copy, tmp_path / "data")
    yield from in_use(paths, monkeypatch)
    shutil.rmtree(paths.root, ignore_errors=True)


@pytest.fixture(scope="session")
def app_url(browser):
    """The project's app on a server of this worker's own, past its first visit."""
    log = worker_log("server")
    with streamlit_server(log) as url:
        yield past_first_visit(browser, url)
        logged = [line for line in log.read_text().splitlines()[5:] if line.strip()]  # after the five-line start banner
        assert not logged, "the app logged while the browser tests ran:\n" + "\n".join(logged[:40])


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}
