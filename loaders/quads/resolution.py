"""Turn a parsed resolution into the quads of its document's named graph, with evidence.

Paragraph IRIs depend on the instrument and paragraph number only, so the French and the
English text of a paragraph land on the same node, side by side.
"""

from __future__ import annotations

from collections import Counter

from pyoxigraph import Literal, NamedNode

from ontology.namespaces import DCT, MG, RDF, XSD, undocs
from loaders.quads.mandates import clause_mandate_quads, entity_node
from loaders.quads.builder import GraphBuilder, date_literal
from loaders.structure import Citation, Paragraph, ParsedResolution
from loaders.symbols import parse_symbol

__all__ = ["resolution_quads", "instrument_node", "cited_instrument", "paragraph_quads"]


#: The class of an instrument by the organ and kind its symbol says (:mod:`loaders.symbols`).
_CLASSES = {("GA", "resolution"): MG.GAResolution, ("HRC", "resolution"): MG.HRCResolution,
            ("SC", "resolution"): MG.SCResolution, ("ECOSOC", "resolution"): MG.ECOSOCResolution}
#: Registry keys of the organs that issue symbols.
_ORGANS = {"GA": "general-assembly", "HRC": "human-rights-council", "SC": "security-council", "ECOSOC": "ecosoc"}


def instrument_node(b: GraphBuilder, symbol: str) -> NamedNode:
    """The instrument a symbol names, typed by the organ and kind its symbol says
    (``A/HRC/RES/53/2`` is an ``mg:HRCResolution`` issued by the Human Rights Council)."""
    node = b.iris.instrument(symbol)
    b.add(node, RDF.type, MG.Instrument)
    parsed = parse_symbol(symbol) if "annex" not in symbol else None
    if parsed is None:
        return node
    kind = _CLASSES.get((parsed.organ, parsed.kind)) or (MG.Decision if parsed.kind == "decision" else MG.UNDocument)
    b.add(node, RDF.type, kind)
    b.add(node, MG.issuedBy, b.iris.entity(_ORGANS[parsed.organ]))
    b.add(node, MG.officialRecord, undocs(parsed.text))
    return node


def cited_instrument(b: GraphBuilder, citation: Citation) -> NamedNode:
    """The node of a cited instrument, with what the citation says of it.

    The title and date a citation gives are the citing document's wording ("its resolution
    75/1 of 21 September 2020 entitled …"), which may differ from the instrument's own and from
    other citing documents': they are ``mg:citedTitle`` and ``mg:citedAdoptionDate``, never the
    instrument's ``dct:title`` and ``mg:adoptionDate`` (which only its own document states)."""
    node = instrument_node(b, citation.symbol)
    b.fact(node, MG.symbol, Literal(citation.symbol), span=citation.span)
    if citation.adopted:
        b.fact(node, MG.citedAdoptionDate, date_literal(citation.adopted), span=citation.span)
    if citation.title:
        b.fact(node, MG.citedTitle, Literal(citation.title, language=b.document.lang), span=citation.span)
    return node


def paragraph_quads(b: GraphBuilder, parent: NamedNode, instrument: NamedNode, p: Paragraph,
                    session: int | None = None, part: str | None = None) -> NamedNode:
    """``part``: the part of the paragraph whose point ``p`` is (points carry on its part)."""
    part = p.part or part
    node = b.iris.paragraph(instrument, p.kind, p.number, part)
    kind_class = MG.PreambularParagraph if p.kind == "preambular" else MG.OperativeParagraph
    if parent != instrument:
        kind_class = MG.SubParagraph
    b.add(node, RDF.type, MG.Paragraph)
    b.add(node, RDF.type, kind_class)
    b.fact(parent, MG.hasParagraph, node, span=p.span)
    b.add(node, MG.paragraphOf, parent)
    b.add(node, MG.number, Literal(p.number))
    b.add(node, MG.position, Literal(str(p.position), datatype=XSD.integer))
    # The text is the repaired rendering of the span that hasParagraph's evidence quotes; the
    # opening phrase and verb form are the quotes of the action's evidence.
    b.add(node, MG.text, Literal(p.text, language=b.document.lang))
    if p.opening:
        b.add(node, MG.openingPhrase, Literal(p.opening.value, language=b.document.lang))
    kinds_seen: Counter = Counter()
    for index, clause in enumerate(p.actions, start=1):
        clause_node = b.iris.child(node, "action", b.document.lang, str(index))  # each language reads its own clauses
        b.add(clause_node, RDF.type, MG.ActionClause)
        b.add(node, MG.hasActionClause, clause_node)
        b.fact(clause_node, MG.action, clause.action, span=clause.verb.span)
        b.add(clause_node, MG.verbForm, Literal(clause.verb.value, language=b.document.lang))
        for addressee in clause.addressees:
            b.fact(clause_node, MG.addressee, entity_node(b, addressee.entity, (addressee.start, addressee.end)),
                   span=(addressee.start, addressee.end))
        if p.kind == "operative":
            clause_mandate_quads(b, node, clause_node, clause, kinds_seen, session)
    for citation in p.citations:
        cited = cited_instrument(b, citation)
        b.fact(node, MG.cites, cited, span=citation.span)
        if citation.relation is not None:
            b.fact(instrument, citation.relation, cited, span=citation.span)
    for footnote in p.footnotes:
        note = b.iris.child(instrument, f"footnote-{b.document.lang}", footnote.marker)
        b.add(note, RDF.type, MG.Footnote)
        b.fact(node, MG.hasFootnote, note, span=footnote.span)
        b.add(note, MG.marker, Literal(footnote.marker))
        b.fact(note, MG.text, Literal(footnote.text, language=b.document.lang), span=footnote.span)
    for mention in p.mentions:
        b.fact(node, MG.mentions, mention.entity.iri(b.iris), span=(mention.start, mention.end))
    for sub in p.subparagraphs:
        paragraph_quads(b, node, instrument, sub, session, part)
    return node


def _as_the_un_writes(title: str) -> str:
    """A title with the typographic apostrophe every Akoma Ntoso title of the UN uses (1,277 of the
    corpus's titles have one, none a straight one): a copy typed with "'" (seed 002, A/RES/78/311 in
    French) is the same title, and one instrument keeps one title per language. The evidence quotes
    the span as written."""
    return title.replace("'", "’")


def resolution_quads(b: GraphBuilder, parsed: ParsedResolution) -> NamedNode:
    """Emit the instrument, its language version, paragraphs, actions and citations."""
    title = f"{parsed.symbol.value} — {parsed.title.value}" if parsed.title is not None else parsed.symbol.value
    doc = b.document_node(kind="resolution", title=title)
    instrument = instrument_node(b, parsed.symbol.value)
    lang = b.document.lang
    b.fact(instrument, MG.symbol, Literal(parsed.symbol.value), span=parsed.symbol.span)
    if parsed.session is not None:
        b.fact(instrument, MG.session, Literal(str(parsed.session), datatype=XSD.integer), span=parsed.symbol.span)
    if parsed.title is not None:
        b.fact(instrument, DCT.title, Literal(_as_the_un_writes(parsed.title.value), language=lang),
               span=parsed.title.span)
    if parsed.adopted and parsed.adopted_at:
        b.fact(instrument, MG.adoptionDate, date_literal(parsed.adopted), span=parsed.adopted_at.span)
    if parsed.agenda_item:
        b.fact(instrument, MG.agendaItem, Literal(parsed.agenda_item.value), span=parsed.agenda_item.span)
    if parsed.agenda_title:
        b.fact(instrument, MG.agendaTitle, Literal(parsed.agenda_title.value, language=lang),
               span=parsed.agenda_title.span)
    if parsed.draft_symbol:
        b.fact(instrument, MG.draftSymbol, Literal(parsed.draft_symbol.value), span=parsed.draft_symbol.span)
    expression = b.iris.child(instrument, lang)
    b.add(expression, RDF.type, MG.Expression)
    b.add(instrument, MG.expression, expression)
    b.add(expression, DCT.language, Literal(lang))
    b.add(expression, MG.embodiedIn, doc)
    b.add(doc, MG.describes, expression)
    b.add(doc, MG.describes, instrument)
    if parsed.published and parsed.published_at:
        b.fact(expression, MG.publicationDate, date_literal(parsed.published), span=parsed.published_at.span)
    for paragraph in parsed.paragraphs:
        paragraph_quads(b, instrument, instrument, paragraph, parsed.session)
    for annex in parsed.annexes:
        symbol = f"{parsed.symbol.value}, annex {annex.label}".rstrip()
        node = instrument_node(b, symbol)
        b.add(node, MG.symbol, Literal(symbol))
        b.add(node, MG.annexOf, instrument)
        if annex.title:
            b.fact(node, DCT.title, Literal(_as_the_un_writes(annex.title.value), language=lang),
                   span=annex.title.span)
        for paragraph in annex.paragraphs:
            paragraph_quads(b, node, node, paragraph, parsed.session)
    return instrument
