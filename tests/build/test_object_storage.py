"""Data on object storage: publish a build to an S3-compatible server on 127.0.0.1 and read it back."""
import urllib.request

import boto3
import pytest
from moto.server import ThreadedMotoServer
from streamlit.testing.v1 import AppTest

from gapboard.build import location, publish
from gapboard.build.config import DATA_DIR_ENV, PROJECT_ROOT, DataPaths, data_paths
from gapboard.build.run import build
from gapboard.core.errors import DataUnavailable
from gapboard.ui.registry import PAGES
from gapboard.views import cache, common, data
from tests.support.data import read_built
from tests.support.ingest import small_data
from tests.support.server import free_port

BUCKET = "gapboard-test"


@pytest.fixture(scope="module")
def s3_port():
    """An S3-compatible server on loopback, one for the module (each test empties it first)."""
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield port
    server.stop()


@pytest.fixture
def s3(s3_port, monkeypatch):
    """The S3-compatible server with one empty bucket; AWS settings point at it."""
    port = s3_port
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-west-1")
    monkeypatch.setenv("AWS_ENDPOINT_URL", f"http://127.0.0.1:{port}")
    monkeypatch.setattr(location, "_remote", {})
    monkeypatch.setattr(location, "MANIFEST_REFRESH_SECONDS", 0.0)
    # moto keeps its state per process: start each test from an empty store
    urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{port}/moto-api/reset", method="POST"))
    client = boto3.client("s3")
    client.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
    cache.clear()
    yield client
    cache.clear()  # no later test may read this store's build


def _use(monkeypatch, url):
    monkeypatch.setenv(DATA_DIR_ENV, url)


def test_a_published_build_is_read_from_object_storage(s3, monkeypatch, project_build):
    url = f"s3://{BUCKET}/team"
    assert publish.publish(DataPaths(PROJECT_ROOT / "data"), url) == project_build.version
    keys = {o["Key"] for o in s3.list_objects_v2(Bucket=BUCKET)["Contents"]}
    assert "team/built/manifest.json" in keys and f"team/built/{project_build.tables['scores'].file}" in keys

    _use(monkeypatch, url)
    status = data.ensure_current()
    assert status.ok and status.manifest.version == project_build.version and not status.rebuilt_because
    held = read_built(DataPaths(PROJECT_ROOT / "data"), "models")
    assert len(common.models()) == project_build.tables["models"].rows == len(held)  # every model of the published build
    assert set(common.models()["id"]) == set(held["id"])
    at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=60)
    at.switch_page(PAGES[1].file)
    at.run()
    assert not at.exception and not at.dataframe[0].value.empty


def test_nothing_published_is_reported_with_the_fix(s3, monkeypatch):
    _use(monkeypatch, f"s3://{BUCKET}/empty")
    status = data.ensure_current()
    assert not status.ok
    assert "no build published at s3://gapboard-test/empty" in status.problems[0]
    assert status.fix_command.startswith("python -m gapboard.build.publish")
    at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception and at.title[0].value == "The data could not be loaded"


def test_replicas_pick_up_a_new_publish_and_old_versions_are_pruned(s3, monkeypatch, tmp_path):
    """Builds of a small data folder (tests/support/ingest.py): every table, a few rows each."""
    local = small_data(tmp_path / "data", monkeypatch)
    build(local)
    url = f"s3://{BUCKET}/team"
    first = publish.publish(local, url)
    _use(monkeypatch, url)
    assert data.ensure_current().manifest.version == first
    versions = []
    for _ in range(3):
        versions.append(build(local).version)
        publish.publish(local, url)
    assert data.ensure_current().manifest.version == versions[-1]
    folders = {p["Prefix"] for p in s3.list_objects_v2(Bucket=BUCKET, Prefix="team/built/", Delimiter="/")["CommonPrefixes"]}
    assert folders == {f"team/built/{v}/" for v in versions[-2:]}


def test_a_tampered_table_on_object_storage_is_refused(s3, monkeypatch, private_data):
    url = f"s3://{BUCKET}/team"
    manifest = data.ensure_current(private_data).manifest
    publish.publish(private_data, url)
    s3.put_object(Bucket=BUCKET, Key=f"team/built/{manifest.tables['models'].file}", Body=b"not parquet")
    _use(monkeypatch, url)
    cache.clear()  # a replica reading from the store (the local build was the one in use)
    with pytest.raises(DataUnavailable, match="does not match its manifest"):
        common.models()


def test_building_into_a_url_is_refused_with_the_right_command(monkeypatch):
    _use(monkeypatch, f"s3://{BUCKET}/team")
    with pytest.raises(ValueError, match="python -m gapboard.build.publish"):
        data_paths()
    assert publish.main(["file-not-a-url", "--data-dir", str(PROJECT_ROOT / "data")]) == 1
