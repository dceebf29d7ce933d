"""A registry alias that another body's name owns in the text: "The UN Human Rights Council
(HRC)’s Advisory Committee ... The Advisory Committee, comprised of 18 independent experts, was
established in 2008, pursuant to resolution 5/1" is the Council's Advisory Committee, not the
Advisory Committee on Administrative and Budgetary Questions whose alias "Advisory Committee" is.

An alias (a name that is not the entity's full label) written right after another agent's
possessive or name ("HRC’s Advisory Committee", "Human Rights Council Advisory Committee"), or
before "of the" / « du » and another agent, or the short name of an organ named before ("the
Advisory Committee of the Human Rights Council", « ... par le Conseil et le Comité consultatif du
Conseil d'accorder ... »), names a body of that agent; the
text's other uses of the same alias name it too. Those mentions are no mentions of the registry
entity: each becomes a new name, as written.
"""

from __future__ import annotations

import re

from loaders.extract.prose.prose_terms import Found, Term
from loaders.registry import Mention
from loaders.text import fold

__all__ = ["owned_aliases"]

#: Between an owner and the alias it owns: a possessive, or nothing but a space ("Council Advisory Committee").
_OWNER_BEFORE = re.compile(r"(?:\s*\([^()]{1,12}\))?\s*(?:['’]s\s+|\s)$")
#: After the alias, the owner: "of the", « du », « de la », « de l' ».
_OWNER_AFTER = re.compile(r"\s+(?:of\s+the|of|du|de\s+la|de\s+l['’]|des)\s*$")

#: ... or the short name of an organ the text named before: « du Conseil », "of the Council".
_SHORT_OWNER = re.compile(r"\s+(?:of\s+the|du|de\s+la|de\s+l['’])\s*(?P<word>Council|Conseil|Assembly|Assemblée|Commission)\b")


def _is_alias(mention: Mention, written: str) -> bool:
    """Whether ``written`` is one of a body's aliases of several words, not its full label (a group
    of addressees, "les parties prenantes de l'UIT", or a post is no body another can own)."""
    folded = fold(written)
    return mention.entity.type == "Body" and " " in written \
        and all(fold(label) != folded for label in mention.entity.labels.values())


def owned_aliases(text: str, agents: list[Mention]) -> tuple[list[Mention], list[Found]]:
    """``agents`` without the mentions of an alias another agent owns in the text, and those
    mentions as new names."""
    owned: set[str] = set()
    for mention in agents:
        written = text[mention.start:mention.end]
        if not _is_alias(mention, written):
            continue
        before = any(other.entity.key != mention.entity.key and other.end <= mention.start
                     and _OWNER_BEFORE.fullmatch(text, other.end, mention.start) for other in agents)
        after = any(other.entity.key != mention.entity.key and other.start >= mention.end
                    and _OWNER_AFTER.fullmatch(text, mention.end, other.start) for other in agents)
        short = _SHORT_OWNER.match(text, mention.end)  # « le Comité consultatif du Conseil », the Council named before
        after = after or short is not None and any(
            other.entity.key != mention.entity.key and other.end <= mention.start
            and short.group("word") in text[other.start:other.end] for other in agents)
        if before or after:
            owned.add(fold(written))
    if not owned:
        return agents, []
    kept = [m for m in agents if fold(text[m.start:m.end]) not in owned or not _is_alias(m, text[m.start:m.end])]
    names = [Found(Term("activity", label=" ".join(text[m.start:m.end].split())), m.start, m.end) for m in agents if m not in kept]
    return kept, names
