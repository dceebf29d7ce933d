"""Build the graph: reference graphs (ontology, registry) and one named graph per document.

Each document is parsed in full before anything is written; its named graph is then
replaced in one atomic update, so a document that fails leaves the store as it was.
"""

from __future__ import annotations

import fcntl
import gc
import multiprocessing as mp
import os
import resource
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from tqdm import tqdm

from ontology import ONTOLOGY_FILES
from ontology.namespaces import MG, Iris, iris
from graph.chains import ChainsReport, refresh_chains
from graph.checks import CheckReport, run_checks
from graph.index import refresh_index
from graph.obligations_kept import ObligationsReport, refresh_obligations
from graph.lineage import LineageReport, refresh_lineage
from graph.store import GraphStore
from loaders.document import load_document
from loaders.formats import SOURCE_SUFFIXES
from loaders.formats.base import CurationCounts
from loaders.errors import LoadError
from loaders.paths import CURATED_DIR, SEEDS_DIR
from loaders.registry import load_registry

__all__ = ["BuildReport", "build", "add_documents", "reference_graphs", "corpus_files", "SOURCE_SUFFIXES"]

#: Documents handed to each parse worker ahead of time.
WINDOW_PER_WORKER = 32


@dataclass
class BuildReport:
    loaded: list[str] = field(default_factory=list)
    merged: int = 0
    skipped: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    triples: int = 0
    #: Prose documents' facts: extracted, confirmed, added and rejected by curation.
    prose: CurationCounts | None = None
    lineage: LineageReport | None = None
    #: The mandate chains walked once for the API (``mg:chains``).
    chains: ChainsReport | None = None
    #: The obligations of every assignee, kept for the API (``mg:obligationsByAssignee``).
    obligations: ObligationsReport | None = None
    #: The SHACL shapes' checks on the whole graph (None when the build was told not to check).
    checks: CheckReport | None = None
    #: Wall-clock seconds of the build, checks included.
    seconds: float = 0.0
    #: Wall-clock seconds of each step, in the order they ran.
    steps: dict[str, float] = field(default_factory=dict)
    #: CPU seconds of each step (the build process's threads and its parse workers): what a
    #: step costs whatever else the machine runs at the time.
    cpu_steps: dict[str, float] = field(default_factory=dict)

    def step_table(self) -> str:
        """One line per step: its seconds, its share of the build and its CPU seconds."""
        total = self.seconds or sum(self.steps.values()) or 1.0
        return "\n".join(f"  {name:<24} {seconds:9.1f} s  {seconds / total:6.1%}  cpu {self.cpu_steps.get(name, 0.0):8.1f} s"
                          for name, seconds in self.steps.items())

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        text = (f"{len(self.loaded)} loaded ({self.merged} merged into instruments already loaded), "
                f"{len(self.skipped)} skipped, {len(self.failed)} failed, {self.triples} triples in the store")
        if self.prose is not None:
            p = self.prose
            text += (f"\nprose facts: {p.extracted} extracted, {p.confirmed} confirmed, {p.added} added and "
                     f"{p.rejected} rejected by curation")
        return text


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


#: In each parse worker: the spool file it appends N-Quads to, by spool folder.
_SPOOLS: dict[str, BinaryIO] = {}
#: All workers append to one file, so that one bulk load (RocksDB's fastest path) takes it all.
SPOOL_NAME = "documents.nq"


def _append_to_spool(spool: str, nquads: bytes) -> None:
    handle = _SPOOLS.get(spool)
    if handle is None:
        handle = _SPOOLS[spool] = open(Path(spool) / SPOOL_NAME, "ab", buffering=0)  # noqa: SIM115
    # One document at a time: the lock keeps two workers' documents from interleaving.
    fcntl.flock(handle, fcntl.LOCK_EX)
    try:
        view = memoryview(nquads)
        while view:
            view = view[handle.write(view):]
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)


def _close_spools() -> None:
    while _SPOOLS:
        _SPOOLS.popitem()[1].close()


def _load_one(path: str, curated_dirs: tuple[str, ...], overrides: dict,
              spool: str | None) -> tuple[str, str | None, bytes, str | None, CurationCounts | None]:
    """In a worker: (path, instrument, N-Quads, error). With a ``spool`` folder the N-Quads go
    to this worker's file there instead of back through the pipe."""
    try:
        loaded = load_document(Path(path), curated_dir=[Path(d) for d in curated_dirs], **overrides)
    except LoadError as error:
        return path, None, b"", str(error), None
    except Exception as error:  # noqa: BLE001 - one document's bug must not stop a corpus build
        return path, None, b"", f"{path}: internal error, please report: {type(error).__name__}: {error}", None
    nquads = ox.serialize(loaded.quads, format=ox.RdfFormat.N_QUADS) or b""
    if spool is None:
        return path, loaded.instrument, nquads, None, loaded.curation
    _append_to_spool(spool, nquads)
    return path, loaded.instrument, b"", None, loaded.curation


def _cpu_seconds() -> float:
    """User and system CPU seconds of this process (all its threads) and its ended children."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class _Step:
    """Times one step of the build into ``report.steps`` (and says so with ``progress``)."""

    def __init__(self, report: BuildReport, name: str, progress: bool) -> None:
        self.report, self.name, self.progress = report, name, progress

    def __enter__(self) -> None:
        self.started, self.cpu = time.perf_counter(), _cpu_seconds()

    def __exit__(self, *exc: object) -> None:
        seconds = time.perf_counter() - self.started
        self.report.steps[self.name] = self.report.steps.get(self.name, 0.0) + seconds
        self.report.cpu_steps[self.name] = self.report.cpu_steps.get(self.name, 0.0) + _cpu_seconds() - self.cpu
        if self.progress and exc[0] is None:
            print(f"step {self.name}: {seconds:.1f} s", file=sys.stderr)


def _exit_with_parent(parent: int) -> None:
    """In a worker: end when the build process is gone (killed, it cannot tell its pool to stop)."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _start_worker(parent: int) -> None:
    """In a worker: end with the build process, and collect cyclic garbage seldom: a worker makes
    millions of short-lived objects (quads, matches) and next to no cycles, and the collector's
    default thresholds spent 2-3 % of its CPU finding none (measured on 40 documents of session 80)."""
    _exit_with_parent(parent)
    gc.set_threshold(50_000, 20, 100)


def _results(paths: list[Path], curated_dirs: tuple[str, ...], overrides: dict, workers: int,
             spool: str | None) -> Iterator[tuple]:
    if workers <= 1 or len(paths) < 8:
        try:
            for path in paths:
                yield _load_one(str(path), curated_dirs, overrides, spool)
        finally:
            _close_spools()
        return
    # The pool's processes end (and close their spool files) when the block ends.
    with ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("spawn"),
                             initializer=_start_worker, initargs=(os.getpid(),)) as pool:
        pending = iter(paths)
        window = {pool.submit(_load_one, str(p), curated_dirs, overrides, spool)
                  for p in islice(pending, workers * WINDOW_PER_WORKER)}
        while window:
            done, window = wait(window, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
                for path in islice(pending, 1):
                    window.add(pool.submit(_load_one, str(path), curated_dirs, overrides, spool))


def _spool_parent(store: GraphStore) -> Path | None:
    """Spool next to the store (same disk, and room for it), else in the temporary folder."""
    path = getattr(store, "path", None)
    return Path(path).parent if path is not None else None


def _loaded_elsewhere(store: GraphStore, instrument: str, graph: ox.NamedNode) -> bool:
    """Whether a document graph other than ``graph`` (its own, being replaced) gives an
    expression (a language version) of ``instrument``; a citation does not."""
    return bool(store.select(
        f"ASK WHERE {{ GRAPH ?g {{ ?instrument {MG.expression} ?expression }} FILTER (?g != ?own) }}",
        {"instrument": ox.NamedNode(instrument), "own": graph}).boolean)


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
    with tempfile.TemporaryDirectory(prefix=".spool-", dir=_spool_parent(store) if bulk else None) as spool:
        with _Step(report, "parse + extract", progress):
            for path, instrument, nquads, error, curation in tqdm(
                _results(paths, curated_dirs, overrides, workers, spool if bulk else None), total=len(paths),
                desc="documents", unit="doc", disable=not progress, file=sys.stderr,
            ):
                if error is not None:
                    report.failed.append((path, error))
                    continue
                report.loaded.append(path)
                if curation is not None:
                    report.prose = curation + (report.prose or CurationCounts())
                graph = None
                if not bulk:
                    quads = list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
                    graph = quads[0].graph_name if quads else None
                if instrument:
                    # Merged: another language of an instrument this run or an earlier one loaded.
                    report.merged += instrument in seen or (graph is not None and _loaded_elsewhere(store, instrument, graph))
                    seen.add(instrument)
                if graph is not None:
                    store.replace_graphs({graph: quads})
        spooled = Path(spool) / SPOOL_NAME
        if bulk and spooled.exists():
            # One bulk load once parsing is done: loading while parsing made the two fight for
            # the cores, and many smaller loads cost RocksDB more compaction than one.
            if progress:
                print(f"bulk load: {spooled.stat().st_size / 2**20:,.0f} MiB of N-Quads", file=sys.stderr)
            with _Step(report, "bulk load", progress):
                store.bulk_add_file(spooled)
    with _Step(report, "index", progress):
        refresh_index(store, fresh=bulk)
    # After every load, since a new document may continue (or start) a series.
    with _Step(report, "lineage", progress):
        report.lineage = refresh_lineage(store, fresh=bulk)
    if progress:
        print(report.lineage.summary(), file=sys.stderr)
    # Last: the walks read the index.
    with _Step(report, "chains", progress):
        report.chains = refresh_chains(store, fresh=bulk, progress=progress)
    if progress:
        print(report.chains.summary(), file=sys.stderr)
    if os.environ.get("MANDATES_KEEP_OBLIGATIONS") == "1":  # opt-in: too slow on the whole corpus yet
        with _Step(report, "kept obligations", progress):
            report.obligations = refresh_obligations(store, fresh=bulk)
        if progress:
            print(report.obligations.summary(), file=sys.stderr)
    report.triples = len(store)
    return report


def build(store: GraphStore, *, seeds_dir: Path | None = SEEDS_DIR, corpus: Path | None = None,
          curated_dir: Path | Sequence[Path] = CURATED_DIR, progress: bool = False,
          workers: int | None = None, check: bool = True) -> BuildReport:
    """Load the reference graphs, the project's seeds and, if given, a corpus folder; then,
    with ``check``, run every check of the shapes on the whole graph (``report.checks``)."""
    started = time.perf_counter()
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
    if check:
        if progress:
            print("checks: running the shapes' checks on the whole graph", file=sys.stderr)
        with _Step(report, "checks", progress):
            report.checks = run_checks(store, build=True)
    report.seconds = time.perf_counter() - started
    if progress:
        print(f"build steps ({report.seconds:.1f} s in all):\n{report.step_table()}", file=sys.stderr)
    return report
