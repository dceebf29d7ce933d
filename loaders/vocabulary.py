"""The ontology's property IRIs, which curated facts may use."""

from __future__ import annotations

from functools import lru_cache

import pyoxigraph as ox

from ontology import ONTOLOGY_TTL
from ontology.namespaces import OWL, RDF

__all__ = ["known_properties"]


@lru_cache(maxsize=1)
def known_properties() -> frozenset[str]:
    store = ox.Store()
    store.load(path=str(ONTOLOGY_TTL), format=ox.RdfFormat.TURTLE)
    return frozenset(
        q.subject.value
        for kind in (OWL.ObjectProperty, OWL.DatatypeProperty)
        for q in store.quads_for_pattern(None, RDF.type, kind)
    )
