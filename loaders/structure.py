"""The structure parsers find in a resolution: located values, paragraphs, actions, citations."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from pyoxigraph import NamedNode

from loaders.registry import Mention
from loaders.extract.operative.mandates import ClauseMandates

__all__ = ["Located", "ActionClause", "Citation", "Footnote", "Paragraph", "Annex", "ParsedResolution"]


@dataclass(frozen=True)
class Located:
    """A value and the span of the source that states it."""

    value: str
    start: int
    end: int

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


@dataclass
class ActionClause:
    action: NamedNode
    verb: Located
    addressees: list[Mention] = field(default_factory=list)
    #: Who must deliver what, by when (:mod:`loaders.extract.operative.mandates`), spans in the source.
    mandates: "ClauseMandates | None" = None


@dataclass
class Citation:
    symbol: str
    span: tuple[int, int]
    relation: NamedNode | None
    adopted: date | None = None
    title: str | None = None


@dataclass
class Footnote:
    marker: str
    text: str
    span: tuple[int, int]


@dataclass
class Paragraph:
    kind: str  # "preambular" | "operative"
    number: str
    position: int
    text: str
    span: tuple[int, int]
    opening: Located | None
    actions: list[ActionClause] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    subparagraphs: list["Paragraph"] = field(default_factory=list)
    #: The part (section, lettered part, article...) whose numbering ``number`` belongs to, in
    #: resolutions that restart numbering in each part; ``None`` elsewhere.
    part: str | None = None


@dataclass
class Annex:
    """An annex with its own numbering: label ("I", or "" for a single annex), title, paragraphs."""

    label: str
    title: Located | None
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass
class ParsedResolution:
    lang: str
    symbol: Located
    session: int | None
    title: Located | None
    adopted: date | None = None
    adopted_at: Located | None = None
    published: date | None = None
    published_at: Located | None = None
    agenda_item: Located | None = None
    agenda_title: Located | None = None
    draft_symbol: Located | None = None
    preambular: list[Paragraph] = field(default_factory=list)
    operative: list[Paragraph] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    annexes: list[Annex] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[Paragraph]:
        return self.preambular + self.operative
