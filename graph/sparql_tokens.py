"""A SPARQL 1.1 tokenizer: the query text as the parser will read it, in linear time.

Decisions about an untrusted query (is it an update, which endpoints does it call) are taken
on these tokens, never on the raw text: an IRI holding ``#`` is not a comment, a ``'`` inside
an IRI does not open a string, and ``SERVICE<http://…>`` is a keyword and an IRI.

Each step reads at the current position with an anchored pattern that cannot back up past a
delimiter it must not cross, and a string that does not end stops the scan with an error, so
the whole text is read once.

>>> [t.text for t in tokenize('SELECT * { SERVICE<http://x/#a> { ?s ?p "#}" } }')][:5]
['SELECT', '*', '{', 'SERVICE', '<http://x/#a>']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal, NamedTuple

__all__ = ["Token", "TokenKind", "SparqlLexError", "tokenize", "position", "iri_value"]

TokenKind = Literal["iri", "string", "pname", "var", "blank", "word", "number", "langtag", "punct"]

_BASE = (r"A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D"
         r"\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF")
_CHARS_U = _BASE + "_"
_CHARS = _CHARS_U + r"\-0-9\u00B7\u0300-\u036F\u203F-\u2040"
_PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"

_IRIREF = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*(?:\\(?:u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})[^<>\"{}|^`\\\x00-\x20]*)*>")
# A prefix run, then a local part; trailing dots are not part of a name and are given back.
_PREFIX_RUN = re.compile(rf"[{_BASE}][{_CHARS}.]*")
_LOCAL = re.compile(rf"(?:(?:[{_CHARS_U}:0-9]|{_PLX})(?:[{_CHARS}.:]|{_PLX})*)?")
_VAR = re.compile(rf"[?$][{_CHARS_U}0-9][{_CHARS_U}0-9\u00B7\u0300-\u036F\u203F-\u2040]*")
_BLANK = re.compile(rf"_:[{_CHARS_U}0-9](?:[{_CHARS}.])*")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
_NUMBER = re.compile(r"[0-9]+\.[0-9]*[eE][+-]?[0-9]+|[0-9]*\.[0-9]+(?:[eE][+-]?[0-9]+)?"
                     r"|[0-9]+(?:[eE][+-]?[0-9]+)?")
_LANGTAG = re.compile(r"@[A-Za-z]+(?:-[A-Za-z0-9]+)*(?:--[A-Za-z]+)?")
_SPACE = re.compile(r"(?:[ \t\r\n]+|#[^\r\n]*)+")
_SHORT_STRING = {
    "'": re.compile(r"'(?:[^'\\\r\n]|\\.)*'", re.S),
    '"': re.compile(r'"(?:[^"\\\r\n]|\\.)*"', re.S),
}
_LONG_STRING = {
    "'": re.compile(r"'''(?:[^'\\]|\\.|'(?!''))*'''", re.S),
    '"': re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""', re.S),
}
_SPACE_START = frozenset(" \t\r\n#")
_NUMBER_START = frozenset("0123456789.")
_NAME_START = re.compile(f"[{_BASE}]")
_PUNCT = ("^^", "||", "&&", "!=", ">=", ">>", "{|", "|}")
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


class SparqlLexError(ValueError):
    """The text cannot be read as SPARQL; ``line`` and ``column`` (from 1) say where."""

    def __init__(self, message: str, line: int, column: int) -> None:
        self.line = line
        self.column = column
        super().__init__(f"{message} at line {line}, column {column}")


class Token(NamedTuple):
    kind: TokenKind
    text: str
    start: int

    @property
    def keyword(self) -> str:
        """The upper-cased text of a word (keywords are case-insensitive), else ''."""
        return self.text.upper() if self.kind == "word" else ""


def position(text: str, offset: int) -> tuple[int, int]:
    """Line and column (from 1) of ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _error(text: str, offset: int, message: str) -> SparqlLexError:
    return SparqlLexError(message, *position(text, offset))


def iri_value(token: Token) -> str:
    """The IRI an ``iri`` token stands for, its ``\\u`` escapes decoded as the parser does."""
    return _CODEPOINT.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), token.text[1:-1])


def _prefix_colon(text: str, pos: int) -> int:
    """Where the ``:`` of a prefixed name starting at ``pos`` is, or minus the end of the
    prefix run there when no ``:`` follows it (so nothing inside it is a prefixed name).
    """
    if text[pos] == ":":
        return pos
    stop = _PREFIX_RUN.match(text, pos).end()  # type: ignore[union-attr]
    if stop < len(text) and text[stop] == ":" and text[stop - 1] != ".":
        return stop
    return -stop


def tokenize(text: str) -> Iterator[Token]:
    """The tokens of ``text``, comments and spaces left out.

    Raises :class:`SparqlLexError` on a string that does not end.
    """
    pos, end = 0, len(text)
    # A prefix run not followed by ':' rules out a prefixed name anywhere inside it: skip
    # those positions rather than read the run again from each of them.
    no_prefix_before = 0
    while pos < end:
        char = text[pos]
        kind: TokenKind = "punct"
        stop = pos + 1
        if char in _SPACE_START:
            pos = _SPACE.match(text, pos).end()  # type: ignore[union-attr]
            continue
        if char in "'\"":
            long = _LONG_STRING[char] if text.startswith(char * 3, pos) else None
            match = (long or _SHORT_STRING[char]).match(text, pos)
            if match is None:
                raise _error(text, pos, "a string that does not end")
            kind, stop = "string", match.end()
        elif char == "<":
            if match := _IRIREF.match(text, pos):
                kind, stop = "iri", match.end()
            elif text.startswith(("<=", "<<"), pos) and not _IRIREF.match(text, pos + 1):
                stop = pos + 2
        elif char in "?$":
            if match := _VAR.match(text, pos):
                kind, stop = "var", match.end()
        elif char == "_":
            if match := _BLANK.match(text, pos):
                kind, stop = "blank", match.end()
                while text[stop - 1] == ".":
                    stop -= 1
        elif char == ":" or (pos >= no_prefix_before and _NAME_START.match(char)):
            colon = _prefix_colon(text, pos)
            if colon < 0:
                no_prefix_before = -colon
            else:
                kind, stop = "pname", _LOCAL.match(text, colon + 1).end()  # type: ignore[union-attr]
                while stop > colon + 1 and text[stop - 1] == ".":
                    stop -= 1
        if kind == "punct" and stop == pos + 1:
            if match := _WORD.match(text, pos):
                kind, stop = "word", match.end()
            elif char in _NUMBER_START and (match := _NUMBER.match(text, pos)):
                kind, stop = "number", match.end()
            elif char == "@" and (match := _LANGTAG.match(text, pos)):
                kind, stop = "langtag", match.end()
            elif text.startswith(_PUNCT, pos) and char != "<":
                stop = pos + 2
        yield Token(kind, text[pos:stop], pos)
        pos = stop
