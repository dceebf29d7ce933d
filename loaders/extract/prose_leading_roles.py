"""A leading role said with a noun rather than a verb: "with the ITU taking a leading role in its
preparations", « l'Union internationale des télécommunications assurant le rôle de chef de file dans
les préparatifs », « qui accordait à l'UIT un rôle de premier plan dans la préparation du Sommet »,
« invite l'UIT à jouer le rôle directeur principal dans le Secrétariat exécutif du Sommet ». The
agent that takes, plays or is given the role leads (``leadEntity``) the activity the frame names
right after it, or, where the frame ends on "its preparations" / « les préparatifs », the activity
the sentence named before it.
"""

from __future__ import annotations

import re

from loaders.extract.prose_names import Names
from loaders.extract.prose_role_agents import agents_after, agents_before
from loaders.extract.prose_terms import ProseExtraction

__all__ = ["add_leading_roles"]

#: The frame, in folded text. ``given`` is a verb whose object (after « à ») is the agent: « accordait à l'UIT un rôle ».
_LEADING_ROLE = re.compile(
    r"\b(?:(?:tak(?:e|es|ing)|took|play(?:s|ing|ed)?|assum(?:e|es|ing|ed))\s+(?:a|the)\s+(?:leading|lead)\s+(?:[a-z-]+\s+)?roles?"
    r"|(?:jouer|joue|jouent|jouant|assurer|assure|assurent|assurant|assumer|assume|assumant)\s+(?:le|un)\s+role"
    r"|(?P<given>(?:accordait|accorde|accorder|confie|confiait|confier|donne|donnait)\s+a\s+(?P<agent>[^,;.]{2,60}?)\s+(?:le|un)\s+role))"
    r"\s*(?:de chef de file|de premier plan|directeur(?: principal)?|principal|moteur)?"
    r"\s+(?:in|dans)\s+(?:(?:the\s+)?(?:preparations?|organi[sz]ation|preparatory process)\s+(?:of|for)\s+(?:the\s+)?|"
    r"(?P<own>its\s+preparations?|(?:les|ses)\s+preparatifs)\b|(?:la|les)\s+(?:preparation|preparatifs|organisation)\s+d(?:u|e la|e l'|es)\s*|"
    r"(?:le|la|les|l')\s*)?")
#: Only a role that leads: the bare French « le rôle » must say it leads.
_LEADS_FR = re.compile(r"role\s*(?:de chef de file|de premier plan|directeur|principal|moteur)")


def add_leading_roles(out: ProseExtraction, names: Names, start: int, end: int) -> None:
    """The leading roles the sentence ``start:end`` says with a noun, as ``leadEntity`` facts."""
    text = names.folded
    for m in _LEADING_ROLE.finditer(text, start, end):
        if not m.group(0).startswith(("tak", "took", "play", "assum")) and not _LEADS_FR.search(m.group(0)):
            continue
        if m.group("given"):
            agents = agents_after(names, m.start("agent"), m.end("agent"))
        else:
            verb_at = m.start()
            before = re.search(r"(?:\s+a|\s+to|,)?\s*$", text[max(start, verb_at - 6):verb_at])  # "l'UIT à jouer", "ITU, to play"
            agents = agents_before(names, verb_at - len(before.group(0)), start)
        if not agents:
            continue
        activities = [f for f in names.activities_in(start, end) if f.term.kind not in ("instrument", "paragraph", "date", "month")]
        if m.group("own"):
            activity = max((f for f in activities if f.end <= agents[0].start), key=lambda f: f.end, default=None)
        else:
            activity = next((f for f in activities if m.end() <= f.start <= m.end() + 2), None)
        if activity is None:
            continue
        for agent in agents:
            if agent.term.key != activity.term.key:
                out.add(activity.term, "leadEntity", agent.term, (activity.start, activity.end), (m.start(), m.end()),
                        (agent.start, agent.end))
