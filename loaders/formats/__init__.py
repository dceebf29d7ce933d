"""The source formats the loaders read, registered in one place.

Each :class:`Format` names its kind (the CLI's ``--kind``), the file suffixes that select it
when no kind is given, and the reader that turns a file into a :class:`LoadedDocument`. The
CLI's choices, the build's suffix filter and the loaders' dispatch all derive from
:data:`FORMATS`: a new format is one module and one line here.

>>> KINDS
('akn', 'metadata', 'pdf', 'resolution', 'tracker', 'prose')
>>> SOURCE_SUFFIXES
('.xml', '.jsonl', '.pdf', '.txt')
>>> format_for(Path("x/A_RES_79_1.XML")).kind
'akn'
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from loaders.formats.base import LoadedDocument, LoadRequest

__all__ = ["Format", "FORMATS", "KINDS", "SOURCE_SUFFIXES", "format_for", "LoadRequest", "LoadedDocument"]


@dataclass(frozen=True)
class Format:
    kind: str
    suffixes: tuple[str, ...]
    description: str
    reader: str  # "module:function", imported when first used: load(path, request) -> LoadedDocument

    def load(self, path: Path, request: LoadRequest) -> LoadedDocument:
        module, _, function = self.reader.partition(":")
        read: Callable[[Path, LoadRequest], LoadedDocument] = getattr(importlib.import_module(module), function)
        return read(path, request)


#: Plain-text kinds share the ``.txt`` suffix: without ``--kind``, the text reader tells them
#: apart by their content (:mod:`loaders.formats.detect`).
FORMATS: tuple[Format, ...] = (
    Format("akn", (".xml",), "Akoma Ntoso XML (AKN4UN) of a General Assembly resolution",
           "loaders.formats.akn:load"),
    Format("metadata", (".jsonl",), "the UN's per-session metadata (votes, sponsors, committee, SDGs)",
           "loaders.formats.un_metadata:load"),
    Format("pdf", (".pdf",), "an official PDF of a resolution", "loaders.formats.pdf:load"),
    Format("resolution", (".txt",), "the plain text of a resolution", "loaders.formats.text:load"),
    Format("tracker", (".txt",), "a Global Digital Compact tracker entry", "loaders.formats.text:load"),
    Format("prose", (".txt",), "a prose document (report, statement, press release)", "loaders.formats.text:load"),
)
KINDS: tuple[str, ...] = tuple(f.kind for f in FORMATS)
SOURCE_SUFFIXES: tuple[str, ...] = tuple(dict.fromkeys(s for f in FORMATS for s in f.suffixes))


def format_for(path: Path, kind: str | None = None) -> Format:
    """The format named ``kind``, else the first whose suffixes include the file's (text if none)."""
    if kind is not None:
        return next(f for f in FORMATS if f.kind == kind)
    suffix = path.suffix.lower()
    return next((f for f in FORMATS if suffix in f.suffixes), next(f for f in FORMATS if f.kind == "resolution"))
