"""Two replicas behind HAProxy, both reading one build published to an S3-compatible server on 127.0.0.1.

A browser session sticks to one replica; when that replica is killed mid-session, the browser reconnects through
the balancer to the other one, which draws the same view from the URL, says plainly that this session's uploaded
rows are gone, and reads the same published build (no data lost)."""
import re
import urllib.request

import boto3
import pytest
from moto.server import ThreadedMotoServer
from playwright.sync_api import Page, expect

from gapboard.build import publish
from gapboard.build.config import DATA_DIR_ENV, PROJECT_ROOT, DataPaths
from gapboard.serve.replicas import COOKIE, HAPROXY, replicas
from tests.support.server import ARTIFACTS, free_port, nav_links, wait_for_app_run

pytestmark = [pytest.mark.browser, pytest.mark.skipif(not __import__("os").path.exists(HAPROXY), reason="needs Debian's haproxy")]
BUCKET = "gapboard-replicas"
UPLOAD = "model,benchmark,score,date,weights\nOur Model,SWE-bench Verified,61.5,2026-11-30,open\n"


@pytest.fixture(scope="module")
def published(project_build):
    """The project's build, published to an S3-compatible server: the one location every replica reads."""
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    env = {"AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test", "AWS_DEFAULT_REGION": "eu-west-1",
           "AWS_ENDPOINT_URL": f"http://127.0.0.1:{port}"}
    with pytest.MonkeyPatch.context() as patch:
        for name, value in env.items():
            patch.setenv(name, value)
        # moto keeps its state per process, and a worker may set this module up twice: start from an empty store
        urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{port}/moto-api/reset", method="POST"))
        boto3.client("s3").create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
        url = f"s3://{BUCKET}/gapboard"
        version = publish.publish(DataPaths(PROJECT_ROOT / "data"), url)
    yield env | {DATA_DIR_ENV: url}, version
    server.stop()


@pytest.fixture
def two(published, tmp_path):
    env, _ = published
    with replicas(2, free_port(), [free_port(), free_port()], tmp_path / "logs", env) as running:
        yield running


def _replica_of(page: Page) -> str:
    return next(c["value"] for c in page.context.cookies() if c["name"] == COOKIE)


def test_both_replicas_serve_the_same_published_build(two, published):
    _, version = published
    for index in range(2):
        assert urllib.request.urlopen(two.replica_url(index) + "/_stcore/health", timeout=5).read() == b"ok"
    served = {urllib.request.urlopen(two.url + "/", timeout=5).headers["Set-Cookie"].split(";")[0] for _ in range(4)}
    assert served == {f"{COOKIE}=r1", f"{COOKIE}=r2"}  # a new browser may land on either


def _caption(page: Page):
    return page.get_by_text(re.compile(r"\d+ models, \d+ reported values"))


def test_a_session_survives_the_loss_of_its_replica_with_its_view_and_says_its_uploads_are_gone(
        two, published, page: Page, new_context, tmp_path):
    _, version = published
    page.set_viewport_size({"width": 1280, "height": 1400})
    page.goto(two.url + "/sources?tab=Your+results")
    wait_for_app_run(page)
    upload = tmp_path / "ours.csv"
    upload.write_text(UPLOAD)
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(upload))
    expect(page).to_have_url(re.compile(r"yours=1"))  # the link now says this session holds one uploaded row
    nav_links(page).filter(has_text="Benchmarks").click()  # in-app: the same session (a reload would start a new one)
    wait_for_app_run(page)
    first = _replica_of(page)
    for weights in ("Proprietary", "Open"):  # every rerun stays on that replica
        page.get_by_role("radio", name=weights, exact=True).click()
        wait_for_app_run(page)
        assert _replica_of(page) == first
    expect(page).to_have_url(re.compile(r"weights=Open"))
    fresh = new_context().new_page()  # what this view shows to a session without uploads, for after the loss
    fresh.goto(two.url + "/benchmarks?weights=Open")
    wait_for_app_run(fresh)
    expected = _caption(fresh).inner_text()
    expect(page.get_by_test_id("stAlertContentWarning").filter(has_text="uploaded results")).to_have_count(0)

    two.processes[int(first.removeprefix("r")) - 1].kill()  # mid-session: the websocket drops
    lost = page.get_by_test_id("stAlertContentWarning").filter(has_text="uploaded results")
    expect(lost).to_have_count(1, timeout=60_000)
    wait_for_app_run(page, timeout=60_000)
    expect(page.get_by_role("radio", name="Open", exact=True)).to_be_checked()  # the same view, rebuilt from the URL
    expect(_caption(page)).to_have_text(expected)
    expect(lost).to_contain_text("This view had 1 row of your own uploaded results")
    expect(page.get_by_test_id("stSidebar")).to_contain_text(version)  # the same published build: nothing lost
    assert _replica_of(page) != first
    nav_links(page).filter(has_text="Cost").click()  # said for as long as the new session lasts
    wait_for_app_run(page)
    expect(lost).to_have_count(1)
    expect(page).not_to_have_url(re.compile(r"yours="))  # a link copied now no longer claims the rows
    page.screenshot(path=ARTIFACTS / "replica-failover.png")
