"""The /obligations?instrument= benchmark runs on a store built beforehand and gets the same answer both ways."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_it_times_the_answer_both_ways_and_finds_it_the_same(tmp_path):
    store = tmp_path / "store"
    done = subprocess.run([sys.executable, "-m", "cli", "--store", str(store), "build", "--no-validate", "--quiet"],
                          check=False, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    result = subprocess.run([sys.executable, "-m", "benchmarks.obligations_instrument", "--store", str(store),
                             "--symbol", "A/RES/78/311", "--repeat", "1"], check=False, cwd=ROOT, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    rows = [line.split(" | ") for line in result.stdout.splitlines() if line.startswith("| A/RES/78/311")]
    assert [(r[1], r[-1]) for r in rows] == [("en", "yes |"), ("fr", "yes |")]
    assert all(int(r[2]) >= 20 for r in rows)


def test_a_missing_store_is_named():
    result = subprocess.run([sys.executable, "-m", "benchmarks.obligations_instrument", "--store", "nowhere"],
                            check=False, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "nowhere" in result.stderr and "Traceback" not in result.stderr
