"""Read one source file into the quads of its named graph: the loaders' single entry point.

Pure with respect to stores: it reads files and returns quads; ``graph/`` loads them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from ontology import ONTOLOGY_TTL
from ontology.namespaces import OWL, RDF, Iris, iris
from loaders.akn import akn_quads, is_akn, read_akn
from loaders.curated import commitment_of, curated_quads, read_curated
from loaders.detect import KINDS, LANGS, detect_kind, detect_lang
from loaders.errors import LoadError
from loaders.limits import read_bounded
from loaders.model import GraphBuilder, SourceDocument
from loaders.paths import CURATED_DIR
from loaders.registry import load_registry
from loaders.resolution_rdf import resolution_quads
from loaders.resolution_text import Located, parse_resolution
from loaders.tracker import parse_tracker, tracker_quads
from loaders.un_metadata import metadata_quads

__all__ = ["LoadedDocument", "load_document", "known_properties"]


@dataclass(frozen=True)
class LoadedDocument:
    path: Path
    kind: str
    lang: str
    graph: ox.NamedNode
    quads: list[ox.Quad]
    instrument: str | None = None


@lru_cache(maxsize=1)
def known_properties() -> frozenset[str]:
    store = ox.Store()
    store.load(path=str(ONTOLOGY_TTL), format=ox.RdfFormat.TURTLE)
    return frozenset(
        q.subject.value
        for kind in (OWL.ObjectProperty, OWL.DatatypeProperty)
        for q in store.quads_for_pattern(None, RDF.type, kind)
    )


def load_document(path: Path, *, kind: str | None = None, lang: str | None = None,
                  symbol: str | None = None, curated_dir: Path | Sequence[Path] = CURATED_DIR,
                  minter: Iris | None = None) -> LoadedDocument:
    """Parse ``path`` and return its named graph. Raises :class:`LoadError` naming file and line."""
    path = Path(path)
    if not path.is_file():
        raise LoadError("no such file", path=str(path))
    if kind is not None and kind not in KINDS:
        raise LoadError(f"unknown kind {kind!r}; use one of {', '.join(KINDS)}", path=str(path))
    if lang is not None and lang not in LANGS:
        raise LoadError(f"unsupported language {lang!r}; use one of {', '.join(LANGS)}", path=str(path))
    minter = minter or iris()
    suffix = path.suffix.lower()
    if kind == "akn" or (kind is None and suffix == ".xml"):
        return _load_akn(path, minter)
    if kind == "metadata" or (kind is None and suffix == ".jsonl"):
        return _load_metadata(path, minter)
    if kind == "pdf" or (kind is None and suffix == ".pdf"):
        from loaders.pdf import load_pdf

        return load_pdf(path, minter, lang=lang, symbol=symbol)
    document = SourceDocument.read(path, lang=lang or "fr")
    if lang is None:
        lang = detect_lang(document.text)
        document = replace(document, lang=lang)
    kind = kind or detect_kind(document.text)
    instrument = None
    registry = load_registry()
    builder = GraphBuilder(document, iris=minter)
    folders = [curated_dir] if isinstance(curated_dir, Path) else list(curated_dir)
    candidates = [folder / f"{path.stem}.yaml" for folder in folders]
    curated_path = next((c for c in candidates if c.is_file()), candidates[0])
    curated = read_curated(curated_path) if curated_path.is_file() else None

    if kind == "resolution":
        parsed = parse_resolution(document.text, lang=lang, path=str(path), registry=registry)
        if symbol:
            parsed.symbol = Located(symbol, parsed.symbol.start, parsed.symbol.end)
        instrument = resolution_quads(builder, parsed).value
    elif kind == "tracker":
        parsed_tracker = parse_tracker(document.text, lang=lang, path=str(path), registry=registry)
        commitment = commitment_of(curated, builder, registry)
        tracker_quads(builder, parsed_tracker, commitment=commitment)
    else:
        if curated is None:
            raise LoadError(f"prose needs curated facts: write {curated_path}", path=str(path))
        builder.document_node(kind="prose")
    if curated is not None:
        curated_quads(builder, curated, registry, set(known_properties()))
    return LoadedDocument(path=path, kind=kind, lang=lang, graph=builder.graph, quads=builder.quads,
                          instrument=instrument)


def _load_akn(path: Path, minter: Iris) -> LoadedDocument:
    raw = read_bounded(path, "document")
    if not is_akn(raw):
        raise LoadError("not an Akoma Ntoso document (no <akomaNtoso> root)", path=str(path), line=1)
    parsed = read_akn(raw, path=str(path))
    document = SourceDocument.from_text(parsed.text, name=path.stem, lang=parsed.lang, path=str(path))
    builder = GraphBuilder(document, iris=minter)
    instrument = akn_quads(builder, parsed)
    return LoadedDocument(path=path, kind="akn", lang=parsed.lang, graph=builder.graph, quads=builder.quads,
                          instrument=instrument.value)


def _load_metadata(path: Path, minter: Iris) -> LoadedDocument:
    text = SourceDocument.read(path, lang="en", size="document").text
    document = SourceDocument.from_text(text, name=f"{path.parent.name}-{path.stem}", lang="en", path=str(path))
    builder = GraphBuilder(document, iris=minter)
    metadata_quads(builder)
    return LoadedDocument(path=path, kind="metadata", lang="en", graph=builder.graph, quads=builder.quads)
