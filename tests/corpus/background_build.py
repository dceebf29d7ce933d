"""The whole-corpus build, started in the background as soon as the test session knows it will
need it, so that it runs beside the other tests instead of before the tests of this folder.

The build is the CLI's (``python -m cli --store DIR build --corpus DIR``) in a process of its
own, its output kept in files (its progress too, so that the seconds of each step are known); the
tests that need it wait for it (:meth:`BackgroundBuild.wait`), and the session's summary says how
long the build took, step by step, and how long they waited (:meth:`BackgroundBuild.summary`).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

__all__ = ["BUILD_KEY", "BackgroundBuild"]


class BackgroundBuild:
    """One whole-corpus build running in a temporary folder, removed by :meth:`stop`."""

    def __init__(self, corpus: Path):
        self.folder = Path(tempfile.mkdtemp(prefix="mandates-corpus-build-"))
        self.root = self.folder / "store"
        self._stdout = (self.folder / "stdout").open("w+", encoding="utf-8")
        self._stderr = (self.folder / "stderr").open("w+", encoding="utf-8")
        self.started = time.monotonic()
        #: seconds the tests waited for the build, and the finished build, once :meth:`wait` returned
        self.waited: float | None = None
        self.result: subprocess.CompletedProcess | None = None
        # At the lowest priority: the build takes the cores the other tests leave idle, and the
        # tests (servers answering within their time limits) keep theirs.
        nice = ["nice", "-n", "19"] if shutil.which("nice") else []
        self.process = subprocess.Popen(
            [*nice, sys.executable, "-m", "cli", "--store", str(self.root), "build", "--corpus", str(corpus)],
            stdout=self._stdout, stderr=self._stderr, cwd=Path(__file__).resolve().parents[2])

    def wait(self, timeout: float) -> subprocess.CompletedProcess:
        """The finished build (its exit code and output); ``timeout`` counts from its start."""
        if self.result is not None:
            return self.result
        asked = time.monotonic()
        left = max(1.0, timeout - (asked - self.started))
        try:
            code = self.process.wait(left)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise
        self.waited = time.monotonic() - asked
        outputs = []
        for stream in (self._stdout, self._stderr):
            stream.flush()
            stream.seek(0)
            outputs.append(stream.read())
        self.result = subprocess.CompletedProcess(self.process.args, code, *outputs)
        return self.result

    def summary(self) -> str:
        """How long the build took, step by step (its own table), and how long the tests waited."""
        if self.result is None:
            return "whole-corpus build: not waited for (no test that needs it ran)"
        lines = self.result.stderr.replace("\r", "\n").splitlines()
        table = next((lines[i:] for i, line in enumerate(lines) if line.startswith("build steps (")), [])
        steps = [line for line in table[1:] if line.startswith("  ")]
        # the checks' verdict (stdout) and, when violations were cut short, their count per check (stderr)
        checks = [line for line in self.result.stdout.splitlines() if line.startswith("checks: ")]
        counts = [line for line in lines if line.startswith("... and ") and " more: " in line]
        return "\n".join([f"whole-corpus build (exit {self.result.returncode}): the tests that need it waited "
                           f"{self.waited:.0f} s for it; {table[0] if table else 'no step table'}", *steps,
                           *checks, *counts])

    def stop(self) -> None:
        """Kill the build if it still runs and remove its folder."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(30)
        self._stdout.close()
        self._stderr.close()
        shutil.rmtree(self.folder, ignore_errors=True)


#: where the session keeps its build (``config.stash``)
BUILD_KEY = pytest.StashKey[BackgroundBuild]()
