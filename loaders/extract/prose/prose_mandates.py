"""Mandate links in prose: an instrument cited after a cue ("established by", "in line with",
"pursuant to", "conformément à", "en application de", "comme indiqué dans", "mandated by",
"following a commitment made in", "issuing from") or as the subject of a mandating verb
("La Résolution 79/325 ... prie", "a resolution (A/RES/79/325) that delineates", "Through the
adoption of the GDC, Member States committed to ...") mandates the activities the sentence names.
Instruments that recognise the work of an activity ("Les résolutions ... reconnaissent les travaux
du Groupe GTI-IA (la Résolution 101 ..., la Décision 220 EX/41 ...)") recognise it, without
mandating it (``recognizedBy``).

The cues and verbs are in :mod:`loaders.extract.prose.prose_mandate_cues`; which activities a sentence's
mandate is about (its subject, the objects of an instrument's verb, an organ said to be created
under it) in :mod:`loaders.extract.prose.prose_mandate_subjects`; "This report" in
:mod:`loaders.extract.prose.prose_reports`.
"""

from __future__ import annotations

import re

from loaders.extract.prose.prose_mandate_cues import (
    CREATING_VERB,
    FRONTED_IN,
    IMPLEMENTS,
    MANDATE_CUE,
    MANDATE_RENEWED,
    MANDATING_VERB,
    NEAR_CUE,
)
from loaders.extract.prose.prose_mandate_subjects import (
    created_as,
    created_body,
    described_object,
    followed_request,
    fronted_subject,
    main_clause_object,
    named_object,
    objects,
    subject_in_apposition,
)
from loaders.extract.prose.prose_names import Names
from loaders.extract.prose.prose_reports import opens_on_this_document, reported_document
from loaders.extract.prose.prose_studies import (
    further_requested_reports,
    listed_reports,
    mandated_studies,
)
from loaders.extract.prose.prose_terms import ProseExtraction, Term

__all__ = ["add_mandates", "add_recognitions"]

_GAP_QUOTES = re.compile(r"[“\"«][^”\"»]*[”\"»]")


_LIST_GAP = re.compile(r"[\s,;()]*(?:(?:and|et|ainsi que|as well as|or|ou)\b)?[\s\w'’.()]{0,20}")


def _listed_after(cue_end: int, index: int, citations: list, folded: str) -> bool:
    """Whether the citation at ``index`` belongs to the list a cue opens: every earlier citation
    after the cue is joined to the next by a conjunction or a comma ("conformément à la Résolution
    75 ... et à la Résolution 1282"), not by a clause ("..., which was adopted as part of the Pact")."""
    chain = [c for c in citations[:index] if c.start >= cue_end]
    for before, after in zip(chain, chain[1:] + [citations[index]]):
        if not _LIST_GAP.fullmatch(_GAP_QUOTES.sub("", folded[before.end:after.start])):
            return False
    return True


#: What joins instruments that share one verb: "The Addis Ababa Action Agenda and the 2030 Agenda ... established",
#: « la Déclaration de principes et le Plan d'action, ont demandé ».
_CONJOINED = re.compile(r"\s*,?\s*(?:and|et|as well as|ainsi que)\s+(?:the |la |le |les |l')?\s*")


def _shared_verb(index: int, citations: list, folded: str, end: int) -> tuple[re.Match[str] | None, int]:
    """The mandating verb after the last of the instruments the citation at ``index`` is conjoined with, and where
    that citation ends: "The Addis Ababa Action Agenda and the 2030 Agenda for Sustainable Development established
    the UN Technology Facilitation Mechanism" (both instruments established it)."""
    last = index
    while last + 1 < len(citations) and _CONJOINED.fullmatch(folded, citations[last].end, citations[last + 1].start):
        last += 1
    if last == index:
        return None, citations[index].end
    at = citations[last].end
    return MANDATING_VERB.match(folded[at:min(end, at + 90)]), at


#: Where a clause of a run-on sentence begins: a semicolon, or a comma before a capitalised participle opening the
#: next preambular clause ("..., Recalling the Bávaro Declaration ..., Underscoring the importance of", « ..., Rappelant »).
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?=[A-Z][a-zé]+(?:ing|ant)\s)")


def _in_clause(activities: list, text: str, citation, start: int, end: int) -> list:
    """The activities in the clause of the sentence that cites ``citation``: a declaration written as one sentence of
    preambular clauses mandates, by the resolution one clause cites, nothing the other clauses name."""
    breaks = list(_CLAUSE_BREAK.finditer(text, start, end))
    if not breaks:
        return activities
    clause_start = max((b.end() for b in breaks if b.end() <= citation.start), default=start)
    clause_end = min((b.start() for b in breaks if b.start() >= citation.end), default=end)
    return [a for a in activities if clause_start <= a.start and a.end <= clause_end]


_OPENING_QUOTES = re.compile(r"[“«]|(?<![\w])\"")


def _names_the_instrument(activity, cue_starts: list[int], citation_start: int, folded: str) -> bool:
    """Whether ``activity`` is named between a mandate cue and its citation, outside quotation marks: the
    instrument's author or occasion, not what it mandates ("établi par le document final de la troisième Conférence
    internationale sur le financement du développement, intitulé « Programme d'action d'Addis-Abeba »"). A name inside
    a quoted title is the instrument's subject ("By the terms of the first text titled “Terms of reference ... of
    the Independent International Scientific Panel ...” (document A/79/L.118)") and stays."""
    return any(start <= activity.start and activity.end <= citation_start
               and not _OPENING_QUOTES.search(folded, start, activity.start) for start in cue_starts)


_TITLE = re.compile(r"\s*[«“\"'‘]([^»”\"]{3,300})[»”\"]")
#: The subject written after a citation: "la Résolution 80/173 de l'Assemblée générale sur l'examen ... du SMSI+20,".
_SUBJECT = re.compile(r"\s*(?:de l'assemblee generale|of the general assembly)?\s*(?:sur|on|relative a|relatif a|concernant|"
                      r"concerning|entitled|intitulee?)\s+([^,;]{3,300}?)(?=[,;]|\.(?:\s|$)|$)")


def _titles(text: str, folded: str, citations: list) -> list[tuple[int, int]]:
    """The titles and subjects written right after citations: "(70/125) 'Document final ...\"",
    "80/173 de l'Assemblée générale sur l'examen ... du SMSI+20"."""
    spans = []
    for c in citations:
        at = c.end + (text[c.end:c.end + 1] == ")")
        if m := _TITLE.match(text, at) or _SUBJECT.match(folded, at):
            spans.append((m.start(1), m.end(1)))
    return spans


def add_mandates(out: ProseExtraction, names: Names, start: int, end: int) -> None:
    text, folded = names.text, names.folded
    for report, citation in [*listed_reports(text, names.citations, start, end),  # "ITU is to: ... • provide ... a final report on"
                             *further_requested_reports(text, names.citations, start, end)]:  # "is further requested to submit its report on"
        out.add(report.term, "mandatedBy", Term.instrument(citation.symbol, citation.instrument_type),
                (report.start, report.end), (citation.start, citation.end))
    citations = names.citations_in(start, end)
    if not citations:
        return
    if studies := mandated_studies(text, citations, start, end):  # "two studies mandated by the Council, on X (HRC resolution 48/14)"
        for study, citation in studies:
            out.add(study.term, "mandatedBy", Term.instrument(citation.symbol, citation.instrument_type),
                    (study.start, study.end), (citation.start, citation.end))
        return
    activities = [f for f in names.activities_in(start, end) if f.start >= 0]
    titles = _titles(text, folded, citations)  # once per sentence, not once per activity
    titled = [f for f in activities if any(s <= f.start and f.end <= e for s, e in titles)]
    if len(titled) < len(activities):  # the activities a cited instrument's title names are its subject, not the sentence's
        activities = [f for f in activities if f not in titled]
    answered = followed_request(names, start)  # "This follows a request made ... in the Global Digital Compact"
    sentence_activities = activities
    for i, citation in enumerate(citations):
        activities = _in_clause(sentence_activities, text, citation, start, end)
        cued = bool(MANDATE_RENEWED.search(folded, start, end))
        fronted = False  # the cue opens the sentence: "In line with X, the Office ..."
        cue_starts = []
        for cue in MANDATE_CUE.finditer(folded, start, citation.start):
            gap = _GAP_QUOTES.sub("", folded[cue.end():citation.start])
            if len(gap) <= 110 and not re.search(r"[.;]\s", gap) and _listed_after(cue.end(), i, citations, folded):
                cued = True
                fronted = fronted or not folded[start:cue.start()].strip()
                cue_starts.append(cue.start())
        if (near := NEAR_CUE.search(folded, max(start, citation.start - 110), citation.start)) is not None:
            cued = True  # "on the basis of resolution X", « dans le cadre de la résolution X »
            fronted = fronted or not folded[start:near.start()].strip()
            cue_starts.append(near.start())
        implementing = None if cued else IMPLEMENTS.search(folded, max(start, citation.start - 40), citation.start)
        after = folded[citation.end:min(end, citation.end + 90)]
        verb, verb_base = MANDATING_VERB.match(after), citation.end
        if verb is None:
            verb, verb_base = _shared_verb(i, citations, folded, end)
        created_in = None  # "In the Tunis Agenda ..., heads of states decided to invite ... to convene a “... Forum”"
        if not (cued or verb or implementing or answered) and i == 0 and FRONTED_IN.fullmatch(folded, start, citation.start):
            created_in = CREATING_VERB.search(folded, citation.end, end)
        if not (cued or verb or implementing or answered or created_in):
            continue
        if implementing:  # "The ... Initiative implements paragraph 21 of ...": the subject before the verb only
            mandated = [a for a in activities[:1] if a.end <= implementing.start()
                        and re.fullmatch(r"\s*(?:the|le|la|l')?\s*", folded[start:a.start])]
        elif cued or verb:
            mandated = activities if cued else objects(activities, verb_base + verb.end(), folded)
            if verb and not cued and not any(a.start >= verb_base + verb.end() for a in activities) \
                    and (described := described_object(names, verb_base + verb.end(), end)) is not None:
                mandated = [described]  # "Resolution 60/252 resolved to conduct an overall review of ...": no name follows
        elif created_in is not None:
            mandated = [a for a in objects(activities, created_in.end(), folded) if a.start >= created_in.end()]
        else:
            mandated = []
        if verb and not cued and (named := named_object(text, verb_base + verb.end(), end)) is not None:
            mandated = [named]  # "resolution A/70/125 ... called for a high-level meeting ..., known as WSIS+20 Review"
        if cued and (subject := subject_in_apposition(activities, cue_starts, start, folded)) is not None:
            # "Le Groupe ..., créé en vertu de la résolution 79/325, a tenu sa première réunion": the Group only
            mandated = objects(activities, subject.start, folded)
        if answered is not None:
            mandated = [answered]  # "... a new UN Office for ... (ODET). This follows a request made ... in the Compact"
        if cued and (renamed := created_as(activities, folded)) is not None:
            mandated = [renamed]  # "this group was established as the Dedicated Group ..., in accordance with ..."
        if cued and (document := reported_document(text, start, names.activities, folded, end)) is not None:
            mandated = [document]  # "Ce rapport est présenté en application de la résolution 57/295 ... relative à ..."
        elif cued and opens_on_this_document(folded, start, end):
            mandated = []  # "Dans le présent rapport, soumis au Conseil ... en application de sa résolution": a report unnamed
        elif cued and (created := created_body(names, start, citation.start, cue_starts)) is not None:
            mandated = [*mandated, created]
        elif fronted and (subject := fronted_subject(names, activities, citation.end, end)) is not None:
            # "Conformément à la résolution 53/3 ..., le Groupe de travail ... présentera un rapport à la 59e
            # session du Conseil": the subject and the names listed with it, not the complements after its verb
            mandated = objects(sorted({subject, *activities}, key=lambda f: f.start), subject.start, folded)
        elif fronted and not mandated and (described := main_clause_object(names, citation.end, end)) is not None:
            mandated = [described]  # "Pursuant to resolution 70/1, ..., the President ... convened the sixth annual ... forum"
        if cue_starts:
            mandated = [a for a in mandated if not _names_the_instrument(a, cue_starts, citation.start, folded)]
        instrument = Term.instrument(citation.symbol, citation.instrument_type)
        for activity in mandated:
            if activity.term.kind == "instrument":
                continue
            out.add(activity.term, "mandatedBy", instrument, (activity.start, activity.end), (citation.start, citation.end))
            if citation.paragraph:
                paragraph = Term("paragraph", symbol=citation.symbol, number=citation.paragraph,
                                 instrument_type=citation.instrument_type)
                out.add(activity.term, "mandatedBy", paragraph, (activity.start, activity.end),
                        (citation.start, citation.end))


#: "reconnaissent les travaux du", "recognizes the work of", "acknowledged the role of": the activity named next.
_RECOGNISES = re.compile(r"\b(?:reconnai(?:ssent|t|ssant)|recogni[sz](?:e|es|ed|ing)|acknowledg(?:e|es|ed|ing))\s+"
                         r"(?:les travaux|le travail|le role|la contribution|l'action|the work|the role|the contribution)\s+"
                         r"(?:du|de la|de l'|des|d'|of the|of)\s*")


def add_recognitions(out: ProseExtraction, names: Names, start: int, end: int) -> None:
    """The activity whose work a sentence's cited instruments recognise is ``recognizedBy`` each."""
    folded = names.folded
    citations = names.citations_in(start, end)
    if not citations:
        return
    for cue in _RECOGNISES.finditer(folded, start, end):
        activity = next((f for f in names.activities_in(start, end) if 0 <= f.start - cue.end() <= 2), None)
        if activity is None or activity.term.kind == "instrument":
            continue
        for citation in citations:
            out.add(activity.term, "recognizedBy", Term.instrument(citation.symbol, citation.instrument_type),
                    (activity.start, activity.end), (cue.start(), cue.end()), (citation.start, citation.end))
