"""Plain-text documents: resolutions, tracker entries and prose, told apart by their content.

Prose is read by the extractor (:mod:`loaders.extract.prose.prose`). Curated facts for the file
(``<name>.yaml`` in the curated folders, none with ``--no-curated``) are corrections on top:
they add what the extractor missed and ``reject`` what it misread.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from loaders.curated import commitment_of, curated_quads, curated_rejections, prose_title, read_curated
from loaders.extract.prose.prose import extract_prose
from loaders.formats.base import CurationCounts, LoadedDocument, LoadRequest
from loaders.formats.detect import detect_kind, detect_lang
from loaders.formats.resolution_text import Located, parse_resolution
from loaders.formats.tracker import parse_tracker
from loaders.quads.builder import GraphBuilder, SourceDocument
from loaders.quads.prose import fact_triple, prose_quads
from loaders.quads.resolution import resolution_quads
from loaders.quads.tracker import tracker_quads
from loaders.registry import load_registry
from loaders.vocabulary import known_properties

__all__ = ["load"]


def load(path: Path, request: LoadRequest) -> LoadedDocument:
    document = SourceDocument.read(path, lang=request.lang or "fr")
    lang = request.lang
    if lang is None:
        lang = detect_lang(document.text)
        document = replace(document, lang=lang)
    kind = request.kind or detect_kind(document.text)
    instrument = None
    registry = load_registry()
    builder = GraphBuilder(document, iris=request.minter)
    candidates = [folder / f"{path.stem}.yaml" for folder in request.curated_dirs]
    curated_path = next((c for c in candidates if c.is_file()), None)
    curated = read_curated(curated_path) if curated_path is not None else None
    counts = None

    if kind == "resolution":
        parsed = parse_resolution(document.text, lang=lang, path=str(path), registry=registry)
        if request.symbol:
            parsed.symbol = Located(request.symbol, parsed.symbol.start, parsed.symbol.end)
        instrument = resolution_quads(builder, parsed).value
    elif kind == "tracker":
        parsed_tracker = parse_tracker(document.text, lang=lang, path=str(path), registry=registry)
        commitment = commitment_of(curated, builder, registry)
        tracker_quads(builder, parsed_tracker, commitment=commitment)
    else:
        builder.document_node(kind="prose", title=prose_title(curated, document.text, lang))
        counts = _prose(builder, curated, registry, request.published)
        curated = None  # read above, with the extraction
    if curated is not None:
        curated_quads(builder, curated, registry, set(known_properties()))
    return LoadedDocument(path=path, kind=kind, lang=lang, graph=builder.graph, quads=builder.quads,
                          instrument=instrument, curation=counts)


def _prose(builder: GraphBuilder, curated, registry, published: str | None) -> CurationCounts:
    """Extracted facts less the curated rejections, then the curated facts; the counts."""
    extraction = extract_prose(builder.document.text, builder.document.lang, registry, published=published)
    scratch = GraphBuilder(builder.document, iris=builder.iris)
    triples = {id(f): fact_triple(scratch, f) for f in extraction.facts}
    rejected = curated_rejections(builder, curated, registry, set(known_properties())) if curated else set()
    kept = [f for f in extraction.facts if triples[id(f)] not in rejected]
    prose_quads(builder, kept, extraction.mentions)
    extracted = {triples[id(f)] for f in extraction.facts}
    curated_triples = set(curated_quads(builder, curated, registry, set(known_properties()))) if curated else set()
    return CurationCounts(extracted=len(extracted), confirmed=len(curated_triples & extracted),
                          added=len(curated_triples - extracted), rejected=len(extracted & rejected))
