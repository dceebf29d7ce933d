"""Acronyms a prose text defines for the activities the registry knows: "a Technology Facilitation
Mechanism (TFM) ... The TFM was officially launched in resolution 70/1" -- the TFM is the
registry's Technology Facilitation Mechanism, not a new activity of its own.

>>> from loaders.registry import load_registry
>>> from loaders.extract.prose_names import read_names
>>> text = ("The Addis Ababa Action Agenda also established a Technology Facilitation Mechanism (TFM). "
...         "The TFM was officially launched in UN General Assembly resolution 70/1.")
>>> sorted({f.term.key for f in read_names(text, "en", load_registry()).activities})
['technology-facilitation-mechanism']
"""

from __future__ import annotations

import re

from loaders.extract.prose_terms import Found, Term

__all__ = ["inner_acronym_end", "known_acronyms"]

#: The acronym written in brackets right after a name: " (TFM)", " (IGF)".
_BRACKETED = re.compile(r"\s*\((?P<acronym>[A-Z][A-Za-z0-9&-]{1,11})\)")


def known_acronyms(text: str, found: list[Found]) -> list[Found]:
    """``found`` with every name that is an acronym defined after a registry activity read as that
    activity, and the acronym's other uses the text does not already name added as mentions of it."""
    defined: dict[str, Term] = {}
    for f in found:
        if f.term.entity is not None and (m := _BRACKETED.match(text, f.end)) is not None:
            defined.setdefault(m.group("acronym"), f.term)
    if not defined:
        return found
    out = [Found(defined[text[f.start:f.end]], f.start, f.end, f.owner)
           if f.term.entity is None and f.term.kind != "instrument" and text[f.start:f.end] in defined else f
           for f in found]
    spans = [(f.start, f.end) for f in out]
    for acronym, term in defined.items():
        for m in re.finditer(r"(?<![\w-])" + re.escape(acronym) + r"(?![\w-])", text):
            if not any(m.start() < e and m.end() > s for s, e in spans) and text[m.start() - 1:m.start()] != "(":
                out.append(Found(term, m.start(), m.end()))
    return sorted(out, key=lambda f: (f.start, -f.end))


#: An acronym in brackets, and the capitalised words after it.
_INNER = re.compile(r"[ \t]*\((?P<acronym>[A-Z]{2,6})\)(?:[ \t]+[A-Z][\w'’-]+)+")


def inner_acronym_end(text: str, start: int, end: int) -> int | None:
    """Where a name read at ``start:end`` ends when the acronym after it stands for its last words only and
    capitalised words go on after it: "Africa Centre for Digital and Artificial Intelligence (AI) Skilling" (an
    acronym of the whole name, "Digital Bridge Institute (DBI)", ends it).

    >>> text = "launched the Africa Centre for Digital and Artificial Intelligence (AI) Skilling on 11 October"
    >>> text[13:inner_acronym_end(text, 13, 66)]
    'Africa Centre for Digital and Artificial Intelligence (AI) Skilling'
    """
    inner = _INNER.match(text, end)
    if inner is None:
        return None
    words, acronym = text[start:end].split(), inner.group("acronym")
    last = "".join(w[0] for w in words[-len(acronym):]).upper()
    return inner.end() if len(words) > len(acronym) and last == acronym else None
