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

from loaders.extract.prose.prose_terms import Found, Term
from loaders.text import fold

__all__ = ["opens_on_this_document", "reported_document"]

#: A sentence opening on the document it is written in, or on "this report" (folded text).
_THIS_DOCUMENT = re.compile(r"\s*(?:(?:in|dans)\s+)?(?P<anaphor>(?:this|the present|ce|cet|cette|le present|la presente)\s+"
                            r"(?P<noun>report|document|note|study|rapport|etude))\b")
_NAME_END = r"[^.;:*()\n]{3,240}?(?=\s*(?:[.;:*()\n]|,|\s(?:submitted|presented|prepared|issued|présenté|soumis|établi|publié)\b|$))"
#: A report of the Secretary-General named by its subject: "the report of the Secretary-General on ...",
#: "the Secretary-General's report on ...", « le rapport du Secrétaire général relatif aux ... ».
_REPORT_NAME = re.compile(
    r"(?P<name>(?:(?:annual|progress|final|interim)\s+)?reports?\s+of\s+the\s+Secretary-General\s+(?:on|entitled)\s+" + _NAME_END
    + r"|Secretary-General['’]s\s+(?:(?:annual|progress|final|interim)\s+)?report\s+(?:on|entitled)\s+" + _NAME_END
    + r"|rapports?\s+(?:(?:annuel|d['’]étape|final|intérimaire)\s+)?du\s+Secrétaire\s+général\s+(?:relatifs?\s+(?:à|aux?)|sur|"
      r"intitulé)\s+" + _NAME_END + r")")


#: The report the instrument a sentence cites asked for, named by its subject: "..., dans laquelle celui-ci a prié le
#: HCDH d'établir un rapport sur les modalités ..., et de le lui présenter", "in which it requested the Office to prepare
#: a report on ..." (folded text).
_REQUESTED_REPORT = re.compile(
    r"\b(?:dans laquelle|dans lequel|par laquelle|in which|by which|which)\b[^.;]{0,160}?\b(?:a prie|prie|priait|a demande|"
    r"demande|requested|requests|asked|invited)\b[^.;]{0,160}?\b(?:d'etablir|de preparer|de presenter|de soumettre|d'elaborer|"
    r"de realiser|to prepare|to submit|to present|to produce|to undertake)\s+(?:un|une|a|an)\s+"
    r"(?P<name>(?:rapport|report|etude|study)\s+(?:sur|on|relatif a|relative a|concernant|concerning)\s+[^,;.()]{3,240}?)"
    r"(?=\s*(?:[,;.()]|\set\s+(?:de|d')|\sand\s+to\b|$))")


#: A summary's heading inside a sentence, in a report whose front matter is run together on one line: "... droit à
#: la vie Résumé Dans le présent rapport, soumis ...".
_SUMMARY_HEADING = re.compile(r"\s(?:resume|summary|abstract)\s+(?=(?:(?:in|dans)\s+)?(?:this|the present|ce|cet|cette|le present|la presente)\s)")
#: The title before that heading, opened by a capitalised article after the names before it ("... Christof Heyns
#: Le recours aux technologies ... pour garantir le droit à la vie Résumé").
_TITLE_BEFORE = re.compile(r"(?:^|\s)(?P<title>(?:Le|La|Les|L['’]|The)\s*[^.;:()\n]{10,200}?)\s+(?:Résumé|Summary|Abstract)\s+$")


def _document_opening(folded: str, start: int, end: int | None) -> int | None:
    """Where "This report" opens the sentence at ``start``: there, or after a summary's heading in it."""
    if _THIS_DOCUMENT.match(folded, start) is not None:
        return start
    heading = _SUMMARY_HEADING.search(folded, start, len(folded) if end is None else end)
    return None if heading is None else heading.end()


def opens_on_this_document(folded: str, start: int, end: int | None = None) -> bool:
    """Whether the sentence starting at ``start`` opens on "This report", « Dans le présent rapport »
    (after a summary's heading, where the front matter runs into it)."""
    return _document_opening(folded, start, end) is not None


def reported_document(text: str, start: int, activities: list[Found], folded: str | None = None,
                      end: int | None = None) -> Found | None:
    """The document a sentence starting at ``start`` (and ending at ``end``) with "This report" /
    « Ce rapport » stands for, at the anaphor's span; ``None`` where the sentence opens otherwise or
    nothing is named. ``folded`` is ``fold(text)`` where the caller has it already."""
    folded = fold(text) if folded is None else folded
    opening_at = _document_opening(folded, start, end)
    if opening_at is None:
        return None
    opening = _THIS_DOCUMENT.match(folded, opening_at)
    if opening_at > start:  # the front matter runs into the summary: the title is written before its heading
        title = _TITLE_BEFORE.search(text, start, opening_at)
        return None if title is None else Found(Term("activity", label=" ".join(title.group("title").split())),
                                                opening.start("anaphor"), opening.end("anaphor"))
    at = (opening.start("anaphor"), opening.end("anaphor"))
    named = [m for m in _REPORT_NAME.finditer(text, max(0, start - 600), start)]
    if named:
        return Found(Term("activity", label=" ".join(named[-1].group("name").split())), *at)
    if (requested := _REQUESTED_REPORT.search(folded, opening.end(), len(text) if end is None else end)) is not None:
        return Found(Term("activity", label=" ".join(text[requested.start("name"):requested.end("name")].split())), *at)
    heading_end = text.find("\n")
    if opening.group("noun") in ("report", "rapport") or heading_end < 0:
        return None
    heading = next((f for f in activities if f.end <= heading_end), None)  # "Draft Recommendation on ..." over the text
    return None if heading is None else Found(heading.term, *at)
