"""One uploaded results file, as a user would bring it: a row for a known model and one for a model of their own."""
from __future__ import annotations

from gapboard.core import uploads
from gapboard.views import sources
from gapboard.views.session import SessionRows

OURS = (
    "model,benchmark,harness,score,unit,date,notes,weights,cost_usd_per_task\n"
    "minimax-m2.5,swe-bench-verified,openhands,79.0,percent,2026-03-01,our rerun,,0.42\n"
    "Our Model <b>v1</b>,swe-bench-verified,MyScaffold,61,percent,2026-03-02,single run,open,0.2\n"
).encode()


def our_upload() -> uploads.Upload:
    return uploads.read_upload("ours.csv", OURS, sources.upload_catalogue())


def our_rows() -> SessionRows:
    """The file's rows as the views take them."""
    return SessionRows.of(our_upload())
