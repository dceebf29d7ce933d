"""When a deliverable is due and on what resources: sessions named in words ("at its
eighty-first session", "à sa prochaine session"), dates and years, recurrence, conditions.
Each value comes with its span in the paragraph's text."""

from __future__ import annotations

import re

from loaders.extract.event_dates import find_dates
from loaders.extract.guarded import GuardedPattern
from loaders.extract.operative.mandate_model import Value
from loaders.extract.ordinals import ordinal_value
from loaders.text import DATE_PATTERN, parse_date

#: An ordinal in words; the French texts join its parts with a non-breaking hyphen too ("soixante‑dix-huitième",
#: U+2011) or keep a line break's hyphen and space ("soixante- dix-septième").
_ORDINAL = r"[A-Za-zÀ-ÿ]+(?:(?:[-‑‐]\s?|\s)(?:et[-‑‐\s])?[A-Za-zÀ-ÿ]+){0,3}?"

_SESSION = {
    # "at its seventy-eighth, seventy-ninth and eightieth sessions", "before the end of its eightieth session",
    # "at the beginning of the eightieth session", "to the General Assembly and the Human Rights Council at their
    # eighty-second and sixty-sixth sessions, respectively"
    "en": re.compile(rf"\b(?:at|during|before|by|for|to|in|of)\s+(?:the\s+(?:end|beginning|start|opening|close)\s+of\s+)?"
                     rf"(?:its|the|their)\s+(?:resumed\s+)?"
                     rf"(?P<word>next|current|{_ORDINAL})(?:(?:\s*,\s*{_ORDINAL})*\s*,?\s+and\s+(?P<word2>{_ORDINAL}))?\s+"
                     rf"sessions?\b", re.I),
    # « à ses soixante-dix-huitième, soixante-dix-neuvième et quatre-vingtième sessions », « avant la fin de sa
    # quatre-vingtième session », « au début de sa quatre-vingtième session », « au cours des quatre-vingt-unième et
    # quatre-vingt-deuxième sessions »; not « ses vingt-troisième et vingt-quatrième sessions extraordinaires » (special
    # sessions, which the English "special sessions" does not name either)
    "fr": re.compile(rf"\b(?:(?:(?:à|a|lors\s+de|pour|de|avant|pendant|durant|au\s+cours\s+de)"
                     rf"(?:\s+(?:la\s+fin|le\s+début)\s+de)?|au\s+début\s+de|dès\s+le\s+début\s+de)\s+(?:sa|la|ses|les)|aux|"
                     rf"(?:au\s+cours|lors)\s+des)\s+"
                     rf"(?:reprise\s+de\s+(?:sa|la)\s+)?"
                     rf"(?P<word>prochaine|présente|{_ORDINAL})(?:(?:\s*,\s*{_ORDINAL})*\s*,?\s+et\s+(?:sa\s+)?(?P<word2>{_ORDINAL}))?\s+"
                     rf"sessions?\b(?!\s+extraordinaires?\b)",
                     re.I),
}
_NEXT = {"next": 1, "current": 0, "prochaine": 1, "présente": 0}

_RECURRENCE = {
    "en": [
        ("biennial", r"every\s+(?:two|second|other|2)\s+years?|biennial(?:ly)?|on\s+a\s+biennial\s+basis"),
        ("triennial", r"every\s+(?:three|third|3)\s+years?|triennial(?:ly)?|on\s+a\s+triennial\s+basis"),
        ("quadrennial", r"every\s+(?:four|fourth|4)\s+years?|quadrennial(?:ly)?|on\s+a\s+quadrennial\s+basis"),
        ("quinquennial", r"every\s+(?:five|fifth|5)\s+years?|quinquennial(?:ly)?|on\s+a\s+quinquennial\s+basis"),
        # ("multi-annual contributions", « pluriannuelles »: over several years, not each year)
        # ("regular annual exchanges": « chaque année »; "per annum": « un montant annuel »)
        ("annual", r"(?<!multi[-‑])annual(?:ly)?|each\s+year|every\s+year|yearly|once\s+(?:a|every|each)\s+year|"
                   r"at\s+each\s+(?:of\s+its\s+)?(?:regular\s+|annual\s+)?session|on\s+an\s+annual\s+basis|each\s+session|"
                   r"every\s+session|regular\s+annual|per\s+annum"),
        # (a report "as relevant information becomes available": each time there is something to say)
        # ("every three months", "every six months", "every 90 days", "twice a year", "quarterly": more often than
        # a year, none of the named recurrences)
        # ("routinely" / « régulièrement »; "reporting cycles" / « rapports périodiques »; "at a monthly rate of" is how a
        # budget is apportioned, « à raison de … par mois », no recurrence of what is asked; "regular budget", "regular
        # migration", "the Regular Process" are no "regular" deliverables)
        ("periodic", r"periodic(?:al(?:ly)?)?|regularly|routinely|on\s+a\s+regular\s+basis|at\s+regular\s+intervals|"
                     r"every\s+(?:two|three|four|six|\d+)\s+(?:months|weeks|days)|every\s+(?:month|week)|twice\s+a\s+year|"
                     r"(?:bi)?monthly(?!\s+rates?\b)|quarterly|semi-?annual(?:ly)?|biannual(?:ly)?|reporting\s+cycles?|"
                     r"as\s+(?:relevant\s+|new\s+|further\s+)?information\s+becomes\s+available|"
                     r"regular,?\s+(?!(?:budget|migration|process|sessions?|staff|resources|programme|armed|army|forces)\b)"
                     r"(?:[\w-]+,?\s+(?:and\s+)?){0,5}?"
                     r"(?:reports?|reporting|updates?|briefings?|dialogues?|meetings?|consultations|exchanges?|follow-up|"
                     r"reviews?|debates?|assessments?|collection|information|monitoring|visits?|contacts?)"),
    ],
    "fr": [
        ("biennial", r"tous\s+les\s+(?:deux|2)\s+ans|biennal(?:e|es|ement)?|une\s+année\s+sur\s+deux"),
        ("triennial", r"tous\s+les\s+(?:trois|3)\s+ans|triennal(?:e|es|ement)?"),
        ("quadrennial", r"tous\s+les\s+(?:quatre|4)\s+ans|quadriennal(?:e|es|ement)?"),
        ("quinquennial", r"tous\s+les\s+(?:cinq|5)\s+ans|quinquennal(?:e|es|ement)?"),
        ("annual", r"annuel(?:le|les|s|lement)?|chaque\s+année|tous\s+les\s+ans|à\s+chaque\s+session|"
                   r"une\s+fois\s+par\s+an|chacune\s+(?:de\s+ses|des)\s+sessions|chaque\s+session"),
        ("periodic", r"périodique(?:s|ment)?|régulièrement|de\s+façon\s+régulière|à\s+intervalles\s+réguliers|"
                     r"tous\s+les\s+(?:deux|trois|quatre|six|\d+)\s+(?:mois|semaines|jours)|tous\s+les\s+mois|"
                     r"deux\s+fois\s+par\s+an|(?:bi)?mensuel(?:le|les|s|lement)?|trimestriel(?:le|les|s|lement)?|"
                     r"semestriel(?:le|les|s|lement)?|"
                     r"(?:dès\s+que|(?:au\s+fur\s+et\s+)?à\s+mesure\s+que)\s+(?:de\s+nouvelles\s+|les\s+)?informations\s+"
                     r"(?:pertinentes\s+)?(?:seront|deviendront|deviennent|sont)\s+disponibles|"
                     r"(?:rapports?|dialogues?|réunions?|consultations|exposés|suivi|examens?|échanges?|mises?\s+à\s+jour|"
                     r"débats?|évaluations?|collecte|informations|contrôles?|actualisations?|visites?|contacts?)"
                     r"\s+(?:[\w-]+\s+)?(?:et\s+(?:une?\s+|des\s+|les?\s+|la\s+)?[\w-]+\s+)?réguli(?:er|ère|ers|ères)"),
    ],
}
#: Each recurrence a group, all at a word's start (one ``\b`` for every branch: the same matches, tried once a place).
_RECURRENCE_RE = {lang: re.compile(r"\b(?:" + "|".join(rf"(?P<{k}>(?:{p})\b)" for k, p in pairs) + ")", re.I)
                  for lang, pairs in _RECURRENCE.items()}

_CONDITION = {
    # "within overall existing resources", "within their respective mandates and resources", "within the scope of their
    # mandate and existing resources", "through existing resources" (« dans la limite des ressources disponibles », « au
    # moyen des ressources existantes »); "voluntary financial or other contributions", "voluntary and in-kind
    # contributions", "a voluntary sponsorship fund" (« contributions volontaires, financières ou autres », « fonds de
    # parrainage à contributions volontaires »). A fund named for them ("the United Nations Voluntary Fund for Victims
    # of Torture", « le Fonds de contributions volontaires des Nations Unies pour les victimes de la torture ») sets no
    # condition; "the voluntary contribution of periodic information" is no funding.
    "en": GuardedPattern(r"(?P<within>within\s+(?:the\s+)?(?:limits\s+of\s+|overall\s+level\s+of\s+|overall\s+)?"
                     r"(?:existing|available|approved)\s+"
                     r"(?:budgetary\s+|regular\s+budget\s+|financial\s+)?resources|"
                     r"(?:from\s+within|through)\s+existing\s+resources|subject\s+to\s+(?:existing|available)\s+resources|"
                     r"within\s+(?:the\s+)?resources\s+(?:available|already\s+approved)|within\s+existing\s+budgets?|"
                     r"(?:within|in\s+accordance\s+with)\s+(?:the\s+scope\s+of\s+)?"
                     r"(?:(?:(?:their|its)\s+)?existing\s+mandates?\s+and\s+resources|"
                     r"(?:their|its)\s+(?:respective\s+)?mandates?\s+and\s+(?:existing\s+|available\s+)?resources))"
                     r"|(?P<extra>voluntary,?\s+(?:[\w-]+,?\s+(?:(?:and|or)\s+)?){0,3}?"
                     r"(?:contribution(?!\s+of\b)|contributions|funding|financing|resources)\b|"
                     r"(?-i:voluntary)\s+sponsorship\s+funds?\b|extra-?budgetary)",
                         guards={"within": "resources|budget", "extra": "voluntary|budget"}, flags=re.I),
    # « contributions financières volontaires », « contributions, à titre volontaire », « verser à titre volontaire des
    # contributions », « sur les ressources existantes », « dans les limites des ressources dont dispose le système »,
    # « en fonction des ressources et du mandat de chacune de ses entités » ("within existing resources and mandates")
    "fr": GuardedPattern(r"(?P<within>(?:dans\s+(?:la\s+|les\s+)?limites?|au\s+moyen|dans\s+le\s+cadre)\s+des\s+"
                     r"ressources\s+(?:existantes|disponibles|dont\s+(?:ils\s+|elles?\s+|il\s+)?dispos\w*)|"
                     r"(?:sur\s+les|à\s+l[’']aide\s+des)\s+ressources\s+(?:existantes|disponibles|dont\s+(?:ils\s+|elles?\s+|il\s+)?dispos\w*)|"
                     r"(?:dans\s+le\s+cadre|dans\s+(?:la\s+|les\s+)?limites?)\s+(?:de\s+(?:son|sa|leurs?|ses)|des)\s+mandats?\s+"
                     r"(?:respectifs?\s+|en\s+vigueur\s+)?et\s+(?:(?:de\s+(?:ses|leurs?)|des|dans\s+(?:la\s+|les\s+)?limites?\s+"
                     r"de\s+(?:ses|leurs?))\s+)?ressources|"
                     r"en\s+fonction\s+des\s+ressources\s+(?:existantes|disponibles|et\s+du\s+mandat))"
                     r"|(?P<extra>(?<!(?-i:Fonds)\sde\s)contributions?\s+(?:financières\s+)?(?:volontaires?|à\s+titre\s+volontaire)|"
                     r"(?:contributions?,?|verser)\s+à\s+titre\s+volontaire|"
                     r"(?:fournir|verser|apporter)\s+(?:volontairement|à\s+titre\s+volontaire)\s+des\s+(?:ressources|contributions|fonds)|"
                     r"financement\s+(?:[\w-]+\s+)?volontaire|ressources\s+volontaires|extrabudgétaires?)",
                         guards={"within": "ressources", "extra": "volontaire|extrabudg"}, flags=re.I),
}

_DUE_DATE = {
    "en": re.compile(rf"\b(?:by|before|no\s+later\s+than|not\s+later\s+than|by\s+the\s+end\s+of|in)\s+"
                     rf"(?:(?P<date>{DATE_PATTERN})|(?:(?:the\s+end\s+of\s+)?(?:[A-Z][a-z]+\s+)?)(?P<year>(?:19|20)\d\d)\b)"),
    "fr": re.compile(rf"\b(?:d[’']ici\s+(?:à|au|la\s+fin\s+de)?|avant\s+(?:le|la\s+fin\s+de)?|au\s+plus\s+tard\s+(?:le|en|à)?|"
                     rf"en|à\s+la\s+fin\s+de)\s*(?:(?P<date>{DATE_PATTERN})|(?:(?:[a-zéû]+\s+)?)(?P<year>(?:19|20)\d\d)\b)"),
}


def _session_matches(text: str, start: int, end: int, lang: str):
    """The sessions named between ``start`` and ``end``: a match whose word is no ordinal ("of the question at its
    eightieth session" read as the "question at its eightieth" session) is searched again from its next word, so
    the session it swallowed ("at its eightieth session") is still found."""
    at = start
    while (match := _SESSION[lang].search(text, at, end)) is not None:
        word = match.group("word")
        if word.lower() in _NEXT or ordinal_value(word) is not None:
            yield match
            at = match.end()
        else:
            at = match.start("word")


def _meeting_dates(text: str, start: int, end: int, lang: str) -> Value | None:
    """The first day of the days named for a meeting ("from 18 April to 3 June and from 4 July to 5 August
    2022", « du 18 avril au 3 juin … 2022 »: about 100 such ranges in each language of the corpus), as an
    ISO date, read by the date reader of the prose events (:func:`loaders.extract.event_dates.find_dates`):
    a first range without its year takes the year of the range after it.

    >>> _meeting_dates("to be held from 18 April to 3 June and from 4 July to 5 August 2022", 0, 70, "en").value
    '2022-04-18'
    """
    ranges = [d for d in find_dates(text, start=start, end=end) if d.month is not None and len(d.days) > 1]
    if not ranges:
        return None
    first, closing = ranges[0], ranges[0]
    if first.year is None:
        closing = next((d for d in ranges[1:] if d.year is not None), None)
        if closing is None:
            return None
        first = first.in_year(closing.year)
    return Value(first.first, first.start, closing.end) if first.first else None


#: Sessions of several bodies, one each ("to the General Assembly and the Human Rights Council at their eighty-second
#: and sixty-sixth sessions, respectively", « respectivement »): no series of one body's sessions.
_RESPECTIVELY = re.compile(r",?\s*(?:respectively|respectivement)\b", re.I)


def _several_sessions(text: str, start: int, end: int, lang: str) -> Value | None:
    """"at its eighty-first and eighty-second sessions": a deliverable due at each, i.e. annual."""
    for match in _session_matches(text, start, end, lang):
        if match.group("word2") and not _RESPECTIVELY.match(text, match.end()):
            return Value("annual", match.start(), match.end())
    return None


def _sessions(text: str, start: int, end: int, lang: str) -> list[tuple[Value, bool]]:
    """Sessions named in the clause: (value, relative) — relative values are offsets from the resolution's."""
    out = []
    for match in _session_matches(text, start, end, lang):
        word = match.group("word")
        lowered = word.lower()
        if lowered in _NEXT:
            out.append((Value(_NEXT[lowered], match.start(), match.end()), True))
            continue
        number = ordinal_value(word)
        if number is not None:
            out.append((Value(number, match.start(), match.end()), False))
    return out


#: What was done regularly before ("the bodies that have consistently/regularly underused", « qui ont régulièrement
#: sous-utilisé ») is no recurrence of what is asked; nor are a body's regular meetings ("at the regular meetings of
#: their governing bodies", "its regular meetings": « sessions ordinaires », « réunions ordinaires »).
_NUMBERED_ONE = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[a-z]+-(?:first|"
                           r"second|third|[a-z]+th)|[a-z]+tieth)\s+\Z", re.I)
_PAST_HABIT = re.compile(r"\b(?:has|have|had|ont|a|avait|avaient)\s+\Z", re.I)
_ORDINARY_MEETINGS = re.compile(r"\b(?:the|its|their)\s+\Z", re.I)
#: What the task enables others to do regularly is their recurrence, not the task's ("to implement their obligations …
#: in a manner that … enables all States parties to regularly monitor progress", « d'une manière qui … permette à tous
#: les États parties de suivre régulièrement les progrès », A/RES/79/35 op. 15).
_ENABLED = re.compile(r"\b(?:enabl|allow|permit)\w*\s+(?:[\w-]+\s+){1,6}?to\s+(?:[a-z]+\s+)?\Z|"
                      r"\bpermet\w*\s+(?:à|aux?)\s+(?:[\w’'-]+\s+){0,6}?(?:de|d[’'])\s*[a-zà-ÿ]+\s+\Z", re.I)


def _recurrence(text: str, start: int, end: int, lang: str) -> Value | None:
    for match in _RECURRENCE_RE[lang].finditer(text, start, end):
        kind = next(k for k, v in match.groupdict().items() if v)
        before = text[max(0, match.start() - 30):match.start()]
        if kind == "periodic" and (
                (match.group(0).lower() in ("regularly", "régulièrement") and _PAST_HABIT.search(before))
                or (re.fullmatch(r"regular\s+meetings", match.group(0), re.I) and _ORDINARY_MEETINGS.search(before))
                or (match.group(0).lower() in ("regularly", "régulièrement", "periodically", "périodiquement")
                    and _ENABLED.search(text, max(start, match.start() - 80), match.start()))):
            continue
        # "its annual session", "the annual budget", "his annual activities": what is annual is not what is asked for.
        if kind == "annual" and (re.match(r"annual\s+(?:session|budget|activit)|annuel(?:le)?s?\s+(?:session|budget)",
                                          match.group(0) + text[match.end():match.end() + 12], re.I)
                                 # "ses sessions annuelles suivantes", "le budget annuel", « ses activités annuelles »:
                                 # French puts the noun first.
                                 or re.search(r"\b(?:sessions?|budgets?|activités?)\s+\Z",
                                              text[max(0, match.start() - 12):match.start()], re.IGNORECASE)
                                 # "as set out in annex C to the second annual progress report" (« du deuxième
                                 # rapport d’activité annuel »): one report of a series, named, not one asked for
                                 or _NUMBERED_ONE.search(before)):
            continue
        return Value(kind, match.start(), match.end())
    return None


def _due_date(text: str, start: int, end: int, lang: str) -> Value | None:
    for match in _DUE_DATE[lang].finditer(text, start, end):
        if match.group("date"):
            parsed = parse_date(match.group("date"))
            if parsed:
                return Value(parsed.isoformat(), match.start(), match.end())
        elif match.group("year"):
            return Value(match.group("year"), match.start(), match.end())
    return None


def _condition(text: str, start: int, end: int, lang: str) -> Value | None:
    match = _CONDITION[lang].search(text, start, end)
    if not match:
        return None
    value = "within-existing-resources" if match.group("within") else "extrabudgetary"
    return Value(value, match.start(), match.end())
