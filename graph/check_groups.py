"""Checks that test the same target nodes, asked in one query.

Most checks are a sub-select of the nodes that break one constraint, joined with the shape's
target (``?node a mg:Evidence``, or the nodes the index types with a class of the shape):
twelve of the twenty evidence checks differ only in their sub-select. Asked one at a time,
the store reads the whole target (every evidence node's type) once per check. Here the
sub-selects of the checks that share a target become one ``UNION``, each branch tagging its
rows with its check's name, joined with the target once.

A check's rows are the rows tagged with its name, and they are exactly its own query's: a join
distributes over a union, so ``(A ∪ B) ⋈ T`` holds ``A ⋈ T`` and ``B ⋈ T`` side by side, told
apart by the tag; ``SELECT DISTINCT`` with the tag keeps each check's rows distinct as its own
``SELECT DISTINCT ?node ?value`` does. A check of any other form is asked alone, as before.
``tests/graph/test_check_groups.py`` compares the two on every check's valid and broken
examples.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from graph.binding import Term
from graph.check_files import Check
from graph.store import GraphStore

__all__ = ["split", "grouped", "group_query", "rows_by_check"]

_HEAD = "SELECT DISTINCT ?node ?value\nWHERE {\n"
_NAME = re.compile(r"^[a-z0-9-]+$")


def _closing(text: str, start: int) -> int | None:
    """The index just past the brace that closes the one at ``start`` (string literals skipped)."""
    depth, i, quote = 0, start, None
    while i < len(text):
        char = text[i]
        if quote:
            if char == "\\":
                i += 1
            elif char == quote:
                quote = None
        elif char in "\"'":
            quote = char
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return None


def split(check: Check) -> tuple[str, str] | None:
    """(sub-select, target) of a check written ``SELECT DISTINCT ?node ?value WHERE { { SELECT
    … } TARGET }``, or None for a check of another form."""
    body = check.body.strip()
    if not body.startswith(_HEAD) or not body.endswith("}") or not _NAME.match(check.name):
        return None
    inner = body[len(_HEAD):-1].strip()
    if not inner.startswith("{ SELECT "):
        return None
    end = _closing(inner, 0)
    if end is None:
        return None
    sub, target = inner[:end], inner[end:].strip()
    if not target or "{ SELECT" in target or "?check" in inner:
        return None
    return sub, target


def grouped(checks: Iterable[Check]) -> list[list[Check]]:
    """The checks in groups asked together (same target), in the order each group first appears."""
    groups: dict[str, list[Check]] = {}
    alone: list[list[Check]] = []
    order: list[list[Check]] = []
    for check in checks:
        parts = split(check)
        if parts is None:
            alone.append([check])
            order.append(alone[-1])
            continue
        if parts[1] not in groups:
            groups[parts[1]] = []
            order.append(groups[parts[1]])
        groups[parts[1]].append(check)
    return order


def group_query(group: list[Check]) -> str:
    """The one query of a group of checks with one target: its rows tagged ``?check``."""
    parts = [split(check) for check in group]
    if any(p is None for p in parts) or len({p[1] for p in parts if p}) != 1:
        raise ValueError("group_query() needs checks of the sub-select form with one target")
    branches = "\n  UNION\n".join(f'  {{ {sub}\n    BIND ("{check.name}" AS ?check) }}'
                                  for check, (sub, _) in zip(group, parts))  # type: ignore[misc]
    return (group[0].text[:-len(group[0].body)] + "SELECT DISTINCT ?check ?node ?value\nWHERE {\n  {\n"
            + branches + "\n  }\n  " + parts[0][1] + "\n}\n")  # type: ignore[index]


def rows_by_check(store: GraphStore, group: list[Check]) -> dict[str, list[dict[str, Term]]]:
    """Each check's rows (``node``, maybe ``value``), asked in one query for a group of several."""
    if len(group) == 1:
        return {group[0].name: group[0].nodes(store)}
    rows: dict[str, list[dict[str, Term]]] = {check.name: [] for check in group}
    for row in store.select(group_query(group)).rows:
        rows[row.pop("check").value].append(row)
    return rows
