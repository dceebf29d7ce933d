"""``mandates lineage SYMBOL`` on a store with real series, through a real subprocess."""

import json

from tests.cli.test_cli import mandates


def test_lineage_json_is_the_api_json(lineage_store):
    done = mandates("lineage", "A/RES/78/35", "--json", store=lineage_store)
    assert done.returncode == 0, done.stderr
    body = json.loads(done.stdout)
    assert body["predecessor"]["symbol"] == "A/RES/77/54"
    assert body["dropped"] == [{"symbol": "A/RES/77/54", "number": "8"}]


def test_lineage_text_marks_the_changes(lineage_store):
    done = mandates("lineage", "a/res/79/15", "--lang", "fr", store=lineage_store)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("A/RES/79/15: follows A/RES/78/14")
    # Not a terminal: the word diff is written [-removed-] {+added+}.
    assert any("[-soixante-dix-neuvième-]" in line and "{+quatre-vingtième+}" in line for line in lines), lines
    assert sum("unchanged" in line for line in lines) == 12


def test_lineage_of_a_resolution_not_loaded_fails(lineage_store):
    done = mandates("lineage", "A/RES/12/345", store=lineage_store)
    assert done.returncode == 1 and "no lineage of A/RES/12/345" in done.stderr
