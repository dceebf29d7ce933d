"""What a format reader is given and what it gives back: the same for every format."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ontology.namespaces import Iris

__all__ = ["LoadRequest", "LoadedDocument", "CurationCounts"]


@dataclass(frozen=True)
class LoadRequest:
    """How to read one file: its kind and language if the caller knows them, a symbol to use
    instead of the one read, the folders of curated facts, and the IRI minter."""

    kind: str | None
    lang: str | None
    symbol: str | None
    curated_dirs: Sequence[Path]
    minter: Iris
    #: When the document was published ("2025", "2025-07", "2025-07-09"), if the caller knows: the
    #: year of the days prose writes without one ("du 12 au 13 décembre").
    published: str | None = None


@dataclass(frozen=True)
class CurationCounts:
    """Facts of a prose document: extracted, and how its curated file changed them."""

    extracted: int = 0
    confirmed: int = 0  # extracted and also curated
    added: int = 0  # curated, not extracted
    rejected: int = 0  # extracted, refused by the curated file

    def __add__(self, other: CurationCounts) -> CurationCounts:
        return CurationCounts(self.extracted + other.extracted, self.confirmed + other.confirmed,
                              self.added + other.added, self.rejected + other.rejected)


@dataclass(frozen=True)
class LoadedDocument:
    path: Path
    kind: str
    lang: str
    graph: ox.NamedNode
    quads: list[ox.Quad]
    instrument: str | None = None
    curation: CurationCounts | None = None
