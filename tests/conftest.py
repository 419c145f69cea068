import pytest
import streamlit as st

from gapboard.build import build
from gapboard.config import DATA_DIR_ENV, data_paths
from gapboard.store import ensure_current
from tests.support import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, copy_sources, streamlit_server


@pytest.fixture(scope="session", autouse=True)
def project_build():
    """The project's own build, current with data/sources, as the app would use it."""
    status = ensure_current(data_paths())
    assert status.ok, status.problems
    return status.manifest


@pytest.fixture
def private_data(tmp_path, monkeypatch):
    """A built private copy of the data sources; the app and queries use it for this test only."""
    paths = copy_sources(tmp_path / "data")
    build(paths)
    monkeypatch.setenv(DATA_DIR_ENV, str(paths.root))
    st.cache_data.clear()
    yield paths
    st.cache_data.clear()


@pytest.fixture(scope="session")
def app_url():
    ARTIFACTS.mkdir(exist_ok=True)
    with streamlit_server(ARTIFACTS / "server.log") as url:
        yield url


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}
