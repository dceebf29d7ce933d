"""What an untrusted SPARQL query asks for, read from its tokens before it reaches the engine.

:func:`inspect_query` reads the query once (:mod:`graph.sparql_tokens`) and tells its form
(``SELECT``, ``ASK``, ``CONSTRUCT``, ``DESCRIBE`` or an update), the endpoints its ``SERVICE``
clauses call, and whether it names its own dataset (``FROM`` / ``FROM NAMED``).
:func:`refusal` says why such a query may not run on a read-only endpoint that federates
only with exactly allow-listed endpoints. Nesting deeper than :data:`MAX_NESTING` is refused
with its position: the engine's parser is recursive and overflows its stack on a few
thousand levels.

>>> refusal("SELECT * { SERVICE<http://127.0.0.1:9/> { ?s ?p ?o } }", allowed=[])
'SERVICE <http://127.0.0.1:9/> is not allowed on this endpoint (line 1, column 12)'
>>> inspect_query("PREFIX e: <http://e/> ASK FROM <http://g> { ?s ?p e:o }").form
'ASK'
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urljoin

from graph.sparql_tokens import SparqlLexError, Token, iri_value, position, tokenize

__all__ = ["QueryShape", "Service", "SparqlLexError", "QueryRefused", "inspect_query", "guard", "refusal",
           "MAX_NESTING"]

QueryForm = Literal["SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "UPDATE", "UNKNOWN"]

#: Brackets (``{``, ``(``, ``[``) open at once, or prefix operators (``!``, ``-``, ``+``) in a row.
MAX_NESTING = 32  # nested blank nodes cost the parser ~0.2 s at 32 levels, 6 s at 128

_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}
_UPDATES = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
_OPENERS, _CLOSERS = {"{", "(", "[", "<<", "{|"}, {"}", ")", "]", ">>", "|}"}
_PREFIX_OPERATORS = {"!", "-", "+"}
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


@dataclass(frozen=True)
class Service:
    """One ``SERVICE`` clause: the endpoint IRI it calls (None when not a fixed IRI), the
    target as written, and the offset of the keyword in the query text."""

    endpoint: str | None
    written: str
    start: int


@dataclass(frozen=True)
class QueryShape:
    form: QueryForm
    services: list[Service] = field(default_factory=list)
    has_dataset: bool = False

    @property
    def is_graph_query(self) -> bool:
        return self.form in ("CONSTRUCT", "DESCRIBE")


class _Nesting:
    """Counts open brackets and prefix operators in a row; refuses past :data:`MAX_NESTING`."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.depth = self.run = 0

    def see(self, token: Token) -> None:
        if token.kind != "punct":
            self.run = 0
            return
        if token.text in _OPENERS:
            self.depth += 1
        elif token.text in _CLOSERS:
            self.depth -= 1
        self.run = self.run + 1 if token.text in _PREFIX_OPERATORS else 0
        if self.depth > MAX_NESTING or self.run > MAX_NESTING:
            line, column = position(self.text, token.start)
            raise SparqlLexError(f"the query nests deeper than {MAX_NESTING} levels", line, column)


def _shapes(text: str, base: str = "", prefixes: Mapping[str, str] | None = None) -> Iterator[QueryShape]:
    """The shape of the query as read so far, once per ``SERVICE`` and once at the end.

    ``base`` is the IRI relative IRIs resolve against before any ``BASE`` of the query, and
    ``prefixes`` those known before its own ``PREFIX`` declarations, as the engine is given them.
    """
    nesting = _Nesting(text)
    tokens = tokenize(text)
    window: deque[Token] = deque()  # the token being looked at and the two after it
    prefixes = dict(prefixes or {})
    form: QueryForm = "UNKNOWN"
    services: list[Service] = []
    has_dataset = False
    exhausted = False
    while True:
        while not exhausted and len(window) < 4:
            token = next(tokens, None)
            if token is None:
                exhausted = True
            else:
                nesting.see(token)
                window.append(token)
        if not window:
            break
        token = window.popleft()
        keyword = token.keyword
        following = window[0] if window else None
        if keyword == "BASE" and following is not None and following.kind == "iri":
            base = _resolve(base, iri_value(following))
        elif keyword == "PREFIX" and following is not None and following.kind == "pname":
            after = window[1] if len(window) > 1 else None
            if after is not None and after.kind == "iri":
                prefixes[following.text[:-1]] = _resolve(base, iri_value(after))
        elif form == "UNKNOWN" and keyword in _FORMS:
            form = keyword  # type: ignore[assignment]
        elif form == "UNKNOWN" and keyword in _UPDATES:
            form = "UPDATE"
        elif keyword == "FROM":
            has_dataset = True
        elif keyword == "SERVICE":
            services.append(_service(token, list(window)[:2], base, prefixes))
            yield QueryShape(form, services, has_dataset)
        elif _hides_service(token):
            services.append(Service(None, f"inside the name {token.text!r}", token.start))
            yield QueryShape(form, services, has_dataset)
    yield QueryShape(form, services, has_dataset)


def _hides_service(token: Token) -> bool:
    """Whether the engine may read a ``SERVICE`` keyword inside this name.

    Its parser matches keywords without a word boundary and backtracks: ``trueSERVICE <u>``
    after a triple, ``SERVICESILENT<u>`` and ``SERVICE:x`` (the keyword, then ``:x``) all call
    the endpoint. So a bare word or a prefix that contains ``SERVICE`` anywhere, other than the
    keyword itself, counts as a call to an unknown endpoint.
    """
    if token.kind == "word":
        return "SERVICE" in token.keyword
    if token.kind == "pname":
        return "SERVICE" in token.text.partition(":")[0].upper()
    return False


def inspect_query(text: str, *, base: str = "", prefixes: Mapping[str, str] | None = None) -> QueryShape:
    """The shape of the query ``text`` (``base`` and ``prefixes`` as the engine is given them).

    Raises :class:`SparqlLexError` (with line and column) when the text cannot be tokenized
    or nests too deep.
    """
    shape = QueryShape("UNKNOWN")
    for shape in _shapes(text, base, prefixes):
        pass
    return shape


def _resolve(base: str, iri: str) -> str:
    return urljoin(base, iri) if base and not _SCHEME.match(iri) else iri


def _service(keyword: Token, rest: list[Token], base: str, prefixes: dict[str, str]) -> Service:
    silent = bool(rest) and rest[0].keyword == "SILENT"
    if silent:
        rest = rest[1:]
    if not rest:
        return Service(None, "", keyword.start)
    target = rest[0]
    endpoint = None
    if target.kind == "iri":
        endpoint = _resolve(base, iri_value(target))
    elif target.kind == "pname":
        prefix, _, local = target.text.partition(":")
        if not silent and prefix.upper().startswith("SILENT"):
            pass  # the engine reads the keyword SILENT, then calls another name: ``silentx:y`` is ``x:y``
        elif prefix in prefixes and "\\" not in local and "%" not in local:
            endpoint = prefixes[prefix] + local
    return Service(endpoint, target.text, keyword.start)


class QueryRefused(ValueError):
    """The query may not run on this endpoint; the message says why and where."""


def guard(text: str, allowed: Iterable[str], *, base: str = "",
          prefixes: Mapping[str, str] | None = None) -> QueryShape:
    """The shape of ``text``, once sure it may run here.

    Raises :class:`QueryRefused` for an update or a ``SERVICE`` whose endpoint (resolved
    against ``base`` and ``prefixes``, as the engine is given them) is not exactly one of
    ``allowed`` (it stops at the first one, so a long text of them costs one read), and
    :class:`SparqlLexError` as :func:`inspect_query`.

    >>> guard("SELECT * { SERVICE <sparql> {} }", ["http://h/sparql"], base="http://h/q").services[0].endpoint
    'http://h/sparql'
    """
    allowed = set(allowed)
    shape = QueryShape("UNKNOWN")
    for shape in _shapes(text, base, prefixes):
        if shape.form == "UPDATE":
            raise QueryRefused("this endpoint is read-only: SPARQL Update is not accepted")
        service = shape.services[-1] if shape.services else None
        if service is not None and (service.endpoint is None or service.endpoint not in allowed):
            line, column = position(text, service.start)
            written = service.written or "without an endpoint"
            raise QueryRefused(f"SERVICE {written} is not allowed on this endpoint"
                               f" (line {line}, column {column})")
    return shape


def refusal(text: str, allowed: Iterable[str]) -> str | None:
    """Why ``text`` may not run here (see :func:`guard`), or None."""
    try:
        guard(text, allowed)
    except QueryRefused as refused:
        return str(refused)
    return None
