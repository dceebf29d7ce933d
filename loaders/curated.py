"""Curated facts: what a parser cannot derive, written by hand with the quote that states it.

A curated file (``corpus/curated/<document>.yaml``) belongs to one source document. Each
fact names a subject, a predicate of the ontology and an object, and carries a ``quote``
that must occur verbatim in the document: the loader finds its offsets, or refuses the file,
naming the file and line of the fact. See ``corpus/curated/README.md`` for the format.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from pyoxigraph import Literal, NamedNode

from ontology.namespaces import DCT, MG, PREFIXES, RDF, RDFS, undocs
from loaders.errors import EvidenceNotFoundError, LoadError, UnknownEntityError
from loaders.limits import SafeYamlLoader, read_bounded, yaml_load
from loaders.quads.builder import GraphBuilder, date_literal
from loaders.registry import Registry

__all__ = ["CuratedFile", "read_curated", "curated_quads", "curated_rejections", "commitment_of", "prose_title",
           "INSTRUMENT_TYPES"]

INSTRUMENT_TYPES = {"GAResolution", "AgencyResolution", "Compact", "Statement", "Report", "Instrument"}


class _LineLoader(SafeYamlLoader):
    """A YAML loader (no anchors or aliases) that records the line of every mapping under ``__line__``."""


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = yaml.SafeLoader.construct_mapping(loader, node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


@dataclass(frozen=True)
class CuratedFile:
    path: Path
    data: dict[str, Any]

    def error(self, message: str, item: dict[str, Any] | None = None, cls: type[LoadError] = LoadError) -> LoadError:
        return cls(message, path=str(self.path), line=(item or {}).get("__line__"))


def read_curated(path: Path) -> CuratedFile:
    try:
        text = read_bounded(path, "text").decode("utf-8")
    except UnicodeDecodeError as error:
        raise LoadError(f"not UTF-8 text ({error.reason})", path=str(path)) from None
    data = yaml_load(text, path=path, loader=_LineLoader) or {}
    if not isinstance(data, dict):
        raise LoadError("expected a mapping at the top level", path=str(path), line=1)
    return CuratedFile(path, data)


def _locate(b: GraphBuilder, curated: CuratedFile, item: dict[str, Any], key: str = "quote") -> tuple[int, int]:
    quote = item.get(key)
    if not isinstance(quote, str) or not quote:
        raise curated.error(f"every curated fact needs a non-empty {key!r}", item)
    text = b.document.text
    occurrence = int(item.get("occurrence", 1))
    start = -1
    for _ in range(occurrence):
        start = text.find(quote, start + 1)
        if start < 0:
            raise curated.error(
                f"quote not found verbatim in {b.document.name}: {quote[:80]!r}", item, EvidenceNotFoundError)
    return start, start + len(quote)


def _predicate(curated: CuratedFile, item: dict[str, Any], known: set[str]) -> NamedNode:
    name = item.get("predicate")
    if not isinstance(name, str):
        raise curated.error("a fact needs a predicate", item)
    prefix, _, local = name.rpartition(":")
    iri = (PREFIXES.get(prefix or "mg", "") + local) if prefix in ("", *PREFIXES) else ""
    if iri not in known:
        raise curated.error(f"predicate {name!r} is not a property of the ontology", item)
    return NamedNode(iri)


def _instrument(b: GraphBuilder, spec: dict[str, Any] | str, curated: CuratedFile, item: dict[str, Any]) -> NamedNode:
    if isinstance(spec, str):
        spec = {"symbol": spec}
    symbol = spec.get("symbol")
    if not symbol:
        raise curated.error("an instrument needs a symbol", item)
    is_resolution = symbol.startswith("A/RES/") and "annex" not in symbol
    kind = spec.get("type") or ("GAResolution" if is_resolution else "Instrument")
    if kind not in INSTRUMENT_TYPES:
        raise curated.error(f"instrument type {kind!r} is not one of {sorted(INSTRUMENT_TYPES)}", item)
    node = b.iris.instrument(symbol)
    b.add(node, RDF.type, MG.Instrument)
    b.add(node, RDF.type, MG.term(kind))
    b.add(node, MG.symbol, Literal(symbol))
    if is_resolution:
        b.add(node, MG.officialRecord, undocs(symbol))
    for lang, label in (spec.get("label") or {}).items():
        if lang != "__line__":
            b.add(node, RDFS.label, Literal(label, language=lang))
    if annex_of := spec.get("annex_of"):
        b.add(node, MG.annexOf, _instrument(b, annex_of, curated, item))
    return node


def _term(b: GraphBuilder, spec: Any, curated: CuratedFile, item: dict[str, Any], registry: Registry,
          this: NamedNode | None) -> NamedNode | Literal:
    if spec == "this":
        if this is None:
            raise curated.error("'this' used but the file declares no instrument", item)
        return this
    if isinstance(spec, str):
        if spec not in registry.entities:
            raise curated.error(f"unknown entity {spec!r}: add it to corpus/registry/entities.yaml",
                                item, UnknownEntityError)
        return registry.entities[spec].iri(b.iris)
    if isinstance(spec, date):
        return date_literal(spec)
    if isinstance(spec, dict):
        if "instrument" in spec:
            return _instrument(b, spec["instrument"], curated, item)
        if "paragraph" in spec:
            instrument = _instrument(b, spec["of"], curated, item)
            node = b.iris.paragraph(instrument, spec.get("kind", "operative"), str(spec["paragraph"]))
            b.add(node, RDF.type, MG.Paragraph)
            b.add(node, RDF.type, MG.OperativeParagraph)
            b.add(node, MG.number, Literal(str(spec["paragraph"])))
            b.add(node, MG.paragraphOf, instrument)
            b.add(instrument, MG.hasParagraph, node)
            return node
        if "country" in spec:
            return registry.country(spec["country"]).iri(b.iris)
        if "text" in spec:
            return Literal(str(spec["text"]), language=b.document.lang)
    raise curated.error(f"cannot read {spec!r} as an entity, instrument, paragraph, date or text", item)


def commitment_of(curated: CuratedFile | None, b: GraphBuilder, registry: Registry) -> NamedNode | None:
    """The Compact paragraph a tracker entry implements, declared under ``commitment``."""
    if curated is None or "commitment" not in curated.data:
        return None
    item = curated.data["commitment"]
    node = _term(b, item, curated, item, registry, None)
    assert isinstance(node, NamedNode)
    b.add(node, RDF.type, MG.Commitment)
    b.fact(b.iris.tracker(b.document.name), MG.implements, node, span=_locate(b, curated, item))
    return node


def _signatories(b: GraphBuilder, curated: CuratedFile, spec: dict[str, Any], registry: Registry,
                 this: NamedNode | None) -> None:
    if this is None:
        raise curated.error("signatories need the file's instrument", spec)
    start, _ = _locate(b, curated, spec, "after")
    start += len(spec["after"])
    mentions = registry.find_mentions(b.document.text, b.document.lang, start=start,
                                      types={"Country", "Organization"})
    cursor = start
    for mention in mentions:
        gap = b.document.text[cursor:mention.start]
        if gap.strip(" ,;\n\t"):
            raise curated.error(f"signatory list: unknown name {gap.strip()!r} before {mention.entity.key!r}",
                                spec, UnknownEntityError)
        b.fact(this, MG.signatory, mention.entity.iri(b.iris), span=(mention.start, mention.end))
        cursor = mention.end
    rest = b.document.text[cursor:].strip(" ,;.\n\t")
    if rest:
        raise curated.error(f"signatory list: unknown name {rest[:60]!r}", spec, UnknownEntityError)


def prose_title(curated: CuratedFile | None, text: str, lang: str) -> str:
    """What a person calls a prose document: its curated instrument's title (a quote of the
    text), else the name the instrument has in the document's language (a statement with no
    title line), else the text's first line."""
    spec = curated.data.get("instrument") if curated is not None else None
    if isinstance(spec, dict):
        if spec.get("title"):
            return str(spec["title"])
        labels = spec.get("label") or {}
        if isinstance(labels, dict) and labels.get(lang):
            return str(labels[lang])
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def curated_rejections(b: GraphBuilder, curated: CuratedFile, registry: Registry,
                       known_properties: set[str]) -> set[tuple]:
    """The triples a curated file's ``reject`` entries refuse: each needs a ``reason`` and a
    verbatim ``quote`` of the text the extractor misread (file and line in the error)."""
    out: set[tuple] = set()
    for item in curated.data.get("reject") or []:
        if not isinstance(item, dict):
            raise curated.error(f"a rejection must be a mapping, not {item!r}")
        if not isinstance(item.get("reason"), str) or not item["reason"].strip():
            raise curated.error("a rejection needs a 'reason'", item)
        _locate(b, curated, item)
        scratch = GraphBuilder(b.document, iris=b.iris)  # rejected terms write nothing
        subject = _term(scratch, item.get("subject"), curated, item, registry, None)
        obj = _term(scratch, item.get("object"), curated, item, registry, None)
        out.add((subject, _predicate(curated, item, known_properties), obj))
    return out


def curated_quads(b: GraphBuilder, curated: CuratedFile, registry: Registry, known_properties: set[str]) -> list[tuple]:
    """Emit the curated instrument, facts and signatories of one document; return the facts' triples."""
    this = None
    if spec := curated.data.get("instrument"):
        this = _instrument(b, spec, curated, spec)
        b.add(b.doc_iri, MG.describes, this)
        if "title" in spec:
            span = _locate(b, curated, spec, "title")
            b.fact(this, DCT.title, Literal(spec["title"], language=b.document.lang), span=span)
    asserted = []
    for item in curated.data.get("facts") or []:
        if not isinstance(item, dict):
            raise curated.error(f"a fact must be a mapping, not {item!r}")
        subject = _term(b, item.get("subject"), curated, item, registry, this)
        if not isinstance(subject, NamedNode):
            raise curated.error("a fact's subject must be an entity, instrument or paragraph", item)
        predicate = _predicate(curated, item, known_properties)
        obj = _term(b, item.get("object"), curated, item, registry, this)
        b.fact(subject, predicate, obj, span=_locate(b, curated, item))
        asserted.append((subject, predicate, obj))
    if spec := curated.data.get("signatories"):
        _signatories(b, curated, spec, registry, this)
    return asserted


