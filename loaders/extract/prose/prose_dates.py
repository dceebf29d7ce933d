"""The dates of events in a sentence of prose, and the editions they make of a series.

Of the date expressions :func:`loaders.extract.event_dates.find_dates` finds, an event's are
those with a year (a year-less "du 22 au 24 avril", "on July 6 and 7" takes the year of the
dates written in the 400 characters before it, when they all have the same one, else the year
of an edition named before it in its sentence: "lors du Sommet ... de 2024, qui se tiendra à
Genève les 30 et 31 mai"), and not the dates of a cited instrument
("resolution 79/325, adopted in August 2025", "Le 18 août 2025, l'Assemblée ... a rendu public
le projet de résolution A/79/L.118"): a date nearer a citation than any activity is the
instrument's.

A series named in a sentence whose events all fall in one year is that year's edition: "Geneva
will host the AI for Good Global Summit from July 7 to July 10, 2026" names the 2026 Summit.
"""

from __future__ import annotations

import re
from dataclasses import replace

from loaders.extract.prose.activity_names import activity_names
from loaders.extract.event_dates import DateExpression, find_dates
from loaders.extract.prose.instrument_citations import Citation
from loaders.extract.prose.prose_terms import EVENT_HEADS, Found, heads_of_names
from loaders.extract.prose.sentences import sentences
from loaders.registry import Registry
from loaders.text import fold

__all__ = ["dated_editions", "event_dates", "publication_year"]

#: The day a text was adopted is no event's: "adopted on 17 December", "was adopted by consensus on 17 December 2025",
#: « adoptée sans vote le 24 décembre ».
_ADOPTED = re.compile(r"\b(?:adopted|adoptee?s?|published|publie|issued)\s+(?:(?:by consensus|without a vote|par consensus|"
                      r"sans vote|sans mise aux voix)\s+)?(?:on\s+|in\s+|le\s+|en\s+)?$")
#: The day something was said is no event's: "L'UIT a annoncé, mardi 20 janvier, la création de ...".
_SAID = re.compile(r"\b(?:announced|said|stated|declared|a annonce|annonce|a declare|a indique)\s*,?\s*(?:on\s+|le\s+)?"
                   r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)?\s*,?\s*$")
#: A dateline is where and when a release was written: "Beirut, 15 June 2012 (ESCWA ...)–", "Geneva, 16 May 2024".
_DATELINE_PLACE = re.compile(r"(?:^|\n)[ \t]*[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}[ \t]*(?:\([^()\n]{1,30}\))?,[ \t]*"
                             r"(?:\w+day,?[ \t]*)?$")
_DATELINE_END = re.compile(r"[ \t]*(?:\(|[-–—:]|\n|$)")
#: A last day alone: "The event, which will continue through Wednesday, March 5", "jusqu'au 12 mai".
_UNTIL = re.compile(r"\b(?:until|through|till|jusqu'au|jusqu'a)\s+(?:the\s+|le\s+)?(?:\w+day,?\s*|(?:lundi|mardi|mercredi|jeudi|"
                    r"vendredi|samedi|dimanche)\s+)?$")
#: An occurrence told in the past: its days, written without a year, are before the text was published.
_PAST = re.compile(r"\b(?:took place|was held|were held|was hosted|was organi[sz]ed|opened|closed|ended|met|"
                   r"a eu lieu|s'est tenue?|s'est deroulee?|a ete organisee?|s'est ouverte?|s'est achevee?)\b")
_LOOK_BACK = 400


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


def event_dates(text: str, start: int, end: int, citations: list[Citation],
                activities: list[Found], published: str | None = None) -> list[DateExpression]:
    """The dates of events in ``text[start:end]``, each with its year; a year-less day with no
    year before it takes the year the document was ``published``."""
    out = []
    for expression in find_dates(text, start=start, end=end):
        if expression.year is None:
            before = [d for d in find_dates(text, start=max(0, expression.start - _LOOK_BACK),
                                            end=expression.start) if d.year]
            years = {d.year or "" for d in before} or _edition_years(text, start, expression.start, activities)
            if not years and published:
                years = {_year_published(expression, published, fold(text[start:end]))}
            if len(years) != 1:  # none, or years that disagree ("en décembre 2003 ... en novembre 2005")
                continue
            expression = expression.in_year(years.pop())
            if expression.first is None:
                continue
        span = (expression.start, expression.end)
        before_it = fold(text[max(start, expression.start - 40):expression.start])
        if _ADOPTED.search(before_it) or _SAID.search(before_it) or _is_dateline(text, expression):
            continue
        if _UNTIL.search(before_it) and expression.last is None:
            expression = replace(expression, first=None, last=expression.first)
        cited = [c for c in citations if start <= c.start and c.end <= end]
        if cited and activities:
            near_citation = min(_distance(span, (c.start, c.end)) for c in cited)
            near_activity = min(_distance(span, (f.start, f.end)) for f in activities)
            if near_citation < near_activity:
                continue
        out.append(expression)
    return out


def _year_published(expression: DateExpression, published: str, sentence: str) -> str:
    """The year of days written without one, in a text ``published`` ("2019-01"): that year, or
    the one before where the sentence tells of the event in the past and the days would fall
    after the text was published ("PP-18 took place from 29 October to 16 November", published
    in January 2019)."""
    year = published[:4]
    dated = expression.in_year(year).first
    if dated and len(published) >= 7 and dated[:len(published)] > published and _PAST.search(sentence):
        return str(int(year) - 1)
    return year


def _is_dateline(text: str, expression: DateExpression) -> bool:
    """A date a release opens a line with: after its place ("Beirut, 15 June 2012 (ESCWA …)–"), or alone in
    brackets ("(29 September 2010) Seventeen Latin American and Caribbean countries …")."""
    line_start = text.rfind("\n", 0, expression.start) + 1
    if re.fullmatch(r"[ \t]*\(", text[line_start:expression.start]) and text.startswith(")", expression.end):
        return True
    return bool(_DATELINE_PLACE.search(text, line_start, expression.start)
                and _DATELINE_END.match(text, expression.end))


def _edition_years(text: str, start: int, position: int, activities: list[Found]) -> set[str]:
    """The years of the editions named in ``text[start:position]`` ("... bien social de 2024")."""
    years = set()
    for found in activities:
        if start <= found.start and found.end <= position:
            if found.term.kind == "edition" and re.fullmatch(r"\d{4}", found.term.edition):
                years.add(found.term.edition)
            elif found.term.is_event and (year := re.search(r"\b(?:19|20)\d\d\b", text[found.start:found.end])):
                years.add(year.group(0))
    return years


#: A dateline opening a document: "15-05-2009 (Paris) -", "Posté le: 09.07.2025", "date 2025-08-27".
_DATELINE = re.compile(r"(?m)^(?:[^\n\d]{0,20}?)(?:(?P<d>\d{1,2})[-./](?P<m>\d{1,2})[-./](?P<y>(?:19|20)\d\d)|"
                       r"(?P<iso>(?:19|20)\d\d)-\d\d-\d\d)\b")


def publication_year(text: str) -> str | None:
    """The year of the dateline a document opens with (in its first 300 characters), if any."""
    m = _DATELINE.search(text, 0, min(len(text), 300))
    return (m.group("y") or m.group("iso")) if m else None


def dated_editions(text: str, found: list[Found], citations: list[Citation], registry: Registry,
                   published: str | None = None) -> list[Found]:
    """``found`` with each series named in a sentence whose event dates share one year made
    that year's edition; and in a sentence that tells, in the past, of one occurrence ("Le Forum
    du SMSI a été organisé conjointement par ...") with no date of its own, the year the
    document's events share (else the year it was published)."""
    names = activity_names(registry)
    out = list(found)
    spans = sentences(text)
    years_of = {}
    for start, end in spans:
        in_sentence = [out[i] for i, f in enumerate(out) if start <= f.start and f.end <= end]
        years_of[(start, end)] = {d.year for d in event_dates(text, start, end, citations, in_sentence, published)}
    document_years = set().union(*years_of.values()) if years_of else set()
    document_year = next(iter(document_years)) if len(document_years) == 1 else (published or "")[:4]
    for start, end in spans:
        years = years_of[(start, end)]
        if not years and document_year and _PAST_OCCURRENCE.search(fold(text[start:end])):
            years = {document_year}
        if len(years) != 1:
            continue
        year = years.pop() or ""
        for i, f in enumerate(out):
            if start <= f.start and f.end <= end:
                out[i] = _edition_in(names, f, year, text)
    return out


#: A sentence telling of one occurrence, done: "a été organisé", "was hosted", "took place".
_PAST_OCCURRENCE = re.compile(r"\b(?:a ete|ont ete|was|were) (?:\w+ment |\w+ly )?(?:co-?)?(?:organise|organisee|organized|"
                              r"organised|accueilli|accueillie|hosted|convened|convoque|convoquee|held)\b|"
                              r"\b(?:took place|a eu lieu|s'est tenue?|s'est deroulee?)\b")


def _edition_in(names, found: Found, year: str, text: str) -> Found:
    """``found`` as the ``year`` edition of its series, where it names a series (or an ordinal edition)."""
    term = found.term
    label = f"{text[found.start:found.end]} {year}"
    if term.kind == "edition" and term.series is not None and (term.edition or "").startswith("ord-"):
        # "la 7e édition de l'AI for Good Global Summit", dated in 2025: the 2025 edition
        return Found(names.edition(term.series, year, label), found.start, found.end, found.owner)
    entity = term.entity
    if term.kind != "entity" or entity is None or names.series_of(entity) is not None:
        return found
    if names.has_editions(entity) or (entity.type != "Event" and heads_of_names(entity.names()) & EVENT_HEADS):
        return Found(names.edition(entity, year, label), found.start, found.end, found.owner)
    return found
