import pytest


@pytest.fixture(scope="session")
def shared_context(browser, browser_context_args):
    """One browser context for the session: every test gets its own tab, and so its own Streamlit session, while
    the app's static files are fetched once instead of once per test."""
    context = browser.new_context(**browser_context_args)
    yield context
    context.close()


@pytest.fixture
def page(shared_context):
    tab = shared_context.new_page()
    yield tab
    tab.close()
