"""Render an AKN4UN XML resolution as plain text, remembering where each part landed.

The rendered text is the document's character data in document order — cover page, preface,
preamble containers, operative paragraphs and their points, annexes — one block per element,
with a footnote's marker written as a superscript digit and its text as a block after the
paragraph. Nothing is added that the XML does not hold, so evidence quotes read as the UN
wrote them. Each structural element keeps its span in the rendered text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from loaders.segments import Segment

__all__ = ["AKN", "Rendered", "RenderedParagraph", "RenderedAnnex", "Link", "render", "local"]

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_SPACES = re.compile(r"\s+")
_SUBPARA_TEXT = re.compile(r"^\(([a-z]{1,2})\)\s+")


def local(elem: ET.Element) -> str:
    return elem.tag.rsplit("}", 1)[-1]


@dataclass(frozen=True)
class Link:
    href: str
    start: int
    end: int


@dataclass
class RenderedParagraph:
    kind: str  # "preambular" | "operative"
    number: str
    segment: Segment
    italic: tuple[int, int] | None = None  # span of the opening italic words, in the document
    notes: list[tuple[str, str, tuple[int, int]]] = field(default_factory=list)
    subparagraphs: list["RenderedParagraph"] = field(default_factory=list)


@dataclass
class RenderedAnnex:
    label: str  # "I", "II" or "" for a single annex
    title: Segment | None
    paragraphs: list[RenderedParagraph] = field(default_factory=list)


@dataclass
class Rendered:
    text: str
    meta: dict[str, list[tuple[str, int, int]]]
    cover: dict[str, tuple[str, int, int]]
    preambular: list[RenderedParagraph]
    operative: list[RenderedParagraph]
    annexes: list[RenderedAnnex]
    links: list[Link]


class _Writer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.links: list[Link] = []

    def write(self, text: str) -> tuple[int, int]:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start, self.length

    def block_break(self) -> None:
        if self.length:
            self.write("\n\n")

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _inline(elem: ET.Element, writer: _Writer, seg: Segment, notes: list, italic: list) -> None:
    """Append the character data under ``elem`` (not its tail) to ``seg`` and the writer."""

    def emit(text: str | None) -> None:
        if not text:
            return
        text = _SPACES.sub(" ", text)
        if not len(seg) or seg.endswith(" "):  # not seg.text: reading it joins the pieces
            text = text.lstrip()
        if text:
            start, _ = writer.write(text)
            seg.append(text, start)

    emit(elem.text)
    for child in elem:
        name = local(child)
        if name == "authorialNote":
            marker = (child.get("marker") or str(len(notes) + 1)).translate(_SUPERSCRIPT)
            start, end = writer.write(marker)
            seg.append(marker, start)
            notes.append((marker, child, (start, end)))
        elif name in ("eol", "img"):
            emit(" ")
        else:
            before = writer.length
            _inline(child, writer, seg, notes, italic)
            if name == "a" and child.get("href"):
                writer.links.append(Link(child.get("href"), before, writer.length))
            if name == "span" and "italic" in (child.get("class") or "") and not italic and writer.length > before:
                italic.append((before, writer.length))
        emit(child.tail)


def _block(elem: ET.Element, writer: _Writer, kind: str, number: str) -> RenderedParagraph:
    writer.block_break()
    seg = Segment.empty()
    notes: list = []
    italic: list = []
    texts = [p for p in elem.iter() if local(p) == "p" and not _inside_note(p, elem)]
    for index, p in enumerate(texts):
        if index:
            start, _ = writer.write(" ")
            seg.append(" ", start)
        _inline(p, writer, seg, notes, italic)
    seg = seg.collapse_whitespace()
    paragraph = RenderedParagraph(kind, number, seg, italic[0] if italic else None)
    for marker, note, _ in notes:
        writer.block_break()
        start, _ = writer.write(marker + " ")
        note_seg = Segment.empty()
        for p in (x for x in note.iter() if local(x) == "p"):
            _inline(p, writer, note_seg, [], [])
        note_seg = note_seg.collapse_whitespace()
        if note_seg.text:
            paragraph.notes.append((marker, note_seg.text, note_seg.source_span))
    return paragraph


def _inside_note(p: ET.Element, root: ET.Element) -> bool:
    for note in root.iter(f"{AKN}authorialNote"):
        if any(x is p for x in note.iter()):
            return True
    return False


def _number(elem: ET.Element) -> str | None:
    num = elem.find(f"{AKN}num")
    return num.text.strip().rstrip(".") if num is not None and num.text and num.text.strip() else None


def _is_heading(para: ET.Element, *, ignore_num: bool = False) -> bool:
    """A paragraph whose only text is bold, or a subheading: a title, not a paragraph."""
    if para.find(f".//{AKN}subheading") is not None or (ignore_num and para.find(f".//{AKN}heading") is not None):
        return True
    texts = [p for p in para.iter(f"{AKN}p")]
    return bool(texts) and all(
        len(p) == 1 and local(p[0]) == "span" and "bold" in (p[0].get("class") or "")
        and not (p.text or "").strip() and not (p[0].tail or "").strip() for p in texts)


def _paragraphs(elements, writer: _Writer, previous: list[RenderedParagraph] | None = None) -> list[RenderedParagraph]:
    """Numbered paragraphs, their points, and unnumbered ``(a) ...`` paragraphs as points of the
    paragraph before (which may be in ``previous``)."""
    out: list[RenderedParagraph] = []
    earlier = previous if previous is not None else []
    for para in elements:
        number = _number(para)
        if number is not None and re.fullmatch(r"[IVXL]+", number) and _is_heading(para, ignore_num=True):
            continue  # a chapter heading ("I. Sustainable development...")
        if number is None:
            probe = "".join(para.itertext()).strip()
            match = _SUBPARA_TEXT.match(probe)
            owner = out[-1] if out else (earlier[-1] if earlier else None)
            if match and owner is not None:
                sub = _block(para, writer, "operative", f"{owner.number} ({match.group(1)})")
                _strip_label(sub)
                if sub.segment.text:
                    owner.subparagraphs.append(sub)
            continue
        intro = para.find(f".//{AKN}intro")
        points = list(para.iter(f"{AKN}point"))
        rendered = _block(intro if intro is not None and points else para, writer, "operative", number)
        for point in points:
            letter = (_number(point) or "").strip("()")
            sub = _block(point, writer, "operative", f"{number} ({letter})")
            if sub.segment.text:
                rendered.subparagraphs.append(sub)
        if rendered.segment.text:
            out.append(rendered)
    return out


def _strip_label(paragraph: RenderedParagraph) -> None:
    match = _SUBPARA_TEXT.match(paragraph.segment.text)
    if match:
        paragraph.segment = paragraph.segment.slice(match.end())


def _meta_line(writer: _Writer, meta: dict, key: str, label: str, values: list[str]) -> None:
    """``label: v1 | v2`` on a line of its own; each value's span is kept under ``key``."""
    writer.write(label + ": ")
    for index, value in enumerate(values):
        if index:
            writer.write(" | ")
        start, end = writer.write(value)
        meta.setdefault(key, []).append((value, start, end))
    writer.write("\n")


def _render_meta(statement: ET.Element, writer: _Writer) -> dict[str, list[tuple[str, int, int]]]:
    """The metadata this project reads, as ``name: value`` lines, values verbatim from the XML."""
    meta: dict[str, list[tuple[str, int, int]]] = {}
    ident = statement.find(f"{AKN}meta/{AKN}identification")
    if ident is not None:
        for level, key in (("FRBRWork", "work"), ("FRBRExpression", "expression")):
            uri = ident.find(f"{AKN}{level}/{AKN}FRBRuri")
            if uri is not None and uri.get("value"):
                _meta_line(writer, meta, key, level, [uri.get("value")])
            for date in ident.findall(f"{AKN}{level}/{AKN}FRBRdate"):
                if date.get("date") and date.get("name"):
                    _meta_line(writer, meta, date.get("name"), f"{level} {date.get('name')}", [date.get("date")])
    for keyword in statement.iterfind(f"{AKN}meta/{AKN}classification/{AKN}keyword"):
        if keyword.get("href", "").startswith("http://metadata.un.org/"):
            _meta_line(writer, meta, "keyword", "keyword", [keyword.get("value", ""), keyword.get("href")])
    for step in statement.iterfind(f"{AKN}meta/{AKN}workflow/{AKN}step"):
        outcome, by = step.get("outcome", ""), step.get("by", "")
        if outcome in ("draftResolution", "draftResolutionAdditionalSponsors") and by.strip():
            _meta_line(writer, meta, "sponsor" if outcome == "draftResolution" else "additionalSponsor",
                       f"{outcome} {step.get('as', '')}".strip(), [" ".join(by.split())])
    voting = statement.find(f"{AKN}meta/{AKN}analysis/{AKN}parliamentary/{AKN}voting")
    if voting is not None and voting.get("outcome"):
        _meta_line(writer, meta, "voting", "voting", [voting.get("outcome")])
    return meta


def render(root: ET.Element) -> Rendered:
    writer = _Writer()
    cover: dict[str, tuple[str, int, int]] = {}
    statement = root[0]
    meta = _render_meta(statement, writer)
    for part in statement:
        name = local(part)
        if name == "coverPage":
            for p in part.iter(f"{AKN}p"):
                writer.block_break()
                seg = Segment.empty()
                _inline(p, writer, seg, [], [])
                for child in p.iter():
                    key = {"docNumber": "symbol", "docTitle": "adopted", "session": "session",
                           "docDate": "published", "docProponent": "proponent"}.get(local(child))
                    if local(child) == "inline" and child.get("name") == "agenda item":
                        key = "agenda"
                    elif local(child) == "inline" and child.get("name") == "agenda item name":
                        key = "agenda_title"
                    elif local(child) == "inline" and child.get("name") == "originating document":
                        key = "draft"
                    if key and seg.text:
                        value = _SPACES.sub(" ", "".join(child.itertext())).strip()
                        at = seg.text.find(value)
                        if at >= 0:
                            cover.setdefault(key, (value, *seg.span(at, at + len(value))))
        elif name == "preface":
            writer.block_break()
            seg = Segment.empty()
            for p in part.iter(f"{AKN}p"):
                _inline(p, writer, seg, [], [])
            seg = seg.collapse_whitespace()
            match = re.match(r"((?:ES-)?\d+/\d+(?:\s?[A-Z])?)\.\s*(.*)", seg.text)
            if match:
                cover["number"] = (match.group(1), *seg.span(match.start(1), match.end(1)))
                if match.group(2):
                    cover["title"] = (match.group(2), *seg.span(match.start(2), match.end(2)))
    preambular: list[RenderedParagraph] = []
    operative: list[RenderedParagraph] = []
    # Preamble and main body may alternate (an outcome document adopted by a resolution).
    for part in statement:
        if local(part) == "preamble":
            for item in part:
                if local(item) == "formula":
                    writer.block_break()
                    _inline(item.find(f".//{AKN}p"), writer, Segment.empty(), [], [])
                elif local(item) == "container":
                    block = _block(item, writer, "preambular", str(len(preambular) + 1))
                    if block.segment.text:
                        preambular.append(block)
        elif local(part) == "mainBody":
            for para in part.iter(f"{AKN}paragraph"):
                if operative or _number(para) is not None or _is_heading(para) or _SUBPARA_TEXT.match(
                        "".join(para.itertext()).strip()):
                    operative.extend(_paragraphs([para], writer, operative))
                    continue
                block = _block(para, writer, "preambular", str(len(preambular) + 1))
                if block.segment.text:
                    preambular.append(block)
    annexes: list[RenderedAnnex] = []
    docs = [d for d in statement.iter(f"{AKN}doc") if d.get("name") == "annex"]
    for doc in docs:
        main = doc.find(f".//{AKN}mainBody")
        chunks: list[tuple[str, Segment | None, list[ET.Element]]] = []
        for para in (main.iter(f"{AKN}paragraph") if main is not None else []):
            sub = para.find(f"{AKN}subheading")
            if _number(para) is None and sub is not None:
                writer.block_break()
                seg = Segment.empty()
                _inline(sub, writer, seg, [], [])
                match = re.fullmatch(r"Annexe?\s*([IVXL]+)?", seg.text.strip())
                if match or not chunks:
                    chunks.append((match.group(1) or "" if match else "", None, []))
                    if match:
                        continue
                if chunks[-1][1] is None:
                    chunks[-1] = (chunks[-1][0], seg.collapse_whitespace(), chunks[-1][2])
                continue
            if not chunks:
                chunks.append(("", None, []))
            chunks[-1][2].append(para)
        for label, heading, elements in chunks:
            annexes.append(RenderedAnnex(label, heading, _paragraphs(elements, writer)))
    if len(annexes) > 1:
        for index, annex in enumerate(annexes, start=1):
            annex.label = annex.label or _roman(index)
    return Rendered(writer.text, meta, cover, preambular, operative, annexes, writer.links)


def _roman(number: int) -> str:
    return ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][number] if number <= 10 else str(number)
