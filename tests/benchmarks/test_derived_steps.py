"""The derived steps' timer runs on a store built beforehand and names every part it times."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from graph.check_files import load_checks

ROOT = Path(__file__).resolve().parents[2]


def test_it_times_every_part_of_the_chains_and_checks_steps(tmp_path):
    store = tmp_path / "store"
    done = subprocess.run([sys.executable, "-m", "cli", "--store", str(store), "build", "--no-validate", "--quiet"],
                          check=False, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    result = subprocess.run([sys.executable, "-m", "benchmarks.derived_steps", "--store", str(store)],
                            check=False, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    timed = {tuple(line.split("\t")[:2]) for line in result.stdout.splitlines() if "\t" in line}
    assert {("chains", "scan next-hops"), ("chains", "scan evidence"), ("chains", "batches node-info"),
            ("chains", "chains step"), ("checks", "checks step"), ("checks", "checks step grouped"),
            ("checks", "checks step grouped, cpu")} <= timed
    assert {("checks", name) for name, check in load_checks().items() if check.every_build} <= timed


def test_an_unknown_step_is_refused():
    result = subprocess.run([sys.executable, "-m", "benchmarks.derived_steps", "--store", "nowhere", "--steps", "lineage"],
                            check=False, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "unknown steps: lineage" in result.stderr
