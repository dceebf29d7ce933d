"""A regex alternation of many literal names, as a trie: shared prefixes are matched once.

Python's ``re`` tries the branches of ``a|b|c...`` one after another at every position; with a
thousand names that is most of the cost of finding mentions. The trie form tries each next
character once. Longer names still win: at every node the longer continuations come before
stopping, as in an alternation sorted longest first.

>>> import re
>>> pattern = re.compile(trie_pattern(["un", "unesco", "unicef", "undp"]))
>>> [m.group() for m in pattern.finditer("undp, unesco and un")]
['undp', 'unesco', 'un']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["trie_pattern"]

_END = ""


def trie_pattern(names: Iterable[str]) -> str:
    """A regex (no groups) matching exactly the given non-empty strings, longest first."""
    trie: dict = {}
    for name in names:
        if not name:
            continue
        node = trie
        for char in name:
            node = node.setdefault(char, {})
        node[_END] = True
    return _node(trie) if trie else "(?!)"


def _node(node: dict) -> str:
    ends = _END in node
    branches = [re.escape(char) + _node(child) for char, child in sorted(node.items()) if char != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?" if len(branches) > 1 or not _single_char(body) else f"{body}?"
    return body


def _single_char(body: str) -> bool:
    return len(body) == 1 or (len(body) == 2 and body[0] == "\\")
