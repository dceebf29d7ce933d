"""Read what the lineage step needs from a store: resolutions, paragraph texts, citations, mandates.

Four SELECTs (``queries/lineage-*.sparql``) over the whole store, each read once; the rest of
the step is pure Python on these records.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from graph.query_threads import in_threads
from graph.store import GraphStore
from ontology.namespaces import DCT, MG, PREFIXES

__all__ = ["Resolution", "Paragraph", "Mandate", "LineageInput", "read_input", "ParagraphKind", "session_of"]

QUERIES = Path(__file__).resolve().parents[2] / "queries"
ParagraphKind = str  # "preambular" | "operative" | "subparagraph"
_KINDS = {MG.PreambularParagraph.value: "preambular", MG.OperativeParagraph.value: "operative",
          MG.SubParagraph.value: "subparagraph"}
_SYMBOL = re.compile(r"^A/RES/(\d+)/(\d+)")


def session_of(symbol: str) -> tuple[int, int] | None:
    """(session, number) of a GA resolution symbol.

    >>> session_of("A/RES/79/15")
    (79, 15)
    """
    match = _SYMBOL.match(symbol)
    return (int(match[1]), int(match[2])) if match else None


@dataclass(frozen=True)
class Paragraph:
    iri: ox.NamedNode
    kind: ParagraphKind
    number: str
    position: int
    text: str

    @classmethod
    def of(cls, iri: str, text: str, *, kind: ParagraphKind = "operative", number: str = "1",
           position: int = 1) -> "Paragraph":
        """A paragraph from plain values (for examples and tests)."""
        return cls(ox.NamedNode(iri if ":" in iri else "urn:x:" + iri), kind, number, position, text)


@dataclass
class Resolution:
    iri: ox.NamedNode
    symbol: str
    session: int
    number: int
    adopted: str | None
    titles: dict[str, str]
    title_evidence: dict[str, ox.NamedNode]
    agenda: str | None
    #: Paragraphs by language, in document order.
    paragraphs: dict[str, list[Paragraph]] = field(default_factory=dict)
    #: Cited instrument -> evidence of one citation.
    cites: dict[ox.NamedNode, ox.NamedNode] = field(default_factory=dict)

    @property
    def order(self) -> tuple[int, str, int]:
        return (self.session, self.adopted or "", self.number)


@dataclass(frozen=True)
class Mandate:
    iri: ox.NamedNode
    paragraph: ox.NamedNode
    kind: ox.NamedNode
    assignees: frozenset[ox.NamedNode]


@dataclass
class LineageInput:
    resolutions: dict[ox.NamedNode, Resolution]
    mandates: list[Mandate]


@cache
def _query(name: str) -> str:
    prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
    return prologue + (QUERIES / f"lineage-{name}.sparql").read_text(encoding="utf-8")


def _text(row: dict, key: str) -> str | None:
    value = row.get(key)
    return value.value if value is not None else None


def _row_key(row: dict) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((name, str(value)) for name, value in row.items()))


def read_input(store: GraphStore) -> LineageInput:
    """Everything the lineage step reads, in one pass per query (the queries on several threads)."""
    names = ("resolutions", "titles", "paragraphs", "citations", "mandates")
    answers = dict(zip(names, in_threads(lambda name: store.select(_query(name)).rows, names)))
    resolutions: dict[ox.NamedNode, Resolution] = {}
    for row in answers["resolutions"]:
        numbers = session_of(row["symbol"].value)
        if numbers is not None:
            resolutions[row["instrument"]] = Resolution(
                row["instrument"], row["symbol"].value, numbers[0], numbers[1], _text(row, "date"), {}, {}, None)
    # Rows in a fixed order: the first title (and evidence) of a language is kept, whatever
    # order the engine answers in.
    for row in sorted(answers["titles"], key=_row_key):
        resolution = resolutions.get(row["instrument"])
        lang = row["title"].language if isinstance(row["title"], ox.Literal) else None
        if resolution is None or lang not in ("en", "fr"):
            continue
        if row["property"] == DCT.title:
            resolution.titles.setdefault(lang, row["title"].value)
            resolution.title_evidence.setdefault(lang, row["evidence"])
        elif lang == "en":
            resolution.agenda = resolution.agenda or row["title"].value
    by_language: dict[tuple[ox.NamedNode, str], list[Paragraph]] = defaultdict(list)
    for row in answers["paragraphs"]:
        if row["instrument"] not in resolutions:
            continue
        text = row["text"]
        position = int(row["position"].value) if "position" in row else 0
        by_language[(row["instrument"], text.language or "")].append(Paragraph(
            row["paragraph"], _KINDS[row["type"].value], _text(row, "number") or "", position, text.value))
    for (instrument, lang), paragraphs in by_language.items():
        resolutions[instrument].paragraphs[lang] = _document_order(paragraphs)
    for row in answers["citations"]:
        if row["from"] in resolutions and row["to"] in resolutions:
            resolutions[row["from"]].cites[row["to"]] = row["evidence"]
    assignees: dict[tuple, set] = defaultdict(set)
    for row in sorted(answers["mandates"], key=_row_key):
        key = (row["deliverable"], row["paragraph"], row["kind"])
        assignees[key]  # a mandate without an assignee is still a mandate
        if "assignee" in row:
            assignees[key].add(row["assignee"])
    mandates = [Mandate(d, p, k, frozenset(a)) for (d, p, k), a in assignees.items()]
    return LineageInput(resolutions, mandates)


def _document_order(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Preamble first, then each operative paragraph followed by its points (a point's IRI is its
    paragraph's plus a letter, and its position counts within its paragraph)."""
    by_iri = {p.iri.value: p for p in paragraphs}

    def key(p: Paragraph) -> tuple:
        parent = by_iri.get(p.iri.value.rsplit("/", 1)[0]) if p.kind == "subparagraph" else None
        return (*key(parent), p.position) if parent is not None else (p.kind == "preambular" and 0 or 1, p.position)

    return sorted(paragraphs, key=key)
