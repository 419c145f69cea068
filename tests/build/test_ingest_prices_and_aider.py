"""The LiteLLM price catalogue and Aider polyglot ingesters: mapped rows, provenance, notes, refusals.

What the project's files give is read from the project's own build (current for the session); edits are made
in small folders (a few Aider runs, a few catalogue entries; tests/support/ingest.py) and read by the reader
itself, or by a build of a small data folder when the check is the build's."""
import csv
import json

import pyarrow.parquet as pq
import pytest
import yaml

from gapboard.build.ingest import aider, litellm
from gapboard.build.ingest.common import listed
from gapboard.build.manifest import sha256_of
from gapboard.build.rows import BuildFailed
from gapboard.build.run import build
from tests.support.data import edit_csv
from tests.support.ingest import PROJECT, context, project_files, small_aider, small_data


def _table(manifest, name, dataset):
    rows = pq.read_table(PROJECT.built / manifest.tables[name].file).to_pylist()
    return [row for row in rows if row["dataset"] == dataset]


def _append(path, values):
    with path.open("a", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerow(values)


def _aider_folder(tmp_path):
    """The Aider mapping and a few of the leaderboard's runs, as they are in the project's files."""
    paths = project_files(tmp_path / "data", f"sources/{aider.MAPPING}")
    (paths.external / aider.FILE).parent.mkdir(parents=True)
    (paths.external / aider.FILE).write_text(small_aider(), encoding="utf-8")
    return paths


def _mapping_rows(paths, relative: str) -> list[dict]:
    with (paths.sources / relative).open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _problems(reader, paths) -> list[str]:
    with pytest.raises(BuildFailed) as failed:
        list(reader(context(paths)))
    return [str(p) for p in failed.value.problems]


def test_litellm_rows_carry_the_catalogue_key_release_hash_and_line(project_build):
    rows = _table(project_build, "prices", litellm.DATASET)
    opus = next(r for r in rows if r["model"] == "claude-opus-4.6" and r["provider"] == "anthropic")
    assert (opus["input_usd_per_mtok"], opus["output_usd_per_mtok"], opus["cached_input_usd_per_mtok"]) == (5.0, 25.0, 0.5)
    assert opus["catalogue_key"] == "claude-opus-4-6" and opus["tier"] == "standard"
    assert opus["price_list"] == "LiteLLM PyPI release 1.110.2"  # named by the version the registry records
    assert opus["source_url"] == "https://pypi.org/project/litellm/1.110.2/" and opus["reported_by"] == "third_party"
    held = sha256_of(PROJECT.external / litellm.FILE)
    assert held == "8943af58bf9f979c6a4bef815687117ffa341e462a41faed9be17b5c33d3dcc2"  # the release's file, as registered
    assert 'JSON path ["claude-opus-4-6"]' in opus["source_note"] and held[:12] in opus["source_note"]
    assert "claude-opus-4-6-20260205" in opus["source_note"]  # an alias with the same prices is merged and named
    shipped = (PROJECT.external / litellm.FILE).read_text(encoding="utf-8").splitlines()
    assert opus["source_file"] == "external/" + litellm.FILE
    assert shipped[opus["source_line"] - 1].strip() == '"claude-opus-4-6": {'


def test_every_litellm_row_is_the_catalogue_price_per_million_tokens(project_build):
    catalogue = json.loads((PROJECT.external / litellm.FILE).read_text(encoding="utf-8"))
    rows = _table(project_build, "prices", litellm.DATASET)
    assert len(rows) > 250
    for row in rows:
        entry = catalogue[row["catalogue_key"]]
        assert entry["mode"] in litellm.TEXT_MODES and entry["litellm_provider"] == row["provider"]
        assert row["output_usd_per_mtok"] == pytest.approx(entry["output_cost_per_token"] * 1e6)
        cached = entry.get("cache_read_input_token_cost")
        assert row["cached_input_usd_per_mtok"] == (None if cached is None else pytest.approx(cached * 1e6))
    m25 = {(r["provider"], r["tier"]): r for r in rows if r["model"] == "minimax-m2.5"}
    assert m25[("minimax", "lightning")]["output_usd_per_mtok"] == 2.4 and m25[("minimax", "standard")]["output_usd_per_mtok"] == 1.2
    assert ("bedrock", "standard · eu-west-2") in m25  # a regional price keeps its region in the tier
    # every text mode the mapping names is priced, the Responses API's too (some models are served only there)
    mapped = {row["catalogue_key"] for row in _mapping_rows(PROJECT, litellm.MAPPING)}
    modes = {catalogue[key]["mode"] for key in mapped if isinstance(catalogue.get(key), dict)} & set(litellm.TEXT_MODES)
    assert {catalogue[row["catalogue_key"]]["mode"] for row in rows} == modes


def test_unmapped_catalogue_entries_of_tracked_families_are_reported(project_build):
    (note,) = [n for n in project_build.notes if "text-model entries of tracked families are not mapped" in n]
    assert "sources/mappings/litellm_models.csv" in note


def test_a_damaged_catalogue_fails_at_its_line_and_a_changed_one_is_named_by_its_hash(tmp_path, monkeypatch):
    paths = small_data(tmp_path / "data", monkeypatch)
    path = paths.external / litellm.FILE
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    assert any(p.startswith(f"external/{litellm.FILE}:") and "is not valid JSON" in p for p in _problems(litellm.read_prices, paths))
    path.write_text(text.replace('"mode": "chat"', '"mode":  "chat"', 1), encoding="utf-8")  # same prices, other bytes
    notes = {row.values["source_note"] for row in litellm.read_prices(context(paths))}
    assert all(sha256_of(path)[:12] in note for note in notes)


def test_bad_mapping_rows_are_reported_at_their_line(tmp_path, monkeypatch):
    sources = small_data(tmp_path / "data", monkeypatch)  # a small catalogue and the mapping rows of its entries
    mapping = sources.sources / litellm.MAPPING
    lines = len(mapping.read_text(encoding="utf-8").splitlines())
    _append(mapping, ["no/such-key", "minimax-m2.5", "standard", ""])
    _append(mapping, ["azure_ai/FW-Kimi-K2.5", "kimi-k2.5", "standard", ""])  # now clashes with azure_ai/kimi-k2.5
    text = mapping.read_text(encoding="utf-8")
    assert "azure_ai/FW-Kimi-K2.5,kimi-k2.5,standard · hosted by Fireworks,\n" in text
    mapping.write_text(text.replace("azure_ai/FW-Kimi-K2.5,kimi-k2.5,standard · hosted by Fireworks,\n", ""), encoding="utf-8")
    reported = _problems(litellm.read_prices, sources)
    assert any(f"litellm_models.csv:{lines}: [catalogue_key] 'no/such-key' is not in the catalogue" in r for r in reported), reported
    assert any("have different prices; give them different tier labels" in r for r in reported), reported


def test_aider_runs_become_scores_and_costs_with_their_setting_and_line(project_build):
    rows = _table(project_build, "scores", aider.DATASET)
    gpt5 = {(r["benchmark"], r["setting"]): r for r in rows if r["model"] == "gpt-5"}
    score = gpt5[("aider-polyglot", "reasoning effort high")]
    assert score["value"] == 88.0 and score["unit"] == "percent" and str(score["as_of"]) == "2025-08-23"
    assert score["harness"] == "aider" and score["source_form"] == "text" and score["reported_by"] == "third_party"
    assert score["source_url"] == "https://github.com/Aider-AI/aider/blob/5dc9490bb35f9729ef2c95d00a19ccd30c26339c/aider/website/_data/polyglot_leaderboard.yml" + f"#L{score['source_line']}"
    shipped = (PROJECT.external / aider.FILE).read_text(encoding="utf-8").splitlines()
    assert shipped[score["source_line"] - 1] == "- dirname: 2025-08-23-15-47-21--gpt-5-high"
    spend = gpt5[("aider-polyglot-cost-per-task", "reasoning effort high")]
    assert spend["value"] == round(29.0829 / 225, 6) and spend["source_form"] == "derived" and spend["unit"] == "usd_per_task"
    # the models are exactly those the mapping gives to the leaderboard's names
    names = {run["model"] for run in yaml.safe_load((PROJECT.external / aider.FILE).read_text(encoding="utf-8"))}
    mapped = {row["model"] for row in _mapping_rows(PROJECT, aider.MAPPING) if row["aider_model"] in names and row["model"]}
    assert {r["model"] for r in rows} == mapped
    assert {"gpt-5", "grok-4"} <= mapped  # grok-4 (high) is grok-4


def test_aider_names_without_a_mapping_are_reported_not_guessed(project_build):
    names = {run["model"] for run in yaml.safe_load((PROJECT.external / aider.FILE).read_text(encoding="utf-8"))}
    mapping = {row["aider_model"]: row for row in _mapping_rows(PROJECT, aider.MAPPING)}
    left_out = sorted(name for name in names if name in mapping and not mapping[name]["model"])
    unmapped = sorted(names - set(mapping))
    assert all(mapping[name]["note"].strip() for name in left_out)  # each left out with its reason
    notes = project_build.notes
    (note,) = [n for n in notes if "deliberately not mapped" in n]
    assert note.startswith(f"Aider polyglot: {len(left_out)} model names are deliberately not mapped (reasons in sources/{aider.MAPPING}): ")
    assert note.endswith(listed(left_out)) and {"Grok 3 Beta", "o3-pro (high)"} <= set(left_out)
    no_row = [f"Aider polyglot: {len(unmapped)} model names have no row in sources/{aider.MAPPING} and were left out: {listed(unmapped)}"]
    assert [n for n in notes if "model names have no row" in n] == (no_row if unmapped else [])


def test_an_aider_name_the_mapping_does_not_cover_is_reported_and_left_out(tmp_path):
    paths = _aider_folder(tmp_path)  # its runs include Grok 3 Beta's, which the mapping leaves out on purpose
    mapping = paths.sources / aider.MAPPING
    lines = mapping.read_text(encoding="utf-8").splitlines(keepends=True)
    assert sum(line.startswith("Grok 3 Beta,,,") for line in lines) == 1
    ctx = context(paths)
    rows = [r.values for r in aider.read_scores(ctx)]
    assert any("deliberately not mapped" in n and "Grok 3 Beta" in n for n in ctx.notes)
    mapping.write_text("".join(line for line in lines if not line.startswith("Grok 3 Beta,")), encoding="utf-8")
    ctx = context(paths)
    assert [r.values for r in aider.read_scores(ctx)] == rows  # no row is guessed for it
    assert f"Aider polyglot: 1 model names have no row in sources/{aider.MAPPING} and were left out: Grok 3 Beta" in ctx.notes
    assert not any("Grok 3 Beta" in n for n in ctx.notes if "deliberately not mapped" in n)


def test_an_aider_run_without_a_cost_keeps_its_score_and_no_cost(tmp_path):
    paths = _aider_folder(tmp_path)
    path = paths.external / aider.FILE
    assert "total_cost: 29.0829" in path.read_text(encoding="utf-8")
    path.write_text(path.read_text(encoding="utf-8").replace("total_cost: 29.0829", "total_cost: 0.0000"), encoding="utf-8")
    ctx = context(paths)
    rows = [r.values for r in aider.read_scores(ctx)]
    rows = [r for r in rows if r["setting"] == "reasoning effort high" and r["model"] == "gpt-5"]
    assert [r["benchmark"] for r in rows] == ["aider-polyglot"]
    assert any("record no cost" in n and "gpt-5 (high)" in n for n in ctx.notes)


def test_a_broken_aider_run_fails_the_build_with_its_line(tmp_path):
    paths = _aider_folder(tmp_path)
    path = paths.external / aider.FILE
    text = path.read_text(encoding="utf-8")
    assert "  pass_rate_2: 88.0\n" in text
    path.write_text(text.replace("  pass_rate_2: 88.0\n", ""), encoding="utf-8")
    line = text.splitlines().index("- dirname: 2025-08-23-15-47-21--gpt-5-high") + 1
    assert _problems(aider.read_scores, paths) == [f"external/{aider.FILE}:{line}: [pass_rate_2] missing or not a number"]


def test_a_mapping_to_a_model_we_do_not_hold_fails_the_build(tmp_path, monkeypatch):
    sources = small_data(tmp_path / "data", monkeypatch)  # its Aider runs include Grok 3 Beta's
    mapping = sources.sources / aider.MAPPING
    (line,) = [n for n, row in enumerate(_mapping_rows(sources, aider.MAPPING), 2) if row["aider_model"] == "Grok 3 Beta"]
    edit_csv(mapping, line, "model", "grok-3")
    with pytest.raises(BuildFailed) as failed:
        build(sources)
    assert any("[model] unknown model 'grok-3'" in str(p) for p in failed.value.problems)
