"""A word-level diff of two paragraph texts (rapidfuzz's Levenshtein opcodes over words).

>>> word_diff("Recalls its resolution 78/14;", "Recalls its resolution 79/15;")
[('equal', 'Recalls its resolution'), ('delete', '78/14'), ('insert', '79/15'), ('equal', ';')]
"""

from __future__ import annotations

import re
from typing import Literal

from rapidfuzz.distance import Levenshtein

__all__ = ["DiffOp", "word_diff"]

DiffOp = Literal["equal", "delete", "insert"]
_TOKEN = re.compile(r"\w+(?:[-'’/.]\w+)*|[^\w\s]")


def _join(tokens: list[str]) -> str:
    return re.sub(r" ([,;:.)\]])", r"\1", re.sub(r"([(\[]) ", r"\1", " ".join(tokens)))


def word_diff(old: str, new: str) -> list[tuple[DiffOp, str]]:
    """The words kept, removed and added from ``old`` to ``new``, in order; a replacement is a
    deletion followed by an insertion."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    ops: list[tuple[DiffOp, str]] = []
    for op in Levenshtein.opcodes(a, b):
        if op.tag == "equal":
            ops.append(("equal", _join(a[op.src_start:op.src_end])))
            continue
        if op.src_end > op.src_start:
            ops.append(("delete", _join(a[op.src_start:op.src_end])))
        if op.dest_end > op.dest_start:
            ops.append(("insert", _join(b[op.dest_start:op.dest_end])))
    return ops
