"""Trace the mandates of an activity hop by hop, with the quoted evidence of each hop.

:func:`find_entity` turns an IRI or a label (English or French, any accents or case) into
one node, or says which candidates an ambiguous text could mean. :func:`trace` walks the
``next-hops`` query from that node (part of, mandated by, milestone of, implements) until it
reaches instruments, and on through paragraph-of and annex-of, so a Compact milestone
reaches the resolution that adopted the Compact.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Any

from pyoxigraph import NamedNode

from ontology.namespaces import MG
from graph.store import GraphStore
from queries.library import load_library
from queries.search import Hit, label_index

__all__ = ["NotFound", "Ambiguous", "find_entity", "trace", "trace_json", "Mandate", "Hop"]

_CHAIN = {MG.partOf, MG.mandatedBy, MG.milestoneOf, MG.implements}
_UP = {MG.paragraphOf, MG.annexOf}
_MAX_HOPS = 8


class NotFound(LookupError):
    """Nothing in the graph matches the text or IRI; ``candidates`` are weaker hits ("did you mean")."""

    def __init__(self, message: str, candidates: list[Hit] | None = None) -> None:
        self.candidates = candidates or []
        if self.candidates:
            message += "; did you mean: " + "; ".join(f"{c.label} <{c.iri}>" for c in self.candidates)
        super().__init__(message)


class Ambiguous(LookupError):
    """The text names several entities equally well."""

    def __init__(self, text: str, candidates: list[Hit]) -> None:
        self.candidates = candidates
        super().__init__(f"{text!r} is ambiguous: " + "; ".join(f"{c.label} <{c.iri}>" for c in candidates))


@dataclass(frozen=True)
class Evidence:
    document: str
    quote: str
    start: int
    end: int
    document_title: str | None = None  # what a person calls the document
    document_kind: str | None = None  # resolution, tracker, prose, un-metadata


@dataclass(frozen=True)
class Hop:
    source: str
    property: str
    target: str
    evidence: tuple[Evidence, ...]


@dataclass
class Mandate:
    instrument: str
    paragraph: str | None
    path: list[Hop] = field(default_factory=list)


#: Rows of library queries kept across traces (``memo``): a build traces every activity, and
#: their chains share paragraphs and instruments.
Memo = dict[tuple[str, tuple[tuple[str, str], ...]], list[dict[str, Any]]]


def _rows(store: GraphStore, name: str, params: dict[str, str], memo: Memo | None) -> list[dict[str, Any]]:
    if memo is None:
        return load_library()[name].run(store, params).rows
    key = (name, tuple(sorted(params.items())))
    if key not in memo:
        memo[key] = load_library()[name].run(store, params).rows
    return memo[key]


def _info(store: GraphStore, node: str, lang: str, memo: Memo | None = None) -> dict[str, str]:
    rows = _rows(store, "node-info", {"node": node, "lang": lang}, memo)
    return {k: v.value for k, v in (rows[0] if rows else {}).items()}


def find_entity(store: GraphStore, text: str, *, lang: str | None = None) -> str:
    """The IRI ``text`` names: itself if it is a node of the graph, else the best label match."""
    text = text.strip()
    if text.startswith(("http://", "https://", "urn:")):
        try:
            node = NamedNode(text)
        except ValueError as error:
            raise NotFound(f"{text!r} is not a valid IRI ({error})") from None
        if not store.select("ASK { { ?n ?p ?o } UNION { ?s ?p ?n } }", {"n": node}).boolean:
            raise NotFound(f"no node <{text}> in the graph")
        return text
    found = label_index(store).search(text, lang=lang, limit=10)
    hits = [h for h in found if h.match]
    if not hits:
        # A weak hit (some words in common) is a suggestion, never the answer.
        raise NotFound(f"nothing in the graph is called {text!r}", found[:5])
    # Scores fall in bands (exact, acronym, prefix, inside, every word); an exact name wins
    # outright, otherwise several entities in the best band make the text ambiguous.
    band = round(hits[0].score, 1)
    top = [h for h in hits if round(h.score, 1) == band]
    if band < 1.0 and len({h.iri for h in top}) > 1:
        raise Ambiguous(text, top)
    return hits[0].iri


def _hops(store: GraphStore, node: str, memo: Memo | None = None) -> list[tuple[str, str, str]]:
    """(property, target, target type) of every chain relation from ``node``."""
    return [(row["property"].value, row["target"].value, row["targetType"].value if "targetType" in row else "")
            for row in _rows(store, "next-hops", {"node": node}, memo)]


def _evidence(store: GraphStore, node: str, prop: str, memo: Memo | None = None) -> dict[str, tuple[Evidence, ...]]:
    """The evidence of each ``node prop ?target``, by target: one query with subject and
    predicate bound, which Oxigraph answers from the node."""
    found: dict[str, set[Evidence]] = {}
    for row in _rows(store, "evidence", {"subject": node, "predicate": prop}, memo):
        if "quote" in row:
            found.setdefault(row["object"].value, set()).add(
                Evidence(row["document"].value, row["quote"].value, int(row["start"].value), int(row["end"].value),
                         row["documentTitle"].value if "documentTitle" in row else None,
                         row["documentKind"].value if "documentKind" in row else None))
    return {target: tuple(sorted(items, key=lambda e: (e.start, e.end, e.document))) for target, items in found.items()}


def trace(store: GraphStore, node: str, *, memo: Memo | None = None) -> list[Mandate]:
    """Every mandate chain from ``node``: breadth first, shortest chains first.

    From activities the walk follows part-of, mandated-by, milestone-of and implements; once
    it reaches a paragraph or an instrument it only goes up (paragraph of, annex of).
    ``memo`` keeps the queries' rows for the next traces on the same store.
    """
    mandates: list[Mandate] = []
    queue: deque[tuple[str, list[Hop], bool]] = deque([(node, [], False)])
    seen = {node}
    while queue:
        current, path, on_documents = queue.popleft()
        if len(path) >= _MAX_HOPS:
            continue
        allowed = _UP if on_documents else _CHAIN
        evidence: dict[str, dict[str, tuple[Evidence, ...]]] = {}  # by property, then target
        for prop, target, target_type in sorted(_hops(store, current, memo)):
            if NamedNode(prop) not in allowed:
                continue
            if prop not in evidence:
                evidence[prop] = _evidence(store, current, prop, memo)
            new_path = [*path, Hop(current, prop, target, evidence[prop].get(target, ()))]
            if target_type == MG.Instrument.value:
                mandates.append(Mandate(target, _last_paragraph(new_path), new_path))
            if target not in seen:
                seen.add(target)
                queue.append((target, new_path, bool(target_type)))
    return mandates


def _last_paragraph(path: list[Hop]) -> str | None:
    for hop in reversed(path):
        if hop.property == MG.paragraphOf.value:
            return hop.source
    return None


def trace_json(store: GraphStore, node: str, *, lang: str = "en", memo: Memo | None = None) -> dict[str, Any]:
    """The same answer as the API's ``/mandates`` (evaluated; the API reads the answer the
    build precomputed when there is one, :mod:`graph.chains`)."""
    infos: dict[str, dict[str, str]] = {}  # chains share nodes: ask each once

    def info_of(iri: str) -> dict[str, str]:
        if iri not in infos:
            infos[iri] = _info(store, iri, lang, memo)
        return infos[iri]

    info = info_of(node)
    out = []
    for mandate in trace(store, node, memo=memo):
        instrument = info_of(mandate.instrument)
        paragraph = info_of(mandate.paragraph) if mandate.paragraph else None
        out.append({
            "instrument": {"iri": mandate.instrument, "symbol": instrument.get("symbol"),
                           "title": instrument.get("title") or instrument.get("label")},
            "paragraph": {"iri": mandate.paragraph, "number": paragraph.get("number"), "kind": paragraph.get("kind")}
            if paragraph is not None else None,
            "action": paragraph.get("action") if paragraph else None,
            "path": [{"from": h.source, "property": h.property, "to": h.target} for h in mandate.path],
            "evidence": [{"document": e.document, "document_title": e.document_title,
                          "document_kind": e.document_kind, "quote": e.quote, "start": e.start, "end": e.end}
                         for h in mandate.path for e in h.evidence],
        })
    return {"activity": {"iri": node, "label": info.get("label"), "type": info.get("type")}, "mandates": out}
