"""Analyse one paragraph: its opening phrase, action clauses with addressees, citations,
footnotes, mentions of known entities and sub-paragraphs, with their spans in the source.

Shared by every reader of resolutions (plain text, PDF, Akoma Ntoso XML).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from pyoxigraph import NamedNode

from ontology.namespaces import ACT

from loaders.extract.operative.anaphora import demonstrative, french_pronoun_clauses, pronoun_after, referents, subject_pronoun
from loaders.extract.operative.cited_resolutions import cited_resolutions
from loaders.extract.operative.first_person_points import leads_first_person_points, point_opening
from loaders.extract.operative import english_assignees, french_assignees
from loaders.extract.operative.mandates import extract_clause, in_source
from loaders.extract.operative.lexicon import Lexicon
from loaders.registry import Mention, Registry
from loaders.segments import Segment
from loaders.structure import ActionClause, Citation, Footnote, Located, Paragraph
from loaders.text import parse_date

__all__ = ["analyse_paragraph", "lead_clause", "SUPERSCRIPTS", "SUBPARAGRAPH"]

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
#: The first word of an operative paragraph whose verb the scheme does not know (after any
#: opening quote or bracket), kept as written under act:other.
_UNKNOWN_VERB = re.compile(r"[\W\d_]{0,8}?(?P<verb>[^\W\d_][\w’'-]*)")
_SUPERSCRIPT_RUN = re.compile(f"[{SUPERSCRIPTS}]+")
_ITALICS = re.compile(r"\*")
#: A lettered point after a colon or semicolon: "... decide to: (a) ...".
SUBPARAGRAPH = re.compile(r"(?=\s)(?:(?<=:)|(?<=;)|(?<=; and)|(?<=; et))\s+\(([a-z])\)\s+")  # (a space first: fails sooner)
_SUBPARA = SUBPARAGRAPH

#: What may stand between a paragraph's clauses and the next verb: "and", "and further",
#: ", and, in this regard,", "and in that connection", "and equally", "and thus", "and hereby", "et",
#: « et, par conséquent, ». The verb may end the paragraph's introduction to its points (", and decides:").
_JOINER = {
    "en": r"(?:\band|,\s*and|,|;\s*and|\band,)\s+(?:(?:also|further|further\s+also|once\s+again|again|therefore|equally|"
          r"thus|accordingly|hereby|"
          r"(?:also\s+|further\s+)?strongly|"
          r"in\s+th(?:is|at)\s+(?:regard|context|respect|connection),?|to\s+th(?:is|at)\s+end,?|for\s+th(?:is|at)\s+purpose,?)\s+)?",
    "fr": r"(?:\bet|,\s*et|,|;\s*et|\bet,)\s+(?:(?:à\s+cet\s+égard,?|à\s+cette\s+fin,?|dans\s+ce\s+contexte,?|"
          r"par\s+conséquent,?|en\s+conséquence,?)\s+)?",
}


def _footnote_markers(seg: Segment) -> list[tuple[str, int]]:
    return [(m.group(0), m.start()) for m in _SUPERSCRIPT_RUN.finditer(seg.text)]


#: French "Demande" renders three English verbs, told apart by what follows it.
_DEMANDE_THAT = re.compile(r"(?:,?\s+(?:également|en\s+outre|de\s+nouveau|instamment|à\s+cet\s+égard|par\s+conséquent|"
                           r"en\s+conséquence|dans\s+ce\s+contexte),?)*\s+qu(?:e\b|[’'])")
_DEMANDE_OF_THE_SECRETARIAT = re.compile(
    r"(?:\s+(?:également|en\s+outre|de\s+nouveau))?\s+(?:au\s+Secrétaire\s+général|à\s+la\s+Secrétaire\s+générale|"
    r"au\s+Secrétariat|à\s+sa\s+présidence|au\s+Président|à\s+la\s+Présidente)\b")


#: « Approuve l'action menée par le Commissaire général… », « Approuve à cet égard les efforts déployés… »: efforts
#: and action approved are endorsed ("Endorses the efforts of the Commissioner-General"), not a decision that binds.
_APPROVED_EFFORTS = re.compile(r"(?:\s+(?:à\s+cet\s+égard|également|en\s+outre|pleinement|sans\s+réserve))*\s+"
                               r"(?:les\s+efforts|l[’']action\s+menée|les\s+initiatives\s+prises)\b")


def _refined(action: NamedNode, text: str, verb_end: int, lang: str) -> NamedNode:
    """"Demande que…" calls for an outcome; "Demande au Secrétaire général de…" requests; else the
    lexicon's reading ("Demande aux États de…" calls upon). « Approuve les efforts… » endorses them."""
    if lang == "fr" and action == ACT.approves and _APPROVED_EFFORTS.match(text, verb_end):
        return ACT.endorses
    if lang != "fr" or action != ACT.callsUpon or not text[max(0, verb_end - 7):verb_end].lower().endswith("demande"):
        return action
    if _DEMANDE_THAT.match(text, verb_end):
        return ACT.callsFor
    if _DEMANDE_OF_THE_SECRETARIAT.match(text, verb_end):
        return ACT.requests
    return action


#: "Continues to welcome…", « Continue de prendre note… »: the verb a clause continues, in its infinitive.
_CONTINUED_VERB = {"en": re.compile(r"\s+to\s+(?P<verb>[a-z][a-z-]*)\b"),
                   "fr": re.compile(r"\s+(?:à|de|d[’'])\s*(?P<verb>(?:se\s+|s[’'])?[a-zà-ÿ]+(?:er|re|ir))\b")}


def _third_person(infinitive: str, lang: str) -> list[str]:
    """The present-tense forms the lexicon may know an infinitive by ("welcome" -> "welcomes", « exprimer » ->
    « exprime », « prendre » -> « prend »)."""
    if lang == "en":
        return ["is"] if infinitive == "be" else [infinitive + "s", infinitive + "es"]
    if infinitive.endswith("er"):
        return [infinitive[:-1]]
    return [infinitive[:-2], infinitive[:-1]] if infinitive.endswith("re") else [infinitive[:-1] + "t"]


def _continued(action: NamedNode, text: str, verb_start: int, verb_end: int, lang: str,
               lexicon: Lexicon) -> NamedNode:
    """"Continues to welcome the…", "Continues to express particular concern", « Continue d'exprimer… »: a view
    the Assembly goes on expressing is that view (strength 0), not a commitment of its own ("Continues" alone
    reads as resolves, French « Continue » as no concept); a directive continued keeps the verb's action and asks
    whom it names (:func:`loaders.extract.operative.mandates.extract_clause`)."""
    if not text[verb_start:verb_end].lower().endswith("continue" if lang == "fr" else "continues"):
        return action
    match = _CONTINUED_VERB[lang].match(text, verb_end)
    if match is None:
        return action
    rest = text[match.end("verb"):match.end("verb") + 60]
    for form in _third_person(match.group("verb"), lang):
        found = lexicon.opening(form[:1].upper() + form[1:] + rest, lang)
        if found is not None and lexicon.strength(found[1]) == 0 and found[1] != ACT.other:
            return found[1]
    return action


#: A participle ("considering", "notant") inside an operative paragraph qualifies the clause it
#: stands in ("requests the Secretary-General, also considering…, to report"): no clause of its own.
_PARTICIPLE = {"en": re.compile(r"\w+ing\b"), "fr": re.compile(r"\w+ant\b")}


def _actions(seg: Segment, lang: str, lexicon: Lexicon, registry: Registry,
             opening: Located | None, opening_action: NamedNode | None, *,
             participles: bool = True) -> list[ActionClause]:
    clauses: list[tuple[int, int, ActionClause]] = []
    if opening and opening_action is not None:
        at = max(seg.text.find(opening.value), 0)  # after an opening quote or bracket, if any
        clauses.append((at, at + len(opening.value), ActionClause(opening_action, opening)))
    joined = lexicon.compiled("joined", lang,
                              lambda: rf"{_JOINER[lang]}({lexicon.pattern(lang, lowercase=True)})(?=[\s,:])")
    for match in joined.finditer(seg.text):
        action = lexicon.action_for(match.group(1), lang)
        if action is None or (not participles and lang in _PARTICIPLE and _PARTICIPLE[lang].match(match.group(1))):
            continue
        start, end = seg.span(match.start(1), match.end(1))
        clauses.append((match.start(1), match.end(1),
                        ActionClause(action, Located(match.group(1), start, end))))
    pronouns: dict[int, tuple[int, int, bool]] = {}  # verb start -> the pronoun before it (French)
    if lang == "fr":
        clitic = lexicon.compiled("clitic", lang, lambda: french_pronoun_clauses(lexicon.pattern(lang, lowercase=True)))
        for match in clitic.finditer(seg.text):
            action = lexicon.action_for(match.group("verb"), lang)
            if action is not None:
                start, end = seg.span(match.start("verb"), match.end("verb"))
                clauses.append((match.start("verb"), match.end("verb"),
                                ActionClause(action, Located(match.group("verb"), start, end))))
                pronouns[match.start("verb")] = (match.start("pronoun"), match.start("pronoun") + len(
                    match.group("pronoun").strip()), match.group("singular") is not None)
    first_person = lexicon.first_person_forms(lang)
    if first_person:
        sentences = lexicon.compiled("first-person", lang,
                                     lambda: rf"(?<=[.;:] )({'|'.join(re.escape(f) for f in first_person)})(?=[\s,])")
        for match in sentences.finditer(seg.text):
            action = lexicon.action_for(match.group(1), lang)
            if action is not None:
                start, end = seg.span(match.start(1), match.end(1))
                clauses.append((match.start(1), match.end(1), ActionClause(action, Located(match.group(1), start, end))))
    clauses.sort(key=lambda c: c[0])
    for verb_start, verb_end, clause in clauses:
        clause.action = _refined(clause.action, seg.text, verb_end, lang)
        clause.action = _continued(clause.action, seg.text, verb_start, verb_end, lang, lexicon)
    earlier: list[list] = []  # the assignees of each clause so far, in the segment's offsets
    for index, (verb_start, verb_end, clause) in enumerate(clauses):
        limit = clauses[index + 1][0] if index + 1 < len(clauses) else len(seg.text)
        found = extract_clause(seg.text, verb_start, verb_end, limit, clause.action, lang, lexicon, registry)
        pronoun = pronouns.get(verb_start) if lang == "fr" else None
        pronoun = pronoun or pronoun_after(seg.text, verb_end, limit, lang)
        if index and pronoun and (not found.assignees or demonstrative(seg.text, pronoun)
                                  or subject_pronoun(seg.text, pronoun)) \
                and lexicon.strength(clause.action) > 0:
            # "…, and requests it to…", "…et les engage à…": who an earlier clause names.
            found.assignees = referents(seg.text, clauses[index - 1][1], verb_start, lang, registry, earlier, pronoun)
        if index and lexicon.strength(clause.action) > 0:
            # "Remercie les États Membres qui…, et prie instamment tous les autres de…", "…and urges all others to…"
            group = french_assignees.others(seg.text, verb_end, limit, registry) if lang == "fr" else \
                english_assignees.others(seg.text, verb_end, limit, registry, clauses[index - 1][1])
            found.assignees = group if group and (lang == "en" or not found.assignees) else found.assignees
        earlier.append(found.assignees)
        clause.mandates = in_source(found, seg, clause.verb.span)
        if clause.action in lexicon.directives:
            clause.addressees = [Mention(a.entity, a.start, a.end) for a in clause.mandates.assignees
                                 if a.entity is not None]
    return [c for _, _, c in clauses]


def _citations(seg: Segment, clauses: list[ActionClause], lexicon: Lexicon) -> list[Citation]:
    """The resolutions the paragraph cites (:mod:`loaders.extract.operative.cited_resolutions`), each with
    the relation of the clause it stands in."""
    out = []
    for cited in cited_resolutions(seg.text):
        start, end = seg.span(cited.start, cited.end)
        relation = None
        for clause in clauses:
            if clause.verb.start <= start:
                relation = lexicon.citation_relation(clause.action)
        out.append(Citation(symbol=cited.symbol, span=(start, end), relation=relation,
                            adopted=parse_date(cited.date) if cited.date else None, title=cited.title))
    return out


def analyse_paragraph(seg: Segment, kind: str, number: str, position: int, lang: str,
                     lexicon: Lexicon, registry: Registry, footnotes: dict[str, Footnote],
                     inherited: ActionClause | None = None, first_person: bool = False) -> Paragraph:
    """``inherited``: the clause of the paragraph whose point this is ("Requests the
    Secretary-General: (a) To submit…"); a point with no verb of its own carries it on.
    ``first_person``: the paragraph's lead ends with "we:", and a point may open with a verb of
    its own without its subject ("(c) Request the Secretary-General to …")."""
    markers = _footnote_markers(seg)
    original_span = seg.source_span if seg.text else (0, 0)
    seg = seg.remove(_SUPERSCRIPT_RUN).remove(_ITALICS).collapse_whitespace()
    if not seg.text:
        return Paragraph(kind=kind, number=number, position=position, text="", span=original_span, opening=None)
    opening = None
    opening_action = None
    found = lexicon.opening(seg.text, lang)
    if found is None and seg.text[:1].islower():  # "decides that…" written without its capital
        upper = lexicon.opening(seg.text[:1].upper() + seg.text[1:], lang)
        found = (seg.text[:len(upper[0])], upper[1]) if upper else None
    if found is None and inherited is not None and first_person:
        found = point_opening(seg.text, lang, lexicon)
    if found is None and kind == "operative" and inherited is None:
        # A verb the scheme has no concept for: kept as written, under act:other (strength 0).
        verb = _UNKNOWN_VERB.match(seg.text)
        found = (verb.group("verb"), ACT.other, verb.start("verb")) if verb else None
    carried_on = False
    if found:
        form, opening_action, *skipped = found
        at = skipped[0] if skipped else 0
        start, end = seg.span(at, at + len(form))
        opening = Located(form, start, end)
        # "Calls upon States…, by means of: (h) Encouraging the establishment of…": a point opening with a
        # participle says what its paragraph asks, not a new act of the Assembly's; it carries the clause on.
        carried_on = inherited is not None and lang in _PARTICIPLE and bool(_PARTICIPLE[lang].fullmatch(form.split()[-1]))
        if carried_on:
            opening_action = None
    paragraph = Paragraph(kind=kind, number=number, position=position, text=seg.text,
                          span=seg.source_span, opening=opening)
    paragraph.actions = _actions(seg, lang, lexicon, registry, opening, opening_action,
                                 participles=kind != "operative")
    # A point with no verb of its own at its start carries its paragraph's clause on, first, even
    # when a clause follows inside it ("We decide to: (i) Promote … . We are committed to …").
    if inherited is not None and (carried_on or opening is None):
        # The carried clause asks what comes before the point's own first verb ("Requests the Special Committee…:
        # (b) To consider…, and requests the Secretary-General to submit…": the report is the Secretary-General's).
        own = bisect_left(seg.offsets, paragraph.actions[0].verb.start) if opening is None and paragraph.actions \
            else len(seg.text)
        carried = seg.slice(0, own) if 0 < own < len(seg.text) else seg
        paragraph.actions = [inherit_clause(inherited, carried, lang, lexicon, registry), *paragraph.actions]
    paragraph.citations = _citations(seg, paragraph.actions, lexicon)
    paragraph.mentions = [
        Mention(m.entity, *seg.span(m.start, m.end)) for m in registry.find_mentions(seg.text, lang)
    ]
    for marker, _ in markers:
        if marker in footnotes:
            paragraph.footnotes.append(footnotes[marker])
            relation = paragraph.actions[-1].action if paragraph.actions else None
            for cite in _citations(Segment(footnotes[marker].text, list(range(*footnotes[marker].span))),
                                   [], lexicon):
                cite.relation = lexicon.citation_relation(relation) if relation else None
                paragraph.citations.append(cite)
    if kind == "operative":
        first = _SUBPARA.search(seg.text)
        paragraph.subparagraphs = _subparagraphs(seg, number, lang, lexicon, registry,
                                                 lead_clause(paragraph.actions, seg, first.start() if first else None))
        if paragraph.subparagraphs and first:
            paragraph.text = seg.text[: first.start()].strip()  # the intro; points are sub-paragraphs
    return paragraph


def lead_clause(clauses: list[ActionClause], seg: Segment, cut: int | None) -> ActionClause | None:
    """The clause a paragraph's points carry on: its last one opened before ``cut`` (an offset in ``seg.text``: the
    first point, "We decide to: (a) …", or the colon that introduces the points), not one written inside a point
    ("(k) … We are committed to …") nor one closing the paragraph after its points (A/RES/76/237 operative 75:
    « Prie de nouveau le Secrétaire général de … faire figurer dans leurs rapports les éléments suivants : [points] et
    demande de nouveau que les conclusions … apparaissent en caractères gras »); with no cut, the last clause."""
    if not clauses:
        return None
    at = seg.span(cut, cut + 1)[0] if cut is not None else None
    before = [c for c in clauses if at is None or c.verb.start < at]
    return before[-1] if before else clauses[-1]


def _subparagraphs(seg: Segment, number: str, lang: str, lexicon: Lexicon,
                   registry: Registry, parent_clause: ActionClause | None = None) -> list[Paragraph]:
    cuts = list(_SUBPARA.finditer(seg.text))
    first_person = bool(cuts) and leads_first_person_points(seg.text[:cuts[0].start()], lang)
    out = []
    for index, cut in enumerate(cuts):
        end = cuts[index + 1].start() if index + 1 < len(cuts) else len(seg.text)
        part = seg.slice(cut.end(), end).collapse_whitespace()
        if not part.text:
            continue
        sub = Paragraph(kind="operative", number=f"{number} ({cut.group(1)})", position=index + 1,
                        text=part.text, span=part.source_span, opening=None)
        own = point_opening(part.text, lang, lexicon) if first_person and parent_clause is not None else None
        own = own or _point_verb(part.text, lang, lexicon)
        if own is not None:  # "…, we: (c) Request the Secretary-General to …", "(l) We will enhance …"
            sub.actions = _actions(part, lang, lexicon, registry, Located(own[0], *part.span(0, len(own[0]))), own[1])
        elif parent_clause is not None:
            sub.actions = [inherit_clause(parent_clause, part, lang, lexicon, registry)]
        sub.mentions = [Mention(m.entity, *part.span(m.start, m.end)) for m in registry.find_mentions(part.text, lang)]
        out.append(sub)
    return out


def _point_verb(text: str, lang: str, lexicon: Lexicon) -> tuple[str, NamedNode] | None:
    """The verb a point opens with, as a paragraph would ("Our digital cooperation will be guided
    by …: (l) We will enhance partnerships …"): read as the Akoma Ntoso reading of the same point
    does (:func:`analyse_paragraph`). A participle ("(h) Encouraging …") carries its paragraph's
    clause on instead."""
    found = lexicon.opening(text, lang)
    if found is None or (lang in _PARTICIPLE and _PARTICIPLE[lang].fullmatch(found[0].split()[-1])):
        return None
    return found[0], found[1]


def inherit_clause(parent: ActionClause, seg: Segment, lang: str, lexicon: Lexicon,
                   registry: Registry) -> ActionClause:
    """The clause a verbless point carries on from its paragraph: the same action, verb and
    assignees (their evidence is in the paragraph's opening), the point's own deliverables."""
    # A point of a repeated directive ("Reiterates the urgent call upon Myanmar: … (v) To facilitate…") asks what
    # that directive asks, as its French twin (« Engage de nouveau le Myanmar … à prendre les mesures suivantes ») does.
    asks_as = parent.mandates.asks_as if parent.mandates is not None else None
    found = extract_clause(seg.text, 0, 0, len(seg.text), ACT.term(asks_as) if asks_as else parent.action, lang,
                           lexicon, registry)
    mandates = in_source(found, seg, parent.verb.span)
    if parent.mandates is not None:
        mandates.assignees = list(parent.mandates.assignees)
        mandates.condition = mandates.condition or parent.mandates.condition
    clause = ActionClause(parent.action, parent.verb, list(parent.addressees), mandates)
    return clause
