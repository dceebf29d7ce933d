"""Build the graph: reference graphs (ontology, registry) and one named graph per document.

Each document is parsed in full before anything is written; its named graph is then
replaced in one atomic update, so a document that fails leaves the store as it was.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from itertools import islice
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from tqdm import tqdm

from ontology import ONTOLOGY_FILES
from ontology.namespaces import Iris, iris
from graph.index import refresh_index
from graph.store import GraphStore
from loaders.document import load_document
from loaders.errors import LoadError
from loaders.paths import CURATED_DIR, SEEDS_DIR
from loaders.registry import load_registry

__all__ = ["BuildReport", "build", "add_documents", "reference_graphs", "corpus_files", "SOURCE_SUFFIXES"]

SOURCE_SUFFIXES = (".txt", ".xml", ".jsonl", ".pdf")
#: Load in one RocksDB bulk load at most this many bytes of N-Quads.
BULK_BATCH_BYTES = 64 * 1024 * 1024
#: Documents handed to each parse worker ahead of time, so they keep parsing while a batch loads.
WINDOW_PER_WORKER = 32


@dataclass
class BuildReport:
    loaded: list[str] = field(default_factory=list)
    merged: int = 0
    skipped: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    triples: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        return (f"{len(self.loaded)} loaded ({self.merged} merged into instruments already loaded), "
                f"{len(self.skipped)} skipped, {len(self.failed)} failed, {self.triples} triples in the store")


def reference_graphs(minter: Iris | None = None) -> dict[ox.NamedNode, list[ox.Quad]]:
    """The ontology (with the action scheme) and the entity registry, each in its own graph."""
    minter = minter or iris()
    ontology_graph = minter.graph("ontology")
    quads: list[ox.Quad] = []
    for path in ONTOLOGY_FILES:
        quads.extend(ox.Quad(t.subject, t.predicate, t.object, ontology_graph)
                     for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    registry_graph = minter.graph("registry")
    return {ontology_graph: quads, registry_graph: load_registry().quads(registry_graph, minter)}


def corpus_files(folder: Path) -> tuple[list[Path], list[Path]]:
    """The files to load under ``folder`` (recursively) and the ones that are not sources."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))
    sources = [p for p in files if p.suffix.lower() in SOURCE_SUFFIXES]
    return sources, [p for p in files if p.suffix.lower() not in SOURCE_SUFFIXES]


def _load_one(path: str, curated_dirs: tuple[str, ...], overrides: dict) -> tuple[str, str | None, bytes, str | None]:
    """In a worker: (path, instrument, N-Quads, error)."""
    try:
        loaded = load_document(Path(path), curated_dir=[Path(d) for d in curated_dirs], **overrides)
    except LoadError as error:
        return path, None, b"", str(error)
    except Exception as error:  # noqa: BLE001 - one document's bug must not stop a corpus build
        return path, None, b"", f"{path}: internal error, please report: {type(error).__name__}: {error}"
    return path, loaded.instrument, ox.serialize(loaded.quads, format=ox.RdfFormat.N_QUADS) or b"", None


def _results(paths: list[Path], curated_dirs: tuple[str, ...], overrides: dict, workers: int) -> Iterator[tuple]:
    if workers <= 1 or len(paths) < 8:
        for path in paths:
            yield _load_one(str(path), curated_dirs, overrides)
        return
    with ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("spawn")) as pool:
        pending = iter(paths)
        window = {pool.submit(_load_one, str(p), curated_dirs, overrides)
                  for p in islice(pending, workers * WINDOW_PER_WORKER)}
        while window:
            done, window = wait(window, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
                for path in islice(pending, 1):
                    window.add(pool.submit(_load_one, str(path), curated_dirs, overrides))


class _BackgroundLoader:
    """Bulk loads on a thread of their own: pyoxigraph releases the GIL while it loads, so the
    parse workers' results keep being collected (and new documents handed out) meanwhile.
    At most one batch waits while another loads; an error is raised again by :meth:`close`."""

    def __init__(self, store: GraphStore) -> None:
        self._store = store
        self._batches: queue.Queue[bytes | None] = queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="bulk-load", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (batch := self._batches.get()) is not None:
            if self._error is None:
                try:
                    self._store.bulk_add(batch)
                except BaseException as error:  # noqa: BLE001 - handed to the caller in close()
                    self._error = error

    def add(self, batch: bytes) -> None:
        if self._error is not None:
            raise self._error
        self._batches.put(batch)

    def abandon(self) -> None:
        """Stop after the batch in hand (the build failed; the store is thrown away)."""
        self._error = self._error or RuntimeError("build abandoned")
        while not self._batches.empty():
            self._batches.get_nowait()
        self._batches.put(None)

    def close(self) -> None:
        self._batches.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error


def add_documents(store: GraphStore, paths: Iterable[Path], *, progress: bool = False,
                  curated_dir: Path | Sequence[Path] = CURATED_DIR, bulk: bool = False, workers: int = 1,
                  **overrides: str | None) -> BuildReport:
    """Load each file into its named graph; a failure is reported and the rest still load.

    With ``bulk`` (a fresh store nobody reads yet) documents go in through RocksDB bulk loads;
    otherwise each replaces its named graph in one atomic update.
    """
    report = BuildReport()
    paths = list(paths)
    curated_dirs = tuple(str(d) for d in ([curated_dir] if isinstance(curated_dir, Path) else curated_dir))
    seen: set[str] = set()
    batch: list[bytes] = []
    batch_size = 0
    loader = _BackgroundLoader(store) if bulk else None
    try:
        for path, instrument, nquads, error in tqdm(
            _results(paths, curated_dirs, overrides, workers), total=len(paths), desc="documents", unit="doc",
            disable=not progress, file=sys.stderr,
        ):
            if error is not None:
                report.failed.append((path, error))
                continue
            if instrument:
                report.merged += instrument in seen
                seen.add(instrument)
            report.loaded.append(path)
            if loader is not None:
                batch.append(nquads)
                batch_size += len(nquads)
                if batch_size >= BULK_BATCH_BYTES:
                    loader.add(b"".join(batch))
                    batch, batch_size = [], 0
            else:
                quads = list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
                graph = quads[0].graph_name if quads else None
                if graph is not None:
                    store.replace_graphs({graph: quads})
    except BaseException:
        if loader is not None:
            loader.abandon()
        raise
    if loader is not None:
        if batch:
            loader.add(b"".join(batch))
        loader.close()
    refresh_index(store, fresh=bulk)
    report.triples = len(store)
    return report


def build(store: GraphStore, *, seeds_dir: Path | None = SEEDS_DIR, corpus: Path | None = None,
          curated_dir: Path | Sequence[Path] = CURATED_DIR, progress: bool = False,
          workers: int | None = None) -> BuildReport:
    """Load the reference graphs, the project's seeds and, if given, a corpus folder."""
    store.replace_graphs(reference_graphs())
    sources, skipped = corpus_files(seeds_dir) if seeds_dir is not None else ([], [])
    if corpus is not None:
        more, more_skipped = corpus_files(corpus)
        sources += more
        skipped += more_skipped
    workers = workers or (os.cpu_count() or 1)
    report = add_documents(store, sources, progress=progress, curated_dir=curated_dir,
                           bulk=store.supports_bulk, workers=workers)
    report.skipped = [str(p) for p in skipped if p.name.lower() != "readme.md"]
    return report
