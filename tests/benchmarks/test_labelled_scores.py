"""The published extraction scores hold: the labelled sets are scored as the README says, and
a change that makes extraction worse on them fails here (floors a little under today's)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from benchmarks.labelled.score_operative import _prf, load, score

#: Held-out F1 floors per field (all languages), a little under the published figures.
FLOORS = {"actions": 0.95, "assignees": 0.86, "deliverable kinds": 0.84, "report detection": 0.85,
          "due session": 0.95, "recurrence": 0.88, "conditions": 0.92}


@pytest.fixture(scope="module")
def heldout_counts():
    return score(load(which="heldout"))


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_heldout_f1_stays_above_its_floor(heldout_counts, field):
    _, _, f1 = _prf(*heldout_counts[(field, "all")])
    assert f1 >= FLOORS[field], f"{field}: F1 {f1:.2f} < {FLOORS[field]}"


def test_both_sets_hold_165_labelled_paragraphs_a_third_french():
    for which in ("development", "heldout"):
        paragraphs = load(which=which)
        assert len(paragraphs) == 165
        assert sum(p["lang"] == "fr" for p in paragraphs) == 55
        assert all(p["clauses"] is not None for p in paragraphs)


def test_the_scorer_prints_the_table_and_keeps_heldout_disagreements_unread():
    table = subprocess.run([sys.executable, "-m", "benchmarks.labelled.score_operative", "--set", "heldout"],
                           capture_output=True, text=True, timeout=300)
    assert table.returncode == 0 and "| actions |" in table.stdout and "French P / R / F1" in table.stdout
    # the first five held-out sets are retired (read in detail since 2026-12-01/02); the sixth is the unseen one
    refused = subprocess.run([sys.executable, "-m", "benchmarks.labelled.score_operative", "--set", "heldout6",
                              "--details"], capture_output=True, text=True, timeout=300)
    assert refused.returncode == 2 and "held-out" in refused.stderr


def test_an_absent_set_is_named_with_the_files_it_looks_for(monkeypatch, capsys):
    from benchmarks.labelled import score_operative
    monkeypatch.setitem(score_operative.SETS, "heldout5", "no-such-heldout-*.yaml")
    with pytest.raises(SystemExit) as stopped:
        score_operative.main(["--set", "heldout5"])
    assert stopped.value.code == 2
    assert "the heldout5 set is absent" in capsys.readouterr().err


#: Held-out 4 (retired 2026-12-01 08:00 UTC and read for the tenth round) F1 floors, a little under that round's figures
#: (assignees 0.95, kinds 0.89, report detection 0.94, report to 1.00, due session 1.00, recurrence 0.97): a later rule
#: that undoes one of the round's causes fails here.
HELDOUT4_FLOORS = {"assignees": 0.93, "deliverable kinds": 0.87, "report detection": 0.92, "report to": 0.97,
                   "due session": 0.97, "recurrence": 0.94}


def test_heldout4_keeps_the_tenth_rounds_gains():
    counts = score(load(which="heldout4"))
    low = {field: round(_prf(*counts[(field, "all")])[2], 2) for field, floor in HELDOUT4_FLOORS.items()
           if _prf(*counts[(field, "all")])[2] < floor}
    assert not low, f"under their floors: {low}"
