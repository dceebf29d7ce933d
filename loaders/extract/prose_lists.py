"""Events listed one per line, each with its days in brackets and its place after a comma, as
event pages list the parts of a programme:

    The event will consist of 3 parts:
    - Youth IGF Camp (June 12-14), Sai Kung
    - Asia Pacific Regional IGF Roundtable (June 14-16), Cyberport

Each line is an event of its own, dated and placed, and part of the event the line introducing
the list names (its last event, or the one a short name there points back to).
"""

from __future__ import annotations

import re

from loaders.extract.event_dates import find_dates
from loaders.extract.prose_names import Names
from loaders.extract.prose_terms import ProseExtraction, Term

__all__ = ["add_listed_events"]

_ITEM = re.compile(r"(?m)^[ \t]*[-•*–][ \t]*(?P<name>[A-Z][^()\n]{2,80}?)[ \t]*\((?P<days>[^()\n]*\d[^()\n]*)\)"
                   r"[ \t]*,[ \t]*(?P<place>[A-Z][^\n,;.]{1,40}?)[ \t]*$")
_INTRODUCING = re.compile(r"(?:consist|comprise|include|se compose|comprend|comportera)[^\n]*:\s*$")


def add_listed_events(out: ProseExtraction, names: Names) -> None:
    text = names.text
    for item in _ITEM.finditer(text):
        dates = [d for d in find_dates(text, start=item.start("days"), end=item.end("days"))]
        if not dates:
            continue
        date = dates[0]
        if date.year is None:
            year = _year_before(text, item.start()) or (names.published or "")[:4]
            if not year:
                continue
            date = date.in_year(year)
        event = Term("event", label=item.group("name").strip())
        span = (item.start("name"), item.end("name"))
        if date.first:
            out.add(event, "schema:startDate", Term("date" if len(date.first) == 10 else "month", label=date.first),
                    span, (date.start, date.end))
        if date.last:
            out.add(event, "schema:endDate", Term("date", label=date.last), span, (date.start, date.end))
        out.add(event, "schema:location", Term("place", label=item.group("place").strip()), span,
                (item.start("place"), item.end("place")))
        if (whole := _introduced_by(names, item.start())) is not None:
            out.add(event, "partOf", whole.term, span, (whole.start, whole.end))


def _year_before(text: str, position: int) -> str | None:
    years = {d.year for d in find_dates(text, start=max(0, position - 400), end=position) if d.year}
    return years.pop() if len(years) == 1 else None


def _introduced_by(names: Names, position: int):
    """The event named on the line that introduces the list ("... to organize the first X. The event
    will consist of 3 parts:")."""
    text = names.text
    list_start = position
    while (previous := text.rfind("\n", 0, list_start - 1)) >= 0 and _ITEM.match(text, previous + 1):
        list_start = previous + 1
    intro_start = text.rfind("\n", 0, max(0, list_start - 1)) + 1
    if not _INTRODUCING.search(text, intro_start, list_start):
        return None
    # named on that line in full (a short name, "The event", may point back further than the line)
    events = [f for f in names.activities_in(intro_start, list_start) if f.term.is_event
              and len(text[f.start:f.end].split()) > 1]
    return events[-1] if events else None
