"""Load the UN's per-session resolution metadata (``akn/metadata/NN.jsonl``).

One JSON object per line and resolution: adoption type and meeting, committee, agenda item,
sponsors, recorded votes (each Member State's vote, resolved to ISO 3166 codes) with counts,
and SDGs (``http://metadata.un.org/sdg/N``). Every value's evidence is its span in the line.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import Literal, NamedNode

from ontology.namespaces import MG, XSD
from loaders.errors import ParseError
from loaders.formats.base import LoadedDocument, LoadRequest
from loaders.quads.builder import GraphBuilder, SourceDocument
from loaders.registry import Registry, load_registry
from loaders.quads.resolution import instrument_node

__all__ = ["metadata_quads", "looks_like_metadata", "MetadataReport", "SDG_BASE", "load"]

SDG_BASE = "http://metadata.un.org/sdg/"
_VOTES = {"MS_in_favour": MG.votedInFavour, "MS_against": MG.votedAgainst, "MS_abstaining": MG.abstained}
_COUNTS = {"MS_in_favour_count": MG.inFavourCount, "MS_against_count": MG.againstCount,
           "MS_abstaining_count": MG.abstainingCount}
_SPONSORS = {"sponsors": MG.sponsor, "additional_sponsors": MG.additionalSponsor}
_TEXTS = {"adoption_type": MG.adoptionType, "adoption_meeting": MG.adoptionMeeting, "committee": MG.committee}


def looks_like_metadata(text: str) -> bool:
    return text.lstrip().startswith('{"symbol"')


@dataclass
class MetadataReport:
    resolutions: int = 0
    unresolved: dict[str, int] = field(default_factory=dict)


class _Line:
    """Finds the span of each value of one JSON line, in order, as ``json.dumps`` would write it."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end

    def key(self, name: str) -> int | None:
        at = self.text.find(f'"{name}":', self.start, self.end)
        return None if at < 0 else at + len(name) + 3

    def string(self, value: str, after: int) -> tuple[int, int] | None:
        for candidate in (json.dumps(value, ensure_ascii=False)[1:-1], json.dumps(value)[1:-1]):
            at = self.text.find(f'"{candidate}"', after, self.end)
            if at >= 0:
                return at + 1, at + 1 + len(candidate)
        return None


def _check_types(record: object, path: str | None, line: int) -> None:
    """Refuse a line whose values have the wrong JSON types, naming the field."""
    def wrong(field: str, expected: str, value: object) -> ParseError:
        return ParseError(f"field {field!r} must be {expected}, not {type(value).__name__}", path=path, line=line)

    if not isinstance(record, dict):
        raise ParseError(f"expected a JSON object, not {type(record).__name__}", path=path, line=line)
    for key in ("symbol", *_TEXTS):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise wrong(key, "a string", record[key])
    for key in _COUNTS:
        value = record.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, str))):
            raise wrong(key, "a number", value)
    for key in (*_VOTES, *_SPONSORS):
        names = record.get(key)
        if names is not None and (not isinstance(names, list) or not all(isinstance(n, str) for n in names)):
            raise wrong(key, "a list of strings", names)
    goals = record.get("SDGs")
    if goals is not None and (not isinstance(goals, list)
                              or not all(isinstance(g, (int, str)) and not isinstance(g, bool) for g in goals)):
        raise wrong("SDGs", "a list of numbers", goals)


def metadata_quads(b: GraphBuilder, registry: Registry | None = None) -> MetadataReport:
    registry = registry or load_registry()
    report = MetadataReport()
    b.document_node(kind="un-metadata", title=b.document.name)
    text = b.document.text
    for number, match in enumerate(re.finditer(r"[^\n]+", text), start=1):
        line = _Line(text, match.start(), match.end())
        try:
            record = json.loads(match.group(0))
        except json.JSONDecodeError as error:
            raise ParseError(f"not a JSON object: {error.msg}", path=b.document.path, line=number,
                             column=error.colno) from error
        _check_types(record, b.document.path, number)
        symbol = record.get("symbol")
        if not isinstance(symbol, str) or not symbol.startswith("A/RES/"):
            raise ParseError("no General Assembly resolution symbol", path=b.document.path, line=number)
        report.resolutions += 1
        node = instrument_node(b, symbol)
        symbol_at = line.string(symbol, line.key("symbol") or match.start())
        if symbol_at:
            b.fact(node, MG.symbol, Literal(symbol), span=symbol_at)
        for key, prop in _TEXTS.items():
            value = record.get(key)
            span = line.string(value, line.key(key) or match.start()) if isinstance(value, str) and value else None
            if span:
                b.fact(node, prop, Literal(value), span=span)
        for key, prop in _COUNTS.items():
            value = record.get(key)
            span = line.string(str(value), line.key(key) or match.start()) if value not in (None, "") else None
            if span and str(value).isdigit() and record.get(key.replace("_count", "")):
                b.fact(node, prop, Literal(str(value), datatype=XSD.integer), span=span)
        for key, prop in {**_VOTES, **_SPONSORS}.items():
            cursor = line.key(key)
            for name in record.get(key) or []:
                span = line.string(name, cursor or match.start())
                if span is None:
                    continue
                cursor = span[1]
                state = registry.resolve(name, "en")
                if state is not None and state.iso:
                    b.fact(node, prop, state.iri(b.iris), span=span)
                    continue
                found = registry.states_in(text, "en", start=span[0], end=span[1])
                if key in _SPONSORS and len(found) == 1:
                    b.fact(node, prop, found[0].entity.iri(b.iris), span=(found[0].start, found[0].end))
                else:
                    report.unresolved[name] = report.unresolved.get(name, 0) + 1
        cursor = line.key("SDGs")
        for goal in record.get("SDGs") or []:
            span = line.string(str(goal), cursor or match.start())
            if span and str(goal).isdigit():
                cursor = span[1]
                b.fact(node, MG.sdg, NamedNode(SDG_BASE + str(goal)), span=span)
    if not report.resolutions:
        raise ParseError("empty: a metadata file needs one JSON object per line", path=b.document.path, line=1)
    return report


def load(path: Path, request: LoadRequest) -> LoadedDocument:
    """A session metadata file's named graph (see :func:`loaders.document.load_document`)."""
    text = SourceDocument.read(path, lang="en", size="document").text
    document = SourceDocument.from_text(text, name=f"{path.parent.name}-{path.stem}", lang="en", path=str(path))
    builder = GraphBuilder(document, iris=request.minter)
    metadata_quads(builder)
    return LoadedDocument(path=path, kind="metadata", lang="en", graph=builder.graph, quads=builder.quads)
