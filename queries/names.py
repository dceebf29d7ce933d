"""Library parameters as people type them: an IRI, a UN symbol, or a name the search resolves.

An ``iri`` parameter of a library query takes ``https://…/entity/itu`` as before, a document
symbol (``A/RES/78/311`` is the instrument's IRI, no search needed), or a name or acronym
(``ITU``, ``Global Dialogue on AI Governance``) resolved by :func:`queries.trace.find_entity`,
the same search as ``/mandates``: a weak match is :class:`NotFound` with suggestions, several
equally good ones :class:`Ambiguous` with the candidates.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from graph.store import GraphStore
from ontology.namespaces import iris
from queries.library import NamedQuery
from queries.trace import Ambiguous, NotFound, find_entity

__all__ = ["resolve_name", "resolve_names", "Ambiguous", "NotFound"]

_ABSOLUTE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
#: A UN document symbol: series letters, then slash-separated parts (A/RES/78/311, S/RES/2719(2023)).
_SYMBOL = re.compile(r"^[A-Z]{1,6}(?:/[A-Z0-9][A-Za-z0-9.()\-]*)+$")
#: Parameters that name a property, not a thing: never searched.
_NOT_NAMES = frozenset({"predicate"})


def resolve_name(store: GraphStore, text: str) -> str:
    """The IRI ``text`` stands for: itself if absolute, an instrument for a symbol, else the search's
    one match. Raises :class:`NotFound` or :class:`Ambiguous`."""
    text = text.strip()
    if _ABSOLUTE.match(text):
        return text  # checked as an IRI by the parameter itself
    if _SYMBOL.match(text):
        return iris().instrument(text).value
    return find_entity(store, text)


def resolve_names(store: GraphStore, query: NamedQuery, values: Mapping[str, str | None]) -> dict[str, str | None]:
    """``values`` with each ``iri`` parameter given as a symbol or a name turned into its IRI."""
    resolved = dict(values)
    for name, value in values.items():
        param = query.params.get(name)
        if param is not None and param.type == "iri" and value and name not in _NOT_NAMES:
            resolved[name] = resolve_name(store, value)
    return resolved
