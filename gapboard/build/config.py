"""Where Gapboard's data lives. Everything else asks this module for paths."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR_ENV = "GAPBOARD_DATA_DIR"
BUILD_COMMAND = "make data"


@dataclass(frozen=True)
class DataPaths:
    """The three folders of one data directory: editable sources, raw external datasets, built Parquet."""

    root: Path

    @property
    def sources(self) -> Path:
        return self.root / "sources"

    @property
    def external(self) -> Path:
        return self.root / "external"

    @property
    def built(self) -> Path:
        return self.root / "built"

    @property
    def manifest(self) -> Path:
        return self.built / "manifest.json"


def data_paths() -> DataPaths:
    """The local data directory in use: `$GAPBOARD_DATA_DIR` if set, else the project's `data/`."""
    configured = os.environ.get(DATA_DIR_ENV, "")
    if "://" in configured and not configured.startswith("file://"):
        raise ValueError(
            f"{DATA_DIR_ENV}={configured} is a URL: builds are made in a local folder and uploaded "
            "with `python -m gapboard.build.publish URL`"
        )
    return DataPaths(Path(configured.removeprefix("file://") or PROJECT_ROOT / "data").resolve())
