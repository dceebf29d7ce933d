"""The load test runs, quick size, against a real server: a behaviour check, no timing target.

Every request answers as expected (0 errors), the hostile ones are refused as they should be
(413, 503), `/health` answers within a second throughout, and with ``--swap`` the server
serves the new generation that `mandates add` published mid-run.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.load_report import Tally
from benchmarks.load_workload import WEIGHTS, Request, hostile_requests

ROOT = Path(__file__).resolve().parents[2]
QUICK = ["--clients", "4", "--seconds", "5", "--warmup", "1"]


def quick_run(tmp_path: Path, *extra: str) -> tuple[dict, str]:
    figures = tmp_path / "figures.json"
    result = subprocess.run([sys.executable, "-m", "benchmarks.load", *QUICK, *extra, "--json", str(figures)],
                            cwd=ROOT, check=False, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(figures.read_text(encoding="utf-8")), result.stdout


def assert_no_errors_and_health_up(figures: dict) -> None:
    assert figures["overall"]["errors"] == 0 and figures["warmup"]["errors"] == 0, figures["error_samples"]
    routes = figures["routes"]
    assert set(WEIGHTS) <= set(routes), routes.keys()
    assert all(routes[name]["requests"] > 0 for name in WEIGHTS)
    assert routes["hostile: body past the limit"]["requests"] >= 1
    assert routes["hostile: runaway cartesian query"]["requests"] >= 1
    health = figures["health"]
    assert health["samples"] >= 8  # every 0.5 s over 6 s of load
    assert health["max"] < 1.0, health


def test_a_quick_load_run_has_no_errors_and_health_answers_within_a_second(tmp_path):
    figures, printed = quick_run(tmp_path)
    assert_no_errors_and_health_up(figures)
    rss = figures["rss_mib"]
    assert rss["after_warmup"] > 0 and rss["end"] > 0
    # The anonymous part is part of the whole resident set, and printed apart.
    assert 0 < rss["anonymous_after_warmup"] < rss["after_warmup"] and 0 < rss["anonymous_end"] < rss["end"]
    for heading in ("| route | requests | errors | 503 |", "| server RSS", "| `/health`", "anonymous (`RssAnon`"):
        assert heading in printed


def test_a_generation_swap_under_load_has_no_errors_and_is_served(tmp_path):
    figures, printed = quick_run(tmp_path, "--swap")
    assert_no_errors_and_health_up(figures)
    swap = figures["swap"]
    assert swap["exit_code"] == 0, swap["stderr"]
    assert swap["triples_after"] > swap["triples_before"]
    assert swap["added_resolution_status"] == 200
    assert "| generation swap |" in printed


def test_the_load_test_says_its_options_and_refuses_a_missing_corpus(tmp_path):
    help_text = subprocess.run([sys.executable, "-m", "benchmarks.load", "--help"], cwd=ROOT, check=False, capture_output=True,
                               text=True, timeout=60).stdout
    for option in ("--clients", "--seconds", "--corpus", "--swap"):
        assert option in help_text
    missing = subprocess.run([sys.executable, "-m", "benchmarks.load", "--corpus", str(tmp_path / "nowhere")],
                             cwd=ROOT, check=False, capture_output=True, text=True, timeout=60)
    assert missing.returncode != 0 and "nowhere" in missing.stderr


@pytest.mark.parametrize(("status", "counted"), [(200, "ok"), (503, "503"), (500, "error"), (404, "error"),
                                                 (None, "error")])
def test_a_status_other_than_the_expected_one_is_an_error_and_503_is_counted_apart(status, counted):
    tally = Tally()
    tally.add(Request("/mandates", "GET", "/mandates"), status, 0.01, "")
    figures = tally.overall()
    assert (figures["errors"], figures["503"]) == {"ok": (0, 0), "503": (0, 1), "error": (1, 0)}[counted]


def test_what_an_unexpected_503_said_is_kept_with_its_wait():
    tally = Tally()
    tally.add(Request("/id/…", "GET", "/id/x"), 503, 12.5, '{"error":"no query worker became free within 10 s"}')
    tally.add(hostile_requests()[1], 503, 5.0, "expected")
    assert tally.refusal_samples == ['/id/… /id/x after 12.5 s: {"error":"no query worker became free within 10 s"}']


def test_a_hostile_request_is_ok_only_with_its_refusal():
    oversized, runaway = hostile_requests()
    tally = Tally()
    tally.add(oversized, 413, 0.01, "")
    tally.add(runaway, 503, 5.0, "")
    assert tally.overall()["errors"] == 0 and tally.overall()["503"] == 0
    tally.add(oversized, 200, 0.01, "")  # a body past the limit that was read and answered
    assert tally.overall()["errors"] == 1
