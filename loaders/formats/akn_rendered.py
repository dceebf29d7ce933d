"""What rendering an AKN4UN resolution gives: its text, and where each paragraph, annex and
link landed in it (spans of the rendered text)."""

from __future__ import annotations

from dataclasses import dataclass, field

from loaders.segments import Segment

__all__ = ["Link", "Rendered", "RenderedAnnex", "RenderedParagraph"]


@dataclass(frozen=True)
class Link:
    href: str
    start: int
    end: int


@dataclass
class RenderedParagraph:
    kind: str  # "preambular" | "operative"
    number: str
    segment: Segment
    italic: tuple[int, int] | None = None  # span of the opening italic words, in the document
    notes: list[tuple[str, str, tuple[int, int]]] = field(default_factory=list)
    subparagraphs: list["RenderedParagraph"] = field(default_factory=list)
    #: The part whose numbering the paragraph's number belongs to, where numbering restarts.
    part: str | None = None


@dataclass
class RenderedAnnex:
    label: str  # "I", "II" or "" for a single annex
    title: Segment | None
    paragraphs: list[RenderedParagraph] = field(default_factory=list)


@dataclass
class Rendered:
    text: str
    meta: dict[str, list[tuple[str, int, int]]]
    cover: dict[str, tuple[str, int, int]]
    preambular: list[RenderedParagraph]
    operative: list[RenderedParagraph]
    annexes: list[RenderedAnnex]
    links: list[Link]
