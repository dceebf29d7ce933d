"""The subject of "that"/"que" after a directive verb: "Requests that the Commission continue…",
"Demands that the Syrian regime immediately cease…", "Demande que le Comité spécial tienne…";
and the French "Exige du régime syrien qu'il cesse…", whose addressee stands between the verb
and "que".

>>> text = "Demands that the Syrian regime immediately cease any attacks on civilians;"
>>> text[13:subject_end(text, 13, len(text), "en")]
'the Syrian regime immediately '
"""

from __future__ import annotations

import re

__all__ = ["demanded_of", "subject_end"]

#: Where the subject after "that"/"que" ends: its verb. In French a plural verb ends in -ent or
#: -ont — not a noun in -ment ("le Gouvernement") nor one after an article or possessive ("son
#: président") — and a singular one is one of the subjunctives the corpus writes there.
_SUBJECT_VERB = {
    "en": re.compile(r"\b(?:continue|submit|report|take|consider|be|make|provide|ensure|present|"
                     r"(?P<other>(?!(?:the|one|some|those|these|whose|while|where|whole|large|wide)\b)[a-z]+e))\b"),
    "fr": re.compile(r"(?<![’'])\b(?<!\ble\s)(?<!\bla\s)(?<!\bles\s)(?<!\bdes\s)(?<!\bdu\s)(?<!\bde\s)"
                     r"(?<!\bson\s)(?<!\bsa\s)(?<!\bses\s)(?<!\bun\s)(?<!\bleurs\s)"
                     r"(?:[a-zéèêàâîôûç]+(?<!m)ent|[a-zéèêàâîôûç]+ont|[a-zéèêàâîôûç]+isse|fasse|prenne|soit|ait|continue|"
                     r"présente|examine|veille|mette|coopère|respecte|assure|poursuive|permette|puisse|doive|tienne|"
                     r"accorde|cesse|applique|s[’']abstienne|s[’']emploie|s[’']acquitte)\b"),
}
#: An English word in -e after an article or a capitalised word is a noun of the subject ("the
#: Syrian regime", "the Committee on the Exercise…"), not its verb.
_NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|this|that)|\b[A-Z][\w’'-]*)\s+\Z")
#: "Exige du régime syrien qu'il…", "Exige des parties qu'elles…": the addressee after "de".
_OF_WHOM = re.compile(r"\s*(?:du|des|de\s+la|de\s+l[’']|d[’'])\s*")


def subject_end(text: str, start: int, end: int, lang: str) -> int | None:
    """Where the subject that starts at ``start`` ends (its verb), or None."""
    for match in _SUBJECT_VERB[lang].finditer(text, start + (4 if lang == "en" else 0), end):
        if lang == "en" and match.group("other") and _NOUN_BEFORE.search(text, start, match.start()):
            continue
        return match.start()
    return None


def demanded_of(text: str, verb_end: int, that: int, lang: str) -> int | None:
    """Where the addressee of a French "Exige du X que…" starts, when ``text[verb_end:that]`` is
    "de" and a name."""
    if lang != "fr":
        return None
    match = _OF_WHOM.match(text, verb_end, that)
    return match.end() if match else None
