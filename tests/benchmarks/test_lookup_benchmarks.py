"""The benchmarks that run on a store built beforehand still run (no timing is asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("bench") / "store"
    done = subprocess.run([sys.executable, "-m", "cli", "--store", str(store), "build", "--no-validate", "--quiet"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return store


def _table_rows(stdout: str, first_cell: str) -> list[list[str]]:
    return [[c.strip() for c in line.split("|")[1:-1]] for line in stdout.splitlines() if line.startswith(f"| {first_cell}")]


def test_evaluated_lookups_over_many_activities_all_succeed(seeds_store):
    result = subprocess.run([sys.executable, "-m", "benchmarks.lookups", "--store", str(seeds_store), "--activities", "20",
                             "--seconds", "2"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    rows = _table_rows(result.stdout, "kept answers off")
    assert len(rows) == 3, result.stdout
    assert all(row[5] == "0" and float(row[4]) > 0 for row in rows), result.stdout  # no non-2xx, some answered
    assert "activities with a mandate chain" in result.stdout and "bare FastAPI route" in result.stdout
    assert len(_table_rows(result.stdout, "`obligations` of an assignee read in steps")) == 1, result.stdout


def test_the_endpoint_table_runs_on_a_built_store(seeds_store):
    result = subprocess.run([sys.executable, "-m", "benchmarks.endpoint_on_store", "--store", str(seeds_store),
                             "--seconds", "1"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    ours = _table_rows(result.stdout, "Mandate Graph /sparql")
    assert len(ours) == 3 and all(row[4] == "0" and row[5] == "0" for row in ours), result.stdout
