"""Names of addressees the registry does not know, read from their form: the generic heads that
name no one alone ("committee", « conseil », "parties"), and English capitalised names
("the Department of Global Communications") between two points of a paragraph."""

from __future__ import annotations

import re

__all__ = ["GENERIC", "english_names"]

#: Heads that name no one on their own.
GENERIC = {"committee", "commission", "council", "office", "agency", "conference", "organization", "assembly",
            "comite", "conseil", "bureau", "organisation", "secretariat", "fund", "programme", "fonds", "group",
            "groupe", "board", "panel", "mission", "court", "forum", "parties", "states", "united nations"}
#: (with the non-breaking hyphen the corpus writes in names: "the Movement of Non‑Aligned Countries")
_NAME_WORD = re.compile(r"[A-Z][\w’'‑-]*")
_NAME_JOINERS = {"of", "on", "for", "and", "in", "to", "the"}
_NOT_NAMES = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
                        r"December|Article|Chapter|Part|Annex|Section)\b")


def english_names(text: str, start: int, stop: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of capitalised names ("the Department of Global Communications") between ``start``
    and ``stop`` outside ``taken``: capitalised words joined by of/on/for/and/in/to/the, a new
    name starting at "and the"."""
    words = list(re.finditer(r"[\w’'‑-]+", text[start:stop]))
    spans, index = [], 0
    while index < len(words):
        word = words[index]
        if not _NAME_WORD.fullmatch(word.group(0)):
            index += 1
            continue
        first, last = index, index
        probe = index + 1
        while probe < len(words):
            token = words[probe].group(0)
            if text[start + words[probe - 1].end():start + words[probe].start()].strip():
                break  # "the Secretary-General, Member States, the Organization for…": a comma ends a name
            if _NAME_WORD.fullmatch(token):
                last = probe
                probe += 1
            elif token in _NAME_JOINERS and not (token == "and" and probe + 1 < len(words)
                                                  and words[probe + 1].group(0) == "the"):
                probe += 1
            else:
                break
        begin, end = start + words[first].start(), start + words[last].end()
        name = text[begin:end]
        capitals = [w for w in name.split() if w[:1].isupper() and w.lower() not in GENERIC]
        if last > first and capitals and not _NOT_NAMES.match(name) \
                and not any(a < end and begin < b for a, b in taken):
            spans.append((begin, end))
        index = last + 1
    return spans
