"""A leading role said with a noun rather than a verb: "with the ITU taking a leading role in its
preparations", « l'Union internationale des télécommunications assurant le rôle de chef de file dans
les préparatifs », « qui accordait à l'UIT un rôle de premier plan dans la préparation du Sommet »,
« invite l'UIT à jouer le rôle directeur principal dans le Secrétariat exécutif du Sommet ». The
agent that takes, plays or is given the role leads (``leadEntity``) the activity the frame names
right after it, or, where the frame ends on "its preparations" / « les préparatifs », the activity
the sentence named before it. An activity said to be an agent-led thing ("The WSIS+20 review is a
United Nations General Assembly-led process") is led by that agent.
"""

from __future__ import annotations

import re

from loaders.extract.prose.prose_names import Names
from loaders.extract.prose.prose_role_agents import agents_after, agents_before
from loaders.extract.prose.prose_terms import ProseExtraction, Term

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


#: An activity said to be an agent-led thing: "... is a United Nations General Assembly-led process" (folded text).
_IS_A = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:is|was|will be|remains)\s+(?:a|an|the)\s+(?:[a-z]+\s+){0,3}?$")
_LED = re.compile(r"-led\s+[a-z]")


def _agent_led(out: ProseExtraction, names: Names, start: int, end: int) -> None:
    for m in _LED.finditer(names.folded, start, end):
        agent = _agent_ending(names, start, m.start())
        subject = next((f for f in names.activities_in(start, m.start()) if f.start >= 0), None)
        if agent is not None and subject is not None and _IS_A.fullmatch(names.folded, subject.end, agent[1]):
            out.add(subject.term, "leadEntity", Term.known(agent[0]), (subject.start, subject.end), (agent[1], m.end()))


#: The capitalised words written right before a position: "United Nations General Assembly" in "... Assembly-led".
_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w.&]*\s+){0,4}[A-Z][\w.&]*$")


def _agent_ending(names: Names, start: int, position: int):
    """The registry's agent whose name, written right before ``position``, is the longest run of capitalised words
    there it knows (a name glued to "-led" is no mention of its own): (entity, where its name begins)."""
    words = _CAPITALISED_BEFORE.search(names.text, max(start, position - 80), position)
    if words is None:
        return None
    text = words.group(0)
    for at in [0] + [k.end() for k in re.finditer(r"\s+", text)]:
        entity = names.registry.resolve(text[at:])
        if entity is not None and entity.type in ("Agency", "Organization", "Body", "Country"):
            return entity, words.start() + at
    return None


def add_leading_roles(out: ProseExtraction, names: Names, start: int, end: int) -> None:
    """The leading roles the sentence ``start:end`` says with a noun, as ``leadEntity`` facts."""
    _agent_led(out, names, start, end)  # "... is a United Nations General Assembly-led process"
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
