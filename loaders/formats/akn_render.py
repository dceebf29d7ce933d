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
from dataclasses import dataclass

from loaders.formats.akn_elements import (AKN, GROUPS, HEADING_NUMBER, POINT_NUMBER, SUBPARA_TEXT, has_numbered_paragraph,
                                          is_heading, local, number_of, numbered_heading, point_labels, point_number,
                                          text_of, unnumbered_heading)
from loaders.formats.akn_meta import render_meta
from loaders.formats.akn_parts import Numbering, heading_label
from loaders.formats.akn_rendered import Link, Rendered, RenderedAnnex, RenderedParagraph
from loaders.formats.akn_repairs import join_split_numbers
from loaders.segments import Segment

__all__ = ["AKN", "Rendered", "RenderedParagraph", "RenderedAnnex", "Link", "render", "local"]

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_SPACES = re.compile(r"\s+")


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
    # A cross-heading holds its text itself, not in <p> elements.
    texts = [p for p in elem.iter() if local(p) == "p" and not _inside_note(p, elem)] or (
        [elem] if local(elem) == "crossHeading" else [])
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


@dataclass
class _Unnumbered:
    """A resolution or a section with no numbered paragraph: its paragraphs are numbered by
    position, and in a section they name it (``…/part/II/para/1``)."""

    part: str | None = None
    count: int = 0


def _paragraph(para: ET.Element, writer: _Writer, body: Numbering, lone: _Unnumbered | None = None) -> None:
    """One ``<paragraph>`` into ``body``: a numbered paragraph and its points, a heading, a point
    written as a paragraph (``(a) ...``), the text that follows a list, or, where the scope has
    no numbered paragraph at all (``lone``: the count so far), an unnumbered operative paragraph."""
    number = number_of(para)
    owner = body.last
    if number is not None and HEADING_NUMBER.fullmatch(number) and numbered_heading(para):
        body.heading(number)  # a chapter or lettered heading ("I. Sustainable development", "D. Audit")
        return
    point = POINT_NUMBER.fullmatch(number or "") or (None if number else SUBPARA_TEXT.match(text_of(para)))
    if point and owner is not None and para.find(f".//{AKN}point") is not None:
        owner.subparagraphs.extend(_point_with_points(para, writer, owner, point.group(1), body.since_paragraph))
        return
    if point and (owner is not None or number is None) and para.find(f".//{AKN}point") is None:
        if owner is not None:
            sub = _block(para, writer, "operative", point_number(owner, point.group(1), body.since_paragraph))
            _strip_label(sub)
            if sub.segment.text:
                owner.subparagraphs.append(sub)
        return
    if number is None:
        if unnumbered_heading(para):
            body.heading(heading_label(text_of(para)))
            return
        if owner is not None and text_of(para)[:1].islower():
            _continue(owner, _block(para, writer, "operative", owner.number))  # the text after a list
            return
        if lone is None:
            return
        lone.count += 1
        number = str(lone.count)
    intro = para.find(f".//{AKN}intro")
    points = list(para.iter(f"{AKN}point"))
    rendered = _block(intro if intro is not None and points else para, writer, "operative", number)
    for element, label in point_labels(para):
        sub = _block(element, writer, "operative", f"{number} {label}")
        if sub.segment.text:
            rendered.subparagraphs.append(sub)
    wrap_up = para.find(f".//{AKN}wrapUp")
    if wrap_up is not None and points:
        _continue(rendered, _block(wrap_up, writer, "operative", number))
    if rendered.segment.text and lone is not None and lone.part:
        rendered.part = lone.part  # numbered by position in its section, it names its section
        body.add_apart(rendered)
    elif rendered.segment.text:
        body.add(rendered)


def _point_with_points(para: ET.Element, writer: _Writer, owner: RenderedParagraph, letter: str,
                       within: str | None) -> list[RenderedParagraph]:
    """A point written as a paragraph that has points of its own ("(e) To aim at…: (i) …"):
    a point of the paragraph before it, its points under it (``5 (e) (i)``), in both languages
    ("(e)" in English, "e)" in French)."""
    intro = para.find(f".//{AKN}intro")
    point = _block(intro if intro is not None else para, writer, "operative", point_number(owner, letter, within))
    _strip_label(point)
    for element, label in point_labels(para):
        sub = _block(element, writer, "operative", f"{point.number} {label}")
        if sub.segment.text:
            point.subparagraphs.append(sub)
    wrap_up = para.find(f".//{AKN}wrapUp")
    if wrap_up is not None:
        _continue(point, _block(wrap_up, writer, "operative", point.number))
    return [point] if point.segment.text else []


def _continue(owner: RenderedParagraph, more: RenderedParagraph) -> None:
    """``more`` carries on ``owner``'s text after its points ("…; and its request that…")."""
    if not more.segment.text:
        return
    start, _ = more.segment.source_span
    owner.segment.append_char(" ", start - 1)
    owner.segment.extend(more.segment)
    owner.notes.extend(more.notes)


def _paragraphs(elements, writer: _Writer) -> list[RenderedParagraph]:
    """The operative paragraphs of a list of ``<paragraph>`` elements (an annex), with their parts."""
    body = Numbering()
    for para in elements:
        _paragraph(para, writer, body)
    return _flat_points(body.finish())


def _flat_points(paragraphs: list[RenderedParagraph]) -> list[RenderedParagraph]:
    """Points keep their own label only (``2 (i)``, not ``2 (a) (i)``) wherever that names
    them: a paragraph's points are nested only where their labels repeat."""
    for paragraph in paragraphs:
        flat = [f"{paragraph.number} {sub.number.rsplit(' ', 1)[-1]}" for sub in paragraph.subparagraphs]
        if len(set(flat)) == len(flat):
            for sub, number in zip(paragraph.subparagraphs, flat):
                sub.number = number
    return paragraphs


def _body(scope: ET.Element, writer: _Writer, body: Numbering, preambular: list[RenderedParagraph],
          lone: _Unnumbered | None) -> None:
    """A main body or one of its sections, in document order: preambular cross-headings,
    headings, paragraphs. Unnumbered paragraphs before the first operative one are preambular,
    unless the resolution (or the section) has no numbered paragraph at all (``lone``, the
    count so far): then they are its operative paragraphs, numbered by position."""
    for child in scope:
        name = local(child)
        if name in GROUPS:
            body.heading(number_of(child) or None)
            label = number_of(child)
            _body(child, writer, body, preambular, None if has_numbered_paragraph(child) else _Unnumbered(label))
        elif name == "crossHeading" and child.get("refersTo") == "#preamble":
            block = _block(child, writer, "preambular", str(len(preambular) + 1))
            if block.segment.text:
                preambular.append(block)
        elif name in ("subheading", "heading"):
            body.heading(heading_label(text_of(child)))
        elif name == "paragraph":
            leading = lone is None and body.last is None and number_of(child) is None
            if leading and not is_heading(child) and not SUBPARA_TEXT.match(text_of(child)):
                block = _block(child, writer, "preambular", str(len(preambular) + 1))
                if block.segment.text:
                    preambular.append(block)
                continue
            _paragraph(child, writer, body, lone)
        elif name not in ("num", "crossHeading"):
            _body(child, writer, body, preambular, lone)


def _strip_label(paragraph: RenderedParagraph) -> None:
    match = SUBPARA_TEXT.match(paragraph.segment.text)
    if match:
        paragraph.segment = paragraph.segment.slice(match.end())


def _statement_body(statement: ET.Element, writer: _Writer, body: Numbering,
                    preambular: list[RenderedParagraph]) -> None:
    """The preamble and main body of one resolution; they may alternate (an outcome document
    adopted by a resolution)."""
    bodies = statement.findall(f"{AKN}mainBody")
    lone = None if any(has_numbered_paragraph(b) for b in bodies) else _Unnumbered()
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
            _body(part, writer, body, preambular, lone)


def render(root: ET.Element) -> Rendered:
    join_split_numbers(root)
    writer = _Writer()
    cover: dict[str, tuple[str, int, int]] = {}
    statement = root[0]
    meta = render_meta(statement, writer)
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
            match = re.match(r"((?:E?S-)?\d+/\d+(?:\s?[A-Z])?)\.\s*(.*)", seg.text)
            if match:
                cover["number"] = (match.group(1), *seg.span(match.start(1), match.end(1)))
                if match.group(2):
                    cover["title"] = (match.group(2), *seg.span(match.start(2), match.end(2)))
    preambular: list[RenderedParagraph] = []
    body = Numbering()
    components = [c for c in root.iter(f"{AKN}component") if c.find(f"{AKN}statement") is not None]
    for index, component in enumerate(components or [root]):
        resolution = component.find(f"{AKN}statement") if components else statement
        if components:  # a resolution adopted in parts A, B...: each part numbers its own paragraphs
            preface = resolution.find(f"{AKN}preface")
            letter = re.match(r"([A-Z])\b", text_of(preface)) if preface is not None else None
            body.heading(letter.group(1) if letter else chr(ord("A") + index))
        _statement_body(resolution, writer, body, preambular)
    operative = _flat_points(body.finish())
    annexes: list[RenderedAnnex] = []
    docs = [d for d in root.iter(f"{AKN}doc") if d.get("name") == "annex"]
    for doc in docs:
        main = doc.find(f".//{AKN}mainBody")
        chunks: list[tuple[str, Segment | None, list[ET.Element]]] = []
        for para in (main.iter(f"{AKN}paragraph") if main is not None else []):
            sub = para.find(f"{AKN}subheading")
            if sub is None and _ANNEX_LABEL.fullmatch(text_of(para).strip()):
                sub = para.find(f"{AKN}heading")  # "Annex II" as a heading: one doc holding several annexes (78/128)
            if number_of(para) is None and sub is not None:
                writer.block_break()
                seg = Segment.empty()
                _inline(sub, writer, seg, [], [])
                match = _ANNEX_LABEL.fullmatch(seg.text.strip())
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


#: An annex's own heading: "Annex", "Annex II", "Annexe III".
_ANNEX_LABEL = re.compile(r"Annexe?\s*([IVXL]+)?")


def _roman(number: int) -> str:
    return ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][number] if number <= 10 else str(number)
