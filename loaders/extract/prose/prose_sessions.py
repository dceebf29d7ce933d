"""Sessions and meetings of organs: a numbered session an organ's possessive names ("The General Assembly, at
its 70th session, adopted ...", "During its recent 53rd Regular Session (...), the HRC adopted ...", « à sa
40e session »), or a UN document's header names after the organ ("Conseil des droits de l’homme
Trente-huitième session 18 juin-6 juillet 2018"), is an event named as written and part of that organ; an
organ's name with "of the United Nations" after it (« Conseil des droits de l'Homme des Nations Unies ») or
"UN" before it is the registry's organ.

Numbered sessions written with their organ's name ("the 59th session of the Human Rights Council") are read
with the editions (:mod:`loaders.extract.prose.prose_editions`).

>>> is_organ(Term("agent", label="Conseil des droits de l'homme")), is_organ(Term("agent", label="Global Forum"))
(True, False)
"""

from __future__ import annotations

import re

from loaders.extract.prose.activity_names import ORDINALS
from loaders.extract.ordinals import ordinal_value
from loaders.extract.prose.prose_terms import Found, Term, heads_of_names
from loaders.registry import Mention, Registry
from loaders.text import fold

__all__ = ["is_organ", "known_owner", "possessed_sessions", "without_un"]

#: The heads of organs' names: an organ's sessions are no editions of a series.
_ORGAN = re.compile(r"\b(?:general conference|conference generale|general assembly|assemblee generale|assembly|assemblee|"
                    r"council|conseil|commission|committee|comite|board)\b")


def _number(word: str) -> int | None:
    """The number an ordinal writes ("70th" 70, "fiftieth" 50, "trente-huitieme" 38), else None."""
    word = fold(word).strip()
    if digits := re.match(r"\d+", word):
        return int(digits.group(0))
    return ORDINALS.get(word) or ordinal_value(word)


def is_organ(term: Term) -> bool:
    """Whether ``term`` is an organ (an agent), not an activity: a registry body whose name has no activity
    head, or a new name headed by an organ's ("UNESCO General Conference", "Conseil des droits de l'homme")."""
    if term.entity is not None:
        return term.entity.type == "Body" and not heads_of_names(term.entity.names())
    label = fold(term.label)
    return bool(_ORGAN.search(label)) and not heads_of_names([_ORGAN.sub(" ", label)])


#: A numbered session an organ's possessive names: "at its 70th session", "at its forthcoming fiftieth session", "During
#: its recent 53rd Regular Session", « à sa 40e session ».
_ITS_SESSION = re.compile(r"(?<![\w'-])(?:(?P<its>its|their|sa|son|leur)\s+(?:(?:recent|forthcoming|upcoming|next|last|prochaine|"
                          r"derniere)\s+)?)?(?P<name>(?P<ord>[\w-]{2,20})\s+(?:(?:regular|ordinary|special|resumed)\s+)?"
                          r"(?:session|meeting)(?:\s+(?:ordinaire|extraordinaire))?)\b")


_ADJACENT_BEFORE = re.compile(r"[\s,]*(?:(?:at|in|during|lors de|a|de|pendant)\s+)?")
_OPENING_SESSION = re.compile(r"\s*(?:at|in|during|lors de|a|pendant)\s+")
_SUBJECT_AFTER = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*,\s*(?:the|la|le|l')\s*")


def _organ_opening(text: str, found: list[Found], start: int, end: int, registry: Registry) -> Mention | None:
    """The registry organ a new name ending with a session opens ("Conseil des droits de l’homme Trente-huitième
    session"), as a mention over its words."""
    for f in found:
        if f.end == end and f.start < start and f.term.entity is None and f.owner is None:
            entity = registry.resolve(text[f.start:start].strip())
            if entity is not None and entity.type == "Body" and is_organ(Term.known(entity)):
                return Mention(entity, f.start, f.start + len(text[f.start:start].rstrip()))
    return None


def possessed_sessions(text: str, folded: str, found: list[Found], agents: list[Mention],
                        registry: Registry) -> list[Found]:
    """``found`` with each numbered session an organ's possessive names ("The General Assembly, at its 70th
    session, adopted ...") part of that organ: the last one named before it in its sentence, else the first after
    ("During its recent 53rd Regular Session (...), the HRC adopted ..."). The session is named as written."""
    out = list(found)
    organs = [a for a in agents if a.entity.type == "Body" and is_organ(Term.known(a.entity))]
    for m in _ITS_SESSION.finditer(folded):
        start, end = m.start("name"), m.end("name")
        if _number(m.group("ord")) is None:
            continue
        sentence_start = max(folded.rfind(". ", 0, m.start()) + 2, folded.rfind("\n", 0, m.start()) + 1)
        stops = [i for i in (folded.find(". ", end), folded.find("\n", end)) if i != -1]
        sentence_end = min(stops) if stops else len(folded)
        # the organ right before ("The General Assembly, at its 70th session"), or, where the session opens the
        # sentence, the subject after it ("During its recent 53rd Regular Session (...), the HRC adopted")
        if m.group("its") is None:
            # a UN document's header: the organ, then its session, its ordinal capitalised ("Conseil des droits de
            # l'homme Trente-huitième session 18 juin-6 juillet 2018", "Human Rights Council Thirty-eighth session"),
            # the two perhaps read as one new name
            organ = next((a for a in organs if re.fullmatch(r"[ \t\n]+", folded[a.end:start])), None) \
                or _organ_opening(text, out, start, end, registry)
            if organ is None or not text[start].isupper():
                continue
            before, after = [organ], []
        else:
            before = [a for a in organs if sentence_start <= a.start and _ADJACENT_BEFORE.fullmatch(folded, a.end, m.start())]
        after = [] if m.group("its") is None else [a for a in organs if end <= a.start and a.end <= sentence_end
                 and _OPENING_SESSION.fullmatch(folded, sentence_start, m.start())
                 and _SUBJECT_AFTER.fullmatch(folded, end, a.start)]
        organ = before[-1] if before else after[0] if after else None
        if organ is None:
            continue
        same = [i for i, f in enumerate(out) if f.start < end and start < f.end]
        # a header read as one name, the organ's and its session's ("Conseil des droits de l’homme Trente-huitième session")
        spanning = {i for i in same if m.group("its") is None and out[i].owner is None
                    and (out[i].start, out[i].end) == (organ.start, end)}
        if any(i not in spanning and (out[i].owner is not None or out[i].start != start or out[i].end != end) for i in same):
            continue  # a longer name read there ("its 50th session of the ..."), or a meeting read with its owner
        session = Found(Term("event", label=text[start:end]), start, end, owner=Term.known(organ.entity))
        out = [f for i, f in enumerate(out) if i not in same] + [session]
    return out


#: "of the United Nations" after an organ's name, or "UN" before it, names no other organ: "the 55th session of the
#: Conseil des droits de l'Homme des Nations Unies" is a session of the Human Rights Council.
_UN_AFTER = re.compile(r"\s+(?:of the United Nations|des Nations Unies|de l['’]ONU|de l['’]Organisation des Nations Unies)$",
                       re.IGNORECASE)
_UN_BEFORE = re.compile(r"^(?:the\s+)?(?:UN|United Nations)\s+(?=[A-Z])")


def without_un(name: str) -> str:
    """``name`` without "of the United Nations" after it or "UN" before it."""
    return _UN_BEFORE.sub("", _UN_AFTER.sub("", name))


def known_owner(owner: Term, registry: Registry) -> Term:
    """The registry organ a new owner's name names with "of the United Nations" after it (or "UN" before it), else
    ``owner``: « la 55ème session du Conseil des droits de l'Homme des Nations Unies » is part of the Council.

    >>> from loaders.registry import load_registry
    >>> known_owner(Term("activity", label="Conseil des droits de l’Homme des Nations Unies"), load_registry()).key
    'human-rights-council'
    """
    if owner.entity is not None or not owner.label or (bare := without_un(owner.label)) == owner.label:
        return owner
    entity = registry.resolve(bare)
    return Term.known(entity) if entity is not None and entity.type == "Body" else owner
