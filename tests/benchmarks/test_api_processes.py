"""The API-processes benchmark still runs (short runs); no timing is asserted."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "api_processes.py"


def test_one_and_two_api_processes_answer_over_one_oxigraph_server():
    for tool in ("oxigraph", "wrk"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed")
    result = subprocess.run([sys.executable, str(SCRIPT), "--seconds", "1", "--connections", "2", "--repeat", "1"],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    rates = dict(re.findall(r"^\| (\d) \| ([\d,]+) \|$", result.stdout, re.MULTILINE))
    assert set(rates) == {"1", "2"} and all(int(r.replace(",", "")) > 0 for r in rates.values()), result.stdout
    assert "ratio 2 / 1:" in result.stdout and "non-2xx answers: 0" in result.stdout, result.stdout
