"""One resolution's lineage as the API and the CLI give it: its predecessor, each paragraph's
change, predecessor paragraph and first resolution, the paragraphs dropped, and (for people)
both texts with a word diff. Reads the library queries ``follows``, ``lineage``,
``lineage-dropped`` and ``paragraphs``."""

from __future__ import annotations

from typing import Any

from graph.lineage.diff import word_diff
from graph.store import GraphStore
from ontology.namespaces import iris
from queries.library import load_library

__all__ = ["resolution_lineage", "public", "with_texts"]


def _rows(store: GraphStore, name: str, **params: str) -> list[dict[str, str]]:
    return [{k: v.value for k, v in row.items()} for row in load_library()[name].run(store, params).rows]


def _number(value: str | None) -> float | None:
    return round(float(value), 3) if value is not None else None


def resolution_lineage(store: GraphStore, symbol: str, *, lang: str = "en") -> dict[str, Any] | None:
    """The lineage of ``symbol`` (None when the graph has no such resolution or no lineage for it).

    ``predecessor.similarity`` is the text similarity: the mean over the resolution's paragraphs
    of their similarity to the predecessor (unchanged 1, amended its word similarity, new 0).
    """
    node = iris().instrument(symbol).value
    rows = _rows(store, "lineage", instrument=node, lang=lang)
    if not rows:
        return None
    paragraphs: dict[str, dict[str, Any]] = {}
    for row in rows:
        entry = paragraphs.setdefault(row["paragraph"], {
            "number": row["number"], "kind": row["kind"], "change": row.get("change"),
            "similarity": _number(row.get("similarity")), "predecessor": None, "firstSeen": row["firstSymbol"],
            "iri": row["paragraph"], "predecessors": []})
        if "predecessorNumber" in row:
            reference = {"symbol": row["predecessorSymbol"], "number": row["predecessorNumber"],
                         "kind": "preambular" if "/preamble/" in row["predecessor"] else "operative",
                         "iri": row["predecessor"]}
            entry["predecessors"].append(reference)
            entry["predecessor"] = entry["predecessor"] or {"symbol": reference["symbol"], "number": reference["number"]}
    follows = _rows(store, "follows", instrument=node)
    predecessor = None
    if follows:
        values = [1.0 if p["change"] == "unchanged" else (p["similarity"] or 0.0) for p in paragraphs.values()]
        predecessor = {"symbol": follows[0]["symbol"], "similarity": round(sum(values) / len(values), 3),
                       "iri": follows[0]["predecessor"], "basis": follows[0]["basis"],
                       "evidence": sorted({f["quote"] for f in follows if "quote" in f})}
    dropped = [{"symbol": r["symbol"], "number": r["number"], "kind": r["kind"], "iri": r["paragraph"]}
               for r in _rows(store, "lineage-dropped", instrument=node, lang=lang)]
    return {"symbol": symbol, "lang": lang, "predecessor": predecessor, "paragraphs": list(paragraphs.values()),
            "dropped": dropped}


def public(lineage: dict[str, Any]) -> dict[str, Any]:
    """The JSON fields the API promises (without the IRIs and texts kept for pages)."""
    predecessor = lineage["predecessor"]
    return {
        "symbol": lineage["symbol"],
        "predecessor": {"symbol": predecessor["symbol"], "similarity": predecessor["similarity"]} if predecessor else None,
        "paragraphs": [{k: p[k] for k in ("number", "kind", "change", "similarity", "predecessor", "firstSeen")}
                       for p in lineage["paragraphs"]],
        "dropped": [{"symbol": d["symbol"], "number": d["number"]} for d in lineage["dropped"]],
    }


def with_texts(store: GraphStore, lineage: dict[str, Any]) -> dict[str, Any]:
    """``lineage`` with each paragraph's text, its predecessors' texts and the word diff."""
    lang = lineage["lang"]
    texts: dict[str, str] = {}
    symbols = {lineage["symbol"]} | ({lineage["predecessor"]["symbol"]} if lineage["predecessor"] else set())
    for symbol in symbols:
        for row in _rows(store, "paragraphs", instrument=iris().instrument(symbol).value):
            if row["lang"] == lang:
                texts[row["paragraph"]] = row["text"]
    for paragraph in lineage["paragraphs"]:
        paragraph["text"] = texts.get(paragraph["iri"], "")
        old = " ".join(texts.get(p["iri"], "") for p in paragraph["predecessors"])
        paragraph["previousText"] = old
        paragraph["diff"] = word_diff(old, paragraph["text"]) if paragraph["change"] == "amended" else []
    for paragraph in lineage["dropped"]:
        paragraph["text"] = texts.get(paragraph["iri"], "")
    return lineage
