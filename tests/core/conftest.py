import pytest


@pytest.fixture(scope="session")
def project_build():
    """Pure domain tests need no build: this overrides the session's build check for tests/core."""
