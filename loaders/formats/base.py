"""What a format reader is given and what it gives back: the same for every format."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ontology.namespaces import Iris

__all__ = ["LoadRequest", "LoadedDocument"]


@dataclass(frozen=True)
class LoadRequest:
    """How to read one file: its kind and language if the caller knows them, a symbol to use
    instead of the one read, the folders of curated facts, and the IRI minter."""

    kind: str | None
    lang: str | None
    symbol: str | None
    curated_dirs: Sequence[Path]
    minter: Iris


@dataclass(frozen=True)
class LoadedDocument:
    path: Path
    kind: str
    lang: str
    graph: ox.NamedNode
    quads: list[ox.Quad]
    instrument: str | None = None
