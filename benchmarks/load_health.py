"""`/health` sampled from a process of its own, so that its latency is the server's, not the
load generator's (whose event loop and threads are busy with the clients)."""

from __future__ import annotations

import multiprocessing as mp
import time

import httpx

__all__ = ["HealthSampler"]


def _sample(url: str, every: float, seconds: float, stop, results) -> None:
    samples: list[float] = []  # seconds; a failed check counts as infinity
    deadline = time.monotonic() + seconds
    with httpx.Client(timeout=5) as client:
        while time.monotonic() < deadline and not stop.is_set():
            started = time.perf_counter()
            try:
                ok = client.get(url + "/health", headers={"Connection": "close"}).status_code == 200
            except httpx.HTTPError:
                ok = False
            samples.append(time.perf_counter() - started if ok else float("inf"))
            stop.wait(every)
    results.send(samples)


class HealthSampler:
    """`/health` every ``every`` seconds, for at most ``seconds``, until :meth:`stop`."""

    def __init__(self, url: str, *, every: float, seconds: float) -> None:
        context = mp.get_context("spawn")
        self._stop = context.Event()
        self._results, sender = context.Pipe(duplex=False)
        self._process = context.Process(target=_sample, args=(url, every, seconds, self._stop, sender), daemon=True)
        self._process.start()
        self._seconds = seconds

    def stop(self) -> list[float]:
        """The latencies sampled, in seconds (infinity for a check that failed)."""
        self._stop.set()
        samples = self._results.recv() if self._results.poll(30) else []
        self._process.join(10)
        return samples
