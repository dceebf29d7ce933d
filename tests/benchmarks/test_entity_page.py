"""The entity page benchmark times the route and its lists on a built store, in process and over
HTTP, and finds the whole list read in steps equal to the ``mandates-of`` query's rows."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import start_server

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "benchmarks.entity_page", *args], check=False, cwd=ROOT,
                          capture_output=True, text=True, timeout=600)


def test_it_times_the_page_in_process_and_over_http(tmp_path):
    store = tmp_path / "store"
    done = subprocess.run([sys.executable, "-m", "cli", "--store", str(store), "build", "--no-validate", "--quiet"],
                          check=False, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    result = _run("--store", str(store), "--entity", "entity/member-states", "--lang", "fr")
    assert result.returncode == 0, result.stderr[-3000:]
    line = json.loads(result.stdout)
    assert line["status"] == 200 and line["same_rows"] and line["page_cpu"] > 0
    assert line["first_mandates"]["total"] == line["mandates-of"]["rows"] == 7  # Member States in the seeds
    process, base = start_server(store)
    try:
        served = _run("--url", base, "--server-pid", str(process.pid), "--entity", "entity/itu", "--repeat", "1")
    finally:
        process.terminate()
        process.wait(10)
    assert served.returncode == 0, served.stderr[-3000:]
    lines = [json.loads(text) for text in served.stdout.splitlines()]
    assert [(x["lang"], x["status"]) for x in lines] == [("en", 200), ("fr", 200)]
    assert all(x["server_cpu"] > 0 and x["bytes"] > 1000 for x in lines)


def test_a_missing_store_is_named():
    result = _run("--store", "nowhere")
    assert result.returncode == 2 and "nowhere" in result.stderr and "Traceback" not in result.stderr
