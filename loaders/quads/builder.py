"""What every loader produces: a source document and the quads of its named graph.

A :class:`GraphBuilder` writes into one named graph (the document's). ``fact`` asserts a
triple *and* its evidence: the document, the start and end offsets and the exact quote,
checked against the document's text so that ``text[start:end] == quote`` always holds.

>>> doc = SourceDocument.from_text("Invite les États.", name="t.txt", lang="fr")
>>> b = GraphBuilder(doc)
>>> ev = b.fact(b.iris.entity("a"), MG.mentions, b.iris.entity("b"), span=(11, 17))
>>> b.quote_of(11, 17)
'États.'
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from pyoxigraph import BlankNode, Literal, NamedNode, Quad

from ontology.namespaces import DCT, MG, OA, PROV, RDF, RDFS, XSD, Iris, iris
from loaders.errors import LoadError
from loaders.limits import SizeKind, read_bounded

__all__ = ["SourceDocument", "GraphBuilder", "Object", "date_literal", "text_literal"]

Object = NamedNode | Literal | BlankNode


def date_literal(value: date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD.date)


@lru_cache(maxsize=1 << 16)
def _integer(value: int) -> Literal:
    """An ``xsd:integer`` literal; offsets recur (every fact of a span), and a literal is immutable."""
    return Literal(str(value), datatype=XSD.integer)


def text_literal(text: str, lang: str) -> Literal:
    return Literal(text, language=lang)


@dataclass(frozen=True)
class SourceDocument:
    """A document as read: its name, language and full text."""

    name: str
    text: str
    lang: str
    sha256: str
    path: str | None = None

    @classmethod
    def from_text(cls, text: str, *, name: str, lang: str, path: str | None = None) -> "SourceDocument":
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        return cls(name=name, text=text, lang=lang, sha256=digest, path=path)

    @classmethod
    def read(cls, path: Path, *, lang: str, size: SizeKind = "text") -> "SourceDocument":
        """Read ``path`` as UTF-8, refused past the size limit for ``size`` (see ``loaders.limits``)."""
        raw = read_bounded(path, size)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            line = raw[: error.start].count(b"\n") + 1
            raise LoadError(f"not UTF-8 text ({error.reason})", path=str(path), line=line) from error
        text = text.replace("\r\n", "\n")
        return cls(name=path.stem, text=text, lang=lang, path=str(path),
                   sha256=hashlib.sha256(raw).hexdigest())


@dataclass
class GraphBuilder:
    """Collects the quads of one document's named graph, with evidence for each fact."""

    document: SourceDocument
    iris: Iris = field(default_factory=iris)
    quads: list[Quad] = field(default_factory=list)
    _seen: set[Quad] = field(default_factory=set)
    _evidence: set[NamedNode] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.doc_iri = self.iris.document(self.document.name)
        self.graph = self.doc_iri

    def add(self, subject: NamedNode | BlankNode, predicate: NamedNode, obj: Object) -> None:
        quad = Quad(subject, predicate, obj, self.graph)
        if quad not in self._seen:
            self._seen.add(quad)
            self.quads.append(quad)

    def text(self, subject: NamedNode, predicate: NamedNode, value: str) -> None:
        self.add(subject, predicate, text_literal(value, self.document.lang))

    def label(self, subject: NamedNode, labels: dict[str, str]) -> None:
        for lang, value in labels.items():
            if value:
                self.add(subject, RDFS.label, text_literal(value, lang))

    def quote_of(self, start: int, end: int) -> str:
        text = self.document.text
        if not 0 <= start < end <= len(text):
            raise LoadError(f"evidence span {start}-{end} is outside the text", path=self.document.path)
        return text[start:end]

    def fact(self, subject: NamedNode, predicate: NamedNode, obj: Object, *,
             span: tuple[int, int]) -> NamedNode:
        """Assert ``subject predicate obj`` and the evidence that ``span`` of the document states it."""
        self.add(subject, predicate, obj)
        return self.evidence(subject, predicate, obj, span=span)

    def evidence(self, subject: NamedNode, predicate: NamedNode, obj: Object, *,
                 span: tuple[int, int]) -> NamedNode:
        start, end = span
        quote = self.quote_of(start, end)
        key = "\x1f".join([self.doc_iri.value, str(subject), str(predicate), str(obj), str(start), str(end)])
        node = self.iris.evidence(hashlib.sha1(key.encode("utf-8")).hexdigest()[:20])
        if node in self._evidence:  # the same fact from the same span: already stated
            return node
        self._evidence.add(node)
        # The node is minted from everything below, so these quads are new: no per-quad check.
        graph = self.graph
        self.quads += [
            Quad(node, RDF.type, MG.Evidence, graph),
            Quad(node, RDF.subject, subject, graph),
            Quad(node, RDF.predicate, predicate, graph),
            Quad(node, RDF.object, obj, graph),
            Quad(node, PROV.wasDerivedFrom, self.doc_iri, graph),
            Quad(node, OA.start, _integer(start), graph),
            Quad(node, OA.end, _integer(end), graph),
            Quad(node, OA.exact, text_literal(quote, self.document.lang), graph),
        ]
        return node

    def document_node(self, *, kind: str, title: str | None = None) -> NamedNode:
        """The source document itself: its text (against which spans are checked), name, digest,
        kind and ``title`` (what a person calls it, read from the document; in its language)."""
        doc = self.doc_iri
        if title:
            self.add(doc, DCT.title, text_literal(" ".join(title.split()), self.document.lang))
        self.add(doc, RDF.type, MG.SourceDocument)
        self.add(doc, MG.sourceText, text_literal(self.document.text, self.document.lang))
        self.add(doc, MG.fileName, Literal(self.document.name))
        self.add(doc, MG.sha256, Literal(self.document.sha256))
        self.add(doc, MG.documentKind, Literal(kind))
        self.add(doc, RDFS.label, Literal(self.document.name))
        return doc
