"""Mandates of one action clause: who must deliver what, to whom, by when, on what resources.

An operative paragraph's clauses come from :mod:`loaders.extract.operative.paragraphs`; this module reads the
text a clause governs (from its verb to the next clause) and finds:

- its **assignees**: the entities asked to act (known to the registry, or named in the text
  and minted as new entities); ``decides`` binds the Assembly itself unless the clause names
  who shall act;
- its **deliverables**, each of a kind of the ``mg:DeliverableKinds`` scheme (report, meeting,
  body, process, programme, study, observance, agenda-item, other), with a label taken from
  the text, the body a report goes to, the session or date it is due and how often;
- its **condition** on resources (within existing resources, extrabudgetary).

Every value carries its span in the paragraph's text, so the caller can give it evidence.

>>> from loaders.extract.operative.lexicon import load_lexicon
>>> from loaders.registry import load_registry
>>> text = ("Requests the Secretary-General to submit to the General Assembly at its eighty-first "
...         "session a report on the implementation of the present resolution;")
>>> lexicon, registry = load_lexicon(), load_registry()
>>> clause = extract_clause(text, 0, 8, len(text), lexicon.action_for("Requests", "en"), "en", lexicon, registry)
>>> [a.name for a in clause.assignees], [d.kind for d in clause.deliverables]
(['Secretary-General'], ['report'])
>>> report = clause.deliverables[0]
>>> report.label.value, report.due_session.value, report.report_to.name, report.recurrence.value
('report on the implementation of the present resolution', 81, 'General Assembly', 'once')
"""

from __future__ import annotations

import re
from dataclasses import replace

from pyoxigraph import NamedNode

from ontology.namespaces import ACT

from loaders.extract.operative.deliverable_patterns import AGENDA_TITLE, ARTICLE, KIND_PATTERNS, LABEL_END, REPORT_SENT_ON
from loaders.extract.operative.mentioned_deliverables import asked_deliverable
from loaders.extract.operative.assignees import _DECISIONS, _STOP, _assignees
from loaders.extract.operative.mandate_model import Assignee, ClauseMandates, Deliverable, Value
from loaders.extract.operative.report_addressees import report_addressees
from loaders.extract.operative.timing import _condition, _due_date, _meeting_dates, _recurrence, _sessions, _several_sessions
from loaders.extract.operative.lexicon import Lexicon
from loaders.registry import Registry

__all__ = ["Value", "Assignee", "Deliverable", "ClauseMandates", "extract_clause", "in_source", "due_session", "DELIVERABLE_KINDS",
           "RECURRENCES", "CONDITIONS"]

DELIVERABLE_KINDS = ("report", "meeting", "body", "process", "programme", "study", "observance", "agenda-item",
                     "other")
RECURRENCES = ("once", "annual", "biennial", "triennial", "quadrennial", "quinquennial", "periodic")
CONDITIONS = ("within-existing-resources", "extrabudgetary")

_ASSEMBLY_KEY = "general-assembly"


# ---------------------------------------------------------------- reading a clause

def _clip(text: str, start: int, end: int, lang: str, limit: int = 150) -> Value:
    """A phrase of ``text`` from ``start``, cut at the first clause boundary or ``limit``."""
    stop = LABEL_END[lang].search(text, start, end)
    cut = min(stop.start() if stop else end, start + limit)
    if cut < end and cut == start + limit:
        cut = text.rfind(" ", start, cut) if text.rfind(" ", start, cut) > start else cut
    head = ARTICLE.match(text, start, cut)
    start = head.end() if head else start
    phrase = text[start:cut].rstrip(" ,.;")
    return Value(phrase, start, start + len(phrase))


#: Verbs that create ("Constitue le Groupe", "Establishes"; "institutional", "institutionnel", "constitutes" do not).
_ESTABLISH = re.compile(r"\b(?:establish\w*|creat\w*|set\s+up|constitut(?:e|ed|ing)|constitu(?:e|ent|er|ant)|constitué\w*|"
                        r"institut(?:e|ed|es|ing)|instituer|institué\w*|crée\w*|créer|créant|établi\w*)\b", re.I)
_CONVENE = re.compile(r"\b(?:launch\w*|convene\w*|convening|lanc\w*|convoqu\w*)\b", re.I)
#: A participle followed by its agent or its instrument ("the mandate of the High Commissioner, established by the
#: General Assembly in its resolution 48/141", « créé par la résolution ») names what exists, not what is created.
_PASSIVE = re.compile(r"\s+(?:by|in\s+(?:its\s+)?resolution|under|pursuant\s+to|par|en\s+vertu|dans\s+(?:sa|la)\s+résolution)\b")
_PARTICIPLE = re.compile(r"(?:ed|é|ée|és|ées|is|ie|ies|up)$")


def _creates(text: str, verb: re.Match) -> bool:
    """Whether a verb of creating creates here: not a participle with its agent ("established by the Assembly")."""
    return not (_PARTICIPLE.search(verb.group(0)) and _PASSIVE.match(text, verb.end()))
#: What each kind of verb creates: a body is established, an event or process convened.
_CREATES = {"establish": {"Body": "body", "Process": "process", "Initiative": "programme"},
            "convene": {"Process": "process", "Event": "meeting", "Initiative": "programme"}}


def _established(text: str, start: int, end: int, lang: str, registry: Registry | None) -> Deliverable | None:
    """"Establishes … the Global Dialogue on AI Governance": a body, process or event the
    registry knows, named right after a verb that creates it, is the deliverable itself."""
    if registry is None:
        return None
    verbs = sorted([(m, "establish") for m in _ESTABLISH.finditer(text, start, end) if _creates(text, m)]
                   + [(m, "convene") for m in _CONVENE.finditer(text, start, end) if _creates(text, m)],
                   key=lambda v: v[0].start())
    if not verbs:
        return None
    verb, sort = verbs[0]
    for mention in registry.find_mentions(text, lang, start=verb.end(), end=min(end, verb.end() + 150)):
        kind = _CREATES[sort].get(mention.entity.type)
        if kind is not None and not re.search(r"\b(?:of|de|du|des)\s+(?:the\s+|la\s+|l[’']\s*)?$",
                                              text[max(start, mention.start - 12):mention.start]):
            label = Value(text[mention.start:mention.end], mention.start, mention.end)
            return Deliverable(kind, label, name=label.value, entity=mention.entity)
    return None


def _deliverables(text: str, verb_end: int, end: int, lang: str, registry: Registry | None = None) -> list[Deliverable]:
    found: list[Deliverable] = []
    taken: list[tuple[int, int]] = []
    established = _established(text, verb_end, end, lang, registry)
    if established is not None:
        found.append(established)
        taken.append((established.label.start, established.label.end))
    for kind, pattern in KIND_PATTERNS[lang]:
        if established is not None and kind == established.kind:
            continue
        for match in pattern.finditer(text, verb_end, end):
            asked = asked_deliverable(kind, match, text, verb_end, end)
            if asked is None:
                continue
            match, start = asked
            if any(a <= start < b for a, b in taken):
                continue
            if kind == "agenda-item":
                title = AGENDA_TITLE.search(text, match.end(), end)
                label = Value(title.group("title").strip("“”«» "), title.start("title"), title.end("title")) \
                    if title else Value(text[match.start():match.end()], match.start(), match.end())
            else:
                label = _clip(text, start, end, lang)
            if kind in ("body", "process", "observance", "programme"):
                capitals = [w for w in label.value.split() if w[:1].isupper()]
                name = label.value if len(capitals) >= 2 else None
            else:
                name = None
            # A body the registry knows named inside the label ("continue to support the Secretariat") is
            # not the deliverable: only a clause that creates it makes it one (``_established``).
            # Made the deliverable, it would carry every paragraph's assignees and due sessions at once.
            found.append(Deliverable(kind, label, name=name))
            taken.append((start, label.end if label.end > start else match.end()))
            break  # one deliverable of each kind per clause
    return sorted(found, key=lambda d: d.label.start)


#: Where a clause's next task starts: "…, and to report thereon", "… et de lui présenter…".
#: A short phrase set off by commas between "and" and the next task ("and, in particular, to", "and, where
#: appropriate, to", « et, à cet égard, à », « et, le cas échéant, de »: 460 in the French corpus, 150 in the English).
_TASK_INCISE = r"(?:,\s*[^,;:()]{2,40}?,\s*)"
_NEXT_TASK = {
    "en": re.compile(r"(?:,\s*|\s+)(?:and|as\s+well\s+as)\s*" + _TASK_INCISE + r"?\s*(?:also\s+|further\s+)?"
                     r"(?<![a-z])to\s+(?:continue\s+to\s+|also\s+)?(?!(?:the|a|an|its|his|her|their|this|that|all|it|them|each|"
                     r"every|other)\b)[a-z]+\b"),
    "fr": re.compile(r"(?:,\s*|\s+)(?:et|ainsi\s+qu[’'])\s*" + _TASK_INCISE + r"?\s*(?:à|de|d[’'])\s*"
                     r"(?:(?:lui|leur|se|s[’']|en|y|les?|la|l[’'])\s*){0,2}[a-zà-ÿ]+(?:er|ir|re|oir)\b"),
}


#: What opens a purpose ("in order to", « afin de »).
_PURPOSE = {"en": re.compile(r"\b(?:in\s+order|so\s+as)\s+to\b", re.I),
            "fr": re.compile(r"\b(?:afin\s+(?:de|d[’'])|de\s+(?:manière|façon)\s+à|en\s+vue\s+(?:de|d[’']))", re.I)}


#: A task that is its verb alone ("to participate", "d'envisager d'élaborer").
_VERB_ALONE = {"en": re.compile(r"(?:(?:and|as\s+well\s+as)\s+)?to\s+(?:continue\s+to\s+|also\s+)?[a-z]+"),
               "fr": re.compile(r"(?:(?:et|ainsi\s+qu[’'])\s*)?(?:(?:à|de|d[’'])\s*(?:continuer\s+(?:à|de|d[’'])\s*)?"
                                r"(?:(?:lui|leur|se|s[’']|en|y|les?|la|l[’'])\s*){0,2}[a-zà-ÿ]+(?:er|ir|re|oir)\s*){1,3}")}


def _tasks(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """The clause cut into the tasks it asks for, each running to the next ("to convene a
    meeting, and to report thereon" is two)."""
    cuts = [m.start() for m in _NEXT_TASK[lang].finditer(text, start, end)]
    # "d'élaborer et d'appliquer des programmes", "to participate and to join in the celebration":
    # a task of its verb alone shares the object of the next one.
    first = _STOP[lang].search(text, start, end)
    heads = [first.start() if first else start, *cuts]
    cuts = [c for head, c in zip(heads, cuts) if not _VERB_ALONE[lang].fullmatch(text[head:c].strip(" ,"))]
    # "… in order to raise awareness of the threats … and to enhance international cooperation": with no comma
    # before it, an infinitive after a purpose's continues the purpose, not the clause's list of tasks.
    bounds = [start, *cuts]
    cuts = [c for head, c in zip(bounds, cuts) if text[c] == "," or not _PURPOSE[lang].search(text, head, c)]
    bounds = [start, *cuts, end]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def _infinitive_label(text: str, verb_end: int, end: int, lang: str) -> Value:
    stop = _STOP[lang].search(text, verb_end, end)
    start = stop.start() if stop else verb_end
    skip = re.match(r"(?:to|that|à|de|d[’']|que|qu[’'])\s*", text[start:end])
    start += skip.end() if skip else 0
    return _clip(text, start, end, lang, limit=120)


#: A directive repeated: "Reiterates its request to…", "Renews its call upon…", "Reiterates the urgent call
#: upon…", "Reiterates the request made to the Secretary-General…", "Reiterates its request that the
#: Secretary-General ensure…", "Reiterates its request, made in paragraph 40 of its resolution 68/268, that the
#: Secretary-General submit…", "Reiterates its call for the Secretary-General to continue…", "Réitère sa demande au…", "Renouvelle son appel à…" (up to the addressee, or the
#: « that » whose subject is asked).
_REITERATED = {
    "en": re.compile(r"\s+(?:also\s+|further\s+)?(?:its|the)\s+(?:(?:urgent|strong|previous|earlier|repeated)\s+)?"
                     r"(?P<noun>requests?|calls?|invitations?|appeals?|encouragement|urging|demands?)"
                     r"(?:\s+and\s+(?:strong\s+)?encouragement)?(?:\s+(?:made|addressed|extended))?"
                     r"(?:\s+(?:to|upon|on)\b|(?:,\s+(?:made\s+)?in\s+[^,;:]{1,80},)?(?=\s+that\b)|"
                     r"\s+for\b(?=\s+(?:the\s+|all\s+)?[A-Z][^,;:]{0,80}?\s+to\s+[a-z]))"),
    # « Renouvelle l'invitation faite au… », « Réitère la demande qu'elle a adressée au… ».
    "fr": re.compile(r"\s+(?:également\s+|en\s+outre\s+)?(?:sa|son|ses|la|le|les|l[’']\s*)\s*(?P<noun>demandes?|appels?|"
                     r"invitations?|encouragements?)(?:\s+(?:qu[’']elle\s+a\s+)?(?:faite?s?|adressée?s?|lancée?s?))?"
                     r"\s+(?=(?:à|au|aux)\b)"),
}
#: The directive a repeated noun stands for: it asks what that verb asks, as strongly.
_REITERATED_ACTION = {"request": "requests", "call": "callsUpon", "invitation": "invites", "appeal": "appeals",
                      "encouragement": "encourages", "urging": "urges", "demand": "demands",
                      "demande": "requests", "appel": "callsUpon"}


#: "Reiterates its commitment to…", "Reiterates its approval of…" (« S'engage de nouveau à… », « Approuve de nouveau… »):
#: the Assembly commits itself (resolves) or approves again, bound as they bind it.
_RECOMMITTED = re.compile(r"\s+(?:also\s+|further\s+)?its\s+(?:(?:full|strong|firm|continued|unwavering)\s+)?"
                          r"(?P<noun>commitment|approval)\s+(?:to|of)\b")
_RECOMMITTED_ACTION = {"commitment": "resolves", "approval": "approves"}


#: A directive continued: "Continues to encourage the United Nations system to…", "Continue d'encourager les
#: organismes des Nations Unies à…", "Continue d'exhorter…" (up to the addressee).
_CONTINUED = {
    "en": re.compile(r"\s+to\s+(?P<verb>encourage|invite|urge|request|call\s+upon|call\s+on|appeal\s+to)\b"),
    "fr": re.compile(r"\s+(?:à|de|d[’'])\s*(?P<verb>encourager|inviter|exhorter|prier|demander|engager)\b"),
}
_CONTINUED_ACTION = {"encourage": "encourages", "invite": "invites", "urge": "urges", "request": "requests",
                     "call upon": "callsUpon", "call on": "callsUpon", "appeal to": "appeals", "encourager": "encourages",
                     "inviter": "invites", "exhorter": "urges", "prier": "requests", "demander": "callsUpon",
                     "engager": "callsUpon"}


def _repeated(text: str, verb_start: int, verb_end: int, end: int, action_key: str, lang: str) -> tuple[str, int] | None:
    """The directive a clause repeats or continues ("Reiterates its call upon…", "Continues to encourage…"), as its
    action key and where its addressees start; None for a clause that asks in its own words."""
    # (where it opens the paragraph; mid-paragraph the French says « réaffirme son attachement », a view)
    opens = re.fullmatch(r"\W*(?:(?:also|further)\s+)?", text[:verb_start], re.I)
    if action_key == "reiterates" and lang == "en" and opens:
        recommitted = _RECOMMITTED.match(text, verb_end, end)
        if recommitted:
            return _RECOMMITTED_ACTION[recommitted.group("noun")], recommitted.end()
    if action_key in ("reiterates", "reaffirms"):
        reiterated = _REITERATED[lang].match(text, verb_end, end)
        return (_reiterated_action(reiterated.group("noun")), reiterated.end()) if reiterated else None
    if text[verb_start:verb_end].lower().startswith("continue"):
        continued = _CONTINUED[lang].match(text, verb_end, end)
        if continued:
            return _CONTINUED_ACTION[" ".join(continued.group("verb").lower().split())], continued.end()
    return None


def _reiterated_action(noun: str) -> str:
    """The action key of the directive a repeated noun names ("calls" -> callsUpon)."""
    stem = noun.lower().rstrip("s")
    return _REITERATED_ACTION.get(stem, "requests")


#: A task whose object is the list that follows ("to take the following measures:", « continue d'examiner, à sa
#: session de fond de 2026, les points suivants : »): a lead-in, whose points carry the deliverables (GUIDELINES.md).
_LEAD_IN = re.compile(r"(?:\bthe\s+following\b|\bsuivante?s\b|\bce\s+qui\s+suit\b)[^;:]{0,80}:\s*$", re.I)
#: How far into its task (characters) the list may be named to be the task's object (« Recommande que la
#: Commission … continue d'examiner, à sa session de fond de 2026, les points suivants : », A/RES/80/66 op. 6:
#: ~100); further on, the list is what something the task asks for is about (« de faciliter des discussions …
#: [~60 words], ces discussions devant porter notamment sur les points suivants : », A/RES/79/325 op. 4: ~400,
#: whose English "including with regard to:" keeps its discussions).
_LEAD_IN_REACH = 200
#: A repeated directive's lead-in that names only its addressees before the colon ("Reiterates the urgent call upon
#: Myanmar or the Myanmar military where applicable:", A/RES/80/221 op. 24): no infinitive, no « que ».
_ADDRESSEES_ONLY = {"en": re.compile(r"(?:(?!\bto\s+[a-z]|\bthat\b)[^;:])*:\s*$"),
                    "fr": re.compile(r"(?:(?!\b(?:à|de|d[’'])\s*[a-zà-ÿ]+(?:er|ir|re|oir)\b|\bque\b)[^;:])*:\s*$")}


def extract_clause(text: str, verb_start: int, verb_end: int, end: int, action: NamedNode, lang: str,
                   lexicon: Lexicon, registry: Registry) -> ClauseMandates:
    """The mandates of the clause whose verb is ``text[verb_start:verb_end]`` and which runs to ``end``."""
    lang = lang if lang in KIND_PATTERNS else "en"
    action_key = action.value.rsplit("/", 1)[-1]
    strength = lexicon.strength(action)
    repeated = _repeated(text, verb_start, verb_end, end, action_key, lang)
    if repeated:
        # "Reiterates its request to the Secretary-General to…", "Continues to encourage…": the action stays the
        # verb's, and the directive it repeats asks what that directive asks, of whom it asks it, as strongly.
        action_key, verb_end = repeated
        strength = lexicon.strength(ACT.term(action_key))
    binding = strength > 0 or action_key in _DECISIONS
    result = ClauseMandates(condition=_condition(text, verb_start, end, lang), asks_as=action_key if repeated else None)
    result.assignees = _assignees(text, verb_end, end, action_key, strength, lang, registry)
    if not binding:
        return result
    deliverables: list[Deliverable] = []
    for number, (start, stop) in enumerate(_tasks(text, verb_start, end, lang)):
        found = _deliverables(text, start, stop, lang, registry)  # "Establishes … a Panel": the verb counts
        lead_in = None if found else _LEAD_IN.search(text, start, stop)
        if lead_in is not None and lead_in.start() - start <= _LEAD_IN_REACH:
            continue  # what it asks for are the points after the colon, each with its own deliverables
        if not found and repeated and _ADDRESSEES_ONLY[lang].match(text, start if number else verb_end, stop):
            continue  # "Reiterates the urgent call upon Myanmar …:" names whom its points ask, nothing to deliver
        made = next((d for d in reversed(deliverables) if d.kind == "report"), None) if number else None
        if not found and made is not None and REPORT_SENT_ON[lang].match(text, start, stop):
            sent = [made]  # "… a report …, and to submit it to the General Assembly at its …": the report made is sent
            _time(text, start, stop, lang, registry, sent)
            deliverables.extend(sent[1:])
            continue
        if not found:
            other = next((d for d in deliverables if d.kind == "other"), None)
            if other is not None:
                # One "other" per clause: languages split the same request into more or fewer verbs, so
                # when it has no time of its own it takes this task's ("… et de veiller à ce que les experts
                # participent à chacune des sessions…").
                if (other.due_session, other.session_offset, other.due_date, other.recurrence) == (None,) * 4:
                    _time(text, start, stop, lang, registry, [other])
                continue
            found = [Deliverable("other", _infinitive_label(text, verb_end if number == 0 else start, stop, lang))]
        _time(text, verb_end if number == 0 else start, stop, lang, registry, found)
        deliverables.extend(found)
    result.deliverables = deliverables
    return result


def _time(text: str, start: int, end: int, lang: str, registry: Registry, deliverables: list[Deliverable]) -> None:
    """Give one task's deliverables the session, date and recurrence its text names, and its
    reports the body they go to."""
    sessions = _sessions(text, start, end, lang)
    recurrence = _recurrence(text, start, end, lang) or _several_sessions(text, start, end, lang)
    due_date = _due_date(text, start, end, lang)
    timed = next((d for d in deliverables if d.kind == "report"), None) \
        or next((d for d in deliverables if d.kind == "agenda-item"), None) \
        or next((d for d in deliverables if d.kind == "meeting"), None) \
        or deliverables[0]
    if sessions:
        value, relative = sessions[0]
        if relative:
            timed.session_offset = value
        else:
            timed.due_session = value
    if due_date:
        timed.due_date = due_date
    elif timed.kind == "meeting":  # "shall hold its next session … from 18 April to 3 June … 2022"
        timed.due_date = _meeting_dates(text, start, end, lang)
    if timed.kind == "observance" and timed.due_date is None:
        year = re.search(r"\b(?:19|20)\d\d\b", text[start:end])
        if year:
            timed.due_date = Value(year.group(0), start + year.start(), start + year.end())
    if recurrence:
        timed.recurrence = recurrence
    elif (sessions or timed.due_date) and timed.kind in ("report", "meeting", "agenda-item", "observance", "body"):
        anchor = sessions[0][0] if sessions else timed.due_date
        timed.recurrence = Value("once", anchor.start, anchor.end)
    for deliverable in list(deliverables):
        if deliverable.kind == "report":
            addressees = report_addressees(text, start, end, lang, registry, bool(sessions))
            if len(addressees) > 1:  # in one order in both languages, so that "report" and "report-2" are the same
                addressees.sort(key=lambda a: a.entity.key if a.entity else a.name)
            deliverable.report_to = addressees[0] if addressees else None
            # One report to two bodies is two deliverables, one for each (as GUIDELINES.md labels them).
            deliverables.extend(replace(deliverable, report_to=other) for other in addressees[1:])


def due_session(deliverable: Deliverable, session: int | None) -> int | None:
    """The session a deliverable is due at, the resolution's own ``session`` resolving "next
    session"; a session before the resolution's, for a report to the Assembly (or to no one
    named), is a session the text only mentions ("adopted at its sixty-second session")."""
    if deliverable.due_session is not None:
        due = int(deliverable.due_session.value)
    elif deliverable.session_offset is not None and session is not None:
        due = session + int(deliverable.session_offset.value)
    else:
        return None
    report_to = deliverable.report_to
    to_assembly = report_to is None or (report_to.entity is not None and report_to.entity.key == _ASSEMBLY_KEY)
    if to_assembly and session is not None and due < session:
        return None
    return due


def in_source(found: ClauseMandates, seg, fallback: tuple[int, int]) -> ClauseMandates:
    """``found`` with every span mapped from the segment's text to the source (a
    :class:`loaders.segments.Segment`); an empty span (a default, such as the Assembly bound
    by its own decision) takes ``fallback``, the clause's verb."""

    def span(start: int, end: int) -> tuple[int, int]:
        return seg.span(start, end) if end > start else fallback

    def value(v: Value | None) -> Value | None:
        return None if v is None else Value(v.value, *span(v.start, v.end))

    def assignee(a: Assignee | None) -> Assignee | None:
        return None if a is None else Assignee(a.entity, a.name, *span(a.start, a.end), a.type)

    out = ClauseMandates([assignee(a) for a in found.assignees], [], value(found.condition), found.asks_as)
    for d in found.deliverables:
        out.deliverables.append(Deliverable(d.kind, value(d.label), d.name, assignee(d.report_to),
                                            value(d.due_session), value(d.session_offset), value(d.due_date),
                                            value(d.recurrence), d.entity))
    return out
