"""Parse the text of a General Assembly resolution (French or English) into its structure.

A pure function from text to :class:`ParsedResolution`: header (symbol, session, agenda item,
dates, title, draft symbol), preambular paragraphs with their opening participle, operative
paragraphs with number, sub-paragraphs and action clauses with addressees, footnotes and
citations of other resolutions. It repairs page breaks, running headers and footers and
footnotes that cut a paragraph in two; every piece keeps its span in the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from pyoxigraph import NamedNode

from loaders.errors import ParseError, line_column
from loaders.lexicon import Lexicon, load_lexicon
from loaders.registry import Mention, Registry, load_registry
from loaders.segments import Segment
from loaders.text import DATE_PATTERN, parse_date

__all__ = [
    "ActionClause", "Citation", "Footnote", "Paragraph", "ParsedResolution", "parse_resolution",
    "Located", "analyse_paragraph", "Annex",
]

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPT_RUN = re.compile(f"[{SUPERSCRIPTS}]+")
_FOOTNOTE_BLOCK = re.compile(rf"^([{SUPERSCRIPTS}]+|\d{{1,2}})\s+\S")
_NOISE_LINE = re.compile(
    r"^\s*(?:A/RES/\d+/\d+|\d{1,3}/\d{1,3}|\d{2}-\d{5}(?:\s*\([A-Z]\))?|\S*\d{2}-\d{5}\S*|Page \d+)\s*$"
)
_ITALICS = re.compile(r"\*")
_OPERATIVE_START = re.compile(r"^(\d{1,3})\.\s+")
_MEETING = re.compile(r"^\*?\s*\d+\s*(?:\^\{?e\}?|e|st|nd|rd|th)\s+(?:séance plénière|plenary meeting)", re.I)
_BODY_START = {"fr": re.compile(r"^L['’]Assemblée générale,?\s*$", re.M),
               "en": re.compile(r"^The General Assembly,?\s*$", re.M)}
_SYMBOL_TITLE = re.compile(r"^\s*(\d{1,3})/(\d{1,4})\.\s+(.+?)\s*$", re.M)
_AGENDA = {"fr": re.compile(r"^Points? (\d+(?:\s*\([a-z]\))?) de l['’]ordre du jour", re.M),
           "en": re.compile(r"^Agenda items? (\d+(?:\s*\([a-z]\))?)", re.M)}
_ADOPTED = {"fr": re.compile(r"^Résolution adoptée par l['’]Assemblée générale le (.+)$", re.M),
            "en": re.compile(r"^Resolution adopted by the General Assembly on (.+)$", re.M)}
_DISTR = re.compile(r"^Distr\.:?\s*(?:générale|general)\s*\n+\s*(.+)$", re.M | re.I)
_ANNEX_HEADING = re.compile(r"^\s*Annexe?(?:\s+([IVXL]+))?\s*$")
_DRAFT = re.compile(r"\((A/\d+/(?:L\.\d+|\d+)(?:/Rev\.\d+)?(?:/Add\.\d+)?)\)")
_BOLD = re.compile(r"\*\*(.+?)\*\*", re.S)
_SUBPARA = re.compile(r"(?:(?<=:)|(?<=;)|(?<=; and)|(?<=; et))\s+\(([a-z])\)\s+")

_CITED = re.compile(
    r"(?P<symbol>(?<![\d/])(?P<session>\d{1,2})/(?P<number>\d{1,4})(?![\d/])"
    r"|(?P<old>\d{1,4}) ?(?P<letter>[A-Z])? \((?P<roman>[IVXL]+)\))"
    rf"(?:\s+(?:du|of)\s+(?P<date>{DATE_PATTERN}))?"
    r"(?:,?\s+(?:intitulée?s?|entitled)\s+(?P<title>«\s*[^»]+?\s*»|“[^”]+”|\"[^\"]+\"))?"
)
_RESOLUTION_WORD = re.compile(r"(?:[Rr]ésolutions?|[Rr]esolutions?)\s+$")
_INFINITIVE = {
    "fr": re.compile(r"(?:\s(?:à|de)\s+|\sd['’])(?:(?:lui|leur|se|s['’]|en|y|les?|la)\s*)?\w+(?:er|ir|re|oir)\b|(?<!ainsi)\sque\b|\squ['’]"),
    "en": re.compile(r"\sto\s+(?!the\b|a\b|an\b|their\b|its\b|this\b|that\b|which\b)[a-z]+\b|\sthat\b"),
}
_ADDRESSEE_TYPES = {"AddresseeGroup", "Post", "Agency", "Body", "Country", "Organization"}


@dataclass(frozen=True)
class Located:
    """A value and the span of the source that states it."""

    value: str
    start: int
    end: int

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


@dataclass
class ActionClause:
    action: NamedNode
    verb: Located
    addressees: list[Mention] = field(default_factory=list)


@dataclass
class Citation:
    symbol: str
    span: tuple[int, int]
    relation: NamedNode | None
    adopted: date | None = None
    title: str | None = None


@dataclass
class Footnote:
    marker: str
    text: str
    span: tuple[int, int]


@dataclass
class Paragraph:
    kind: str  # "preambular" | "operative"
    number: str
    position: int
    text: str
    span: tuple[int, int]
    opening: Located | None
    actions: list[ActionClause] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    subparagraphs: list["Paragraph"] = field(default_factory=list)


@dataclass
class Annex:
    """An annex with its own numbering: label ("I", or "" for a single annex), title, paragraphs."""

    label: str
    title: Located | None
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass
class ParsedResolution:
    lang: str
    symbol: Located
    session: int | None
    title: Located | None
    adopted: date | None = None
    adopted_at: Located | None = None
    published: date | None = None
    published_at: Located | None = None
    agenda_item: Located | None = None
    agenda_title: Located | None = None
    draft_symbol: Located | None = None
    preambular: list[Paragraph] = field(default_factory=list)
    operative: list[Paragraph] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    annexes: list[Annex] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[Paragraph]:
        return self.preambular + self.operative


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


def _is_continuation(previous: str, block: str) -> bool:
    if _OPERATIVE_START.match(block):
        return False
    if re.match(r"\([a-z]{1,2}\)\s", block):
        return True
    first = block.lstrip("*")[:1]
    return first.islower() or not previous.rstrip("*").rstrip().endswith((",", ";", ".", ":"))


def _footnote_markers(seg: Segment) -> list[tuple[str, int]]:
    return [(m.group(0), m.start()) for m in _SUPERSCRIPT_RUN.finditer(seg.text)]


def _actions(seg: Segment, lang: str, lexicon: Lexicon, registry: Registry,
             opening: Located | None, opening_action: NamedNode | None) -> list[ActionClause]:
    clauses: list[tuple[int, int, ActionClause]] = []
    if opening and opening_action is not None:
        clauses.append((0, len(opening.value), ActionClause(opening_action, opening)))
    lower = lexicon.pattern(lang, lowercase=True)
    joiner = r"(?:\bet|,\s*et|\band|,\s*and|,)\s+" if lang in ("fr", "en") else r"\s"
    for match in re.finditer(rf"{joiner}({lower})(?=\s)", seg.text):
        action = lexicon.action_for(match.group(1), lang)
        if action is None:
            continue
        start, end = seg.span(match.start(1), match.end(1))
        clauses.append((match.start(1), match.end(1),
                        ActionClause(action, Located(match.group(1), start, end))))
    first_person = [f for f, _ in lexicon.forms.get(lang, []) if f.startswith(("We ", "Nous "))]
    if first_person:
        pattern = "|".join(re.escape(f) for f in first_person)
        for match in re.finditer(rf"(?<=[.;:] )({pattern})(?=\s)", seg.text):
            action = lexicon.action_for(match.group(1), lang)
            if action is not None:
                start, end = seg.span(match.start(1), match.end(1))
                clauses.append((match.start(1), match.end(1), ActionClause(action, Located(match.group(1), start, end))))
    clauses.sort(key=lambda c: c[0])
    for index, (_, verb_end, clause) in enumerate(clauses):
        if clause.action not in lexicon.directives:
            continue
        limit = clauses[index + 1][0] if index + 1 < len(clauses) else len(seg.text)
        stop = _INFINITIVE[lang].search(seg.text, verb_end, limit)
        window_end = stop.start() if stop else min(limit, verb_end + 400)
        window = seg.slice(verb_end, window_end)
        for mention in registry.find_mentions(window.text, lang, types=_ADDRESSEE_TYPES):
            start, end = window.span(mention.start, mention.end)
            if all(m.entity != mention.entity for m in clause.addressees):
                clause.addressees.append(Mention(mention.entity, start, end))
    return [c for _, _, c in clauses]


def _citations(seg: Segment, clauses: list[ActionClause], lexicon: Lexicon) -> list[Citation]:
    out = []
    for match in _CITED.finditer(seg.text):
        has_context = bool(_RESOLUTION_WORD.search(seg.text[: match.start()][-20:])) or bool(match.group("date"))
        if match.group("session") and not has_context:
            continue
        if match.group("old") and not re.search(r"[Rr][ée]solution\s+$", seg.text[: match.start()][-15:]):
            continue
        if match.group("session"):
            symbol = f"A/RES/{match.group('session')}/{match.group('number')}"
        else:
            # The official symbol of "217 A (III)" is A/RES/217(III), as undocs.org writes it.
            symbol = f"A/RES/{match.group('old')}({match.group('roman')})"
        start, end = seg.span(match.start(), match.end())
        source_start = start
        relation = None
        for clause in clauses:
            if clause.verb.start <= source_start:
                relation = lexicon.citation_relation(clause.action)
        title = match.group("title")
        out.append(Citation(
            symbol=symbol, span=(start, end), relation=relation,
            adopted=parse_date(match.group("date")) if match.group("date") else None,
            title=title.strip("«»“”\" \u00a0") if title else None,
        ))
    return out


def analyse_paragraph(seg: Segment, kind: str, number: str, position: int, lang: str,
                     lexicon: Lexicon, registry: Registry, footnotes: dict[str, Footnote]) -> Paragraph:
    markers = _footnote_markers(seg)
    original_span = seg.source_span if seg.text else (0, 0)
    seg = seg.remove(_SUPERSCRIPT_RUN).remove(_ITALICS).collapse_whitespace()
    if not seg.text:
        return Paragraph(kind=kind, number=number, position=position, text="", span=original_span, opening=None)
    opening = None
    opening_action = None
    found = lexicon.opening(seg.text, lang)
    if found:
        form, opening_action = found
        start, end = seg.span(0, len(form))
        opening = Located(form, start, end)
    paragraph = Paragraph(kind=kind, number=number, position=position, text=seg.text,
                          span=seg.source_span, opening=opening)
    paragraph.actions = _actions(seg, lang, lexicon, registry, opening, opening_action)
    paragraph.citations = _citations(seg, paragraph.actions, lexicon)
    paragraph.mentions = [
        Mention(m.entity, *seg.span(m.start, m.end)) for m in registry.find_mentions(seg.text, lang)
    ]
    for marker, _ in markers:
        if marker in footnotes:
            paragraph.footnotes.append(footnotes[marker])
            relation = paragraph.actions[-1].action if paragraph.actions else None
            for cite in _citations(Segment(footnotes[marker].text, list(range(*footnotes[marker].span))),
                                   [], lexicon):
                cite.relation = lexicon.citation_relation(relation) if relation else None
                paragraph.citations.append(cite)
    if kind == "operative":
        paragraph.subparagraphs = _subparagraphs(seg, number, lang, lexicon, registry)
        first = _SUBPARA.search(seg.text)
        if paragraph.subparagraphs and first:
            paragraph.text = seg.text[: first.start()].strip()  # the intro; points are sub-paragraphs
    return paragraph


def _subparagraphs(seg: Segment, number: str, lang: str, lexicon: Lexicon,
                   registry: Registry) -> list[Paragraph]:
    cuts = list(_SUBPARA.finditer(seg.text))
    out = []
    for index, cut in enumerate(cuts):
        end = cuts[index + 1].start() if index + 1 < len(cuts) else len(seg.text)
        part = seg.slice(cut.end(), end).collapse_whitespace()
        if not part.text:
            continue
        sub = Paragraph(kind="operative", number=f"{number} ({cut.group(1)})", position=index + 1,
                        text=part.text, span=part.source_span, opening=None)
        sub.mentions = [Mention(m.entity, *part.span(m.start, m.end)) for m in registry.find_mentions(part.text, lang)]
        out.append(sub)
    return out


def _segments(text: str, start: int, end: int, parsed: ParsedResolution | None,
              footnotes: dict[str, Footnote]) -> tuple[list[Segment], int | None]:
    """Blocks of ``text[start:end]`` merged into paragraphs, up to the meeting line.

    Footnote blocks go to ``footnotes``; returns the segments and where the meeting line ends.
    """
    content: list[tuple[int, int]] = []
    stop = None
    for block_start, block_end in _blocks(text, start, end):
        block = text[block_start:block_end]
        if _MEETING.match(block.lstrip("*").strip()) or _MEETING.match(block.strip()):
            stop = block_end
            break
        if all(_NOISE_LINE.match(line) for line in block.splitlines()):
            continue
        footnote = _FOOTNOTE_BLOCK.match(block)
        if footnote and block[0] in SUPERSCRIPTS:
            marker = footnote.group(1)
            note = Footnote(marker=marker, text=" ".join(block[len(marker):].split()),
                            span=(block_start + len(marker) + 1, block_end))
            footnotes[marker] = note
            if parsed is not None:
                parsed.footnotes.append(note)
            continue
        content.append((block_start, block_end))
    merged: list[Segment] = []
    for block_start, block_end in content:
        block = Segment.of(text, block_start, block_end)
        lines = block.text.split("\n")
        if len(lines) > 1 and any(_NOISE_LINE.match(ln) for ln in lines):
            block = block.remove(re.compile(r"^\s*(?:A/RES/\d+/\d+|\d{1,3}/\d{1,3}|\d{2}-\d{5}\S*)\s*$\n?", re.M))
        if merged and _is_continuation(merged[-1].text, block.text):
            merged[-1].append_char(" ", block_start - 1)
            merged[-1].text += block.text
            merged[-1].offsets.extend(block.offsets)
        else:
            merged.append(block)
    return merged, stop


def _numbered(seg: Segment, position: int, lang: str, lexicon: Lexicon, registry: Registry,
              footnotes: dict[str, Footnote]) -> Paragraph | None:
    match = _OPERATIVE_START.match(seg.text)
    if not match:
        return None
    paragraph = analyse_paragraph(seg.slice(match.end()), "operative", match.group(1), position, lang,
                                  lexicon, registry, footnotes)
    paragraph.span = (seg.offsets[0], paragraph.span[1])
    return paragraph


def _annexes(text: str, start: int, lang: str, lexicon: Lexicon, registry: Registry) -> list[Annex]:
    """Annexes after the meeting line: ``Annex I`` headings, a title, numbered paragraphs."""
    headings = [m for m in re.finditer(r"^[ \t]*Annexe?(?:[ \t]+([IVXL]+))?[ \t]*$", text[start:], re.M)]
    out = []
    for index, heading in enumerate(headings):
        begin = start + heading.end()
        finish = start + headings[index + 1].start() if index + 1 < len(headings) else len(text)
        footnotes: dict[str, Footnote] = {}
        segments, _ = _segments(text, begin, finish, None, footnotes)
        title = None
        annex = Annex(label=heading.group(1) or "", title=None)
        for seg in segments:
            paragraph = _numbered(seg, len(annex.paragraphs) + 1, lang, lexicon, registry, footnotes)
            if paragraph is not None:
                annex.paragraphs.append(paragraph)
            elif title is None and not annex.paragraphs:
                clean = seg.collapse_whitespace()
                title = Located(clean.text, *clean.source_span)
        annex.title = title
        out.append(annex)
    return out


def parse_resolution(text: str, *, lang: str, path: str | None = None, lexicon: Lexicon | None = None,
                     registry: Registry | None = None, headings: bool = False) -> ParsedResolution:
    """Parse a resolution's plain text, and its annexes after the meeting line.

    With ``headings``, unnumbered blocks between operative paragraphs are section headings and
    skipped (PDFs of long resolutions have them); without, they are an error. Raises
    :class:`ParseError` naming the line when the text lacks the header or the body.
    """
    if lang not in _BODY_START:
        raise ParseError(f"language {lang!r} is not supported by the resolution parser (fr, en)", path=path)
    lexicon = lexicon or load_lexicon()
    registry = registry or load_registry()
    body = _BODY_START[lang].search(text)
    if not body:
        raise ParseError("no line opening the body ('L'Assemblée générale,' / 'The General Assembly,')",
                         path=path, line=1)
    parsed = _header(text, lang, body.start(), path)
    footnotes: dict[str, Footnote] = {}
    segments, stop = _segments(text, body.end(), len(text), parsed, footnotes)
    for seg in segments:
        paragraph = _numbered(seg, len(parsed.operative) + 1, lang, lexicon, registry, footnotes)
        if paragraph is not None:
            parsed.operative.append(paragraph)
        elif parsed.operative:
            if headings:
                continue
            line, _ = line_column(text, seg.offsets[0])
            raise ParseError("a paragraph without a number after the operative part began", path=path, line=line)
        else:
            position = len(parsed.preambular) + 1
            parsed.preambular.append(analyse_paragraph(
                seg, "preambular", str(position), position, lang, lexicon, registry, footnotes))
    if not parsed.operative:
        line, _ = line_column(text, body.end())
        raise ParseError("no numbered operative paragraph after the body opens", path=path, line=line)
    if stop is not None:
        parsed.annexes = _annexes(text, stop, lang, lexicon, registry)
    return parsed
