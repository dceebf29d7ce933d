"""Build the graph: reference graphs (ontology, registry) and one named graph per document.

Each document is parsed in full before anything is written; its named graph is then
replaced in one atomic update, so a document that fails leaves the store as it was.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from tqdm import tqdm

from ontology import ONTOLOGY_FILES
from ontology.namespaces import Iris, iris
from graph.store import GraphStore
from loaders.document import LoadedDocument, load_document
from loaders.errors import LoadError
from loaders.paths import CURATED_DIR, SEEDS_DIR
from loaders.registry import load_registry

__all__ = ["BuildReport", "build", "add_documents", "reference_graphs", "corpus_files", "SOURCE_SUFFIXES"]

SOURCE_SUFFIXES = (".txt",)


@dataclass
class BuildReport:
    loaded: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    triples: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        return f"{len(self.loaded)} loaded, {len(self.failed)} failed, {self.triples} triples in the store"


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


def corpus_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix in SOURCE_SUFFIXES)


def add_documents(store: GraphStore, paths: Iterable[Path], *, progress: bool = False,
                  curated_dir: Path = CURATED_DIR, **overrides: str | None) -> BuildReport:
    """Load each file into its named graph; a failure is reported and the rest still load."""
    report = BuildReport()
    paths = list(paths)
    for path in tqdm(paths, desc="documents", unit="doc", disable=not progress, file=sys.stderr):
        try:
            loaded: LoadedDocument = load_document(path, curated_dir=curated_dir, **overrides)
            store.replace_graphs({loaded.graph: loaded.quads})
        except LoadError as error:
            report.failed.append((str(path), str(error)))
            continue
        report.loaded.append(str(path))
    report.triples = len(store)
    return report


def build(store: GraphStore, *, seeds_dir: Path = SEEDS_DIR, curated_dir: Path = CURATED_DIR,
          progress: bool = False) -> BuildReport:
    """Load the reference graphs and every document of the corpus folder."""
    store.replace_graphs(reference_graphs())
    return add_documents(store, corpus_files(seeds_dir), progress=progress, curated_dir=curated_dir)
