"""Frame-first reading of activities: the noun phrase a role verb or a mandate frame takes as its
object, read as an activity even where the name recogniser found no name there.

A frame ("UN DESA convened ...", « l'UNESCO ont organisé conjointement ... », "Pursuant to
resolution 70/1, ..., the President convened ...") says there is an activity in its object slot;
new texts often name it as a description, in lower case or without capitals ("the sixth annual
science, technology and innovation forum", « la conférence nationale sur l'utilisation ... au
Maroc », « la 8ᵉ édition de l'École de la Gouvernance de l'Internet »). The phrase is bounded by
the clause: from its determiner to the first punctuation or word that opens another clause or an
adjunct (a date, a place, a purpose, a relative), and it must have an activity head noun
(:data:`loaders.extract.prose.prose_terms.HEADS`, and "edition", "plan", "process") among its first
words, so that no frame turns an arbitrary object into an activity. After a role verb only a
definite description (the, its, le, la, sa ...) is read: an indefinite one ("will host a diplomatic
dialogue on AI") describes an activity the text does not name; after an instrument's verb ("resolved
to conduct an overall review of ...") an indefinite one is what the instrument creates. The phrase
never replaces a name the recogniser read in it. A phrase that names an activity, an agent or a
place the registry knows is resolved to it (an agent or a place is no activity: no phrase is read).

>>> from loaders.extract.prose.prose_document import read_document
>>> from loaders.registry import load_registry
>>> text = "On 4 May 2021 the President convened the sixth annual science, technology and innovation forum. It met."
>>> names = read_document(text, "en", load_registry())
>>> object_phrase(names, text.index(" the sixth"), len(text)).term.label
'sixth annual science, technology and innovation forum'
"""

from __future__ import annotations

import re

from loaders.extract.prose.prose_names import Names
from loaders.extract.prose.prose_terms import ACTIVITY_TYPES, EVENT_HEADS, HEADS, MONTHS_FR, Found, Term
from loaders.text import fold

__all__ = ["object_phrase"]

#: Head nouns an object phrase may have: the activity heads, and words naming an occurrence of one.
_HEAD_WORDS = sorted({*HEADS, "edition", "plan", "process", "processus", "consultation", "hearing", "audition"},
                     key=len, reverse=True)
_HEAD = r"(?:" + "|".join(re.escape(h) for h in _HEAD_WORDS) + r")(?:s|x)?"
#: What may stand between a verb and its object: an adverb, an aside between commas ("conjointement, vendredi
#: 17 Mai 2024, la conférence").
_LEAD_IN = re.compile(r"\s*(?:(?:jointly|conjointement|officially|officiellement|today|aujourd'hui|\w+ly|\w+ment)\s*)?"
                      r"(?:,[^,;.()]{1,60},\s*)?")
_DETERMINER = re.compile(r"(?:the|its|their|le|la|les|l['’]|sa|son|ses|leur|leurs)(?:\s+|(?<=['’]))\*?")
_INDEFINITE = re.compile(r"(?:an?|un|une|a new|un nouvel|une nouvelle)\s+")
#: Words opening another clause or an adjunct, after which the phrase does not go on.
_STOP = {"en": r"to|that|which|who|whose|with|at|in|from|during|under|by|as|since|until|through|between|where|when|"
               r"while|on(?=\s+(?:\d|\w+day\b))|and(?=\s+(?:the|a|an|its|their|will|was|is|has|have)\b)|"
               r"(?:is|was|will|has|have|had|are|were)",
         "fr": r"a|qui|que|dont|afin|lors|dans|avec|par|sous|depuis|aupres|entre|en(?=\s+(?:\d|presence|vue|ligne|" + fold(MONTHS_FR) + r")\b)|"
               r"(?:le|les|du|des)(?=\s+\d)|pour(?=\s+(?:\w+(?:er|ir|re)|l['’]|le|la|les)\b)|et(?=\s+(?:a|ont|est|sera|se|s['’])\b)|"
               r"(?:est|sont|a|ont|sera|seront|etait|fut)"}
_WORD = r"[^\s,;.:!?()\[\]«»\"“”*]+"
#: What an edition is of, when it is an activity's: a capitalised name ("la 8ᵉ édition de l’École de la Gouvernance").
_EDITION_OF_A_NAME = re.compile(r"s?(?:\s+(?:19|20)\d\d)?\s+(?:of|de|du|des|d['’])\s*(?:the\s+|la\s+|l['’]\s*|les\s+)?[A-ZÀ-Ý]")


def _phrase(lang: str) -> re.Pattern[str]:
    stop = _STOP["fr" if lang == "fr" else "en"]
    word = r"(?!(?:" + stop + r")\b)" + _WORD
    # up to five words (with commas and "and" in a list: "science, technology and innovation") before the head
    before_head = r"(?:" + word + r"(?:,?\s+(?:and\s+|et\s+)?))" + r"{0,5}?"
    return re.compile(r"(?P<phrase>" + before_head + r"(?P<head>" + _HEAD + r")\b(?:[^\S\n]+" + word + r")*)")


_PHRASES = {lang: _phrase(lang) for lang in ("en", "fr")}


def object_phrase(names: Names, position: int, end: int, *, indefinite: bool = False) -> Found | None:
    """The activity a frame verb ending at ``position`` takes as its object, as written (without its
    determiner), or the registry's activity it names; None where the object has no activity head or
    names an agent or a place. With ``indefinite``, "a"/"une" may open it too: what an instrument
    decides "to conduct" or "to establish" it creates ("resolved to conduct an overall review of the
    implementation of the Summit Outcomes")."""
    folded = names.folded
    at = _LEAD_IN.match(folded, position, end).end()
    determiner = _DETERMINER.match(folded, at, end) or (_INDEFINITE.match(folded, at, end) if indefinite else None)
    if determiner is None:
        return None
    m = _PHRASES["fr" if names.lang == "fr" else "en"].match(folded, determiner.end(), end)
    if m is None:
        return None
    if m.group("head").startswith("edition") and not _EDITION_OF_A_NAME.match(names.text, m.end("head")):
        return None  # « l'édition 2025 de cette enquête »: an edition is an activity's only when it is of a name
    label = names.text[m.start("phrase"):m.end("phrase")].rstrip(" '’-")
    if len(label.split()) < 2 and not label[:1].isupper():
        return None  # "the forum": a common noun alone names nothing new
    if any(f.start < m.start("phrase") + len(label) and m.start("phrase") < f.end for f in names.activities):
        return None  # the recogniser named something there: "the annual AI for Good Global Summit" is the Summit it read
    found_end = m.start("phrase") + len(label)
    known = names.registry.resolve(label)
    if known is not None and known.type not in ACTIVITY_TYPES:
        return None
    if any(p.start <= m.start("phrase") and found_end <= p.end for p in names.places):
        return None
    kind = "event" if HEADS.get(m.group("head").rstrip("sx")) in EVENT_HEADS or HEADS.get(m.group("head")) in EVENT_HEADS else "activity"
    term = Term.known(known) if known is not None else Term(kind, label=label)  # "the sixth annual ... forum" is an event
    return Found(term, m.start("phrase"), found_end)
