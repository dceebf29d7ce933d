"""Build steps' queries on several threads: same answers, in the same order, as on one."""

from __future__ import annotations

import threading
import time

import pytest

from graph.check_files import load_checks
from graph.checks import run_checks
from graph.query_threads import in_threads, query_threads


def test_results_come_back_in_the_order_of_the_inputs_not_of_finishing():
    def slow_first(n: int) -> tuple[int, str]:
        time.sleep(0.05 if n == 0 else 0)
        return n, threading.current_thread().name

    results = in_threads(slow_first, range(4), threads=2)
    assert [n for n, _ in results] == [0, 1, 2, 3]
    assert len({name for _, name in results}) == 2  # two threads did the work


def test_an_error_in_one_item_is_raised():
    def fail_on_two(n: int) -> int:
        if n == 2:
            raise ValueError("two")
        return n

    with pytest.raises(ValueError, match="two"):
        in_threads(fail_on_two, range(4), threads=2)


def test_the_number_of_threads_comes_from_the_environment(monkeypatch):
    monkeypatch.delenv("MANDATES_QUERY_THREADS", raising=False)
    assert query_threads() == 1
    monkeypatch.setenv("MANDATES_QUERY_THREADS", "3")
    assert query_threads() == 3
    monkeypatch.setenv("MANDATES_QUERY_THREADS", "many")
    with pytest.raises(ValueError, match="MANDATES_QUERY_THREADS must be a whole number, not 'many'"):
        query_threads()
    monkeypatch.setenv("MANDATES_QUERY_THREADS", "0")
    with pytest.raises(ValueError, match="at least 1"):
        query_threads()


def test_the_checks_report_the_same_on_one_thread_and_on_several(built_store):
    checks = list(load_checks().values())[:12]
    one = run_checks(built_store, checks, threads=1)
    several = run_checks(built_store, checks, threads=3)
    assert list(several.counts.items()) == list(one.counts.items())
    assert several.violations == one.violations
    assert list(several.counts) == [c.name for c in checks]
