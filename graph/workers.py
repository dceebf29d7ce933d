"""Run untrusted SPARQL in worker processes that can be killed at a time limit.

pyoxigraph has no query timeout or cancellation, and a thread cannot be stopped. Each
worker opens the store read-only, runs one query at a time and sends back the serialised,
bounded result, so the status is decided before the first byte. A query past the limit
gets its worker killed and replaced; the caller gets :class:`QueryTimeout`.
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from multiprocessing.connection import Connection

__all__ = ["QueryPool", "QueryTimeout", "WorkerAnswer", "QueryFailed"]


class QueryTimeout(Exception):
    """The query ran past the time limit and was stopped."""


class QueryFailed(Exception):
    """The query could not be evaluated (``kind`` is ``syntax``, ``refused``,
    ``evaluation``, ``format`` or ``error``)."""

    def __init__(self, kind: str, message: str) -> None:
        self.kind = kind
        super().__init__(message)


@dataclass(frozen=True)
class WorkerAnswer:
    body: bytes
    media_type: str
    truncated: bool


def _serve(conn: Connection, service_allow: tuple[str, ...] = ()) -> None:  # runs in the worker process
    import pyoxigraph as ox

    from graph.formats import NotAcceptable
    from graph.results import serialize_bounded
    from graph.sparql_guard import QueryRefused, SparqlLexError, guard

    opened: tuple[str, ox.Store] | None = None
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        if message is None:
            return
        path, sparql, media, max_rows, default_graphs, named_graphs = message
        try:
            if opened is None or opened[0] != path:
                opened = (path, ox.Store.read_only(path))
            # pyoxigraph has no switch to turn SERVICE off: whoever calls the pool, the
            # query is checked here again before the engine sees it.
            shape = guard(sparql, service_allow)
            options: dict = {}
            if default_graphs:
                options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
            elif not shape.has_dataset:  # a query's own FROM / FROM NAMED is honoured
                options["use_default_graph_as_union"] = True
            if named_graphs:
                options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
            result = opened[1].query(sparql, **options)
            conn.send(("ok", *serialize_bounded(result, media, max_rows=max_rows)))
        except (SyntaxError, SparqlLexError) as error:
            conn.send(("syntax", str(error)))
        except QueryRefused as error:
            conn.send(("refused", str(error)))
        except NotAcceptable as error:
            conn.send(("format", str(error)))
        except (ValueError, RuntimeError, TypeError) as error:
            # Raised while evaluating what the query asks (an unknown function, a bad term):
            # the query's fault, not the server's.
            conn.send(("evaluation", f"the query could not be evaluated: {error}"))
        except OSError as error:
            conn.send(("error", f"{type(error).__name__}: {error}"))


class _Worker:
    def __init__(self, context: mp.context.BaseContext, service_allow: tuple[str, ...] = ()) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, service_allow), daemon=True)
        self.process.start()
        child.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (OSError, BrokenPipeError):
            pass
        self.process.join(1)
        if self.process.is_alive():
            self.process.kill()

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class QueryPool:
    """``size`` workers; :meth:`run` blocks for a free one, then for the answer up to ``timeout``."""

    def __init__(self, store_path: Callable[[], str], *, size: int = 2, timeout: float = 10.0,
                 max_rows: int = 10000, service_allow: Iterable[str] = ()) -> None:
        self.store_path = store_path
        self.service_allow = tuple(service_allow)
        self.timeout = timeout
        self.max_rows = max_rows
        self._context = mp.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._workers = [_Worker(self._context, self.service_allow) for _ in range(size)]
        for worker in self._workers:
            self._idle.put(worker)

    def run(self, sparql: str, media_type: str, *, default_graphs: list[str] | None = None,
            named_graphs: list[str] | None = None) -> WorkerAnswer:
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            raise QueryTimeout(f"no query worker became free within {self.timeout:g} s") from None
        try:
            worker.conn.send((self.store_path(), sparql, media_type, self.max_rows,
                              default_graphs or [], named_graphs or []))
            if not worker.conn.poll(self.timeout):
                worker.kill()
                worker = self._replace(worker)
                raise QueryTimeout(f"the query ran past the {self.timeout:g} s limit and was stopped")
            try:
                answer = worker.conn.recv()
            except EOFError:
                worker = self._replace(worker)
                raise QueryFailed("error", "the query worker died; it has been restarted") from None
        finally:
            self._idle.put(worker)
        if answer[0] == "ok":
            return WorkerAnswer(answer[1], answer[2], answer[3])
        raise QueryFailed(answer[0], answer[1])

    def _replace(self, dead: _Worker) -> _Worker:
        fresh = _Worker(self._context, self.service_allow)
        with self._lock:
            self._workers = [fresh if w is dead else w for w in self._workers]
        return fresh

    def close(self) -> None:
        for worker in self._workers:
            worker.stop()
