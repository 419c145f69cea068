"""Bring your own results: reading uploads (good, partly bad, hostile) against a hand-made catalogue. (The session
frame in DuckDB is checked in tests/db/test_uploads_core_moved.py; the real catalogue and the cached look-up in
tests/views/test_uploads_core_moved.py.)"""
import datetime as dt
import io

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gapboard.core import uploads
from gapboard.ui.format import csv_bytes, plain
from tests.support.core import HEADER, read


def parquet_bytes(table: pa.Table) -> bytes:
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    return buffer.getvalue()


def problems(upload: uploads.Upload) -> list[tuple[int, str, str]]:
    return [(int(p.line), p.column, p.reason) for p in upload.problems.itertuples()]


# --- good and partly bad files ----------------------------------------------------------------------

def test_a_good_file_matches_ids_and_names_and_keeps_every_column():
    upload = read(HEADER
                  + "minimax-m2.5,swe-bench-verified,claude-code,78.4,percent,2026-03-01,4 runs,0.31,3520000,\n"
                  + "GPT-5,SWE-bench Verified,OPENHANDS,70,,2026-03-02,,,,\n")
    assert upload.error is None and upload.problems.empty
    rows = upload.rows
    assert rows["model"].tolist() == ["minimax-m2.5", "gpt-5"]
    assert rows["harness"].tolist() == ["claude-code", "openhands"]
    assert rows["unit"].tolist() == ["percent", "percent"]  # blank unit = the benchmark's own
    first = rows.iloc[0]
    assert (first["value"], first["cost_usd_per_task"], first["tokens_per_task"]) == (78.4, 0.31, 3520000.0)
    assert first["as_of"] == dt.date(2026, 3, 1) and first["source_note"] == "4 runs"
    assert set(rows["dataset"]) == {"yours"} and set(rows["reported_by"]) == {"yours"}
    assert rows["source_line"].tolist() == [2, 3] and first["source_file"] == "your upload mine.csv"
    assert list(rows.columns) == uploads.USER_SCORES_SCHEMA.names


def test_a_partly_bad_file_keeps_good_rows_and_reports_each_bad_line_with_its_reason():
    upload = read(HEADER
                  + "minimax-m2.5,swe-bench-verified,,80.2,percent,2026-02-13,,,,\n"          # 2 good
                  + "minimax-m25,swe-bench-verified,,80.2,percent,2026-02-13,,,,\n"           # 3 unknown model
                  + "gpt-5,swe-bench-verifed,,74.9,percent,2026-02-13,,,,\n"                  # 4 unknown benchmark
                  + "gpt-5,swe-bench-verified,,174.9,percent,2026-02-13,,,,\n"                # 5 out of range
                  + "gpt-5,swe-bench-verified,,74.9,elo,2026-02-13,,,,\n"                     # 6 wrong unit
                  + "gpt-5,swe-bench-verified,,seventy,percent,2026-02-13,,,,\n"              # 7 not a number
                  + "gpt-5,swe-bench-verified,,74.9,percent,13/02/2026,,,,\n"                 # 8 date format
                  + "gpt-5,swe-bench-verified,,74.9,percent,2027-01-01,,,,\n"                 # 9 future date
                  + "gpt-5,swe-bench-verified,,,percent,2026-02-13,,,,\n"                     # 10 blank score
                  + "\n"                                                                      # 11 blank line: skipped
                  + "gpt-5,swe-bench-verified,,74.9,percent,2026-02-13,,-1,,\n"               # 12 negative cost
                  + "gpt-5,swe-bench-verified,,74.9,percent,2026-02-13,,,,open\n"             # 13 weights disagree
                  + "minimax-m2.5,swe-bench-verified,,80.2,percent,2026-02-13,,,,\n"          # 14 repeats line 2
                  + "gpt-5,swe-bench-verified,,74.9,percent,2026-02-13,,,,,extra\n"           # 15 too many values
                  + "gpt-5,gdpval-aa,,1500,elo,2026-02-13,,,,\n")                             # 16 good (other unit)
    found = problems(upload)
    assert [line for line, _, _ in found] == [3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15]
    reasons = {line: (column, reason) for line, column, reason in found}
    assert reasons[3] == ("model", "'minimax-m25' is not a Gapboard model (did you mean 'minimax-m2.5'?); "
                                   "to add it as your own, give its weights (open or proprietary)")
    assert reasons[4] == ("benchmark", "unknown benchmark 'swe-bench-verifed' (did you mean 'swe-bench-verified'?)")
    assert reasons[5] == ("score", "174.9 is out of range for percent (0 to 100)")
    assert reasons[6] == ("unit", "SWE-bench Verified is measured in percent, not elo")
    assert reasons[7][0] == "score" and "valid number" in reasons[7][1]
    assert reasons[8] == ("date", "must be a date written YYYY-MM-DD")
    assert reasons[9] == ("date", "must be between 2015-01-01 and today (2026-11-29)")
    assert reasons[10] == ("score", "required, but blank")
    assert reasons[12][0] == "cost_usd_per_task" and "greater than or equal to 0" in reasons[12][1]
    assert reasons[13] == ("weights", "Gapboard lists GPT-5 as proprietary")
    assert reasons[14] == ("(whole row)", "repeats line 2")
    assert reasons[15] == ("(whole row)", "11 values but the header has fewer columns")
    assert upload.rows["source_line"].tolist() == [2, 16] and upload.rejected_rows == 12


def test_a_new_model_needs_its_weights_and_gets_an_id_of_its_own():
    upload = read(HEADER
                  + "Our Model v1,swe-bench-verified,our-agent,61,percent,2026-03-02,,,,open\n"
                  + "our model v1,swe-bench-verified,,62,percent,2026-03-03,,,,open\n"
                  + "Another,swe-bench-verified,,50,percent,2026-03-03,,,,\n")
    assert problems(upload)[0][:2] == (4, "model")
    rows = upload.rows
    assert rows["model"].tolist() == ["yours-our-model-v1", "yours-our-model-v1"]  # one model, named either way
    assert rows["model_is_new"].tolist() == [True, True] and rows["weights"].tolist() == ["open", "open"]
    assert rows["harness"].isna().all() and rows["harness_name"].tolist()[0] == "our-agent"  # your own scaffold


def test_blank_trailing_columns_from_a_spreadsheet_are_ignored():
    upload = read("model,benchmark,score,date,,\ngpt-5,swe-bench-verified,70,2026-03-02,,\n")
    assert upload.error is None and len(upload.rows) == 1


def test_semicolons_utf8_bom_and_utf16_are_read():
    text = HEADER.replace(",", ";") + "gpt-5;swe-bench-verified;;70;percent;2026-03-02;;;;\n"
    assert len(read("\ufeff" + text).rows) == 1
    assert len(read(text.encode("utf-16")).rows) == 1


def test_a_parquet_file_is_read_with_row_numbers():
    table = pa.table({
        "model": ["gpt-5", "nobody"], "benchmark": ["swe-bench-verified"] * 2, "score": [70.0, 50.0],
        "date": pa.array([dt.date(2026, 3, 1)] * 2, pa.date32()),
    })
    upload = read(parquet_bytes(table), "mine.parquet")
    assert upload.kind == "parquet" and upload.line_word == "row"
    assert len(upload.rows) == 1 and problems(upload)[0][:2] == (2, "model")


# --- hostile files ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "a.csv", "The file is empty"),
        (b"  \n\n", "a.csv", "The file is empty"),
        ("\ufeff".encode(), "a.csv", "The file is empty"),
        (HEADER.encode(), "a.csv", "has a header but no rows"),
        ("model,benchmark,score,date\nCafé,x,1,2026-01-01\n".encode("latin-1"), "a.csv", "not UTF-8 text (byte 0xe9"),
        (bytes(range(256)) * 20, "a.csv", "not UTF-8 text"),
        (b"model,benchmark\x00,score,date\n", "a.csv", "binary data"),
        (b"PK\x03\x04" + b"\x00" * 100, "results.csv", "Excel workbook"),
        (b"PAR1garbage-not-parquet", "results.parquet", "not a readable Parquet file"),
        (b"model,benchmark,score,date\n", "a.parquet", "not a readable Parquet file"),
        (b"modle,benchmark,score,date\nx,y,1,2026-01-01\n", "a.csv", "'modle' (did you mean 'model'?)"),
        (b"model,benchmark,score\nx,y,1\n", "a.csv", "lacks the required column(s) date"),
        (b"model,model,benchmark,score,date\n", "a.csv", "repeats column(s) model"),
        (b'model,benchmark,score,date\n"unclosed,x,1,2026-01-01\n', "a.csv", "is not valid CSV"),
        (b"x" * (uploads.MAX_UPLOAD_BYTES + 1), "big.csv", "The file is 5.0 MB; the limit is 5 MB"),
    ],
    ids=["empty", "blank", "bom-only", "header-only", "latin-1", "binary", "nul", "xlsx", "bad-parquet",
         "csv-named-parquet", "typo-column", "missing-column", "repeated-column", "broken-quotes", "too-large"],
)
def test_a_hostile_file_gets_one_clear_message_and_no_rows(data, name, message):
    upload = read(data, name)
    assert upload.error is not None and message in upload.error, upload.error
    assert upload.rows.empty and list(upload.rows.columns) == uploads.USER_SCORES_SCHEMA.names


def test_a_parquet_file_with_the_wrong_schema_is_refused_or_reported_per_row():
    wrong_columns = pa.table({"name": ["gpt-5"], "result": [70.0]})
    assert "Unknown column(s) in the Parquet schema: 'name'" in read(parquet_bytes(wrong_columns), "a.parquet").error
    nested = pa.table({"model": pa.array([["gpt-5"]]), "benchmark": ["b"], "score": [1.0], "date": ["2026-01-01"]})
    assert "Column(s) model hold lists or structures" in read(parquet_bytes(nested), "a.parquet").error
    wrong_types = pa.table({
        "model": [1.5], "benchmark": [7], "score": ["high"], "date": pa.array([dt.datetime(2026, 1, 1, 12)]),
    })
    upload = read(parquet_bytes(wrong_types), "a.parquet")
    assert {column for _, column, _ in problems(upload)} == {"model", "benchmark", "score", "date"}
    assert upload.rows.empty


def test_a_parquet_file_with_too_many_rows_is_refused_before_it_is_read():
    table = pa.table({"model": ["gpt-5"] * (uploads.MAX_ROWS + 1), "benchmark": ["swe-bench-verified"] * (uploads.MAX_ROWS + 1),
                      "score": [1.0] * (uploads.MAX_ROWS + 1), "date": ["2026-01-01"] * (uploads.MAX_ROWS + 1)})
    assert "the limit is 10,000" in read(parquet_bytes(table), "a.parquet").error


@pytest.mark.parametrize("options", [{}, {"use_dictionary": False, "compression": "zstd"}], ids=["dictionary", "zstd"])
def test_a_parquet_file_that_expands_hugely_is_refused(options):
    table = pa.table({"model": ["x" * 1_000_000] * 80, "benchmark": ["b"] * 80, "score": [1.0] * 80, "date": ["2026-01-01"] * 80})
    buffer = io.BytesIO()
    pq.write_table(table, buffer, **options)
    assert len(buffer.getvalue()) < uploads.MAX_UPLOAD_BYTES
    assert "expands to" in read(buffer.getvalue(), "a.parquet").error


def test_formulas_stay_text_and_are_defused_on_export_and_markup_stays_inert():
    upload = read(HEADER
                  + "\"=cmd|' /C calc'!A0\",swe-bench-verified,,50,percent,2026-03-01,\"@SUM(1+1)*cmd|' /C calc'!A0\",,,open\n"
                  + "<img src=x onerror=alert(1)> **bold** [x](javascript:alert(1)),swe-bench-verified,,40,percent,2026-03-01,,,,open\n")
    assert upload.problems.empty
    names = upload.rows["model_name"].tolist()
    assert names == ["=cmd|' /C calc'!A0", "<img src=x onerror=alert(1)> **bold** [x](javascript:alert(1))"]
    exported = pd.read_csv(io.BytesIO(csv_bytes(upload.rows)))
    assert exported["model_name"].tolist()[0] == "'=cmd|' /C calc'!A0"
    assert exported["source_note"].tolist()[0] == "'@SUM(1+1)*cmd|' /C calc'!A0"
    assert plain(names[1]) == r"\<img src\=x onerror\=alert\(1\)\> \*\*bold\*\* \[x\]\(javascript\:alert\(1\)\)"


def test_control_characters_in_a_cell_are_rejected_for_that_row_only():
    upload = read(HEADER + "gpt-5,swe-bench-verified,,70,percent,2026-03-01,bell\x07,,,\n"
                  + "gpt-5,swe-bench-verified,,71,percent,2026-03-01,,,,\n")
    assert problems(upload) == [(2, "notes", "contains control characters")] and len(upload.rows) == 1


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000), st.sampled_from(["a.csv", "a.parquet"]))
def test_any_bytes_give_a_result_never_an_exception(data, name):
    upload = read(data, name)
    assert upload.error is not None or not upload.problems.empty or not upload.rows.empty


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.text(max_size=12), min_size=4, max_size=4), max_size=8))
def test_any_text_table_gives_a_result_never_an_exception(cells):
    text = "model,benchmark,score,date\n" + "\n".join(",".join('"' + c.replace('"', '""') + '"' for c in row) for row in cells)
    upload = read(text)
    assert upload.error is not None or len(upload.rows) + upload.rejected_rows >= 1
