"""An evidence quote in its surrounding sentence, cut from the text around it in the source."""

from __future__ import annotations

import re

__all__ = ["sentence_around"]

# A sentence ends at . ! ? ; or a line break followed by space, or at a paragraph break.
_END = re.compile(r"[.!?;]\s|\n")


def sentence_around(before: str, quote: str, after: str) -> tuple[str, str, str]:
    """The part of ``before`` and of ``after`` in the quote's sentence: (lead, quote, tail).

    ``before`` and ``after`` are the source's text just before and just after the quote (a
    window of a few hundred characters). The lead starts after the last sentence end in
    ``before``; the tail stops at the first sentence end in ``after`` (kept), so the quote is
    shown in the sentence that states it.

    >>> sentence_around("End of one. The ITU ", "coordinates", " the report. Next one.")
    ('The ITU ', 'coordinates', ' the report.')
    """
    lead = before
    ends = list(_END.finditer(before))
    if ends:
        lead = before[ends[-1].end():]
    lead = lead.lstrip()
    tail = after
    match = _END.search(after)
    if match:
        tail = after[:match.start() + 1].rstrip()
    return lead, quote, tail
