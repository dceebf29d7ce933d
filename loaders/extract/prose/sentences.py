"""Sentences of prose: split after . ! ? ; before a capital, and at line ends, but not after
the abbreviations that end no sentence ("(Mod. 2008)", "para. 63", "M. Dujarric").

>>> text = "La Résolution 1282 (Mod. 2008) du Conseil. Deux"
>>> [text[s:e] for s, e in sentences(text)]
['La Résolution 1282 (Mod. 2008) du Conseil.', 'Deux']
"""

from __future__ import annotations

import re

__all__ = ["sentences"]

#: Abbreviations a sentence does not end with: "(Mod. 2008)", "(Rev. 1)", "para. 63", "M. Dujarric",
#: and titles before a name: "H.E. Eng. Majed Al Mesmar", "Prof. X".
_ABBREVIATIONS = "".join(rf"(?<!\b{a}\.)" for a in ("Mod", "Rev", "Corr", "Add", "para", "paras", "Para", "Paras", "No", "nos", "art", "arts", "M", "Mr", "Ms", "Dr",
                                                                 "E", "Eng", "Prof", "Amb", "Jr", "Inc"))
_SENTENCE_END = re.compile(r"(?<=[.!?;])" + _ABBREVIATIONS + r"\s+(?=[\"«“A-ZÀ-Ý\d–-])|\n+")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) of ``text``.

    >>> [ "Un. Deux"[s:e] for s, e in sentences("Un. Deux") ]
    ['Un.', 'Deux']
    """
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[start:m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text.rstrip())))
    return out
