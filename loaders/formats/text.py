"""Plain-text documents: resolutions, tracker entries and prose, told apart by their content.

Curated facts for the file (``<name>.yaml`` in the curated folders) are read and added on top.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from loaders.curated import commitment_of, curated_quads, prose_title, read_curated
from loaders.errors import LoadError
from loaders.formats.base import LoadedDocument, LoadRequest
from loaders.formats.detect import detect_kind, detect_lang
from loaders.formats.resolution_text import Located, parse_resolution
from loaders.formats.tracker import parse_tracker
from loaders.quads.builder import GraphBuilder, SourceDocument
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
    curated_path = next((c for c in candidates if c.is_file()), candidates[0])
    curated = read_curated(curated_path) if curated_path.is_file() else None

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
        if curated is None:
            raise LoadError(f"prose needs curated facts: write {curated_path}", path=str(path))
        builder.document_node(kind="prose", title=prose_title(curated, document.text, lang))
    if curated is not None:
        curated_quads(builder, curated, registry, set(known_properties()))
    return LoadedDocument(path=path, kind=kind, lang=lang, graph=builder.graph, quads=builder.quads,
                          instrument=instrument)
