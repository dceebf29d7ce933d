"""Load an AKN4UN XML resolution: work and expression, dates, agenda, sponsors, subjects,
preamble, operative paragraphs and points, annexes, footnotes and typed citations.

The XML is rendered to text (:mod:`loaders.formats.akn_render`); structure comes from the XML and
each paragraph's actions, addressees and citations from the same analysis as for plain
text, so both readings of a resolution agree paragraph by paragraph.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path


from loaders.formats.akn_document import AknDocument
from loaders.formats.akn_render import AKN, RenderedParagraph, render
from loaders.errors import LoadError, ParseError
from loaders.formats.base import LoadedDocument, LoadRequest
from loaders.limits import read_bounded
from loaders.extract.operative.cited_resolutions import other_bodies_numbers
from loaders.extract.operative.first_person_points import leads_first_person_points
from loaders.extract.operative.lexicon import Lexicon, load_lexicon
from loaders.extract.operative.short_names import document_short_names
from loaders.quads.akn import akn_quads
from loaders.quads.builder import GraphBuilder, SourceDocument
from loaders.registry import Registry, load_registry
from loaders.segments import Segment
from loaders.symbols import parse_symbol
from loaders.text import parse_date
from loaders.extract.operative.paragraphs import lead_clause
from loaders.formats.resolution_text import (
    ActionClause, Annex, Citation, Footnote, Located, Paragraph, ParsedResolution, analyse_paragraph,
)

__all__ = ["read_akn", "is_akn", "AknDocument", "LANGUAGES", "load"]

#: AKN expression languages (ISO 639-2) this project reads.
LANGUAGES = {"fra": "fr", "eng": "en"}
_UNDOCS = re.compile(r"^https?://(?:undocs\.org|docs\.un\.org)/(?:(?:en|fr|es|ar|zh|ru)/)?(.+)$")


def is_akn(head: bytes) -> bool:
    return b"<akomaNtoso" in head[:2000]


def _lang(root: ET.Element, path: str) -> str:
    language = root.find(f".//{AKN}FRBRExpression/{AKN}FRBRlanguage")
    code = language.get("language") if language is not None else None
    if code not in LANGUAGES:
        raise ParseError(f"expression language {code!r} is not read here ({', '.join(LANGUAGES)})", path=path)
    return LANGUAGES[code]


def _link_symbol(href: str) -> str | None:
    """The symbol an undocs.org link points at, canonical when it is of a known series."""
    match = _UNDOCS.match(href)
    if not match:
        return None
    written = match.group(1).replace("%20", " ")
    parsed = parse_symbol(written)
    return parsed.text if parsed else written


def _paragraph(rp: RenderedParagraph, position: int, lang: str, lexicon: Lexicon, registry: Registry,
               links, inherited: ActionClause | None = None, first_person: bool = False) -> Paragraph:
    notes = {marker: Footnote(marker, text, span) for marker, text, span in rp.notes}
    paragraph = analyse_paragraph(rp.segment, rp.kind, rp.number, position, lang, lexicon, registry, notes,
                                  inherited=inherited, first_person=first_person)
    paragraph.part = rp.part
    _merge_links(paragraph, links, lexicon, rp.segment)
    if rp.subparagraphs:
        colon = rp.segment.text.rfind(":")  # the points carry on the clause before the colon that introduces them
        lead = lead_clause(paragraph.actions, rp.segment, colon if colon >= 0 else None) or inherited
        paragraph.subparagraphs = _analysed(rp.subparagraphs, lang, lexicon, registry, links, lead,
                                            leads_first_person_points(paragraph.text, lang))
    return paragraph


def _analysed(rendered: list[RenderedParagraph], lang: str, lexicon: Lexicon, registry: Registry,
              links, inherited: ActionClause | None = None, first_person: bool = False) -> list[Paragraph]:
    """Analysed paragraphs, leaving out those with no text once markers are removed; the points
    of a paragraph carry on its last clause where they have no verb of their own (the points of
    a "we:" lead may have one without its subject: "(c) Request the Secretary-General to …")."""
    out = []
    for rp in rendered:
        paragraph = _paragraph(rp, len(out) + 1, lang, lexicon, registry, links, inherited, first_person)
        if paragraph.text:
            out.append(paragraph)
    return out


def _merge_links(paragraph: Paragraph, links, lexicon: Lexicon, segment: Segment) -> None:
    """Give text citations the symbol of the undocs.org link inside them; add links not yet cited,
    save those in a number the text gives another body (the markup links ESCAP's "resolution 79/8
    of 19 May 2023" in A/RES/78/147 to A/RES/79/8: the text reading leaves it out, so does this)."""
    start, end = paragraph.span
    inside = [(link, _link_symbol(link.href)) for link in links if start <= link.start and link.end <= end]
    spans = [(c.span, c) for c in paragraph.citations]
    others: list[tuple[int, int]] | None = None
    for link, symbol in inside:
        if not symbol:
            continue
        owner = next((c for (s, e), c in spans if s <= link.start and link.end <= e), None)
        if owner is not None:
            if _link_agrees(owner.symbol, symbol):
                owner.symbol = symbol
            continue
        if others is None:
            others = [segment.span(c.start, c.end) for c in other_bodies_numbers(segment.text)]
        if any(s <= link.start and link.end <= e for s, e in others):
            continue
        relation = None
        for clause in paragraph.actions:
            if clause.verb.start <= link.start:
                relation = lexicon.citation_relation(clause.action)
        paragraph.citations.append(Citation(symbol=symbol, span=(link.start, link.end), relation=relation))


def _link_agrees(read: str, linked: str) -> bool:
    """Whether a link may give its symbol to the citation it stands in: it names the same numbers
    and, where the text named the organ or said "decision", the same organ and kind. The text is
    what the resolution says; a link that disagrees with it is a slip of the markup (78/116's
    "77/114" linked to A/RES/76/122; 78/199's "Human Rights Council resolution 53/11" linked to
    A/RES/53/11; 78/292's "decision 78/542 C" linked to A/RES/78/542C)."""
    if _NUMBERS.findall(read) != _NUMBERS.findall(linked):
        return False
    text, link = parse_symbol(read), parse_symbol(linked)
    if text is None or link is None or (text.organ == "GA" and text.kind == "resolution"):
        return True  # the reading's default: the link says better
    return (text.organ, text.kind) == (link.organ, link.kind)


_NUMBERS = re.compile(r"\d+")
#: The symbol in the UN's file name of a resolution's Akoma Ntoso text: ``A_RES_78_130-2325874F.xml``,
#: ``A_RES_78_4_F.xml``.
_FILE_SYMBOL = re.compile(r"(?:^|/)A_RES_(\d+)_(\d+)[-_][^/]*\.xml$")


def _filed_symbol(written: Located, heading: tuple[str, int, int] | None, path: str) -> Located:
    """The symbol of the resolution: the one the cover writes, unless the file name names another
    that the cover's is the start of, or that the resolution's own number heading agrees with.

    Two French texts of session 78 write another resolution's symbol in their cover: A/RES/78/130's
    (``A_RES_78_130-2325874F.xml``) writes "A/RES/78/13" (its FRBR identifiers and heading too);
    A/RES/78/4's (``A_RES_78_4_F.xml``, headed "78/4.") writes "A/RES/78/3". Read as written, each was
    a second French text of another resolution, whose clauses then had two actions each."""
    filed = _FILE_SYMBOL.search(path.replace("\\", "/"))
    if filed is None:
        return written
    symbol = f"A/RES/{filed.group(1)}/{filed.group(2)}"
    if written.value == symbol or written.value.startswith((symbol + " ", symbol + "/")):
        return written  # the file's symbol, or it with its parts or a suffix: "A/RES/77/128 A-B"
    if heading is not None and symbol == f"A/RES/{heading[0]}":
        return Located(symbol, heading[1], heading[2])  # the text's own "78/4." states it
    return Located(symbol, written.start, written.end) if symbol.startswith(written.value) else written


def read_akn(raw: bytes, *, path: str = "<xml>", lexicon: Lexicon | None = None,
             registry: Registry | None = None) -> AknDocument:
    lexicon = lexicon or load_lexicon()
    registry = registry or load_registry()
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as error:
        line, column = error.position
        raise ParseError(f"not well-formed XML: {error}", path=path, line=line, column=column + 1) from error
    lang = _lang(root, path)
    rendered = render(root)
    cover = rendered.cover
    if "symbol" not in cover:
        raise ParseError("no document symbol in the cover page", path=path)
    parsed_symbol = parse_symbol(cover["symbol"][0])
    if parsed_symbol is None or parsed_symbol.kind == "document":
        raise ParseError(f"{cover['symbol'][0]!r} is not the symbol of a resolution or decision", path=path)
    symbol = _filed_symbol(Located(parsed_symbol.text, *cover["symbol"][1:]), cover.get("number"), path)
    main = ParsedResolution(lang=lang, symbol=symbol,
                            session=(parse_symbol(symbol.value) or parsed_symbol).session,
                            title=Located(*cover["title"]) if "title" in cover else None)
    for key, attr in (("adopted_at", "adopted"), ("agenda_title", "agenda_title"), ("draft_symbol", "draft")):
        if attr in cover:
            setattr(main, key, Located(*cover[attr]))
    if "agenda" in cover:
        number = re.search(r"\d+(?:\s*\([a-z]\))?", cover["agenda"][0])
        if number:
            _, start, _ = cover["agenda"]
            main.agenda_item = Located(number.group(0), start + number.start(), start + number.end())
    stated = parse_date(main.adopted_at.value) if main.adopted_at else None
    for key, attr in (("adoption", "adopted"), ("publication", "published")):
        if key in rendered.meta:
            value, start, end = rendered.meta[key][0]
            setattr(main, attr, date.fromisoformat(value))
            setattr(main, f"{attr}_at", Located(value, start, end))
    if stated is not None and main.adopted != stated:
        # The date the text states ("Résolution adoptée par l'Assemblée générale le 29 avril 2025")
        # wins over the FRBR adoption date where they disagree: 3 of the corpus's 3,120 texts, each
        # with the wrong FRBR date (the French 79/285 and 79/287 give their publication date,
        # 2 May 2025; the English 76/254 gives 17 March 2022 for 15 March), so the instrument had
        # two adoption dates, one per language.
        main.adopted, main.adopted_at = stated, Located(*cover["adopted"])
    links = rendered.links
    registry = registry.in_document(document_short_names(rendered.text, lang, registry))
    main.preambular = _analysed(rendered.preambular, lang, lexicon, registry, links)
    main.operative = _analysed(rendered.operative, lang, lexicon, registry, links)
    main.footnotes = [f for p in main.paragraphs for f in p.footnotes]
    for annex in rendered.annexes:
        title = Located(annex.title.text, *annex.title.source_span) if annex.title else None
        paragraphs = _analysed(annex.paragraphs, lang, lexicon, registry, links)
        main.annexes.append(Annex(annex.label, title, paragraphs))
    return AknDocument(rendered, lang, main)


def read_akn_file(path: Path) -> AknDocument:
    return read_akn(path.read_bytes(), path=str(path))


__all__.append("read_akn_file")


def load(path: Path, request: LoadRequest) -> LoadedDocument:
    """An AKN file's named graph (see :func:`loaders.document.load_document`)."""
    raw = read_bounded(path, "document")
    if not is_akn(raw):
        raise LoadError("not an Akoma Ntoso document (no <akomaNtoso> root)", path=str(path), line=1)
    parsed = read_akn(raw, path=str(path))
    document = SourceDocument.from_text(parsed.text, name=path.stem, lang=parsed.lang, path=str(path))
    builder = GraphBuilder(document, iris=request.minter)
    instrument = akn_quads(builder, parsed)
    return LoadedDocument(path=path, kind="akn", lang=parsed.lang, graph=builder.graph, quads=builder.quads,
                          instrument=instrument.value)
