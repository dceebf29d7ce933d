"""A name the text's body writes as its heading wrote it, but for case and a plural, is the
heading's: "Consultation Meeting of WSIS Action Lines Moderators/Facilitators on 24 February 2006
... ITU, UNESCO and UNDP organised a consultation meeting of WSIS Action Line
Moderators/Facilitators" names one meeting, by the heading's name.
"""

from __future__ import annotations

import re

from loaders.extract.prose.prose_terms import Found
from loaders.text import fold

__all__ = ["named_as_heading"]


def _comparable(label: str) -> str:
    return " ".join(re.sub(r"s$", "", word) for word in re.findall(r"[\w+/-]+", fold(label)))


def named_as_heading(text: str, found: list[Found]) -> list[Found]:
    """``found`` with every new name of the body that is a heading's new name, but for case and
    plurals, read as the heading's."""
    heading_end = text.find("\n")
    if heading_end < 0:
        return found
    headings = {_comparable(f.term.label): f.term for f in found
                if f.end <= heading_end and f.term.entity is None and f.term.label and f.term.kind in ("activity", "event")}
    if not headings:
        return found
    return [Found(headings[key], f.start, f.end, f.owner)
            if f.start > heading_end and f.term.entity is None and f.term.label
            and (key := _comparable(f.term.label)) in headings and f.term != headings[key] else f
            for f in found]
