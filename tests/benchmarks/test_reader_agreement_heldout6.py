"""Agreement between the two independent readings of held-out set 6, on the real labelled files."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.labelled.reader_agreement import agreement, load_reading
from benchmarks.labelled.score_operative import FIELDS
from tests.benchmarks.test_sample_operative import label_problems

ROOT = Path(__file__).resolve().parents[2]
FIRST = "benchmarks/labelled/heldout6-*.yaml"
SECOND = "benchmarks/labelled/second-reader/heldout6-*.yaml"


@pytest.fixture(scope="module")
def readings():
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
def test_a_reader_agrees_with_itself_on_every_field(readings, which):
    reading = readings[which]
    differences: list[str] = []
    counts = agreement(reading, reading, differences=differences)
    assert differences == []
    assert all(counts[(name, "all")][1:] == (0, 0) for name in FIELDS)


def test_a_changed_due_session_is_a_difference_in_that_field_only(readings):
    _, second = readings
    paragraph_id = "A/RES/80/60#13#en"  # Also requests the Secretary-General to report ... at its eighty-first session
    changed = copy.deepcopy(second[paragraph_id])
    changed["clauses"][0]["deliverables"][0]["dueSession"] = 82
    differences: list[str] = []
    counts = agreement({paragraph_id: second[paragraph_id]}, {paragraph_id: changed}, differences=differences)
    assert differences == [f"{paragraph_id} due session: first ['81'] second ['82']"]
    assert counts[("due session", "en")] == (0, 1, 1)
    assert counts[("assignees", "en")] == (1, 0, 0)


def test_the_cli_reads_both_readings_of_set_6():
    done = subprocess.run([sys.executable, "-m", "benchmarks.labelled.reader_agreement", "--first", FIRST,
                           "--second", SECOND], cwd=ROOT, capture_output=True, text=True, check=True)
    lines = done.stdout.splitlines()
    assert lines[0].startswith("75 paragraphs read twice (40 English, 35 French)")
    assert [line.split(" | ")[0] for line in lines[3:3 + len(FIELDS)]] == [f"| {name}" for name in FIELDS]
