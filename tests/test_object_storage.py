"""Data on object storage: publish a build to an S3-compatible server on 127.0.0.1 and read it back."""
import urllib.request

import boto3
import pytest
from moto.server import ThreadedMotoServer
from streamlit.testing.v1 import AppTest

from gapboard import location, publish, queries, store
from gapboard.build import build
from gapboard.config import DATA_DIR_ENV, PROJECT_ROOT, DataPaths, data_paths
from gapboard.navigation import PAGES
from tests.support import free_port

BUCKET = "gapboard-test"


@pytest.fixture
def s3(monkeypatch):
    """An S3-compatible server on loopback with one empty bucket; AWS settings point at it."""
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
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
    yield client
    server.stop()


def _use(monkeypatch, url):
    monkeypatch.setenv(DATA_DIR_ENV, url)


def test_a_published_build_is_read_from_object_storage(s3, monkeypatch, project_build):
    url = f"s3://{BUCKET}/team"
    assert publish.publish(DataPaths(PROJECT_ROOT / "data"), url) == project_build.version
    keys = {o["Key"] for o in s3.list_objects_v2(Bucket=BUCKET)["Contents"]}
    assert "team/built/manifest.json" in keys and f"team/built/{project_build.tables['scores'].file}" in keys

    _use(monkeypatch, url)
    status = store.ensure_current()
    assert status.ok and status.manifest.version == project_build.version and not status.rebuilt_because
    assert len(queries.models()) == 33
    at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=60)
    at.switch_page(PAGES[1].file)
    at.run()
    assert not at.exception and not at.dataframe[0].value.empty


def test_nothing_published_is_reported_with_the_fix(s3, monkeypatch):
    _use(monkeypatch, f"s3://{BUCKET}/empty")
    status = store.ensure_current()
    assert not status.ok
    assert "no build published at s3://gapboard-test/empty" in status.problems[0]
    assert status.fix_command.startswith("python -m gapboard.publish")
    at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception and at.title[0].value == "The data could not be loaded"


def test_replicas_pick_up_a_new_publish_and_old_versions_are_pruned(s3, monkeypatch, private_data):
    url = f"s3://{BUCKET}/team"
    first = publish.publish(private_data, url)
    _use(monkeypatch, url)
    assert store.ensure_current().manifest.version == first
    versions = []
    for _ in range(3):
        versions.append(build(private_data).version)
        publish.publish(private_data, url)
    assert store.ensure_current().manifest.version == versions[-1]
    folders = {p["Prefix"] for p in s3.list_objects_v2(Bucket=BUCKET, Prefix="team/built/", Delimiter="/")["CommonPrefixes"]}
    assert folders == {f"team/built/{v}/" for v in versions[-2:]}


def test_a_tampered_table_on_object_storage_is_refused(s3, monkeypatch, private_data):
    url = f"s3://{BUCKET}/team"
    manifest = store.ensure_current(private_data).manifest
    publish.publish(private_data, url)
    s3.put_object(Bucket=BUCKET, Key=f"team/built/{manifest.tables['models'].file}", Body=b"not parquet")
    _use(monkeypatch, url)
    with pytest.raises(store.DataUnavailable, match="does not match its manifest"):
        queries.models()


def test_building_into_a_url_is_refused_with_the_right_command(monkeypatch):
    _use(monkeypatch, f"s3://{BUCKET}/team")
    with pytest.raises(ValueError, match="python -m gapboard.publish"):
        data_paths()
    assert publish.main(["file-not-a-url", "--data-dir", str(PROJECT_ROOT / "data")]) == 1
