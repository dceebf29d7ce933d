"""The report or document a sentence says is itself submitted under a mandate: "Ce rapport est
présenté en application de la résolution 57/295", "This document is presented in compliance with
40 C/Resolution 37", "The present report is submitted pursuant to General Assembly resolution
78/132".

"This report" stands for the report of the Secretary-General the text named last before it ("a
pris note ... du rapport du Secrétaire général relatif aux technologies de l'information et des
communications au service du développement*. Ce rapport est présenté en application de ...") or,
where none is named, for what the text's heading line names ("Draft Recommendation on the Ethics
of Artificial Intelligence ... This document is presented in compliance with ...").

>>> text = ("La Commission a pris note du rapport du Secrétaire général relatif aux technologies de "
...         "l'information au service du développement.  Ce rapport est présenté en application de la résolution 57/295.")
>>> found = reported_document(text, text.index("Ce rapport"), [])
>>> found.term.label, text[found.start:found.end]
("rapport du Secrétaire général relatif aux technologies de l'information au service du développement", 'Ce rapport')
"""

from __future__ import annotations

import re

from loaders.extract.prose_terms import Found, Term
from loaders.text import fold

__all__ = ["reported_document"]

#: A sentence opening on the document it is written in, or on "this report" (folded text).
_THIS_DOCUMENT = re.compile(r"\s*(?P<anaphor>(?:this|the present|ce|cet|cette|le present|la presente)\s+"
                            r"(?P<noun>report|document|note|study|rapport|etude))\b")
_NAME_END = r"[^.;:*()\n]{3,240}?(?=\s*(?:[.;:*()\n]|,|\s(?:submitted|presented|prepared|issued|présenté|soumis|établi|publié)\b|$))"
#: A report of the Secretary-General named by its subject: "the report of the Secretary-General on ...",
#: "the Secretary-General's report on ...", « le rapport du Secrétaire général relatif aux ... ».
_REPORT_NAME = re.compile(
    r"(?P<name>(?:(?:annual|progress|final|interim)\s+)?reports?\s+of\s+the\s+Secretary-General\s+(?:on|entitled)\s+" + _NAME_END
    + r"|Secretary-General['’]s\s+(?:(?:annual|progress|final|interim)\s+)?report\s+(?:on|entitled)\s+" + _NAME_END
    + r"|rapports?\s+(?:(?:annuel|d['’]étape|final|intérimaire)\s+)?du\s+Secrétaire\s+général\s+(?:relatifs?\s+(?:à|aux?)|sur|"
      r"intitulé)\s+" + _NAME_END + r")")


def reported_document(text: str, start: int, activities: list[Found], folded: str | None = None) -> Found | None:
    """The document a sentence starting at ``start`` with "This report" / « Ce rapport » stands
    for, at the anaphor's span; ``None`` where the sentence opens otherwise or nothing is named.
    ``folded`` is ``fold(text)`` where the caller has it already."""
    opening = _THIS_DOCUMENT.match(fold(text) if folded is None else folded, start)
    if opening is None:
        return None
    at = (opening.start("anaphor"), opening.end("anaphor"))
    named = [m for m in _REPORT_NAME.finditer(text, max(0, start - 600), start)]
    if named:
        return Found(Term("activity", label=" ".join(named[-1].group("name").split())), *at)
    heading_end = text.find("\n")
    if opening.group("noun") in ("report", "rapport") or heading_end < 0:
        return None
    heading = next((f for f in activities if f.end <= heading_end), None)  # "Draft Recommendation on ..." over the text
    return None if heading is None else Found(heading.term, *at)
