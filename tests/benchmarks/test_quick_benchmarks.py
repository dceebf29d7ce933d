"""The benchmarks still run (quick size); no timing is asserted."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "run.py"


def test_quick_benchmarks_print_their_tables(shared_corpus):
    if shutil.which("wrk") is None:
        pytest.skip("wrk is not installed (apt-get install wrk)")
    result = subprocess.run([sys.executable, str(SCRIPT), "--quick"], capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    for heading in ("### Build", "### Lookup", "### SPARQL endpoint"):
        assert heading in result.stdout
    assert "bulk_load" in result.stdout and "oxigraph serve-read-only" in result.stdout
    # Every request to our own server was answered with a success, cached or not.
    lines = result.stdout.splitlines()
    lookups = [line.split("|")[7].strip() for line in lines if line.startswith(("| 1 process", "| 2 processes"))]
    endpoint = [line.split("|")[5].strip() + line.split("|")[6].strip() for line in lines
                if line.startswith("| Mandate Graph")]
    assert len(lookups) == 3 * 3 * 3 and len(endpoint) == 3
    assert set(lookups) == {"0"} and set(endpoint) == {"00"}, lines
