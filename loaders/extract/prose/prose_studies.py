"""Studies and reports named by their subject, each with the instrument that mandated it in
brackets: "the Committee continued working on two studies mandated by the Human Rights Council, on
the impact of new technologies for climate protection on the enjoyment of human rights (HRC
resolution 48/14); and on the advancement of racial justice and equality (HRC resolution 48/18)",
"the two studies mandated by the Human Rights Council, namely on: - the impact, opportunities and
challenges of neurotechnology ... (HRC resolution 51/3) - human rights implications of ... (HRC
resolution 51/22)", « deux études demandées par le Conseil, sur ... (résolution 48/14) ».

Each subject becomes an activity, labelled as written, mandated by the citation right after it.

>>> from loaders.extract.prose.instrument_citations import find_citations
>>> text = "two studies mandated by the Council, on the right to privacy (HRC resolution 48/4); and on water (HRC resolution 48/5)."
>>> [(f.term.label, c.symbol) for f, c in mandated_studies(text, find_citations(text), 0, len(text))]
[('the right to privacy', 'A/HRC/RES/48/4'), ('water', 'A/HRC/RES/48/5')]
"""

from __future__ import annotations

import re

from loaders.extract.prose.instrument_citations import Citation
from loaders.extract.prose.prose_mandate_cues import MANDATE_CUE
from loaders.extract.prose.prose_terms import Found, Term
from loaders.text import fold

__all__ = ["further_requested_reports", "listed_reports", "mandated_studies"]

#: Studies said to be mandated, requested or commissioned by an organ or an instrument (folded text).
_MANDATED_STUDIES = re.compile(r"\b(?:studies|study|reports|report|papers|etudes|etude|rapports|rapport)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:mandated|requested|commissioned|called for|mandatee?s?|demandee?s?|prescrite?s?|"
                               r"commandee?s?)\s+(?:by|par)\b")
#: What opens each subject: "on", « sur », a dash or a bullet at the start of a line.
_ITEM = re.compile(r"(?:\bon|\bsur|^[ \t]*[-•–])\s+(?=\w)", re.MULTILINE)


def _listed_after_cue(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` is an item of a list whose opening line says studies were
    mandated and ends with a colon ("..., namely on:\n- ...\n- ...")."""
    if not re.match(r"\s*[-•–]\s", text[start:start + 4]):
        return False
    lines = text[:start].rstrip(" ").split("\n")
    while lines and re.match(r"\s*(?:[-•–]\s|$)", lines[-1]):
        lines.pop()
    return bool(lines) and lines[-1].rstrip().endswith(":") and _MANDATED_STUDIES.search(fold(lines[-1])) is not None


def mandated_studies(text: str, citations: list[Citation], start: int, end: int) -> list[tuple[Found, Citation]]:
    """(study, citation) for each subject the sentence ``text[start:end]`` lists after "studies
    mandated by" with a citation in brackets right after it."""
    cue = _MANDATED_STUDIES.search(fold(text[start:end]))
    if cue is not None:
        boundary = start + cue.end()
    elif _listed_after_cue(text, start):
        boundary = start  # "- human rights implications of ... (HRC resolution 51/22)." under "... namely on:"
    else:
        return []
    out = []
    for citation in citations:
        if citation.start < boundary or not re.search(r"\(\s*$", text[boundary:citation.start]):
            continue
        segment_end = text.rindex("(", boundary, citation.start)
        item = _ITEM.search(text, boundary, segment_end)
        if item is not None and not re.search(r"[.;]\s", text[item.end():segment_end]):
            subject = text[item.end():segment_end].rstrip()
            if 3 <= len(subject) <= 200:
                out.append((Found(Term("activity", label=" ".join(subject.split())), item.end(), item.end() + len(subject)),
                            citation))
        boundary = citation.end
    return out


#: A report or study named by its subject as the object of an item: "provide to the ... review a final report on ITU's
#: role in implementation of the WSIS outcomes, in accordance with ..." (the name ends before a comma).
_REPORT = re.compile(r"\b(?:an?|the|its|their|un|une|le|la|son|sa|leur)\s+(?P<name>(?:(?:final|annual|progress|interim|"
                     r"comprehensive|global|thematic)\s+)?(?:report|study|rapport|etude)(?:\s+(?:final|annuel|thematique))?"
                     r"\s+(?:on|sur|relatif a|relative a|concerning)\s+[^,;.()]{3,200}?)(?=\s*(?:[,;.()]|$))")


def _intro_line(text: str, start: int) -> tuple[int, int] | None:
    """The span of the line that opens the list whose item the sentence at ``start`` is, where it ends with a colon."""
    if not re.match(r"\s*[-•–]\s", text[start:start + 6]):
        return None
    line_end = text.rfind("\n", 0, start)
    while line_end > 0:
        line_start = text.rfind("\n", 0, line_end) + 1
        line = text[line_start:line_end]
        if line.strip() and not re.match(r"\s*[-•–]\s", line):
            return (line_start, line_end) if line.rstrip().endswith(":") else None
        line_end = line_start - 1
    return None


def listed_reports(text: str, citations: list[Citation], start: int, end: int) -> list[tuple[Found, Citation]]:
    """(report, citation) for each report an item of a list names by its subject, where the list's
    opening line cites the instruments that mandate it: "Through its Plenipotentiary Conference
    Resolution 140 (Bucharest, 2022), ITU is to: ... • provide to the UNGA WSIS+20 overall review a
    final report on ITU's role in implementation of the WSIS outcomes, ..."."""
    intro = _intro_line(text, start)
    if intro is None:
        return []
    cited = [c for c in citations if intro[0] <= c.start < intro[1]]
    if not cited or not MANDATE_CUE.search(fold(text[intro[0]:intro[1]])):
        return []
    folded = fold(text[start:end])
    out = []
    for m in _REPORT.finditer(folded):
        name = " ".join(text[start + m.start("name"):start + m.end("name")].split())
        out += [(Found(Term("activity", label=name), start + m.start("name"), start + m.end("name")), c) for c in cited]
    return out


#: A sentence going on with a request the one before it cited: "The CSTD is further requested to submit ... its report
#: on ...", « Le Secrétaire général est en outre prié de présenter un rapport sur ... » (folded text).
_FURTHER_REQUESTED = re.compile(r"\b(?:is|are|was|were|has been|have been|est|sont|a ete|ont ete)\s+(?:further|also|additionally|"
                                r"en outre|egalement|aussi)\s+(?:requested|asked|invited|prie(?:e|s|es)?|invite(?:e|s|es)?)\b")
#: A request of an instrument the sentence cites: "has been requested by the ... Council Resolution E/RES/2023/3".
_REQUESTED_BY = re.compile(r"\b(?:requested|asked|invited|tasked|mandated|prie(?:e|s|es)?|invite(?:e|s|es)?|charge(?:e|s|es)?)\s+"
                           r"(?:by|in|par|dans)\b")


def further_requested_reports(text: str, citations: list[Citation], start: int, end: int) -> list[tuple[Found, Citation]]:
    """(report, citation) for each report a sentence that cites nothing names as "further requested",
    with the instruments the sentence before cites after "requested by": "... has been requested by
    the UN Economic and Social Council Resolution E/RES/2023/3 to collect inputs ... The CSTD is
    further requested to submit, through the Council, its report on the 20-year review of progress
    made in implementing the WSIS outcomes to the General Assembly by June 2025."."""
    folded = fold(text[start:end])
    if any(start <= c.start < end for c in citations) or not _FURTHER_REQUESTED.search(folded):
        return []
    previous_start = max((m.end() for m in re.finditer(r"[.!?]\s", text[:max(0, start - 2)])), default=0)
    requests = [m.end() for m in _REQUESTED_BY.finditer(fold(text[previous_start:start]))]
    cited = [c for c in citations if previous_start <= c.start < start
             and any(0 <= c.start - previous_start - at <= 100 for at in requests)]
    out = []
    for m in _REPORT.finditer(folded):
        name = " ".join(text[start + m.start("name"):start + m.end("name")].split())
        name = re.sub(r"\s+(?:to|a|au|aux)\s+(?:the\s+)?(?:General Assembly|Assemblée générale|Council|Conseil)\b.*$", "", name)
        out += [(Found(Term("activity", label=name), start + m.start("name"), start + m.start("name") + len(name)), c)
                for c in cited]
    return out
