"""Query rows as plain JSON values (integers as numbers, everything else as its lexical form),
and search candidates as the API lists them."""

from __future__ import annotations

from typing import Any

from queries.search import Hit

__all__ = ["plain", "plain_rows", "candidates"]


def plain(term: Any) -> object:
    if term is None:
        return None
    datatype = getattr(term, "datatype", None)
    if datatype is not None and datatype.value.endswith("#integer"):
        return int(term.value)
    return term.value


def plain_rows(rows: list[dict[str, Any]]) -> list[dict[str, object]]:
    return [{key: plain(value) for key, value in row.items()} for row in rows]


def candidates(hits: list[Hit]) -> list[dict[str, Any]]:
    """Search hits as the API lists them: what an ambiguous name could mean, or "did you mean"."""
    return [{"iri": c.iri, "label": c.label, "type": c.type, "score": c.score} for c in hits]
