"""The one interface to a store: the embedded pyoxigraph store or any SPARQL 1.1 endpoint.

Both answer queries over the union of named graphs, take values to bind safely, and
replace named graphs atomically (one SPARQL Update: ``DROP SILENT GRAPH`` then
``INSERT DATA``, which Oxigraph and SPARQL 1.1 servers run as one operation).
"""

from __future__ import annotations

import os
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Literal as Lit

import httpx
import pyoxigraph as ox

from graph.binding import Term, with_values
from graph.dialects import Dialect, DialectName, Sparql11, detect_dialect, dialect_named

__all__ = [
    "GraphStore", "EmbeddedStore", "RemoteStore", "StoreError", "QueryError", "open_store",
    "Row", "insert_update", "replace_update", "DEFAULT_STORE_DIR", "count_file", "store_location",
]

Row = dict[str, Term]
DEFAULT_STORE_DIR = Path("store")
ExportFormat = Lit["ttl", "nq", "trig", "jsonld", "nt"]
_RDF_FORMATS = {
    "nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG, "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
}


class StoreError(Exception):
    """The store could not be opened, read or written."""


class QueryError(StoreError):
    """The query is not valid SPARQL; the message gives the position."""


@dataclass(frozen=True)
class QueryResult:
    """Rows of a SELECT (``variables`` and ``rows``), or the answer of an ASK."""

    variables: list[str]
    rows: list[Row]
    boolean: bool | None = None
    #: Whether rows past ``max_rows`` were left out.
    truncated: bool = False


def _cut(result: QueryResult, max_rows: int | None) -> QueryResult:
    """``result`` with at most ``max_rows`` rows (it was read with one more, to know)."""
    if max_rows is None or len(result.rows) <= max_rows:
        return result
    return QueryResult(result.variables, result.rows[:max_rows], truncated=True)


def _quads_text(quads: Iterable[ox.Quad]) -> str:
    return "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)


def insert_update(graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> str:
    """One SPARQL Update adding ``quads`` to ``graph`` (empty when there are none)."""
    body = _quads_text(quads)
    return f"INSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}" if body else ""


def replace_update(graphs: Mapping[ox.NamedNode, Iterable[ox.Quad]]) -> str:
    """One SPARQL Update replacing each named graph by its quads."""
    return next(Sparql11().replace_updates(graphs))


def count_file(generation: Path) -> Path:
    """Where the writer of a store generation leaves its number of quads."""
    return generation.with_name(generation.name + ".quads")


class GraphStore(ABC):
    """What the rest of the project may do with a store."""

    @abstractmethod
    def select(self, sparql: str, bindings: Mapping[str, Term | None] | None = None, *,
               max_rows: int | None = None) -> QueryResult:
        """Rows of a SELECT (at most ``max_rows``, saying when more were cut) or an ASK's answer."""

    @abstractmethod
    def serialize(self, sparql: str, media_type: str) -> tuple[bytes, str]:
        """Run any query and return its results in ``media_type`` (and the type given)."""

    @abstractmethod
    def replace_graphs(self, graphs: Mapping[ox.NamedNode, Iterable[ox.Quad]]) -> None: ...

    @abstractmethod
    def update(self, sparql_update: str) -> None:
        """Run a SPARQL Update written by this project (never user text)."""

    @abstractmethod
    def named_graphs(self) -> list[ox.NamedNode]: ...

    @abstractmethod
    def __len__(self) -> int: ...

    @abstractmethod
    def export(self, fmt: ExportFormat) -> bytes: ...

    #: Whether :meth:`bulk_add` is a real bulk load (only for a fresh embedded store).
    supports_bulk: bool = False

    def bulk_add(self, nquads: bytes) -> None:
        """Add N-Quads fast, without a transaction: only for a store nobody reads yet."""
        quads = list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
        graphs: dict[ox.NamedNode, list[ox.Quad]] = {}
        for quad in quads:
            graphs.setdefault(quad.graph_name, []).append(quad)
        self.replace_graphs(graphs)

    def bulk_add_file(self, path: Path) -> None:
        """:meth:`bulk_add` of an N-Quads file."""
        self.bulk_add(Path(path).read_bytes())

    def close(self) -> None:
        """Release the store (flush the embedded one)."""


class EmbeddedStore(GraphStore):
    """A pyoxigraph store on disk (or in memory when ``path`` is None)."""

    def __init__(self, path: Path | None = None, *, read_only: bool = False) -> None:
        self.path = path
        self._read_only = read_only
        self._count: int | None = None
        self._count_lock = threading.Lock()
        try:
            if path is None:
                self.store = ox.Store()
            elif read_only:
                self.store = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                self.store = ox.Store(str(path))
        except OSError as error:
            raise StoreError(f"cannot open the store at {path}: {error}") from error

    @property
    def read_only(self) -> bool:
        return self._read_only

    def _query(self, sparql: str):
        try:
            return self.store.query(sparql, use_default_graph_as_union=True)
        except SyntaxError as error:
            raise QueryError(str(error)) from error

    def select(self, sparql: str, bindings: Mapping[str, Term | None] | None = None, *,
               max_rows: int | None = None) -> QueryResult:
        result = self._query(with_values(sparql, bindings or {}))
        if isinstance(result, ox.QueryBoolean):
            return QueryResult([], [], bool(result))
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("select() needs a SELECT or ASK query")
        names = [v.value for v in result.variables]
        solutions = result if max_rows is None else islice(result, max_rows + 1)
        rows = [{n: s[n] for n in names if s[n] is not None} for s in solutions]
        return _cut(QueryResult(names, rows), max_rows)

    def serialize(self, sparql: str, media_type: str) -> tuple[bytes, str]:
        from graph.formats import serialize_result

        return serialize_result(self._query(sparql), media_type)

    def replace_graphs(self, graphs: Mapping[ox.NamedNode, Iterable[ox.Quad]]) -> None:
        self.update(replace_update(graphs))

    def update(self, sparql_update: str) -> None:
        self._count = None
        try:
            self.store.update(sparql_update)
        except (SyntaxError, OSError) as error:
            raise StoreError(f"update failed, store unchanged: {error}") from error
        self.store.flush()

    @property
    def supports_bulk(self) -> bool:  # type: ignore[override]
        return self.path is not None

    def bulk_add(self, nquads: bytes) -> None:
        self._count = None
        if self.path is None:
            self.store.extend(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
            return
        self.store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)

    def bulk_add_file(self, path: Path) -> None:
        """Bulk load an N-Quads file (read by pyoxigraph itself, not through Python)."""
        self._count = None
        if self.path is None:
            self.store.extend(ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS))
            return
        self.store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)

    def bulk_add_construct(self, sparql: str, graph: ox.NamedNode) -> None:
        """Bulk load what a CONSTRUCT query makes into ``graph``, without a Python object per triple."""
        result = self._query(sparql)
        if not isinstance(result, ox.QueryTriples):
            raise QueryError("bulk_add_construct() needs a CONSTRUCT query")
        self._count = None
        data = result.serialize(format=ox.RdfFormat.N_TRIPLES) or b""
        if self.path is None:
            self.store.extend(ox.Quad(t.subject, t.predicate, t.object, graph)
                              for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
            return
        self.store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=graph)

    def named_graphs(self) -> list[ox.NamedNode]:
        return sorted((g for g in self.store.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value)

    def __len__(self) -> int:
        # Counting means reading every quad: the count is kept until the next write (a
        # read-only generation never changes) or read from the file its writer left beside it.
        with self._count_lock:
            if self._count is None:
                try:
                    if not self._read_only or self.path is None:
                        raise OSError("no count file for a store being written")
                    self._count = int(count_file(self.path).read_text(encoding="utf-8"))
                except (OSError, ValueError):
                    self._count = len(self.store)
            return self._count

    def known_len(self) -> int | None:
        """The number of quads if it is known without reading the store (kept, or in the count file)."""
        if self._count is None and self._read_only and self.path is not None and count_file(self.path).is_file():
            return len(self)
        return self._count

    def export(self, fmt: ExportFormat) -> bytes:
        from graph.formats import export_dataset

        return export_dataset(self.store, fmt)

    def close(self) -> None:
        """Flush and release the RocksDB handle (one writer per directory); the object is unusable after."""
        store = self.__dict__.pop("store", None)
        if store is not None and not self._read_only:
            try:
                store.flush()
            except OSError:
                pass
        del store


class RemoteStore(GraphStore):
    """A SPARQL 1.1 endpoint (Oxigraph server, Virtuoso, QLever, GraphDB...).

    Queries see the union of named graphs only if the server is set up so (Oxigraph:
    ``--union-default-graph``; Virtuoso does by default); updates go to ``update_url``. What
    an engine needs said differently is its ``dialect`` (:mod:`graph.dialects`), by default
    told by the server's ``Server`` header.
    """

    def __init__(self, query_url: str, update_url: str | None = None, *, timeout: float = 60.0,
                 dialect: DialectName = "auto") -> None:
        self.query_url = query_url
        self.update_url = update_url
        self.client = httpx.Client(timeout=timeout)
        self._dialect_name = dialect
        self._dialect: Dialect | None = None if dialect == "auto" else dialect_named(dialect)

    @property
    def dialect(self) -> Dialect:
        if self._dialect is None:
            self._dialect = detect_dialect(self.client, self.query_url)
        return self._dialect

    def _post_query(self, sparql: str, accept: str) -> httpx.Response:
        try:
            response = self.client.post(self.query_url, data={"query": self.dialect.query(sparql)},
                                        headers={"Accept": accept})
        except httpx.HTTPError as error:
            raise StoreError(f"cannot reach {self.query_url}: {error}") from error
        if response.status_code == 400:
            raise QueryError(response.text.strip())
        if response.status_code >= 300:
            raise StoreError(f"{self.query_url} answered {response.status_code}: {response.text[:300]}")
        return response

    def select(self, sparql: str, bindings: Mapping[str, Term | None] | None = None, *,
               max_rows: int | None = None) -> QueryResult:
        response = self._post_query(self.dialect.bind(sparql, bindings or {}), "application/sparql-results+json")
        parsed = ox.parse_query_results(response.content, format=ox.QueryResultsFormat.JSON)
        if isinstance(parsed, ox.QueryBoolean):
            return QueryResult([], [], bool(parsed))
        names = [v.value for v in parsed.variables]
        solutions = parsed if max_rows is None else islice(parsed, max_rows + 1)
        return _cut(QueryResult(names, [{n: s[n] for n in names if s[n] is not None} for s in solutions]), max_rows)

    def serialize(self, sparql: str, media_type: str) -> tuple[bytes, str]:
        response = self._post_query(sparql, media_type)
        return response.content, response.headers.get("content-type", media_type)

    def _update(self, update: str) -> None:
        if not self.update_url:
            raise StoreError("this endpoint is read-only here: give an update URL to load data")
        try:
            response = self.client.post(self.update_url, data={"update": self.dialect.update(update)})
        except httpx.HTTPError as error:
            raise StoreError(f"cannot reach {self.update_url}: {error}") from error
        if response.status_code >= 300:
            raise StoreError(f"update refused by {self.update_url} ({response.status_code}): {response.text[:300]}")

    def replace_graphs(self, graphs: Mapping[ox.NamedNode, Iterable[ox.Quad]]) -> None:
        for update in self.dialect.replace_updates(graphs):
            self._update(update)

    def update(self, sparql_update: str) -> None:
        self._update(sparql_update)

    def named_graphs(self) -> list[ox.NamedNode]:
        result = self.select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self.dialect.graph_filter('?g')} }}")
        return sorted((r["g"] for r in result.rows if isinstance(r.get("g"), ox.NamedNode)), key=lambda g: g.value)

    def __len__(self) -> int:
        result = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self.dialect.graph_filter('?g')} }}")
        return int(result.rows[0]["n"].value) if result.rows else 0

    def export(self, fmt: ExportFormat) -> bytes:
        result = self.select(f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self.dialect.graph_filter('?g')} }}")
        dataset = ox.Store()
        dataset.extend(ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in result.rows)
        from graph.formats import export_dataset

        return export_dataset(dataset, fmt)

    def close(self) -> None:
        self.client.close()


def store_location(start: Path | None = None) -> Path:
    """Where the project's store is, wherever the caller runs (a notebook's kernel runs in
    ``notebooks/``): ``MANDATES_STORE`` if set, else ``store/`` in the nearest folder at or above
    ``start`` (default: the working folder) that holds a ``pyproject.toml``, else ``./store``."""
    if os.environ.get("MANDATES_STORE"):
        return Path(os.environ["MANDATES_STORE"])
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "pyproject.toml").is_file():
            return folder / DEFAULT_STORE_DIR
    return DEFAULT_STORE_DIR


def open_store(*, path: Path | str | None = None, endpoint: str | None = None,
               update_endpoint: str | None = None, read_only: bool = False,
               dialect: DialectName = "auto") -> GraphStore:
    """The store the settings name: ``endpoint`` if given (spoken to in ``dialect``), else the
    embedded store at ``path`` (default ``MANDATES_STORE`` or ``./store``)."""
    if endpoint:
        return RemoteStore(endpoint, update_endpoint, dialect=dialect)
    location = Path(path or os.environ.get("MANDATES_STORE") or DEFAULT_STORE_DIR)
    return EmbeddedStore(location, read_only=read_only)
