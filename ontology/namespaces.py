"""Every namespace and fixed IRI of the project, defined once.

Data IRIs hang off one configurable base (``MANDATES_BASE_IRI``); the vocabulary
(classes and properties) has a fixed namespace so that queries stay portable.

>>> MG.mandatedBy.value
'https://w3id.org/mandate-graph/ontology#mandatedBy'
>>> iris("https://example.org/mg/").instrument("A/RES/78/311").value
'https://example.org/mg/instrument/A/RES/78/311'
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote

from pyoxigraph import NamedNode

__all__ = [
    "Namespace",
    "MG",
    "ACT",
    "DK",
    "RDF",
    "RDFS",
    "OWL",
    "XSD",
    "SKOS",
    "DCT",
    "PROV",
    "ORG",
    "SCHEMA",
    "OA",
    "FRBR",
    "SH",
    "MGS",
    "SHAPES_PREFIX",
    "PREFIXES",
    "DEFAULT_BASE_IRI",
    "UNDOCS",
    "Iris",
    "iris",
    "base_iri",
]


class Namespace:
    """An IRI prefix whose attributes are the IRIs below it."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def __getattr__(self, local: str) -> NamedNode:
        if local.startswith("__"):
            raise AttributeError(local)
        node = NamedNode(self.prefix + local)
        setattr(self, local, node)  # the next access is a plain attribute read
        return node

    def term(self, local: str) -> NamedNode:
        return NamedNode(self.prefix + local)

    def __str__(self) -> str:
        return self.prefix


MG = Namespace("https://w3id.org/mandate-graph/ontology#")
ACT = Namespace("https://w3id.org/mandate-graph/action/")
DK = Namespace("https://w3id.org/mandate-graph/deliverable-kind/")
RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
DCT = Namespace("http://purl.org/dc/terms/")
PROV = Namespace("http://www.w3.org/ns/prov#")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
FRBR = Namespace("http://purl.org/vocab/frbr/core#")
SH = Namespace("http://www.w3.org/ns/shacl#")
#: The project's SHACL shapes (``ontology/shapes.ttl``).
SHAPES_PREFIX = "https://w3id.org/mandate-graph/shapes#"
MGS = Namespace(SHAPES_PREFIX)

#: Prefixes shared by the query library, exports and documentation.
PREFIXES: dict[str, str] = {
    "mg": MG.prefix,
    "act": ACT.prefix,
    "dk": DK.prefix,
    "rdf": RDF.prefix,
    "rdfs": RDFS.prefix,
    "owl": OWL.prefix,
    "xsd": XSD.prefix,
    "skos": SKOS.prefix,
    "dct": DCT.prefix,
    "prov": PROV.prefix,
    "org": ORG.prefix,
    "schema": SCHEMA.prefix,
    "oa": OA.prefix,
    "frbr": FRBR.prefix,
}

DEFAULT_BASE_IRI = "https://w3id.org/mandate-graph/id/"
UNDOCS = "https://undocs.org/"

_SLUG_UNSAFE = re.compile(r"[^A-Za-z0-9._~/-]+")
_HEX_DIGEST = re.compile(r"[0-9a-f]+")


@lru_cache(maxsize=65536)
def _slug(text: str) -> str:
    """A path-safe form of an identifier; keeps slashes of UN symbols."""
    cleaned = _SLUG_UNSAFE.sub("-", text.strip()).strip("-")
    return quote(cleaned, safe="/-._~")


@dataclass(frozen=True)
class Iris:
    """IRI minting for data, from one base IRI. Same input, same IRI."""

    base: str

    def _node(self, *parts: str) -> NamedNode:
        return NamedNode(self.base + "/".join(_slug(p) for p in parts if p))

    def instrument(self, symbol: str) -> NamedNode:
        """``A/RES/78/311`` -> ``<base>instrument/A/RES/78/311``; annexes as ``.../annex/I``."""
        symbol = re.sub(r",?\s*annex\b\s*", "/annex/", symbol.strip(), flags=re.IGNORECASE).rstrip("/")
        return self._node("instrument", symbol)

    def paragraph(self, instrument: NamedNode, kind: str, number: str, part: str | None = None) -> NamedNode:
        """Operative paragraphs are ``/para/N``, preambular ``/preamble/N``, sub-paragraphs
        ``/para/N/a``; where numbering restarts in each part, ``/part/P/para/N``.

        >>> ids = iris("https://example.org/")
        >>> ids.paragraph(ids.instrument("A/RES/79/258"), "operative", "3 (b)", part="II").value
        'https://example.org/instrument/A/RES/79/258/part/II/para/3/b'
        """
        segment = "preamble" if kind == "preambular" else "para"
        number = re.sub(r"\s*\(\s*", "/", number).replace(")", "")
        within = f"/part/{_slug(part)}" if part else ""
        return NamedNode(f"{instrument.value}{within}/{segment}/{_slug(number)}")

    def child(self, parent: NamedNode, *parts: str) -> NamedNode:
        return NamedNode(parent.value + "/" + "/".join(_slug(p) for p in parts))

    def tracker(self, name: str) -> NamedNode:
        return self._node("tracker", name)

    def document(self, name: str) -> NamedNode:
        """``<base>document/<slug of name>``; a name with nothing to slug (all non-ASCII, say)
        gets ``document/h-<digest of the name>`` so that two such files never share a graph.

        >>> iris("https://example.org/").document("Résolution 1").value
        'https://example.org/document/R-solution-1'
        >>> iris("https://example.org/").document("決議").value
        'https://example.org/document/h-edf5fd3b9b4bbc49'
        """
        if not _slug(name):
            return self._node("document", "h-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:16])
        return self._node("document", name)

    def entity(self, key: str) -> NamedNode:
        return self._node("entity", key)

    def country(self, iso: str) -> NamedNode:
        return self._node("country", iso.upper())

    def evidence(self, digest: str) -> NamedNode:
        if not _HEX_DIGEST.fullmatch(digest):
            raise ValueError(f"an evidence digest is lowercase hexadecimal, not {digest!r}")
        return NamedNode(f"{self.base}evidence/{digest}")  # hexadecimal: nothing to slug

    def graph(self, name: str) -> NamedNode:
        return self._node("graph", name)


def base_iri() -> str:
    """The configured base IRI (``MANDATES_BASE_IRI``), always ending in ``/`` or ``#``."""
    base = os.environ.get("MANDATES_BASE_IRI", DEFAULT_BASE_IRI)
    return base if base.endswith(("/", "#")) else base + "/"


def iris(base: str | None = None) -> Iris:
    return Iris(base or base_iri())


def undocs(symbol: str) -> NamedNode:
    """The official address of a UN document symbol."""
    return NamedNode(UNDOCS + quote(symbol.replace(" ", ""), safe="/()"))


__all__.append("undocs")
