"""Parse the text of a General Assembly resolution (French or English) into its structure.

A pure function from text to :class:`ParsedResolution`: header (symbol, session, agenda item,
dates, title, draft symbol), preambular paragraphs with their opening participle, operative
paragraphs with number, sub-paragraphs and action clauses with addressees, footnotes and
citations of other resolutions. It repairs page breaks, running headers and footers and
footnotes that cut a paragraph in two; every piece keeps its span in the original text.
"""

from __future__ import annotations

import re
from collections.abc import Collection


from loaders.errors import ParseError, line_column
from loaders.extract.operative.lexicon import Lexicon, load_lexicon
from loaders.extract.operative.short_names import document_short_names
from loaders.registry import Registry, load_registry
from loaders.extract.operative.paragraphs import SUPERSCRIPTS, analyse_paragraph
from loaders.formats.akn_parts import Numbering
from loaders.segments import Segment
from loaders.structure import ActionClause, Annex, Citation, Footnote, Located, Paragraph, ParsedResolution
from loaders.text import parse_date

__all__ = [
    "ActionClause", "Citation", "Footnote", "Paragraph", "ParsedResolution", "parse_resolution",
    "Located", "analyse_paragraph", "Annex",
]

_FOOTNOTE_BLOCK = re.compile(rf"^([{SUPERSCRIPTS}]+|\d{{1,2}})\s+\S")
_NOISE_LINE = re.compile(
    r"^\s*(?:A/RES/\d+/\d+|\d{1,3}/\d{1,3}|\d{2}-\d{5}(?:\s*\([A-Z]\))?|\S*\d{2}-\d{5}\S*|Page \d+)\s*$"
)
_OPERATIVE_START = re.compile(r"^(\d{1,3})\.\s+")
_MEETING = re.compile(
    r"^\*?\s*\d+\s*(?:\^\{?e\}?|e|st|nd|rd|th)\s+(?:\((?:resumed|suite|reprise)\)\s+)?(?:séance plénière|plenary meeting)",
    re.I)
_BODY_START = {"fr": re.compile(r"^L['’]Assemblée générale,?\s*$", re.M),
               "en": re.compile(r"^The General Assembly,?\s*$", re.M)}
#: A paragraph of a section's own preamble, after the operative paragraphs of the section before
#: (budget resolutions: "I", preamble, 1., 2., "II", preamble…): it ends with a comma.
_SECTION_PREAMBLE = re.compile(r"^[A-Z][^\n]*,[⁰¹²³⁴⁵⁶⁷⁸⁹]*\s*$")
#: The title's block ("78/225. Enhancing…" up to the blank line after it), in text whose blocks are paragraphs.
_TITLE_BLOCK = re.compile(r"^[ \t]*\d{1,3}/\d{1,4}\.\s[^\n]*\n(?:[ \t]*\n)+", re.M)
_SYMBOL_TITLE = re.compile(r"^\s*(\d{1,3})/(\d{1,4})\.\s+(.+?)\s*$", re.M)
_AGENDA = {"fr": re.compile(r"^Points? (\d+(?:\s*\([a-z]\))?) de l['’]ordre du jour", re.M),
           "en": re.compile(r"^Agenda items? (\d+(?:\s*\([a-z]\))?)", re.M)}
_ADOPTED = {"fr": re.compile(r"^Résolution adoptée par l['’]Assemblée générale le (.+)$", re.M),
            "en": re.compile(r"^Resolution adopted by the General Assembly on (.+)$", re.M)}
_DISTR = re.compile(r"^Distr\.:?\s*(?:générale|general)\s*\n+\s*(.+)$", re.M | re.I)
_ANNEX_HEADING = re.compile(r"^\s*Annexe?(?:\s+([IVXL]+))?\s*$")
_ANNEX_ALONE = re.compile(r"^[ \t]*Annexe?(?:[ \t]+([IVXL]+))?[ \t]*$", re.M)
#: A block opening with the heading, its title after it: "Annex I Provisional agenda…".
_ANNEX_WITH_TITLE = re.compile(r"(?:\A|(?<=\n\n))[ \t]*Annexe?(?:[ \t]+([IVXL]+))?(?:[ \t]+([A-Z“][^\n]*))?[ \t]*$",
                               re.M)
_DRAFT = re.compile(r"\((A/\d+/(?:L\.\d+|\d+)(?:/Rev\.\d+)?(?:/Add\.\d+)?)\)")
_BOLD = re.compile(r"\*\*(.+?)\*\*", re.S)



def _blocks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of blank-line separated blocks in ``text[start:end]``."""
    out = []
    for match in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text[start:end]):
        block = match.group(0)
        if block.strip():
            lead = len(block) - len(block.lstrip())
            out.append((start + match.start() + lead, start + match.start() + len(block.rstrip())))
    return out


def _located(match: re.Match[str], group: int = 1) -> Located:
    return Located(match.group(group).strip(), match.start(group), match.start(group) + len(match.group(group).strip()))


def _header(text: str, lang: str, body_start: int, path: str | None) -> ParsedResolution:
    head = text[:body_start]
    match = _SYMBOL_TITLE.search(head)
    if not match:
        line, _ = line_column(text, body_start)
        raise ParseError("no 'session/number. Title' line before the body", path=path, line=line)
    symbol = Located(f"A/RES/{match.group(1)}/{match.group(2)}", match.start(1), match.end(2))
    parsed = ParsedResolution(lang=lang, symbol=symbol, session=int(match.group(1)), title=_located(match, 3))
    if adopted := _ADOPTED[lang].search(head):
        parsed.adopted_at = _located(adopted)
        parsed.adopted = parse_date(adopted.group(1))
    if distr := _DISTR.search(head):
        parsed.published = parse_date(distr.group(1))
        if parsed.published:
            parsed.published_at = _located(distr)
    if agenda := _AGENDA[lang].search(head):
        parsed.agenda_item = _located(agenda)
        if bold := _BOLD.search(head, agenda.end()):
            title = " ".join(bold.group(1).split())
            parsed.agenda_title = Located(title, bold.start(1), bold.end(1))
        elif following := re.compile(r"\n\s*([^\n]+?)\s*$", re.M).match(head, head.find("\n", agenda.end())):
            if not _ADOPTED[lang].match(following.group(1)) and not following.group(1).startswith(("Résolution", "Resolution")):
                parsed.agenda_title = _located(following)
    if draft := _DRAFT.search(head):
        parsed.draft_symbol = _located(draft)
    return parsed


#: A lettered or roman point: "(a)", "(aa)", "(iii)", "(viii)" (points of three letters and more were
#: dropped: 78/255 ¶1 (iii)-(v) and (c), 78/317's annex ¶21 (c) (iii)).
_POINT = re.compile(r"\((?:[a-z]{1,2}|[ivxl]{1,6})\)\s")
#: Characters of a paragraph's end that decide whether the next block continues it.
_TAIL = 256


def _is_continuation(previous: str, block: str, layout: bool = False) -> bool:
    if _OPERATIVE_START.match(block):
        return False
    if _POINT.match(block):
        return True
    first = block.lstrip("*")[:1]
    if layout:  # the page's layout has ended the paragraph: only its points and a lowercase tail go on
        return first.islower()
    # A footnote marker after the paragraph's last word ("the Commission,¹") does not hide its end.
    end = previous.rstrip("*").rstrip().rstrip(SUPERSCRIPTS).rstrip()
    return first.islower() or not end.endswith((",", ";", ".", ":"))


def _segments(text: str, start: int, end: int, parsed: ParsedResolution | None,
              footnotes: dict[str, Footnote], layout: bool = False,
              headings: Collection[int] = ()) -> tuple[list[Segment], int | None]:
    """Blocks of ``text[start:end]`` merged into paragraphs, up to the meeting line.

    Footnote blocks go to ``footnotes``, blocks starting at ``headings`` are left out; returns
    the segments and where the meeting line ends.
    """
    content: list[tuple[int, int]] = []
    stop = None
    blocks = _blocks(text, start, end)
    for index, (block_start, block_end) in enumerate(blocks):
        block = text[block_start:block_end]
        if _MEETING.match(block.lstrip("*").strip()) or _MEETING.match(block.strip()):
            stop = block_end
            _closing_footnotes(text, blocks[index + 1:], parsed, footnotes)
            break
        if block_start in headings or all(_NOISE_LINE.match(line) for line in block.splitlines()):
            continue
        if _footnote(text, block_start, block_end, parsed, footnotes):
            continue
        content.append((block_start, block_end))
    merged: list[Segment] = []
    tail = ""  # the end of merged[-1].text: enough to decide continuation, without reading it all
    for block_start, block_end in content:
        block = Segment.of(text, block_start, block_end)
        lines = block.text.split("\n")
        if len(lines) > 1 and any(_NOISE_LINE.match(ln) for ln in lines):
            block = block.remove(re.compile(r"^\s*(?:A/RES/\d+/\d+|\d{1,3}/\d{1,3}|\d{2}-\d{5}\S*)\s*$\n?", re.M))
        if merged and _is_continuation(tail, block.text, layout):
            merged[-1].append_char(" ", block_start - 1)
            merged[-1].extend(block)
            tail = (tail + " " + block.text[-_TAIL:])[-_TAIL:]
        else:
            merged.append(block)
            tail = block.text[-_TAIL:]
    return merged, stop


def _footnote(text: str, block_start: int, block_end: int, parsed: ParsedResolution | None,
              footnotes: dict[str, Footnote]) -> bool:
    """Keep the block as a footnote if it is one ("³ Resolution 55/2."); say whether it was."""
    block = text[block_start:block_end]
    found = _FOOTNOTE_BLOCK.match(block)
    if not (found and block[0] in SUPERSCRIPTS):
        return False
    marker = found.group(1)
    note = Footnote(marker=marker, text=" ".join(block[len(marker):].split()),
                    span=(block_start + len(marker) + 1, block_end))
    footnotes[marker] = note
    if parsed is not None:
        parsed.footnotes.append(note)
    return True


def _closing_footnotes(text: str, after: list[tuple[int, int]], parsed: ParsedResolution | None,
                       footnotes: dict[str, Footnote]) -> None:
    """The footnotes of the page that ends the body stand under its meeting line and date (a
    PDF writes a page's notes after its last block): they are the body's, up to the first
    block that is neither a note nor the date."""
    for block_start, block_end in after:
        if _footnote(text, block_start, block_end, parsed, footnotes):
            continue
        block = text[block_start:block_end].strip("* ")
        if not ((len(block) < 40 and parse_date(block)) or all(_NOISE_LINE.match(line) for line in block.splitlines())):
            return


def _name_restarted_parts(paragraphs: list[Paragraph]) -> None:
    """Give the paragraphs of a numbering that starts again the part the Akoma Ntoso reading gives
    them (:class:`loaders.formats.akn_parts.Numbering`), so that both readings land on the same
    nodes. A/RES/79/1's Global Digital Compact lists its five objectives numbered 1 to 5 after
    its paragraph 7: read with plain numbers, the PDF gave them the nodes of the annex's
    paragraphs 1 to 5 (paragraph 3 then had both "We recognize" and "Foster"); now, as in the
    XML, they are ``…/annex/I/part/2/para/1`` to ``5``."""
    numbering = Numbering()
    for paragraph in paragraphs:
        numbering.add(paragraph)
    numbering.finish()


def _numbered(seg: Segment, position: int, lang: str, lexicon: Lexicon, registry: Registry,
              footnotes: dict[str, Footnote]) -> Paragraph | None:
    match = _OPERATIVE_START.match(seg.text)
    if not match:
        return None
    paragraph = analyse_paragraph(seg.slice(match.end()), "operative", match.group(1), position, lang,
                                  lexicon, registry, footnotes)
    paragraph.span = (seg.offsets[0], paragraph.span[1])
    return paragraph


def _annexes(text: str, start: int, lang: str, lexicon: Lexicon, registry: Registry,
             layout: bool = False) -> list[Annex]:
    """Annexes after the meeting line: ``Annex I`` headings, a title, numbered paragraphs.

    With ``layout``, a heading and its title set on one line make one block ("Annex I Global
    Digital Compact"): the title is the rest of the block.
    """
    headings = list((_ANNEX_WITH_TITLE if layout else _ANNEX_ALONE).finditer(text[start:]))
    out = []
    for index, heading in enumerate(headings):
        begin = start + heading.end()
        finish = start + headings[index + 1].start() if index + 1 < len(headings) else len(text)
        footnotes: dict[str, Footnote] = {}
        segments, _ = _segments(text, begin, finish, None, footnotes, layout)
        title = None
        annex = Annex(label=heading.group(1) or "", title=None)
        if layout and heading.group(2):
            title = Located(heading.group(2).strip(), start + heading.start(2), start + heading.end(2))
        for seg in segments:
            paragraph = _numbered(seg, len(annex.paragraphs) + 1, lang, lexicon, registry, footnotes)
            if paragraph is not None:
                annex.paragraphs.append(paragraph)
            elif title is None and not annex.paragraphs:
                clean = seg.collapse_whitespace()
                title = Located(clean.text, *clean.source_span)
        annex.title = title
        _name_restarted_parts(annex.paragraphs)
        out.append(annex)
    return out


def parse_resolution(text: str, *, lang: str, path: str | None = None, lexicon: Lexicon | None = None,
                     registry: Registry | None = None, headings: bool = False,
                     layout: bool = False, heading_starts: Collection[int] = ()) -> ParsedResolution:
    """Parse a resolution's plain text, and its annexes after the meeting line.

    With ``headings``, unnumbered blocks between operative paragraphs are section headings and
    skipped (PDFs of long resolutions have them); without, they are an error. With ``layout``,
    each block is a whole paragraph (a PDF's layout has joined its lines), save lettered points
    and blocks that open in lowercase, which go on the paragraph before. A resolution whose
    only operative paragraph has no number ("Approves the report….") has it as its last
    paragraph, the one that ends with a full stop. With ``layout``, a block ending in a comma
    after the operative part began opens a section's own preamble (preambular). Blocks starting at ``heading_starts`` (a PDF's
    bold lines) are headings of the body, never paragraphs. Raises
    :class:`ParseError` naming the line when the text lacks the header or the body.
    """
    if lang not in _BODY_START:
        raise ParseError(f"language {lang!r} is not supported by the resolution parser (fr, en)", path=path)
    lexicon = lexicon or load_lexicon()
    registry = registry or load_registry()
    registry = registry.in_document(document_short_names(text, lang, registry))
    body = _BODY_START[lang].search(text)
    if body:
        body_start, body_end = body.start(), body.end()
    elif layout and (title := _TITLE_BLOCK.search(text)):
        body_start = body_end = title.end()  # a PDF that leaves out "The General Assembly,"
    else:
        raise ParseError("no line opening the body ('L'Assemblée générale,' / 'The General Assembly,')",
                         path=path, line=1)
    parsed = _header(text, lang, body_start, path)
    footnotes: dict[str, Footnote] = {}
    segments, stop = _segments(text, body_end, len(text), parsed, footnotes, layout, heading_starts)
    for seg in segments:
        paragraph = _numbered(seg, len(parsed.operative) + 1, lang, lexicon, registry, footnotes)
        if paragraph is not None:
            parsed.operative.append(paragraph)
        elif parsed.operative and not (layout and _SECTION_PREAMBLE.search(seg.text)):
            if headings:
                continue
            line, _ = line_column(text, seg.offsets[0])
            raise ParseError("a paragraph without a number after the operative part began", path=path, line=line)
        else:
            position = len(parsed.preambular) + 1
            paragraph = analyse_paragraph(seg, "preambular", str(position), position, lang, lexicon, registry,
                                          footnotes)
            if paragraph.text.strip("* "):  # not a separator ("* * *")
                parsed.preambular.append(paragraph)
    if not parsed.operative and parsed.preambular and parsed.preambular[-1].text.rstrip(SUPERSCRIPTS).endswith("."):
        parsed.preambular.pop()
        parsed.operative.append(analyse_paragraph(segments[-1], "operative", "1", 1, lang, lexicon, registry,
                                                  footnotes))
    if not parsed.operative:
        line, _ = line_column(text, body_end)
        raise ParseError("no numbered operative paragraph after the body opens", path=path, line=line)
    _name_restarted_parts(parsed.operative)
    if stop is not None:
        parsed.annexes = _annexes(text, stop, lang, lexicon, registry, layout)
    return parsed
