"""Read one source file into the quads of its named graph: the loaders' single entry point.

Pure with respect to stores: it reads files and returns quads; ``graph/`` loads them. The
flow is the folder layout: a format reader (:mod:`loaders.formats`) turns the file into text,
structure and spans; the extractors (:mod:`loaders.extract`) turn paragraphs into facts; one
place (:mod:`loaders.quads`) writes the quads, each fact with its evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from ontology.namespaces import Iris, iris
from loaders.errors import LoadError
from loaders.formats import KINDS, LoadedDocument, LoadRequest, format_for
from loaders.formats.detect import LANGS
from loaders.paths import CURATED_DIR
from loaders.vocabulary import known_properties

__all__ = ["LoadedDocument", "load_document", "known_properties", "PUBLISHED"]

#: A publication date as a caller gives it: a year, a month or a day.
PUBLISHED = re.compile(r"(?:19|20)\d\d(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")


def load_document(path: Path, *, kind: str | None = None, lang: str | None = None,
                  symbol: str | None = None, curated_dir: Path | Sequence[Path] = CURATED_DIR,
                  minter: Iris | None = None, published: str | None = None) -> LoadedDocument:
    """Parse ``path`` and return its named graph. Raises :class:`LoadError` naming file and line."""
    path = Path(path)
    if not path.is_file():
        raise LoadError("no such file", path=str(path))
    if kind is not None and kind not in KINDS:
        raise LoadError(f"unknown kind {kind!r}; use one of {', '.join(KINDS)}", path=str(path))
    if lang is not None and lang not in LANGS:
        raise LoadError(f"unsupported language {lang!r}; use one of {', '.join(LANGS)}", path=str(path))
    if published is not None and not PUBLISHED.fullmatch(published):
        raise LoadError(f"published date {published!r} is not YYYY, YYYY-MM or YYYY-MM-DD", path=str(path))
    folders = [curated_dir] if isinstance(curated_dir, Path) else list(curated_dir)
    request = LoadRequest(kind=kind, lang=lang, symbol=symbol, curated_dirs=folders, minter=minter or iris(),
                          published=published)
    return format_for(path, kind).load(path, request)
