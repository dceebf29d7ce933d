"""Mandate links in prose: an instrument cited after a cue ("established by", "in line with",
"pursuant to", "conformément à", "en application de", "comme indiqué dans", "mandated by",
"following a commitment made in", "issuing from") or as the subject of a mandating verb
("La Résolution 79/325 ... prie", "a resolution (A/RES/79/325) that delineates", "Through the
adoption of the GDC, Member States committed to ...") mandates the activities the sentence names.
"""

from __future__ import annotations

import re

from loaders.extract.prose_names import Names
from loaders.extract.prose_terms import ProseExtraction, Term
from loaders.text import fold

__all__ = ["add_mandates"]

_MANDATE_CUE = re.compile(
    r"\b(?:(?:established|created|set up|launched) (?:by|under|pursuant to|in accordance with|in line with)|"
    r"(?:as )?mandated (?:by|under|in)|pursuant to|in accordance with|in line with|in follow-up to|"
    r"in implementation of|in response to|as called for (?:in|by)|as requested (?:in|by)|as decided (?:in|by)|"
    r"as set out in|as outlined in|as envisaged in|as provided for in|under the terms of|by the terms of|"
    r"(?:cree|etabli|institue|lance)(?:e|s|es)? (?:par|en application d|en vertu d|conformement a)|"
    r"en application d|conformement a|comme indique dans|comme prevu (?:dans|par)|comme demande dans|"
    r"en vertu d|en execution d|mandate(?:e|s|es)? par|pour donner suite a|donnant suite a|"
    r"aux termes d)")
_MANDATING_VERB = re.compile(
    r"^(?:\s*(?:de l'assemblee generale|of the general assembly|,[^,.;]{0,60},|\)))*\s*(?:(?:that|which|qui)\s+)?"
    r"(?:prie|demande|decide|charge|requests?|decides?|decided|calls? for|called for|establishe[sd]?|creates?|created|"
    r"cree|a cree|mandates?|tasks?|delineates?|sets? out|provides? for|definit|institue|etablit)\b")
_GAP_QUOTES = re.compile(r"[“\"«][^”\"»]*[”\"»]")


def add_mandates(out: ProseExtraction, names: Names, start: int, end: int) -> None:
    text = names.text
    folded = fold(text)
    citations = names.citations_in(start, end)
    if not citations:
        return
    activities = [f for f in names.activities_in(start, end) if f.start >= 0]
    if not activities:
        return
    for citation in citations:
        cued = False
        for cue in _MANDATE_CUE.finditer(folded, start, citation.start):
            gap = _GAP_QUOTES.sub("", folded[cue.end():citation.start])
            if len(gap) <= 110 and not re.search(r"[.;]\s", gap):
                cued = True
        after = folded[citation.end:min(end, citation.end + 90)]
        subject = bool(_MANDATING_VERB.match(after))
        if not (cued or subject):
            continue
        instrument = Term.instrument(citation.symbol, citation.instrument_type)
        for activity in activities:
            if activity.term.kind == "instrument":
                continue
            out.add(activity.term, "mandatedBy", instrument, (activity.start, activity.end), (citation.start, citation.end))
            if citation.paragraph:
                paragraph = Term("paragraph", symbol=citation.symbol, number=citation.paragraph,
                                 instrument_type=citation.instrument_type)
                out.add(activity.term, "mandatedBy", paragraph, (activity.start, activity.end),
                        (citation.start, citation.end))

