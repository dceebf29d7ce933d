"""Run queries in worker processes that can be killed at a time or memory limit.

pyoxigraph has no query timeout or cancellation, and a thread cannot be stopped. Each
worker opens the store read-only and runs one piece of work at a time: a user's SPARQL
(:meth:`QueryPool.run`, answered serialised and bounded, so the status is decided before the
first byte) or one of the project's own functions over the store (:meth:`QueryPool.call`,
which the API's pages and lookups use). Work past the time limit gets its worker killed and
replaced, and the caller gets :class:`QueryTimeout`.

Waiting for a free worker has its own bound (``queue_timeout``), apart from the time a query
may run: a caller admitted into the queue waits its turn behind at most ``size + queue_limit``
others, which on a busy machine takes longer than one query's limit without anything being
wrong (32 clients on 2 workers: 503s after 10 s of waiting, not of running; benchmarks/README.md,
"Load test").

A worker's address space is capped (``memory_mb``): a runaway query fails to allocate and
its worker dies or reports it; the caller gets :class:`QueryFailed` of kind ``memory`` and
the worker is replaced. A worker found dead when it is taken (killed while idle) is replaced
before the work is sent, so the caller never notices. Callers take a place with
:meth:`QueryPool.admit` first: past ``size + queue_limit`` places it raises :class:`PoolBusy`
at once instead of queueing without bound.
"""

from __future__ import annotations

import multiprocessing as mp
import pickle
import queue
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

__all__ = ["QueryPool", "QueryTimeout", "WorkerAnswer", "QueryFailed", "PoolBusy", "ClientGone"]


class QueryTimeout(Exception):
    """The query ran past the time limit and was stopped (or no worker became free in time)."""


class QueryFailed(Exception):
    """The query could not be evaluated.

    ``kind`` is ``syntax``, ``format``, ``error``, ``memory`` (the worker passed its memory
    cap), ``died`` (the worker died for another reason) or ``too-big`` (the answer of a
    :meth:`QueryPool.call` is larger than ``max_bytes``).
    """

    def __init__(self, kind: str, message: str) -> None:
        self.kind = kind
        super().__init__(message)


class PoolBusy(Exception):
    """Every worker is taken and the queue of waiting work is full; try again later."""

    def __init__(self, message: str, retry_after: int) -> None:
        self.retry_after = retry_after
        super().__init__(message)


class ClientGone(Exception):
    """The work was dropped before it started: nobody waits for its answer any more."""


@dataclass(frozen=True)
class WorkerAnswer:
    body: bytes
    media_type: str
    truncated: bool


def _cap_memory(memory_mb: int) -> None:
    if memory_mb > 0:
        import resource

        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _picklable(value: object) -> bool:
    try:
        pickle.loads(pickle.dumps(value))
    except Exception:  # noqa: BLE001 - any failure means "send it as text instead"
        return False
    return True


def _serve(conn: Connection, memory_mb: int, max_rows: int, max_bytes: int,
           preload: tuple[str, ...], service_allow: tuple[str, ...] = ()) -> None:  # the worker process
    _cap_memory(memory_mb)
    import importlib
    from pathlib import Path

    import pyoxigraph as ox

    from graph.formats import NotAcceptable
    from graph.results import serialize_bounded
    from graph.sparql_guard import QueryRefused, SparqlLexError, guard
    from graph.store import EmbeddedStore, QueryError

    for module in preload:  # before saying ready, so that no query's time is spent importing
        importlib.import_module(module)
    conn.send(("ready", None))
    opened: tuple[str, EmbeddedStore] | None = None
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        if message is None:
            return
        kind, path, *rest = message
        try:
            if opened is None or opened[0] != path:
                opened = None  # let the old generation go before opening the new one
                opened = (path, EmbeddedStore(Path(path), read_only=True))
            store = opened[1]
            if kind == "sparql":
                sparql, media, default_graphs, named_graphs, base_iri = rest
                # pyoxigraph has no switch to turn SERVICE off: whoever calls the pool, the
                # query is checked here again before the engine sees it.
                shape = guard(sparql, service_allow, base=base_iri or "")
                options: dict = {"base_iri": base_iri}
                if default_graphs:
                    options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
                elif not shape.has_dataset:  # a query's own FROM / FROM NAMED is honoured
                    options["use_default_graph_as_union"] = True
                if named_graphs:
                    options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
                result = store.store.query(sparql, **options)
                conn.send(("ok", serialize_bounded(result, media, max_rows=max_rows, max_bytes=max_bytes)))
                continue
            function, args = rest
            value = function(store, *args)
            data = pickle.dumps(value)
            if len(data) > max_bytes:
                conn.send(("too-big", f"the answer ({len(data):,} bytes) is larger than the limit of "
                                      f"{max_bytes:,} bytes (MANDATES_MAX_ANSWER_BYTES); ask for less"))
            else:
                conn.send(("ok", value))
        except MemoryError:
            conn.send(("memory", f"the query needed more than the worker's {memory_mb} MiB "
                                 "(MANDATES_WORKER_MEMORY_MB) and was stopped"))
        except (SyntaxError, QueryError, SparqlLexError) as error:
            conn.send(("syntax", str(error)))
        except QueryRefused as error:
            conn.send(("refused", str(error)))
        except NotAcceptable as error:
            conn.send(("format", str(error)))
        except (ValueError, RuntimeError, TypeError) as error:
            if kind == "call" and _picklable(error):
                conn.send(("raise", error))
            else:  # raised evaluating what the query asks (an unknown function): the query's fault
                conn.send(("evaluation", f"the query could not be evaluated: {error}"))
        except Exception as error:  # noqa: BLE001 - handed back whole, for the caller's own handlers
            if kind == "call" and _picklable(error):
                conn.send(("raise", error))
            else:
                conn.send(("error", f"{type(error).__name__}: {error}"))


#: Seconds a new worker may take to start (import its modules) before it is given up.
STARTUP_TIMEOUT = 60.0


class _Worker:
    def __init__(self, context: mp.context.BaseContext, *args: object) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, *args), daemon=True)
        self.process.start()
        child.close()
        self.ready = False

    def wait_ready(self) -> bool:
        """Whether the worker started (its start-up is not counted against any query's time)."""
        if not self.ready:
            try:
                self.ready = self.conn.poll(STARTUP_TIMEOUT) and self.conn.recv()[0] == "ready"
            except (EOFError, OSError):
                return False
        return self.ready

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.process.join(1)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(1)

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class QueryPool:
    """``size`` workers; work waits up to ``queue_timeout`` for a free one (``timeout`` unless
    given), then up to ``timeout`` for its answer.

    ``max_rows`` and ``max_bytes`` bound a SPARQL answer (cut, and said so) and ``max_bytes``
    the answer of :meth:`call` (refused past it); ``memory_mb`` caps each worker's address
    space (0: no cap); at most ``size + queue_limit`` callers hold a place (:meth:`admit`).
    ``preload`` names modules each worker imports before it takes work (those of the
    functions given to :meth:`call`), so a fresh worker's imports never count as query time.
    """

    def __init__(self, store_path: Callable[[], str], *, size: int = 2, timeout: float = 10.0,
                 max_rows: int = 10000, max_bytes: int = 32 * 1024 * 1024, memory_mb: int = 2048,
                 queue_limit: int = 64, queue_timeout: float | None = None, preload: tuple[str, ...] = (),
                 service_allow: Iterable[str] = ()) -> None:
        self.store_path = store_path
        self.queue_timeout = timeout if queue_timeout is None else queue_timeout
        self.service_allow = tuple(service_allow)
        self.preload = tuple(preload)
        self.size = size
        self.timeout = timeout
        self.max_rows = max_rows
        self.max_bytes = max_bytes
        self.memory_mb = memory_mb
        self.queue_limit = queue_limit
        self._context = mp.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._places = 0
        self._workers = [self._start() for _ in range(size)]
        for worker in self._workers:
            self._idle.put(worker)

    def _start(self) -> _Worker:
        return _Worker(self._context, self.memory_mb, self.max_rows, self.max_bytes, self.preload,
                       self.service_allow)

    @property
    def pids(self) -> list[int]:
        """The worker processes' ids (for monitoring, and for tests that kill one)."""
        with self._lock:
            return [w.process.pid for w in self._workers if w.process.pid is not None]

    @contextmanager
    def admit(self) -> Iterator[None]:
        """Hold one of the ``size + queue_limit`` places for the work done inside, or raise :class:`PoolBusy`."""
        with self._lock:
            if self._places >= self.size + self.queue_limit:
                raise PoolBusy(f"all {self.size} query workers are busy and {self.queue_limit} queries are "
                               "waiting (MANDATES_QUEUE_LIMIT); try again shortly",
                               retry_after=max(1, round(self.timeout)))
            self._places += 1
        try:
            yield
        finally:
            with self._lock:
                self._places -= 1

    def run(self, sparql: str, media_type: str, *, default_graphs: list[str] | None = None,
            named_graphs: list[str] | None = None, base_iri: str | None = None,
            still_wanted: Callable[[], bool] | None = None) -> WorkerAnswer:
        """Evaluate a user's query; the answer is serialised in ``media_type`` and bounded.

        Relative IRIs in the query resolve against ``base_iri`` (the endpoint's address, say),
        then its own ``BASE``; without either they are a syntax error.
        """
        body, media, truncated = self._exchange(
            "sparql", (sparql, media_type, default_graphs or [], named_graphs or [], base_iri), still_wanted)
        return WorkerAnswer(body, media, truncated)

    def call(self, function: Callable[..., Any], *args: Any, still_wanted: Callable[[], bool] | None = None) -> Any:
        """``function(store, *args)`` in a worker, over the live store opened read-only there.

        ``function`` must be importable by name (a module-level function of this project) and
        its arguments and answer picklable. An exception it raises is raised here again.
        """
        return self._exchange("call", (function, args), still_wanted)

    def _exchange(self, kind: str, work: tuple, still_wanted: Callable[[], bool] | None) -> Any:
        worker = self._take()
        try:
            if still_wanted is not None and not still_wanted():
                raise ClientGone("the client left before its query started")
            if not worker.wait_ready():
                worker = self._replace(worker)
                if not worker.wait_ready():
                    raise QueryFailed("died", f"a query worker could not start (exit code {worker.process.exitcode}); "
                                              f"is its memory cap of {self.memory_mb} MiB "
                                              "(MANDATES_WORKER_MEMORY_MB) too small?")
            message = (kind, self.store_path(), *work)
            try:
                worker.conn.send(message)
            except (OSError, ValueError):  # died between the check and the send: a fresh one takes it
                worker = self._replace(worker)
                worker.conn.send(message)
            if not worker.conn.poll(self.timeout):
                worker.kill()
                worker = self._replace(worker)
                raise QueryTimeout(f"the query ran past the {self.timeout:g} s limit (MANDATES_QUERY_TIMEOUT) "
                                   "and was stopped")
            try:
                answer = worker.conn.recv()
            except (EOFError, OSError):
                worker.process.join(5)
                code = worker.process.exitcode
                worker = self._replace(worker)
                raise self._death(code) from None
        finally:
            self._idle.put(worker)
        status, value = answer
        if status == "ok":
            return value
        if status == "raise":
            raise value
        raise QueryFailed(status, value)

    def _death(self, exitcode: int | None) -> QueryFailed:
        if exitcode in (-signal.SIGABRT, -signal.SIGKILL, -signal.SIGSEGV):
            return QueryFailed("memory", f"the query was stopped: its worker ran out of memory or was killed (the cap "
                                         f"is {self.memory_mb} MiB, MANDATES_WORKER_MEMORY_MB); it has been replaced")
        return QueryFailed("died", f"the query worker died (exit code {exitcode}); it has been replaced")

    def _take(self) -> _Worker:
        """An idle live worker, waiting at most ``queue_timeout``; one found dead is replaced first."""
        deadline = time.monotonic() + self.queue_timeout
        try:
            worker = self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise QueryTimeout(f"no query worker became free within {self.queue_timeout:g} s "
                               "(MANDATES_QUEUE_TIMEOUT)") from None
        if not worker.process.is_alive():
            worker.conn.close()
            worker = self._replace(worker)
        return worker

    def _replace(self, dead: _Worker) -> _Worker:
        fresh = self._start()
        with self._lock:
            self._workers = [fresh if w is dead else w for w in self._workers]
        return fresh

    def close(self) -> None:
        with self._lock:
            workers = list(self._workers)
        for worker in workers:
            worker.stop()
