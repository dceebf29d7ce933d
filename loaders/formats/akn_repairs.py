"""Repairs of the UN's Akoma Ntoso markup made before rendering, each a pattern of the real
corpus that would otherwise lose or misnumber paragraphs.

- **A number apart from its text.** Some French files write each paragraph's number in a
  ``<paragraph>`` of its own with an empty content, and the text in the unnumbered
  ``<paragraph>`` that follows (A/RES/79/1, the Pact for the Future: ``<num>1.</num>`` then
  "Nous, chefs d'État…"). Read as written, the numbers are empty paragraphs and the texts
  preambular or lost; the English file of the same resolution numbers the text itself. The
  number is moved onto the text that follows it.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from loaders.formats.akn_elements import AKN

_PARAGRAPH_NUMBER = re.compile(r"\d+(?:\.\d+)*\.?")


def _number(paragraph: ET.Element) -> ET.Element | None:
    num = paragraph.find(f"{AKN}num")
    return num if num is not None and _PARAGRAPH_NUMBER.fullmatch((num.text or "").strip()) else None


def _text_without_number(paragraph: ET.Element) -> str:
    return "".join(t for child in paragraph if child.tag != f"{AKN}num" for t in child.itertext()).strip()


def join_split_numbers(root: ET.Element) -> int:
    """Move each number written alone in a ``<paragraph>`` onto the unnumbered ``<paragraph>``
    right after it, in place; the number of paragraphs joined."""
    joined = 0
    for parent in list(root.iter()):
        children = list(parent)
        for first, second in zip(children, children[1:]):
            if first.tag != f"{AKN}paragraph" or second.tag != f"{AKN}paragraph":
                continue
            num = _number(first)
            if num is None or _text_without_number(first) or second.find(f"{AKN}num") is not None:
                continue
            if not _text_without_number(second):
                continue
            first.remove(num)
            second.insert(0, num)
            parent.remove(first)
            joined += 1
    return joined
