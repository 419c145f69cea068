"""Bring your own results: read an uploaded CSV or Parquet file into rows Gapboard can show as "yours".

Pure: bytes in, a validated frame and a list of problems out (no Streamlit, no files written). Each
row is checked with a pydantic row model like the build's, then against the catalogue (known models,
benchmarks, units, harnesses). Every bad row is reported with its line (CSV, header = line 1) or row
(Parquet, first row = 1) and a plain reason; good rows are kept. A file that cannot be read at all
(too large, empty, binary, not UTF-8, wrong columns) gets one clear message and no rows.

Cell text is only ever data: nothing is evaluated, formulas such as `=cmd|' /C calc'!A0` stay text
(and `ui.format.csv_bytes` defuses them on export), and names are rendered inert by the pages.
"""
from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Annotated, Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from pydantic import AfterValidator, BeforeValidator, Field, ValidationError

from gapboard.core import schema
from gapboard.core.i18n import DEFAULT, N_, text
from gapboard.core.vocabulary import YOURS, Weights

MAX_UPLOAD_MB = 5  # the same limit as server.maxUploadSize in .streamlit/config.toml
MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024
MAX_ROWS = 10_000
MAX_PARQUET_EXPANDED_BYTES = 32 * 1024 * 1024  # a small compressed file must not expand without bound
EARLIEST_DATE = dt.date(2015, 1, 1)


@dataclass(frozen=True)
class Column:
    name: str
    required: bool
    meaning: str
    example: str


COLUMNS: tuple[Column, ...] = (
    Column("model", True, N_("A Gapboard model id or name (e.g. minimax-m2.5), or the name of your own model"), "minimax-m2.5"),
    Column("benchmark", True, N_("A Gapboard benchmark id or name (e.g. swe-bench-verified)"), "swe-bench-verified"),
    Column("harness", False, N_("A Gapboard harness id or name, or your own scaffold's name; blank if none"), "claude-code"),
    Column("score", True, N_("The result, in `unit`"), "78.4"),
    Column("unit", False, N_("percent, win_rate, elo, index_points, score, usd, usd_per_task, minutes or million_tokens; "
                             "blank = the benchmark's own unit"), "percent"),
    Column("date", True, N_("When you measured it, YYYY-MM-DD"), "2026-03-01"),
    Column("notes", False, N_("Anything a reader should know: runs, settings, caveats"), "mean of 4 runs, default prompt"),
    Column("cost_usd_per_task", False, N_("Average USD spent per task"), "0.31"),
    Column("tokens_per_task", False, N_("Average tokens used per task (a count, not millions)"), "3520000"),
    Column("weights", False, N_("open or proprietary; required for a model Gapboard does not list"), ""),
)
COLUMN_NAMES = tuple(c.name for c in COLUMNS)
REQUIRED = tuple(c.name for c in COLUMNS if c.required)


def _no_control_characters(value: str) -> str:
    if re.search(r"[\x00-\x08\x0b-\x1f\x7f]", value):
        raise ValueError(N_("contains control characters"))
    return value


def _iso_date(value: object) -> object:
    if isinstance(value, dt.datetime):
        if value.time() != dt.time(0):
            raise ValueError(N_("must be a date without a time of day"))
        return value.date()
    if isinstance(value, str) and not re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*", value):
        raise ValueError(N_("must be a date written YYYY-MM-DD"))
    if not isinstance(value, str | dt.date):
        raise ValueError(N_("must be a date written YYYY-MM-DD"))
    return value


def _finite(value: float) -> float:
    if not math.isfinite(value):
        raise ValueError(N_("must be a finite number"))
    return value


Text = Annotated[str, Field(min_length=1, max_length=120), AfterValidator(_no_control_characters)]
LongText = Annotated[str, Field(max_length=1000), AfterValidator(_no_control_characters)]
Number = Annotated[float, AfterValidator(_finite)]


class UploadRow(schema.Row):
    """One uploaded row as written, before it is matched against the catalogue."""

    model: Text
    benchmark: Text
    harness: Text | None = None
    score: Number
    unit: schema.Unit | None = None
    date: Annotated[dt.date, BeforeValidator(_iso_date)]
    notes: LongText | None = None
    cost_usd_per_task: Annotated[Number, Field(ge=0, le=1e4)] | None = None
    tokens_per_task: Annotated[Number, Field(ge=0, le=1e10)] | None = None
    weights: Weights | None = None


@dataclass(frozen=True)
class Catalogue:
    """What uploaded names are matched against: ids and names of models, benchmarks and harnesses."""

    models: dict[str, tuple[str, str]]  # id -> (name, weights)
    benchmarks: dict[str, tuple[str, str, frozenset[str]]]  # id -> (name, unit, allowed units)
    harnesses: dict[str, str]  # id -> name

    @classmethod
    def from_frames(cls, models: pd.DataFrame, benchmarks: pd.DataFrame, harnesses: pd.DataFrame) -> Catalogue:
        """From query results: models (id, name, weights), benchmarks (id, name, unit, other_units), harnesses (id, name)."""
        return cls(
            {r.id: (r.name, r.weights) for r in models.itertuples()},
            {
                r.id: (r.name, r.unit, frozenset({r.unit, *filter(None, str(r.other_units or "").split("|"))}))
                for r in benchmarks.itertuples()
            },
            {r.id: r.name for r in harnesses.itertuples()},
        )


# The frame uploaded rows become (registered as `user_scores` in queries): the columns of the built
# `scores` table plus the names, so rows of models or harnesses Gapboard does not list still read well.
USER_SCORES_SCHEMA = pa.schema([
    ("model", pa.string()), ("model_name", pa.string()), ("weights", pa.string()), ("model_is_new", pa.bool_()),
    ("benchmark", pa.string()), ("benchmark_name", pa.string()),
    ("harness", pa.string()), ("harness_name", pa.string()),
    ("value", pa.float64()), ("unit", pa.string()),
    ("reported_by", pa.string()), ("source_url", pa.string()), ("source_note", pa.string()),
    ("source_form", pa.string()), ("as_of", pa.date32()), ("confidence", pa.string()), ("runs", pa.int64()),
    ("dataset", pa.string()), ("source_file", pa.string()), ("source_line", pa.int64()),
    ("cost_usd_per_task", pa.float64()), ("tokens_per_task", pa.float64()),
])


def user_scores_frame(records: Iterable[dict[str, Any]] = ()) -> pd.DataFrame:
    """Records as the typed `user_scores` frame (empty when there are none, still with every column typed)."""
    table = pa.Table.from_pylist(list(records), schema=USER_SCORES_SCHEMA)
    return table.to_pandas(types_mapper=pd.ArrowDtype)


# Where uploaded rows sit beside public ones (Benchmarks, Harnesses, Cost), each is its own model row:
# its id gets YOURS_KEY and its name YOURS_SUFFIX, so a user's value is visibly "yours" and can never
# replace, or be merged into, a public value of the same model (the headline rules see two models).
YOURS_KEY = "~yours"
YOURS_SUFFIX = " (yours)"


def marked(rows: pd.DataFrame) -> pd.DataFrame:
    """Uploaded rows as their own models: `model` becomes `<id>~yours`, `model_name` ends in " (yours)" and
    `model_id` keeps the catalogue id (for joining a known model's vendor, family and release date)."""
    return rows.assign(
        model_id=rows["model"],
        model=rows["model"].astype("string") + YOURS_KEY,
        model_name=rows["model_name"].astype("string") + YOURS_SUFFIX,
    )


PROBLEM_COLUMNS = ["line", "column", "value", "reason"]
WHOLE_ROW = "(whole row)"


@dataclass(frozen=True)
class Upload:
    """The outcome of reading one file: the rows kept, every problem, or why nothing could be read."""

    file_name: str
    kind: str  # "csv" or "parquet"
    rows: pd.DataFrame = field(default_factory=user_scores_frame)
    problems: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=PROBLEM_COLUMNS))
    error: str | None = None

    lang: str = DEFAULT  # the language its messages are written in

    @property
    def line_word(self) -> str:
        """What the `line` of a problem counts: CSV lines (header = 1) or Parquet rows (first row = 1)."""
        return _line_word(self.kind)

    @property
    def rejected_rows(self) -> int:
        return self.problems["line"].nunique() if not self.problems.empty else 0


def _line_word(kind: str) -> str:
    return "row" if kind == "parquet" else "line"


class _Unreadable(Exception):
    """The whole file is unusable; the message says why and what to do."""


EMPTY = N_("The file is empty. Start from the template: a header row, then one result per line.")


def template_csv() -> bytes:
    """A CSV with every column and two example rows: a model Gapboard lists, and one of your own."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMN_NAMES)
    writer.writerow([c.example for c in COLUMNS])
    writer.writerow(["Our fine-tune v3", "swe-bench-verified", "OpenHands", "61.0", "percent", "2026-03-02",
                     "internal model, single run", "", "", "open"])
    return out.getvalue().encode("utf-8")


def columns_frame(lang: str = DEFAULT) -> pd.DataFrame:
    """The documented upload schema, for display (its words in `lang`)."""
    return pd.DataFrame(
        [(c.name, text("required" if c.required else "optional", lang), text(c.meaning, lang), c.example) for c in COLUMNS],
        columns=["column", "required", "meaning", "example"],
    )


def read_upload(file_name: str, data: bytes, catalogue: Catalogue, today: dt.date | None = None, lang: str = DEFAULT) -> Upload:
    """Read and validate one uploaded file. Never raises for bad input: problems are in the result, written in `lang`."""
    name = re.sub(r"[\x00-\x1f\x7f]", "", file_name)[:120] or "upload"
    kind = "parquet" if data[:4] == b"PAR1" or name.lower().endswith(".parquet") else "csv"
    try:
        records = _records(name, kind, data, lang)
        rows, problems = _validate(records, name, catalogue, today or dt.date.today(), kind, lang)
    except _Unreadable as unreadable:
        return Upload(name, kind, error=str(unreadable), lang=lang)
    return Upload(name, kind, user_scores_frame(rows), pd.DataFrame(problems, columns=PROBLEM_COLUMNS), lang=lang)


def _records(name: str, kind: str, data: bytes, lang: str = DEFAULT) -> list[tuple[int, dict[str, Any]]]:
    if len(data) > MAX_UPLOAD_BYTES:
        raise _Unreadable(text("The file is {size:.1f} MB; the limit is {limit} MB. Split it into smaller files.", lang,
                               size=len(data) / 1024 / 1024, limit=MAX_UPLOAD_MB))
    if not data.strip():
        raise _Unreadable(text(EMPTY, lang))
    if data[:4] == b"PK\x03\x04":
        raise _Unreadable(text("This is a zip or Excel workbook, not CSV or Parquet. In your spreadsheet, save as “CSV UTF-8”.", lang))
    if kind == "parquet":
        return _parquet_records(data, lang)
    return _csv_records(_decode(data, lang), lang)


def _decode(data: bytes, lang: str = DEFAULT) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            decoded = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise _Unreadable(text("The file starts like UTF-16 text but is not: {reason}. Save it as “CSV UTF-8”.", lang,
                                   reason=exc.reason)) from exc
    else:
        try:
            decoded = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise _Unreadable(text(
                "The file is not UTF-8 text (byte 0x{byte:02x} at position {position}). "
                "If it is a CSV, save it as “CSV UTF-8”; binary files cannot be read.", lang, byte=data[exc.start], position=exc.start,
            )) from exc
    if "\x00" in decoded:
        raise _Unreadable(text("The file contains binary data (NUL bytes), not CSV text.", lang))
    return decoded


def _header(names: Iterable[object], where: str, lang: str = DEFAULT) -> list[str]:
    """The column names, lower-cased; a blank name (a spreadsheet's trailing empty column) is kept as "" and ignored.
    `where` (a message) names the header in the messages."""
    header = [str(n).strip().lower() for n in names]
    where = text(where, lang)
    repeated = sorted({h for h in header if h and header.count(h) > 1})
    if repeated:
        raise _Unreadable(text("The {where} repeats column(s) {columns}.", lang, where=where, columns=", ".join(repeated)))
    unknown = [h for h in header if h and h not in COLUMN_NAMES]
    if unknown:
        hints = [f"{u[:40]!r}" + (text(" (did you mean {name!r}?)", lang, name=m[0]) if (m := difflib.get_close_matches(u, COLUMN_NAMES, 1))
                                  else "")
                 for u in unknown[:5]]
        raise _Unreadable(text("Unknown column(s) in the {where}: {unknown}. The columns are: {columns}.", lang, where=where,
                               unknown=", ".join(hints), columns=", ".join(COLUMN_NAMES)))
    missing = [r for r in REQUIRED if r not in header]
    if missing:
        raise _Unreadable(text("The {where} lacks the required column(s) {missing}. The columns are: {columns}.", lang, where=where,
                               missing=", ".join(missing), columns=", ".join(COLUMN_NAMES)))
    return header


def _csv_records(data: str, lang: str = DEFAULT) -> list[tuple[int, dict[str, Any]]]:
    if not data.strip():
        raise _Unreadable(text(EMPTY, lang))
    first_line = data.splitlines()[0]
    delimiter = max([",", ";", "\t"], key=first_line.count)  # Excel in many locales writes ';'
    reader = csv.reader(io.StringIO(data, newline=""), delimiter=delimiter, strict=True)
    records: list[tuple[int, dict[str, Any]]] = []
    try:
        header = _header(next(reader), N_("header (line 1)"), lang)
        start = reader.line_num + 1
        for cells in reader:
            if any(cell.strip() for cell in cells):
                if len(records) >= MAX_ROWS:
                    raise _Unreadable(text("The file has more than {limit:,} rows. Split it into smaller files.", lang, limit=MAX_ROWS))
                if len(cells) > len(header):
                    records.append((start, {"__too_many__": len(cells)}))
                else:
                    records.append((start, {name: cell for name, cell in zip(header, cells) if name}))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise _Unreadable(text("Line {line} is not valid CSV ({problem}). Check its quotes.", lang, line=reader.line_num,
                               problem=exc)) from exc
    return records


def _parquet_records(data: bytes, lang: str = DEFAULT) -> list[tuple[int, dict[str, Any]]]:
    try:
        parquet = pq.ParquetFile(io.BytesIO(data))
        metadata, fields = parquet.metadata, parquet.schema_arrow
        if metadata.num_rows > MAX_ROWS:
            raise _Unreadable(text("The file has {rows:,} rows; the limit is {limit:,}. Split it into smaller files.", lang,
                                   rows=metadata.num_rows, limit=MAX_ROWS))
        nested = [f.name for f in fields if pa.types.is_nested(f.type)]
        if nested:
            raise _Unreadable(text("Column(s) {columns} hold lists or structures; each cell must be one value.", lang,
                                   columns=", ".join(nested[:5])))
        header = _header(fields.names, N_("Parquet schema"), lang)
        groups = [metadata.row_group(i) for i in range(metadata.num_row_groups)]
        _check_expanded(sum(g.column(j).total_uncompressed_size for g in groups for j in range(g.num_columns)), lang)
        # Text is read dictionary-encoded, so a value repeated many times is measured before it is expanded.
        texts = [f.name for f in fields if _is_text(f.type)]
        table = pq.ParquetFile(io.BytesIO(data), read_dictionary=texts).read()
        _check_expanded(sum(_decoded_bytes(chunk) for column in table.columns for chunk in column.chunks), lang)
    except (pa.ArrowException, OSError, ValueError) as exc:
        raise _Unreadable(text("This is not a readable Parquet file ({problem}).", lang, problem=str(exc)[:200])) from exc
    table = table.rename_columns(header).select([i for i, name in enumerate(header) if name])
    return [(index, record) for index, record in enumerate(table.to_pylist(), start=1)]


def _check_expanded(size: int, lang: str = DEFAULT) -> None:
    if size > MAX_PARQUET_EXPANDED_BYTES:
        raise _Unreadable(text("The Parquet data expands to {size:.0f} MB; the limit is {limit} MB.", lang, size=size / 1024 / 1024,
                               limit=MAX_PARQUET_EXPANDED_BYTES // 1024 // 1024))


def _is_text(arrow_type: pa.DataType) -> bool:
    return any(check(arrow_type) for check in (pa.types.is_string, pa.types.is_large_string, pa.types.is_binary,
                                               pa.types.is_large_binary))


def _decoded_bytes(chunk: pa.Array) -> int:
    """The size a column chunk takes once every value is materialised (dictionary values counted per use)."""
    if pa.types.is_dictionary(chunk.type) and _is_text(chunk.type.value_type):
        lengths = pc.binary_length(chunk.dictionary).take(chunk.indices)
        return int(pc.sum(lengths).as_py() or 0)
    return chunk.nbytes


def _validate(
    records: list[tuple[int, dict[str, Any]]], file_name: str, catalogue: Catalogue, today: dt.date, kind: str, lang: str = DEFAULT,
) -> tuple[list[dict[str, Any]], list[tuple[int, str, str, str]]]:
    if not records:
        raise _Unreadable(text("The file has a header but no rows.", lang))
    resolver = _Resolver(catalogue, lang)
    rows: list[dict[str, Any]] = []
    problems: list[tuple[int, str, str, str]] = []
    seen: dict[tuple, int] = {}
    for line, raw in records:
        if "__too_many__" in raw:
            problems.append((line, WHOLE_ROW, "", text("{count} values but the header has fewer columns", lang, count=raw["__too_many__"])))
            continue
        try:
            row = UploadRow.model_validate({k: v for k, v in raw.items() if _present(v)})
        except ValidationError as exc:
            for error in exc.errors():
                column = ".".join(str(p) for p in error["loc"]) or WHOLE_ROW
                problems.append((line, column, _shown(raw.get(column)), _reason(error, lang)))
            continue
        found = list(resolver.problems(row, today))
        if found:
            problems += [(line, column, _shown(getattr(row, column)), reason) for column, reason in found]
            continue
        key = tuple(row.model_dump().values())
        if key in seen:
            problems.append((line, WHOLE_ROW, "", text("repeats row {line}" if kind == "parquet" else "repeats line {line}", lang,
                                                       line=seen[key])))
            continue
        seen[key] = line
        rows.append(resolver.record(row, file_name, line))
    return rows, problems


def _present(value: object) -> bool:
    """A blank cell (or a Parquet null or NaN) is missing, so required columns say "required"."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return False
    return not (isinstance(value, str) and not value.strip())


def _shown(value: object) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= 60 else text[:57] + "…"


# Pydantic's own messages for the errors an upload meets, in the other languages (English keeps pydantic's words).
PYDANTIC_REASONS = {
    "float_parsing": N_("not a number"), "float_type": N_("not a number"),
    "greater_than_equal": N_("must be at least {ge}"), "less_than_equal": N_("must be at most {le}"),
    "string_too_long": N_("longer than {max_length} characters"), "string_too_short": N_("must not be empty"),
    "enum": N_("must be one of {expected}"), "date_parsing": N_("must be a date written YYYY-MM-DD"),
    "date_from_datetime_inexact": N_("must be a date without a time of day"),
}


def _reason(error: dict, lang: str = DEFAULT) -> str:
    if error["type"] == "missing":
        return text("required, but blank", lang)
    message = error["msg"].removeprefix("Value error, ")
    if lang == DEFAULT:
        return message
    if error["type"] == "value_error":  # our validators' messages
        return text(message, lang)
    if error["type"] in PYDANTIC_REASONS:
        return text(PYDANTIC_REASONS[error["type"]], lang, **{k: v for k, v in (error.get("ctx") or {}).items() if isinstance(v, str | int | float)})
    return message


class _Resolver:
    """Matches names to catalogue ids (id, or name ignoring case) and turns a valid row into a record."""

    def __init__(self, catalogue: Catalogue, lang: str = DEFAULT):
        self.catalogue, self.lang = catalogue, lang
        self.models = _index(catalogue.models, lambda v: v[0])
        self.benchmarks = _index(catalogue.benchmarks, lambda v: v[0])
        self.harnesses = _index(catalogue.harnesses, lambda v: v)
        self.new_ids: dict[str, str] = {}

    def problems(self, row: UploadRow, today: dt.date) -> Iterator[tuple[str, str]]:
        lang = self.lang
        if not EARLIEST_DATE <= row.date <= today:
            yield "date", text("must be between {earliest} and today ({today})", lang, earliest=EARLIEST_DATE, today=today)
        model = self.models.get(row.model.casefold())
        if model is None and row.weights is None:
            yield "model", text("{model!r} is not a Gapboard model{hint}; to add it as your own, give its weights (open or proprietary)",
                                lang, model=row.model, hint=_hint(row.model, self.models, lang))
        elif model is not None and row.weights is not None and row.weights.value != self.catalogue.models[model][1]:
            yield "weights", text("Gapboard lists {model} as {weights}", lang, model=self.catalogue.models[model][0],
                                  weights=text(self.catalogue.models[model][1], lang))
        benchmark = self.benchmarks.get(row.benchmark.casefold())
        if benchmark is None:
            yield "benchmark", text("unknown benchmark {benchmark!r}{hint}", lang, benchmark=row.benchmark,
                                    hint=_hint(row.benchmark, self.benchmarks, lang))
            return
        name, unit, allowed = self.catalogue.benchmarks[benchmark]
        unit = row.unit.value if row.unit else unit
        if unit not in allowed:
            yield "unit", text("{benchmark} is measured in {units}, not {unit}", lang, benchmark=name, units=", ".join(sorted(allowed)),
                               unit=unit)
            return
        low, high = schema.UNIT_RANGES[schema.Unit(unit)]
        if not low <= row.score <= high:
            yield "score", text("{score:g} is out of range for {unit} ({low:g} to {high:g})", lang, score=row.score, unit=unit, low=low,
                                high=high)

    def record(self, row: UploadRow, file_name: str, line: int) -> dict[str, Any]:
        model = self.models.get(row.model.casefold())
        if model is None:
            model = self._new_model_id(row.model)
        benchmark = self.benchmarks[row.benchmark.casefold()]
        harness = self.harnesses.get(row.harness.casefold()) if row.harness else None
        name, unit, _ = self.catalogue.benchmarks[benchmark]
        known = self.catalogue.models.get(model)
        return {
            "model": model, "model_name": known[0] if known else row.model,
            "weights": known[1] if known else row.weights.value, "model_is_new": known is None,
            "benchmark": benchmark, "benchmark_name": name,
            "harness": harness, "harness_name": self.catalogue.harnesses[harness] if harness else row.harness,
            "value": row.score, "unit": row.unit.value if row.unit else unit,
            "reported_by": YOURS, "source_url": None, "source_note": row.notes, "source_form": "text",
            "as_of": row.date, "confidence": None, "runs": None, "dataset": YOURS,
            "source_file": f"your upload {file_name}", "source_line": line,
            "cost_usd_per_task": row.cost_usd_per_task, "tokens_per_task": row.tokens_per_task,
        }

    def _new_model_id(self, name: str) -> str:
        key = name.casefold()
        if key not in self.new_ids:
            slug = re.sub(r"[^a-z0-9]+", "-", key).strip("-")[:60] or "model"
            candidate, n = f"{YOURS}-{slug}", 1
            while candidate in self.new_ids.values() or candidate in self.catalogue.models:
                n += 1
                candidate = f"{YOURS}-{slug}-{n}"
            self.new_ids[key] = candidate
        return self.new_ids[key]


def _index(items: dict[str, Any], name_of) -> dict[str, str]:
    """Lookup by id or by name, ignoring case."""
    index = {str(name_of(value)).casefold(): key for key, value in items.items()}
    index.update({key.casefold(): key for key in items})
    return index


def _hint(value: str, index: dict[str, str], lang: str = DEFAULT) -> str:
    match = difflib.get_close_matches(value.casefold(), list(index), n=1)
    return text(" (did you mean {name!r}?)", lang, name=index[match[0]]) if match else ""
