"""Query rows as plain JSON values: integers as numbers, everything else as its lexical form."""

from __future__ import annotations

from typing import Any

__all__ = ["plain", "plain_rows"]


def plain(term: Any) -> object:
    if term is None:
        return None
    datatype = getattr(term, "datatype", None)
    if datatype is not None and datatype.value.endswith("#integer"):
        return int(term.value)
    return term.value


def plain_rows(rows: list[dict[str, Any]]) -> list[dict[str, object]]:
    return [{key: plain(value) for key, value in row.items()} for row in rows]
