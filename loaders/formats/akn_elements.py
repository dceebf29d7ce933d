"""Reading AKN4UN elements: numbers, headings and point labels, as the renderer needs them.

Pure functions of the XML (no rendering): what number a ``<paragraph>`` or ``<point>`` carries,
whether it is a heading rather than a paragraph, and how a point is labelled and numbered
under its paragraph.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from loaders.formats.akn_parts import heading_label
from loaders.formats.akn_rendered import RenderedParagraph

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
#: A point's label written at the head of its text: "(a) " in English, "a) " (up to "viii) ") in French.
SUBPARA_TEXT = re.compile(r"^(?:\((?=[a-z]{1,2}\))|(?=(?:[a-z]{1,2}|[ivx]{3,4})\)))([a-z]{1,4})\)\s+")


def local(elem: ET.Element) -> str:
    return elem.tag.rsplit("}", 1)[-1]



def number_of(elem: ET.Element) -> str | None:
    num = elem.find(f"{AKN}num")
    return num.text.strip().rstrip(".") if num is not None and num.text and num.text.strip() else None


def is_heading(para: ET.Element, *, ignore_num: bool = False) -> bool:
    """A paragraph whose only text is bold, or a subheading: a title, not a paragraph."""
    if para.find(f".//{AKN}subheading") is not None or (ignore_num and para.find(f".//{AKN}heading") is not None):
        return True
    texts = [p for p in para.iter(f"{AKN}p")]
    return bool(texts) and all(
        len(p) == 1 and local(p[0]) == "span" and "bold" in (p[0].get("class") or "")
        and not (p.text or "").strip() and not (p[0].tail or "").strip() for p in texts)


HEADING_NUMBER = re.compile(r"[IVXLC]+|[A-Z]")
POINT_NUMBER = re.compile(r"\(?([a-z]{1,5})\)")  # "(a)", and "a)" in French texts
PARAGRAPH_NUMBER = re.compile(r"\d+(?:\.\d+)*")
#: Elements that group paragraphs under a number or a title (a section, a part...).
GROUPS = {"section", "part", "chapter", "title", "subsection", "division", "hcontainer", "subpart"}


def text_of(elem: ET.Element) -> str:
    return " ".join("".join(elem.itertext()).split())


def numbered_heading(para: ET.Element) -> bool:
    """"D. Audit", "II. Action areas": a letter or roman number and a title, not a paragraph."""
    if is_heading(para, ignore_num=True):
        return True
    content = text_of(para)
    return len(content) < 200 and not content.endswith((";", ".", ":"))


def unnumbered_heading(para: ET.Element) -> bool:
    text = text_of(para)
    return is_heading(para) or (len(text) < 40 and heading_label(text) is not None and not text.endswith((";", ",")))


def has_numbered_paragraph(scope: ET.Element) -> bool:
    return any(PARAGRAPH_NUMBER.fullmatch(number_of(p) or "") for p in scope.iter(f"{AKN}paragraph"))


ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv")


def point_number(owner: RenderedParagraph, label: str, within: str | None) -> str:
    """The number of a point written as a paragraph: ``5 (b)``, or ``5 (b) (ii)`` for a roman
    point under a lettered one ("(i)" after "(h)" is the letter i); points after a heading that
    follows their paragraph ("32. ... A. Build economic resilience (a) ...") are ``32 (A) (a)``."""
    base = f"{owner.number} ({within})" if within else owner.number
    previous = owner.subparagraphs[-1].number if owner.subparagraphs else ""
    last = previous[len(base):].split() if previous.startswith(base + " ") else []
    nested = label in ROMAN and bool(last) and (len(last) == 2 or (label == "i" and last[0] != "(h)"))
    number = f"{base} {last[0]} ({label})" if nested else f"{base} ({label})"
    taken = {sub.number for sub in owner.subparagraphs}
    repeat = 1
    while number in taken:  # a second list under the same paragraph, after an untitled break
        repeat += 1
        number = f"{owner.number} ({repeat}) ({label})"
    return number


def point_labels(para: ET.Element) -> list[tuple[ET.Element, str]]:
    """Each point of a paragraph with its label: ``(a)``; a point of a sub-list after point (h)
    is ``(h) (i)``, so that it is not taken for point (i)."""
    out: list[tuple[ET.Element, str]] = []
    last = ""
    for element in para.iter():
        name = local(element)
        if name != "point":
            continue
        written = number_of(element) or ""
        if HEADING_NUMBER.fullmatch(written) and is_heading(element, ignore_num=True):
            continue  # a chapter heading misplaced in a list ("II. International peace and security")
        letter = f"({written.strip('()')})"
        inside_sublist = any(local(x) == "sublist" and any(y is element for y in x) for x in para.iter())
        if inside_sublist and last:
            out.append((element, f"{last} {letter}"))
        else:
            last = letter
            out.append((element, letter))
    return out
