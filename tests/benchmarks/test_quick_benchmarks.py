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


def test_quick_benchmarks_on_real_documents(shared_corpus, tmp_path):
    """--corpus: the seeds and a folder of real AKN files; the endpoint mix reads the seeds'
    resolutions and a milestone of theirs, and checks each query answers before measuring."""
    if shutil.which("wrk") is None:
        pytest.skip("wrk is not installed (apt-get install wrk)")
    folder = tmp_path / "akn"
    folder.mkdir()
    for source in sorted((shared_corpus / "akn" / "79session" / "English").glob("*.xml"))[:4]:
        shutil.copy(source, folder / source.name)
    result = subprocess.run([sys.executable, str(SCRIPT), "--quick", "--corpus", str(folder), "--only", "endpoint"],
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "documents (the seeds and" in result.stdout and "### SPARQL endpoint" in result.stdout
    endpoint = [line.split("|")[5].strip() + line.split("|")[6].strip() for line in result.stdout.splitlines()
                if line.startswith("| Mandate Graph")]
    assert endpoint == ["00"] * 3, result.stdout


def test_benchmarks_refuse_a_missing_corpus_folder(tmp_path):
    result = subprocess.run([sys.executable, str(SCRIPT), "--quick", "--corpus", str(tmp_path / "nowhere")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode != 0 and "--corpus" in result.stderr and "nowhere" in result.stderr
