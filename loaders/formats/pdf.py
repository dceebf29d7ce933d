"""Read an official UN resolution PDF (pypdf) into clean text, then parse it like any text.

The text is what pypdf extracts, minus what publishing adds: running headers and footers
(symbol, running title, job number, page numbers), footnotes moved out of the flow (their
markers become superscript digits, their text a block after the page), words split across
lines joined ("capacity -\\nbuilding" -> "capacity-building"), and lines joined into
paragraphs (a paragraph starts on an indented line, a number "12." or a letter "(a)").
That cleaned text is the document's source text; evidence offsets count in it.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path

from loaders.errors import LoadError
from loaders.formats.base import LoadedDocument, LoadRequest
from loaders.formats.detect import detect_lang
from loaders.formats.resolution_text import Located, parse_resolution
from loaders.limits import read_bounded
from loaders.quads.builder import GraphBuilder, SourceDocument
from loaders.quads.resolution import resolution_quads
from loaders.registry import load_registry

__all__ = ["clean_pdf_pages", "pdf_pages", "load"]

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_JOB = re.compile(r"^\*?\d{7}\*?$|^\d{2}-\d{5}(?:\s*\([A-Z]\))?$")
_PAGE = re.compile(r"^(?:\d{2}-\d{5}\s+)?\d{1,3}/\d{1,3}(?:\s+\d{2}-\d{5})?$")
_SYMBOL_LINE = re.compile(r"(?:^|\s)A/RES/\d+/\d+$")
_FOOTNOTE_RULE = re.compile(r"^_{5,}$")
_NEW_PARAGRAPH = re.compile(
    r"^(?:\d{1,3}\.\s|\([a-z]{1,2}\)\s|Annexe?(?:\s+[IVXL]+)?$|\d+(?:st|nd|rd|th|e)\s+(?:plenary meeting|séance plénière))"
)
_SPLIT_WORD = re.compile(r"(\w)\s[-‑]$")  # "capacity -" + "building": one word cut by the line
_COMPOUND = re.compile(r"(\w)[-‑]$")  # "Inter-" + "Agency": a hyphenated compound
_SPACED_HYPHEN = re.compile(r"(\w) -\s?(?=\w)")
_SYMBOL_ANYWHERE = re.compile(r"\s*\bA/RES/\d+/\d+\b\s*")


def _without_symbol(line: str) -> str:
    return _SYMBOL_ANYWHERE.sub(" ", line).strip()


def pdf_pages(path: Path) -> list[str]:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as error:  # pragma: no cover - pypdf is a dependency
        raise LoadError("reading PDF needs pypdf", path=str(path)) from error
    try:
        return [page.extract_text() or "" for page in PdfReader(io.BytesIO(read_bounded(path, "document"))).pages]
    except (PdfReadError, ValueError, OSError) as error:
        raise LoadError(f"not a readable PDF: {error}", path=str(path)) from error


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Lines repeated at the top or bottom of several pages: running titles."""
    counts: Counter[str] = Counter()
    for lines in pages[1:]:
        edge = [_without_symbol(ln) for ln in lines[:6] + lines[-3:] if _without_symbol(ln)]
        counts.update(set(edge))
    return {line for line, n in counts.items()
            if n >= 2 and len(pages) > 2 and not _FOOTNOTE_RULE.match(line) and not re.match(r"^\d{1,3}\s", line)}


def _footnote_blocks(lines: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    for index, line in enumerate(lines):
        if _FOOTNOTE_RULE.match(line.strip()):
            notes: list[tuple[str, str]] = []
            for note_line in lines[index + 1:]:
                match = re.match(r"^\s*(\d{1,3})\s+(\S.*)$", note_line)
                if match:
                    notes.append((match.group(1), match.group(2).strip()))
                elif notes and note_line.strip():
                    notes[-1] = (notes[-1][0], notes[-1][1] + " " + note_line.strip())
            return lines[:index], notes
    return lines, []


def _starts_paragraph(raw: str) -> bool:
    return raw.startswith(" ") or bool(_NEW_PARAGRAPH.match(raw.strip()))


def _paragraphs(lines: list[str]) -> list[str]:
    lines = [ln for ln in lines if ln.strip()]
    blocks: list[str] = []
    for index, raw in enumerate(lines):
        stripped = raw.strip()
        following = lines[index + 1] if index + 1 < len(lines) else " "
        heading = (blocks and blocks[-1].rstrip().endswith((".", ";", ":")) and not _starts_paragraph(raw)
                   and not stripped.endswith((".", ",", ";", ":")) and _starts_paragraph(following))
        if _starts_paragraph(raw) or not blocks or heading:
            blocks.append(stripped)
        elif _SPLIT_WORD.search(blocks[-1]) and stripped[:1].islower():
            blocks[-1] = _SPLIT_WORD.sub(r"\1-", blocks[-1]) + stripped
        elif _COMPOUND.search(blocks[-1]):
            blocks[-1] += stripped
        else:
            blocks[-1] += " " + stripped
    # pypdf writes some hyphens of compounds as " - " ("Secretary - General"); the UN's dashes are en dashes.
    return [_SPACED_HYPHEN.sub(r"\1-", " ".join(b.split())) for b in blocks]


def clean_pdf_pages(pages: list[str]) -> str:
    """The cleaned text of a resolution PDF's pages (see the module's docstring)."""
    split = [page.splitlines() for page in pages]
    running = _running_lines(split)
    out: list[str] = []
    header_done = False
    for lines in split:
        kept = []
        for line in lines:
            stripped = " ".join(line.split())
            if (_JOB.match(stripped) or _PAGE.match(stripped) or (header_done and _without_symbol(stripped) in running)
                    or (_SYMBOL_LINE.search(stripped) and header_done)):
                continue
            kept.append(line)
        body, notes = _footnote_blocks(kept)
        text_blocks = _paragraphs(body) if header_done else _cover(body)
        header_done = True
        joined = "\n\n".join(text_blocks)
        for number, _ in notes:
            joined = _mark_footnote(joined, number)
        out.append(joined)
        out.extend(f"{number.translate(_SUPERSCRIPT)} {note}" for number, note in notes)
    text = "\n\n".join(block for block in out if block.strip())
    return text + "\n"


_NOT_A_MARKER = re.compile(
    r"(?:article|paragraph|paragraphs|resolution|resolutions|annex|chapter|section|page|part|rule|item|"
    r"and|of|to|at|on|in|the|for|from|by|with|about|over|under|than|least|minus|plus|phase|level|target|tier)$",
    re.IGNORECASE,
)


def _mark_footnote(text: str, number: str) -> str:
    """Write footnote ``number``'s marker as superscript where the flow shows it.

    A marker glued to a word or a closing quote ("Rights.2") is taken first; else one after a
    space ("Development 1 and"), unless the word before makes it a number ("article 1").
    """
    superscript = number.translate(_SUPERSCRIPT)
    glued = re.search(rf"(?<=[A-Za-zÀ-ÿ”\"»),.;:]){number}(?=[\s,.;:]|$)", text)
    if glued:
        return text[:glued.start()] + superscript + text[glued.end():]
    for match in re.finditer(rf"(?<=[A-Za-zÀ-ÿ”\"»),.;:]) {number}(?= [a-z(“«]|[\s,.;:]*$)", text):
        before = text[: match.start()].rsplit(" ", 1)[-1]
        if not _NOT_A_MARKER.search(before.strip("”\"»),.;:")):
            return text[:match.start()] + superscript + text[match.end():]
    return text


def _cover(lines: list[str]) -> list[str]:
    """The first page: header lines stay lines; the title and the body become paragraphs."""
    for index, line in enumerate(lines):
        if re.match(r"^\s*(?:The General Assembly|L['’]Assemblée générale),?\s*$", line):
            head = [" ".join(ln.split()) for ln in lines[:index] if ln.strip()]
            joined: list[str] = []
            for line_text in head:
                if joined and (re.match(r"^on \d", line_text) or re.match(r"^le \d", line_text)):
                    joined[-1] += " " + line_text
                elif joined and re.match(r"^\d+/\d+\.\s", joined[-1]) and not line_text.startswith("["):
                    joined[-1] += " " + line_text
                else:
                    joined.append(line_text)
            return ["\n".join(joined)] + _paragraphs(lines[index:])
    return _paragraphs(lines)


def load(path: Path, request: LoadRequest) -> LoadedDocument:
    """Parse a resolution PDF and return its named graph (see :func:`loaders.document.load_document`)."""
    lang, symbol, minter = request.lang, request.symbol, request.minter

    text = clean_pdf_pages(pdf_pages(path))
    lang = lang or detect_lang(text)
    document = SourceDocument.from_text(text, name=path.stem + "-pdf", lang=lang, path=str(path))
    parsed = parse_resolution(text, lang=lang, path=str(path), registry=load_registry(), headings=True)
    if symbol:
        parsed.symbol = Located(symbol, parsed.symbol.start, parsed.symbol.end)
    builder = GraphBuilder(document, iris=minter)
    instrument = resolution_quads(builder, parsed)
    return LoadedDocument(path=path, kind="pdf", lang=lang, graph=builder.graph, quads=builder.quads,
                          instrument=instrument.value)
