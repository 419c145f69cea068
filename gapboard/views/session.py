"""A browser session's own uploaded results, as the one type every view takes them in.

The rows themselves live only in that session (kept by `gapboard.ui.session`); a view sees them as
`SessionRows`, keyed by the digest of their content, so two sessions share a kept result only when their
uploads are identical, and a session without an upload passes None and runs the public queries alone.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import pandas as pd

from gapboard.core import uploads


def frame_digest(frame: pd.DataFrame) -> str:
    """A content hash of a frame (column names, types and every value)."""
    digest = hashlib.sha256(repr([(str(c), str(t)) for c, t in frame.dtypes.items()]).encode())
    digest.update(pd.util.hash_pandas_object(frame, index=False).to_numpy().tobytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class SessionRows:
    """This session's uploaded rows (`rows`: the typed `user_scores` frame, never empty) and, derived from them,
    `marked`: the same rows as their own "(yours)" models (`uploads.marked`), as every page shows them."""

    rows: pd.DataFrame = field(compare=False, repr=False)
    digest: str

    @classmethod
    def of(cls, upload: uploads.Upload | None) -> SessionRows | None:
        """The rows an upload holds, or None when there is none or it kept no row."""
        if upload is None or upload.rows.empty:
            return None
        return cls(upload.rows, frame_digest(upload.rows))

    @property
    def cache_key(self) -> str:
        return self.digest

    @property
    def marked(self) -> pd.DataFrame:
        return uploads.marked(self.rows)


def rows_or_empty(yours: SessionRows | None) -> pd.DataFrame:
    """The typed `user_scores` frame of these rows, empty (every column typed) when there are none: for the
    statements that always join this session's rows."""
    return yours.rows if yours is not None else uploads.user_scores_frame()
