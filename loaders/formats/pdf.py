"""Read an official UN resolution PDF into clean text, then parse it like any text.

The page is read by its layout (:mod:`loaders.formats.pdf_lines`, pdfminer.six): every line
with its place and type size. What publishing adds is left out by where it stands
(:mod:`loaders.formats.pdf_regions`): running headers and footers in the margins, footnotes
under the footnote rule (their markers become superscript digits in the flow, their text a
block after the paragraph). Lines are joined into paragraphs by the space between them and
their indent, bold lines kept apart as headings (:mod:`loaders.formats.pdf_blocks`). That cleaned text is the document's source
text; evidence offsets count in it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from loaders.formats.base import LoadedDocument, LoadRequest
from loaders.formats.detect import detect_lang
from loaders.formats.pdf_blocks import BlocksText, blocks_text
from loaders.formats.pdf_layout import Page
from loaders.formats.pdf_regions import split_page
from loaders.formats.resolution_text import Located, ParsedResolution, parse_resolution
from loaders.quads.builder import GraphBuilder, SourceDocument
from loaders.quads.resolution import resolution_quads
from loaders.registry import load_registry

__all__ = ["pdf_text", "parse_pdf_text", "read_pages", "read_pdf_resolution", "load", "Engine"]

#: The PDF library that places the lines: pdfminer.six (the default: exact glyph widths) or
#: pypdf's text visitor (word gaps guessed); see the README's comparison.
Engine = Literal["pdfminer", "pypdf"]


def read_pages(path: Path, *, engine: Engine = "pdfminer") -> list[Page]:
    """The lines of every page. Raises :class:`LoadError` naming the file when it is not a PDF."""
    if engine == "pypdf":
        from loaders.formats.pdf_layout import read_pages_pypdf

        return read_pages_pypdf(path)
    from loaders.formats.pdf_lines import read_pages as read_pages_pdfminer

    return read_pages_pdfminer(path)


def pdf_text(pages: list[Page]) -> BlocksText:
    """The cleaned text of a resolution PDF's pages and where its headings start (see the
    module's docstring)."""
    return blocks_text([split_page(page) for page in pages], width=pages[0].width if pages else 612.0)


def parse_pdf_text(read: BlocksText, *, lang: str, path: Path) -> ParsedResolution:
    return parse_resolution(read.text, lang=lang, path=str(path), registry=load_registry(), headings=True,
                            layout=True, heading_starts=read.headings)


def read_pdf_resolution(path: Path, *, lang: str | None = None, engine: Engine = "pdfminer") -> ParsedResolution:
    """The structure of a resolution PDF. Raises :class:`LoadError` (or its :class:`ParseError`)."""
    read = pdf_text(read_pages(path, engine=engine))
    return parse_pdf_text(read, lang=lang or detect_lang(read.text), path=path)


def load(path: Path, request: LoadRequest) -> LoadedDocument:
    """Parse a resolution PDF and return its named graph (see :func:`loaders.document.load_document`)."""
    lang, symbol, minter = request.lang, request.symbol, request.minter

    read = pdf_text(read_pages(path))
    lang = lang or detect_lang(read.text)
    document = SourceDocument.from_text(read.text, name=path.stem + "-pdf", lang=lang, path=str(path))
    parsed = parse_pdf_text(read, lang=lang, path=path)
    if symbol:
        parsed.symbol = Located(symbol, parsed.symbol.start, parsed.symbol.end)
    builder = GraphBuilder(document, iris=minter)
    instrument = resolution_quads(builder, parsed)
    return LoadedDocument(path=path, kind="pdf", lang=lang, graph=builder.graph, quads=builder.quads,
                          instrument=instrument.value)
