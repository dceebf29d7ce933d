"""The project's prefixes for a user's SPARQL, and parser errors that read like sentences.

A researcher writes ``rdfs:label`` or ``mg:mandatedBy`` without declaring them, as in the
CLI's library queries. :func:`add_known_prefixes` finds, on the query's tokens
(:mod:`graph.sparql_tokens`), the prefixed names it uses and does not declare, and puts a
``PREFIX`` line for each known one before the text; a prefix neither declared nor known is
refused with its position. The user's text is unchanged below the added lines, so
:func:`readable_syntax_error` can give the engine's error positions in the user's own lines.

>>> prepared = add_known_prefixes("SELECT * { ?s rdfs:label ?o }")
>>> prepared.text.splitlines()[0], prepared.added_lines
('PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>', 1)
>>> add_known_prefixes("SELECT * { ?s foo:bar ?o }")
Traceback (most recent call last):
...
graph.sparql_tokens.SparqlLexError: unknown prefix `foo:` at line 1, column 15
>>> readable_syntax_error("error at 3:5: expected one of ABS, [_], ['%']", added_lines=2)
'syntax error at line 1, column 5: expected one of ABS'
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from graph.sparql_tokens import SparqlLexError, position, tokenize
from ontology.namespaces import PREFIXES

__all__ = ["PreparedQuery", "add_known_prefixes", "readable_syntax_error", "KNOWN_PREFIXES"]

#: The prefixes every query may use undeclared: the ones the library and the CLI know.
KNOWN_PREFIXES: Mapping[str, str] = PREFIXES

_ENGINE_ERROR = re.compile(r"^error at (\d+):(\d+): ?(.*)$", re.S)
_CHAR_CLASS = re.compile(r"\[[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*\]")


@dataclass(frozen=True)
class PreparedQuery:
    """What the engine reads (``text``) and how many lines were put before the user's text."""

    text: str
    added_lines: int = 0


def add_known_prefixes(text: str, known: Mapping[str, str] = KNOWN_PREFIXES) -> PreparedQuery:
    """``text`` with a ``PREFIX`` line before it for each known prefix it uses undeclared.

    Raises :class:`SparqlLexError` (user's line and column) for a prefix neither declared in
    the text nor known, and as :func:`graph.sparql_tokens.tokenize`.
    """
    declared: set[str] = set()
    used: dict[str, int] = {}  # prefix -> offset of its first use
    after_prefix_keyword = False
    for token in tokenize(text):
        if token.kind == "pname":
            prefix = token.text.partition(":")[0]
            if after_prefix_keyword:
                declared.add(prefix)
            else:
                used.setdefault(prefix, token.start)
        after_prefix_keyword = token.keyword == "PREFIX"
    missing = [p for p in used if p not in declared]
    for prefix in missing:
        if prefix not in known:
            raise SparqlLexError(f"unknown prefix `{prefix}:`", *position(text, used[prefix]))
    lines = "".join(f"PREFIX {p}: <{known[p]}>\n" for p in missing)
    return PreparedQuery(lines + text, len(missing))


def readable_syntax_error(message: str, *, added_lines: int = 0) -> str:
    """The engine's syntax error in the user's lines, its lists of character classes left out."""
    match = _ENGINE_ERROR.match(message.strip())
    if match is None:
        return message
    line, column, detail = int(match.group(1)) - added_lines, int(match.group(2)), match.group(3)
    detail = " ".join(_CHAR_CLASS.sub("", detail).split())
    detail = re.sub(r"(?:,\s*)+", ", ", detail).strip(" ,")
    detail = re.sub(r"one of ,\s*", "one of ", detail)
    if detail in ("", "expected one of", "expected"):
        detail = "unexpected text"
    return f"syntax error at line {max(line, 1)}, column {column}: {detail}"
