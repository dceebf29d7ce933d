"""Agreement between the two independent readings of held-out sets 5 and 6, on the real labelled files."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.labelled.reader_agreement import agreement, load_reading, main, table
from benchmarks.labelled.score_operative import FIELDS, _prf
from tests.benchmarks.test_sample_operative import label_problems

ROOT = Path(__file__).resolve().parents[2]
SETS = ("heldout5", "heldout6")
FIRST = "benchmarks/labelled/heldout5-*.yaml"
SECOND = "benchmarks/labelled/second-reader/heldout5-*.yaml"


def _patterns(name: str) -> tuple[str, str]:
    return f"benchmarks/labelled/{name}-*.yaml", f"benchmarks/labelled/second-reader/{name}-*.yaml"


@pytest.fixture(scope="module", params=SETS)
def readings(request):
    first, second = _patterns(request.param)
    return load_reading(first), load_reading(second)


@pytest.fixture(scope="module")
def readings_5():
    return load_reading(FIRST), load_reading(SECOND)


def test_the_two_readings_label_the_same_75_paragraphs_with_the_same_text(readings):
    first, second = readings
    assert first.keys() == second.keys()
    assert len(second) == 75
    assert sum(entry["lang"] == "fr" for entry in second.values()) == 35
    assert all(first[i]["text"] == second[i]["text"] for i in second)


def test_the_second_reading_is_complete_and_within_the_guidelines_values(readings):
    _, second = readings
    assert all(entry["clauses"] for entry in second.values())
    assert [problem for entry in second.values() for problem in label_problems(entry)] == []


@pytest.mark.parametrize("which", [0, 1])
def test_a_reader_agrees_with_itself_at_f1_one(readings, which):
    reading = readings[which]
    differences: list[str] = []
    counts = agreement(reading, reading, differences=differences)
    assert differences == []
    for name in FIELDS:
        agreed, second_only, first_only = counts[(name, "all")]
        assert second_only == first_only == 0
        assert _prf(agreed, second_only, first_only)[2] == 1.0


def test_a_changed_assignee_is_a_difference_in_that_field_only(readings_5):
    _, second = readings_5
    paragraph_id = "A/RES/77/332#29#en"  # Requests the Secretary-General to submit ... a report ... (session 79)
    changed = copy.deepcopy(second[paragraph_id])
    changed["clauses"][0]["assignees"] = ["Member States"]
    differences: list[str] = []
    counts = agreement({paragraph_id: second[paragraph_id]}, {paragraph_id: changed}, differences=differences)
    assert differences == [f"{paragraph_id} assignees: first ['secretary-general'] second ['member-states']"]
    assert counts[("assignees", "en")] == (0, 1, 1)
    assert counts[("report to", "en")] == (1, 0, 0)
    assert "| assignees | 0.00 (1 / 1) |" in table(counts)


def test_a_changed_due_session_is_a_difference_in_that_field_only():
    second = load_reading(_patterns("heldout6")[1])
    paragraph_id = "A/RES/80/60#13#en"  # Also requests the Secretary-General to report ... at its eighty-first session
    changed = copy.deepcopy(second[paragraph_id])
    changed["clauses"][0]["deliverables"][0]["dueSession"] = 82
    differences: list[str] = []
    counts = agreement({paragraph_id: second[paragraph_id]}, {paragraph_id: changed}, differences=differences)
    assert differences == [f"{paragraph_id} due session: first ['81'] second ['82']"]
    assert counts[("due session", "en")] == (0, 1, 1)
    assert counts[("assignees", "en")] == (1, 0, 0)


@pytest.mark.parametrize("name", SETS)
def test_the_cli_prints_the_agreement_table_and_lists_differences(name):
    first, second = _patterns(name)
    done = subprocess.run([sys.executable, "-m", "benchmarks.labelled.reader_agreement", "--first", first,
                           "--second", second, "--details"], cwd=ROOT, capture_output=True, text=True, check=True)
    lines = done.stdout.splitlines()
    assert lines[0].startswith("75 paragraphs read twice (40 English, 35 French)")
    assert lines[1].startswith("| field | English F1")
    assert [line.split(" | ")[0] for line in lines[3:3 + len(FIELDS)]] == [f"| {name}" for name in FIELDS]
    assert any(line.endswith(" differences (paragraph, field):") for line in lines)


def test_the_cli_refuses_a_pattern_that_matches_no_file(capsys):
    with pytest.raises(SystemExit) as refused:
        main(["--first", FIRST, "--second", "benchmarks/labelled/second-reader/no-such-*.yaml"])
    assert refused.value.code == 2
    assert "no labelled file matches" in capsys.readouterr().err
