"""Analyse one paragraph: its opening phrase, action clauses with addressees, citations,
footnotes, mentions of known entities and sub-paragraphs, with their spans in the source.

Shared by every reader of resolutions (plain text, PDF, Akoma Ntoso XML).
"""

from __future__ import annotations

import re

from pyoxigraph import NamedNode

from ontology.namespaces import ACT

from loaders.extract.mandates import extract_clause, in_source
from loaders.extract.lexicon import Lexicon
from loaders.registry import Mention, Registry
from loaders.segments import Segment
from loaders.symbols import SYMBOL_PATTERN, ga_resolution, hrc_resolution, parse_symbol
from loaders.structure import ActionClause, Citation, Footnote, Located, Paragraph
from loaders.text import DATE_PATTERN, parse_date

__all__ = ["analyse_paragraph", "SUPERSCRIPTS", "SUBPARAGRAPH"]

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
#: The first word of an operative paragraph whose verb the scheme does not know (after any
#: opening quote or bracket), kept as written under act:other.
_UNKNOWN_VERB = re.compile(r"[\W\d_]{0,8}?(?P<verb>[^\W\d_][\w’'-]*)")
_SUPERSCRIPT_RUN = re.compile(f"[{SUPERSCRIPTS}]+")
_ITALICS = re.compile(r"\*")
#: A lettered point after a colon or semicolon: "... decide to: (a) ...".
SUBPARAGRAPH = re.compile(r"(?:(?<=:)|(?<=;)|(?<=; and)|(?<=; et))\s+\(([a-z])\)\s+")
_SUBPARA = SUBPARAGRAPH

_CITED = re.compile(
    rf"(?P<symbol>(?P<explicit>(?<![\w/]){SYMBOL_PATTERN})"
    r"|(?<![\d/])(?P<ecosoc>(?:19|20)\d{2})/(?P<enumber>\d{1,4})(?![\d/])"
    r"|(?<![\d/])(?P<session>\d{1,2})/(?P<number>\d{1,4})(?![\d/])"
    r"|(?P<sc>\d{1,4}) \((?P<year>(?:19|20)\d{2})\)"
    r"|(?P<old>\d{1,4}) ?(?P<letter>[A-Z])? \((?P<roman>[IVXL]+)\))"
    rf"(?:\s+(?:du|of)\s+(?P<date>{DATE_PATTERN}))?"
    r"(?:,?\s+(?:intitulée?s?|entitled)\s+(?P<title>«\s*[^»]+?\s*»|“[^”]+”|\"[^\"]+\"))?"
)

#: "resolution 70/1", and every number of a list after "resolutions": "resolutions 68/50 of
#: 5 December 2013, 77/40, 77/41 and 77/42", "résolutions 75/1, 76/2 et 77/3", "Security Council
#: resolutions 242 (1967) and 338 (1973)".
_RESOLUTION_WORD = re.compile(
    r"(?:[Rr]ésolutions?|[Rr]esolutions?)\s+"
    r"(?:(?:\d{1,4}/\d{1,4}|\d{1,4}\s?(?:[A-Z]\s)?\([IVXL]+\)|\d{1,4}\s\((?:19|20)\d{2}\))(?:\s?[A-Z](?:\s(?:and|to|et|à)\s[A-Z])?)?"
    r"(?:\s+(?:of|du)\s+\d{1,2}(?:er)?\s+\w+\s+\d{4})?(?:\s*,)?\s+(?:(?:and|et)\s+)?)*$")
#: "Human Rights Council resolutions 5/1 and 5/2 of 18 June 2007": the organ named before the numbers...
_HRC_BEFORE = re.compile(r"Human Rights Council resolutions? (?:[\d/]+(?: of \d{1,2} \w+ \d{4})?,? (?:and )?)*$")
#: ... or after them: "resolution 53/2 of the Human Rights Council", "résolution 53/2 du Conseil des droits de l'homme".
_HRC_AFTER = re.compile(r",?\s+(?:of the Human Rights Council|du Conseil des droits de l[’']homme)")


#: What may stand between a paragraph's clauses and the next verb: "and", "and further",
#: ", and, in this regard,", "et".
_JOINER = {
    "en": r"(?:\band|,\s*and|,|;\s*and|\band,)\s+(?:(?:also|further|further\s+also|once\s+again|again|"
          r"in\s+this\s+regard,?|in\s+that\s+regard,?|to\s+that\s+end,?|to\s+this\s+end,?|in\s+this\s+context,?|"
          r"in\s+this\s+respect,?)\s+)?",
    "fr": r"(?:\bet|,\s*et|,|;\s*et|\bet,)\s+(?:(?:à\s+cet\s+égard,?|à\s+cette\s+fin,?|dans\s+ce\s+contexte,?)\s+)?",
}


def _footnote_markers(seg: Segment) -> list[tuple[str, int]]:
    return [(m.group(0), m.start()) for m in _SUPERSCRIPT_RUN.finditer(seg.text)]


#: French "Demande" renders three English verbs, told apart by what follows it.
_DEMANDE_THAT = re.compile(r"(?:,?\s+(?:également|en\s+outre|de\s+nouveau|instamment|à\s+cet\s+égard|par\s+conséquent|"
                           r"en\s+conséquence|dans\s+ce\s+contexte),?)*\s+qu(?:e\b|[’'])")
_DEMANDE_OF_THE_SECRETARIAT = re.compile(
    r"(?:\s+(?:également|en\s+outre|de\s+nouveau))?\s+(?:au\s+Secrétaire\s+général|à\s+la\s+Secrétaire\s+générale|"
    r"au\s+Secrétariat|à\s+sa\s+présidence|au\s+Président|à\s+la\s+Présidente)\b")


def _refined(action: NamedNode, text: str, verb_end: int, lang: str) -> NamedNode:
    """"Demande que…" calls for an outcome; "Demande au Secrétaire général de…" requests; else the
    lexicon's reading ("Demande aux États de…" calls upon)."""
    if lang != "fr" or action != ACT.callsUpon or not text[max(0, verb_end - 7):verb_end].lower().endswith("demande"):
        return action
    if _DEMANDE_THAT.match(text, verb_end):
        return ACT.callsFor
    if _DEMANDE_OF_THE_SECRETARIAT.match(text, verb_end):
        return ACT.requests
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
                              lambda: rf"{_JOINER[lang]}({lexicon.pattern(lang, lowercase=True)})(?=[\s,])")
    for match in joined.finditer(seg.text):
        action = lexicon.action_for(match.group(1), lang)
        if action is None or (not participles and lang in _PARTICIPLE and _PARTICIPLE[lang].match(match.group(1))):
            continue
        start, end = seg.span(match.start(1), match.end(1))
        clauses.append((match.start(1), match.end(1),
                        ActionClause(action, Located(match.group(1), start, end))))
    first_person = [f for f, _ in lexicon.forms.get(lang, []) if f.startswith(("We ", "Nous "))]
    if first_person:
        sentences = lexicon.compiled("first-person", lang,
                                     lambda: rf"(?<=[.;:] )({'|'.join(re.escape(f) for f in first_person)})(?=[\s,])")
        for match in sentences.finditer(seg.text):
            action = lexicon.action_for(match.group(1), lang)
            if action is not None:
                start, end = seg.span(match.start(1), match.end(1))
                clauses.append((match.start(1), match.end(1), ActionClause(action, Located(match.group(1), start, end))))
    clauses.sort(key=lambda c: c[0])
    for _, verb_end, clause in clauses:
        clause.action = _refined(clause.action, seg.text, verb_end, lang)
    for index, (verb_start, verb_end, clause) in enumerate(clauses):
        limit = clauses[index + 1][0] if index + 1 < len(clauses) else len(seg.text)
        found = extract_clause(seg.text, verb_start, verb_end, limit, clause.action, lang, lexicon, registry)
        clause.mandates = in_source(found, seg, clause.verb.span)
        if clause.action in lexicon.directives:
            clause.addressees = [Mention(a.entity, a.start, a.end) for a in clause.mandates.assignees
                                 if a.entity is not None]
    return [c for _, _, c in clauses]


def _citations(seg: Segment, clauses: list[ActionClause], lexicon: Lexicon) -> list[Citation]:
    out = []
    for match in _CITED.finditer(seg.text):
        has_context = bool(_RESOLUTION_WORD.search(seg.text[: match.start()][-400:])) or bool(match.group("date"))
        if (match.group("session") or match.group("ecosoc")) and not has_context:
            continue
        if (match.group("old") or match.group("sc")) and not _RESOLUTION_WORD.search(seg.text[: match.start()][-400:]):
            continue
        if match.group("explicit"):
            parsed = parse_symbol(match.group("explicit"))
            if parsed is None:
                continue
            symbol = parsed.text
        elif match.group("ecosoc"):
            symbol = f"E/RES/{match.group('ecosoc')}/{match.group('enumber')}"
        elif match.group("sc"):
            symbol = f"S/RES/{match.group('sc')}({match.group('year')})"
        elif match.group("session"):
            hrc = _HRC_BEFORE.search(seg.text[max(0, match.start() - 120): match.start()]) or _HRC_AFTER.match(
                seg.text, match.end("number"))
            symbol = (hrc_resolution if hrc else ga_resolution)(match.group("session"), match.group("number"))
        else:
            # The official symbol of "217 A (III)" is A/RES/217(III), as undocs.org writes it.
            symbol = f"A/RES/{match.group('old')}({match.group('roman')})"
        start, end = seg.span(match.start(), match.end())
        source_start = start
        relation = None
        for clause in clauses:
            if clause.verb.start <= source_start:
                relation = lexicon.citation_relation(clause.action)
        title = match.group("title")
        out.append(Citation(
            symbol=symbol, span=(start, end), relation=relation,
            adopted=parse_date(match.group("date")) if match.group("date") else None,
            title=title.strip("«»“”\" \u00a0") if title else None,
        ))
    return out


def analyse_paragraph(seg: Segment, kind: str, number: str, position: int, lang: str,
                     lexicon: Lexicon, registry: Registry, footnotes: dict[str, Footnote],
                     inherited: ActionClause | None = None) -> Paragraph:
    """``inherited``: the clause of the paragraph whose point this is ("Requests the
    Secretary-General: (a) To submit…"); a point with no verb of its own carries it on."""
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
    if found is None and kind == "operative" and inherited is None:
        # A verb the scheme has no concept for: kept as written, under act:other (strength 0).
        verb = _UNKNOWN_VERB.match(seg.text)
        found = (verb.group("verb"), ACT.other, verb.start("verb")) if verb else None
    if found:
        form, opening_action, *skipped = found
        at = skipped[0] if skipped else 0
        start, end = seg.span(at, at + len(form))
        opening = Located(form, start, end)
    paragraph = Paragraph(kind=kind, number=number, position=position, text=seg.text,
                          span=seg.source_span, opening=opening)
    paragraph.actions = _actions(seg, lang, lexicon, registry, opening, opening_action,
                                 participles=kind != "operative")
    if not paragraph.actions and inherited is not None:
        paragraph.actions = [inherit_clause(inherited, seg, lang, lexicon, registry)]
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
        paragraph.subparagraphs = _subparagraphs(seg, number, lang, lexicon, registry,
                                                 paragraph.actions[-1] if paragraph.actions else None)
        first = _SUBPARA.search(seg.text)
        if paragraph.subparagraphs and first:
            paragraph.text = seg.text[: first.start()].strip()  # the intro; points are sub-paragraphs
    return paragraph


def _subparagraphs(seg: Segment, number: str, lang: str, lexicon: Lexicon,
                   registry: Registry, parent_clause: ActionClause | None = None) -> list[Paragraph]:
    cuts = list(_SUBPARA.finditer(seg.text))
    out = []
    for index, cut in enumerate(cuts):
        end = cuts[index + 1].start() if index + 1 < len(cuts) else len(seg.text)
        part = seg.slice(cut.end(), end).collapse_whitespace()
        if not part.text:
            continue
        sub = Paragraph(kind="operative", number=f"{number} ({cut.group(1)})", position=index + 1,
                        text=part.text, span=part.source_span, opening=None)
        if parent_clause is not None:
            sub.actions = [inherit_clause(parent_clause, part, lang, lexicon, registry)]
        sub.mentions = [Mention(m.entity, *part.span(m.start, m.end)) for m in registry.find_mentions(part.text, lang)]
        out.append(sub)
    return out


def inherit_clause(parent: ActionClause, seg: Segment, lang: str, lexicon: Lexicon,
                   registry: Registry) -> ActionClause:
    """The clause a verbless point carries on from its paragraph: the same action, verb and
    assignees (their evidence is in the paragraph's opening), the point's own deliverables."""
    found = extract_clause(seg.text, 0, 0, len(seg.text), parent.action, lang, lexicon, registry)
    mandates = in_source(found, seg, parent.verb.span)
    if parent.mandates is not None:
        mandates.assignees = list(parent.mandates.assignees)
        mandates.condition = mandates.condition or parent.mandates.condition
    clause = ActionClause(parent.action, parent.verb, list(parent.addressees), mandates)
    return clause
