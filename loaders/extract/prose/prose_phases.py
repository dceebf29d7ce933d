"""The phases of an event held in several: each phase is an occurrence of its own, dated and placed,
and part of the event.

Three ways prose tells of phases, English and French:

- **coordinated**: "the first and second phases of the World Summit on the Information Society, held in
  Geneva in December 2003 and in Tunis in November 2005" -- two phases, the dates and places of the
  clause given to each in order;
- **listed after "in two phases"**: « la tenue du Sommet mondial ... en deux phases : la première à Genève,
  du 10 au 12 décembre 2003, et la seconde à Tunis en 2005 »;
- **named alone**, the event named before in the document: « La première phase a eu lieu à Genève du 10 au
  12 décembre 2003 », « Au terme de la seconde phase, qui a eu lieu à Tunis du 16 au 18 novembre 2005 ».

A phase named with its event ("the first phase of the World Summit ...") is read with the numbered
editions (:mod:`loaders.extract.prose.prose_editions`). A phase is named "first phase of the <event>",
« première phase du <event> » (« de la », « de l' » before a feminine head or a vowel).

>>> phase_label("seconde", "Sommet mondial sur la société de l'information", "fr")
"seconde phase du Sommet mondial sur la société de l'information"
>>> phase_label("first", "World Summit on the Information Society", "en")
'first phase of the World Summit on the Information Society'
"""

from __future__ import annotations

import re

from loaders.extract.prose.prose_dates import event_dates
from loaders.extract.prose.prose_names import Names
from loaders.extract.prose.prose_terms import Found, ProseExtraction, Term
from loaders.text import fold

__all__ = ["add_phases", "phase_label"]

_ORDINAL = r"(?:first|second|third|final|premiere|premier|seconde|second|deuxieme|troisieme|derniere)"
#: "the first and second phases of the ", "les première et deuxième phases du ".
_COORDINATED = re.compile(r"\b(?P<o1>" + _ORDINAL + r")\s+(?:and|et)\s+(?P<o2>" + _ORDINAL + r")\s+phases\s+"
                          r"(?:of the|of|du|de la|de l'|des)\s*$")
#: "en deux phases : la première à Genève, ..., et la seconde à Tunis en 2005", "in two phases, the first in ..."
_IN_TWO = re.compile(r"\b(?:en deux phases|in two phases)\s*[:,]?\s*(?:dont\s+)?(?:la|the)\s+(?P<o1>" + _ORDINAL + r")\b"
                     r"(?P<c1>[^;]*?)(?:,\s*)?\b(?:et|and)\s+(?:la|the)\s+(?P<o2>" + _ORDINAL + r")\b(?P<c2>[^;.]*)")
#: "La première phase a eu lieu ...", "the second phase will take place ...": a phase named without its event.
_ALONE = re.compile(r"\b(?:la|the)\s+(?P<o>" + _ORDINAL + r")\s+phase\b(?!\s+(?:of|du|de la|de l'|des)\b)")
#: A phase told of as held: its verb after it.
_HELD = re.compile(r"\b(?:a eu lieu|aura lieu|aurait lieu|s'est tenue|se tiendra|took place|will take place|was held|"
                   r"will be held|held)\b")
_FEMININE = re.compile(r"^(?:conference|reunion|session|assemblee|semaine|journee|rencontre|consultation)\b")
_LOOK_BACK = 1500
_SESSION = re.compile(r"(?:session|meeting|reunion|seance)\b")


def phase_label(ordinal: str, event: str, lang: str) -> str:
    """The name of a phase: its ordinal as written, "phase", and its event's name."""
    if lang != "fr":
        return f"{ordinal} phase of the {event}"
    folded = fold(event)
    link = "de l'" if folded[:1] in "aeiouh" else "de la " if _FEMININE.match(folded) else "du "
    return f"{ordinal} phase {link}{event}"


def add_phases(out: ProseExtraction, names: Names, start: int, end: int) -> tuple[int, int] | None:
    """The phases a sentence tells of, dated, placed and part of their event; the span of the sentence they
    take (its dates and places are theirs), else None."""
    return _coordinated(out, names, start, end) or _in_two(out, names, start, end) or _alone(out, names, start, end)


def _lang(names: Names) -> str:
    return "fr" if names.lang == "fr" else "en"


def _coordinated(out: ProseExtraction, names: Names, start: int, end: int) -> tuple[int, int] | None:
    text = names.folded
    for event in names.activities_in(start, end):
        m = _COORDINATED.search(text, max(start, event.start - 60), event.start)
        if m is None or not event.term.is_event:
            continue
        dates = event_dates(names.text, event.end, end, names.citations, [], names.published)[:2]
        if len(dates) < 2:
            continue
        if not any(d.first for d in dates):
            continue  # "the first and second phases of the WSIS in 2003 and 2005": years alone tell of no occurrence
        phases = [_phase(names, m.start(o), m.end(o), _name(names, event), event) for o in ("o1", "o2")]
        places = [p for p in names.places_in(event.end, dates[1].end + 40)]
        cut = dates[0].end + (re.search(r"\b(?:and|et)\b", text[dates[0].end:dates[1].start]) or _NONE).start()
        for i, phase in enumerate(phases):
            near = [p for p in places if (p.start < cut) == (i == 0)]
            _dated(out, phase, event, [dates[i]], near)
        return m.start(), max([dates[1].end] + [p.end for p in places])
    return None


class _NoMatch:
    @staticmethod
    def start() -> int:
        return 0


_NONE = _NoMatch()


def _in_two(out: ProseExtraction, names: Names, start: int, end: int) -> tuple[int, int] | None:
    text = names.folded
    m = _IN_TWO.search(text, start, end)
    if m is None:
        return None
    event = _event_before(names, m.start())
    if event is None:
        return None
    told = []
    for o, clause in (("o1", "c1"), ("o2", "c2")):
        phase = _phase(names, m.start(o), m.end(o), _name(names, event), event)
        dates = event_dates(names.text, m.start(clause), m.end(clause), names.citations, [], names.published)
        told.append((phase, [d for d in dates if d.first][:1], names.places_in(m.start(clause), m.end(clause))))
    if not any(dates or places for _, dates, places in told):
        return None
    for phase, dates, places in told:
        _dated(out, phase, event, dates, places)
    return m.start(), m.end()


def _alone(out: ProseExtraction, names: Names, start: int, end: int) -> tuple[int, int] | None:
    """Each phase named alone and told as held, with the dates and places of its clause (up to the next phase
    named): "The first phase took place in Geneva in December 2003 and the second phase will take place in Tunis
    in November 2005"."""
    text = names.folded
    matches = list(_ALONE.finditer(text, start, end))
    taken = None
    for k, m in enumerate(matches):
        stop = matches[k + 1].start() if k + 1 < len(matches) else end
        stop = min([i for i in (text.find(";", m.end(), stop),) if i != -1] or [stop])
        if not _HELD.search(text, m.end(), stop):
            continue
        event = _event_before(names, m.start())
        if event is None:
            continue
        dates = [d for d in event_dates(names.text, m.end(), stop, names.citations, [], names.published) if d.first]
        places = names.places_in(m.end(), stop)
        if not dates and not places:
            continue
        phase = _phase(names, m.start("o"), m.end("o"), _name(names, event), event)
        _dated(out, phase, event, dates[:1], places)
        clause_end = max([m.end()] + [d.end for d in dates[:1]] + [p.end for p in places])
        taken = (taken[0] if taken else m.start(), clause_end)
    return taken


def _event_before(names: Names, position: int) -> Found | None:
    """The event named last before ``position`` (in the document, not long before): a new name of an event with no
    owner, not a session or meeting ("à sa session de 2001 la tenue du Sommet ... en deux phases": the Summit); a
    name read over ``position`` (« Sommet mondial sur la société de l'information en deux phases ») is the name
    before it, as the document names it elsewhere."""
    before = [f for f in names.activities if max(0, position - _LOOK_BACK) <= f.start < position
              and f.term.is_event and f.owner is None and f.term.entity is None
              and len((f.term.label or "").split()) > 1 and not _SESSION.match(fold(f.term.label or ""))]
    if not before:
        return None
    event = before[-1]
    if event.end > position:
        written = fold(names.text[event.start:position].strip(" ,:"))
        event = next((f for f in names.activities if fold(names.text[f.start:f.end]) == written), None)
    return event


def _name(names: Names, event: Found) -> str:
    """An event's name as the document first writes it in full (not its acronym or short name)."""
    return event.term.label or names.text[event.start:event.end]


def _phase(names: Names, start: int, end: int, event_name: str, event: Found) -> Found:
    label = phase_label(names.text[start:end], " ".join(event_name.split()), _lang(names))
    return Found(Term("event", label=label), start, end, owner=event.term)


def _dated(out: ProseExtraction, phase: Found, event: Found, dates: list, places: list[Found]) -> None:
    span = (phase.start, phase.end)
    out.add(phase.term, "partOf", event.term, span, (event.start, event.end))
    for expression in dates[:1]:
        if expression.first:
            kind = "date" if len(expression.first) == 10 else "month"
            out.add(phase.term, "schema:startDate", Term(kind, label=expression.first), span, (expression.start, expression.end))
        if expression.last:
            out.add(phase.term, "schema:endDate", Term("date", label=expression.last), span, (expression.start, expression.end))
    for place in places:
        out.add(phase.term, "schema:location", place.term, span, (place.start, place.end))
