"""Which activities a mandate sentence is about: the objects of an instrument's mandating verb
("The Addis Ababa Action Agenda also established a Technology Facilitation Mechanism"), the name
what it called for is "known as", the subject after an opening mandate adverbial ("In line with
..., the Office of ... focuses"), the subject a cue stands in apposition to ("Le Groupe ..., créé
en vertu de la résolution 79/325, a tenu ..."), and a registry body a sentence says was created
under the instrument it cites.
"""

from __future__ import annotations

import re

from loaders.extract.prose.prose_frame_phrases import object_phrase
from loaders.extract.prose.prose_names import Names
from loaders.extract.prose.prose_role_triggers import ROLE_BEFORE
from loaders.extract.prose.prose_terms import Found, Term, heads_of_names

__all__ = ["created_as", "created_body", "described_object", "followed_request", "fronted_subject", "main_clause_object",
           "named_object", "objects", "subject_in_apposition"]


#: What joins the activities a mandating verb takes as its objects: "the Panel and the Dialogue", « un A et un B ».
_OBJECTS_GAP = re.compile(r"[\s,]*(?:(?:and|et|as well as|ainsi que)\s+)?(?:(?:the|a|an|le|la|les|l'|un|une|des|du)\s*)?")


#: The name a text gives what an instrument called for: "a high-level meeting in 2025 to review ..., known as
#: WSIS+20 Review", « une réunion ..., connue sous le nom de Sommet X ».
_KNOWN_AS = re.compile(r"(?:,\s*)?\b(?i:known as|referred to as|dubbed|connue?s? sous le nom d[e'’]\s*|dite?s?|appel[ée]e?s?)\s+(?i:the\s+|le\s+|la\s+|l['’])?"
                       r"(?P<name>[A-Z][\w+’'-]*(?:\s+(?:[A-Z0-9][\w+’'-]*|of|on|for|de|du|des|sur|la|le))*)")
#: An activity named as the complement of a purpose ("to review the implementation of the outcomes of the WSIS"),
#: not as what the verb calls for.
_COMPLEMENT = re.compile(r"(?:outcomes?|results?|implementation|resultats|mise en (?:oeuvre|œuvre))\s+(?:of|du|de la|des|de l'|d')\s*(?:the\s+)?$")


def named_object(text: str, verb_end: int, end: int) -> Found | None:
    """The activity a "known as" names after an instrument's mandating verb, as a new activity."""
    m = _KNOWN_AS.search(text, verb_end, end)
    if m is None:
        return None
    name = re.sub(r"(?:\s+(?:of|on|for|de|du|des|sur|la|le))+$", "", text[m.start("name"):m.end("name")])
    return Found(Term("activity", label=name), m.start("name"), m.start("name") + len(name))


def objects(activities: list, verb_end: int, folded: str) -> list:
    """The activities a citation's mandating verb takes as objects: the first named after the verb
    and those listed with it ("The Addis Ababa Action Agenda also established a Technology
    Facilitation Mechanism ... composed of ... a Forum": the Mechanism only). Where none follows
    the verb, every activity of the sentence."""
    following = [a for a in activities if a.start >= verb_end and not _COMPLEMENT.search(folded[max(0, a.start - 40):a.start])]
    if not following or following[0].start - verb_end > 60:
        return activities
    objects = following[:1]
    for activity in following[1:]:
        if not _OBJECTS_GAP.fullmatch(folded[objects[-1].end:activity.start]):
            break
        objects.append(activity)
    return objects


#: The rest of an opening adverbial after its citation, to the subject of the sentence: "..., the".
_REST_OF_ADVERBIAL = re.compile(r"[^.;,]{0,100},\s*(?:the\s+|l['’]\s*|le\s+|la\s+|les\s+)?")


def fronted_subject(names: Names, activities: list[Found], citation_end: int, end: int) -> Found | None:
    """The activity, or the office or other activity-headed body the registry knows, that is the
    subject after an opening mandate adverbial: "In line with the areas of responsibility outlined
    in the Secretary-General’s Roadmap on Digital Cooperation, the Office of the Secretary-General’s
    Envoy on Technology focuses on ..." (the registry knows the Office as an agency; organs such as
    the General Assembly, whose names have no activity head, are no mandated subject)."""
    rest = _REST_OF_ADVERBIAL.match(names.text, citation_end, end)
    if rest is None:
        return None
    if (activity := next((f for f in activities if f.start == rest.end()), None)) is not None:
        return activity
    agent = next((a for a in names.agents_in(rest.end(), end) if a.start == rest.end()), None)
    if agent is None or not heads_of_names(agent.entity.names()):
        return None
    return Found(Term.known(agent.entity), agent.start, agent.end)


#: A passive of creation between a sentence's subject and its mandate cue: "..., was established in 2008, pursuant to".
_CREATED = re.compile(r"[^.;]{0,140}?\b(?:was|were|has been|have been|had been|is|are|a ete|ont ete|est|sont|fut)\s+"
                      r"(?:(?:officially|formally|first|initially|officiellement|initialement)\s+)?"
                      r"(?:established|created|set up|launched|mandated|creee?s?|etablie?s?|institue(?:e|s|es)?|lancee?s?|mise? en place)\b")


#: Between a sentence's subject and a mandate cue in apposition to it: "X, established by", "X (IGF), as mandated by".
_APPOSITION = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*,\s*(?:(?:which|that) (?:was|were|is|has been) |qui a ete |as |tel que |telle que )?")


def subject_in_apposition(activities: list[Found], cue_starts: list[int], start: int, folded: str) -> Found | None:
    """The activity a sentence opens with, where a mandate cue stands in apposition right after it."""
    first = activities[0] if activities else None
    if first is None or not re.fullmatch(r"\s*(?:the|le|la|les|l')?\s*", folded[start:first.start]):
        return None
    return first if any(_APPOSITION.fullmatch(folded, first.end, at) for at in cue_starts) else None


def created_body(names: Names, start: int, citation_start: int, cue_starts: list[int]) -> Found | None:
    """The body the registry knows that a sentence opens with and says was created, or works, under
    the instrument it cites: "The Advisory Committee, comprised of 18 independent experts, was
    established in 2008, pursuant to resolution 5/1", "The Commission ..., as mandated by ECOSOC
    resolution 2006/46, held ..." (an organ is an agent, not an activity, until a sentence says
    where its mandate comes from)."""
    agent = next((a for a in names.agents_in(start, citation_start)
                  if re.fullmatch(r"\s*(?:the|le|la|l['’]|les)?\s*", names.text[start:a.start], re.IGNORECASE)), None)
    if agent is None or agent.entity.type != "Body":
        return None
    in_apposition = any(re.fullmatch(r"\s*(?:\([^()]{1,20}\))?\s*,\s*(?:as\s+|tel que\s+|telle que\s+)?", names.folded[agent.end:at])
                        for at in cue_starts)
    if not (in_apposition or _CREATED.match(names.folded, agent.end, citation_start)):
        return None
    return Found(Term.known(agent.entity), agent.start, agent.end)


#: A creation "as" a named activity: "this group was established as the Dedicated Group", « a été créé en tant que ».
_CREATED_AS = re.compile(r"\b(?:established|created|set up|constituted|launched|creee?s?|etablie?s?|institue(?:e|s|es)?|"
                         r"constituee?s?)\s+(?:as|en tant que|comme)\s+(?:the\s+|an?\s+|le\s+|la\s+|l'|un\s+|une\s+)?$")


def created_as(activities: list[Found], folded: str) -> Found | None:
    """The activity a sentence says something was created as: the subject then had that name, and
    the instruments cited are its mandate ("Previously, this group was established as the Dedicated
    Group as an integral part of WG WSIS, ..., in accordance with Resolution 75 (WTSA, 2008)": the
    Dedicated Group, not the group "this group" stands for today)."""
    return next((a for a in activities if _CREATED_AS.search(folded, max(0, a.start - 40), a.start)), None)


#: A sentence saying what the one before it did answers a request or a decision of the instrument it cites: "This
#: follows a request made by UN member states in the Global Digital Compact (paragraph 72)", « Cela fait suite à une
#: demande formulée dans ... » (folded text).
_FOLLOWS_REQUEST = re.compile(r"\s*(?:this|that|it|cela|ceci|il|elle)\s+(?:follows|followed|responds to|responded to|answers|"
                              r"(?:is|was) (?:in response|a response) to|fait suite a|faisait suite a|repond a)\s+(?:an?|the|une|la|le)\s+"
                              r"(?:[\w-]+\s+)?(?:request|call|decision|commitment|demande|decision|appel|engagement)\b")


def followed_request(names: Names, start: int) -> Found | None:
    """The activity, or office the registry knows, that the sentence before the one at ``start``
    names last, where this one says it follows a request of the instrument it cites ("... will
    transition to a new UN Office for Digital and Emerging Technologies (ODET). This follows a
    request made by UN member states in the Global Digital Compact (paragraph 72)": the Office)."""
    if not _FOLLOWS_REQUEST.match(names.folded, start):
        return None
    previous_start = max((m.end() for m in re.finditer(r"[.!?]\s", names.text[:max(0, start - 2)])), default=0)
    named = [f for f in names.activities_in(previous_start, start) if f.start >= 0 and f.term.kind != "instrument"]
    named += [Found(Term.known(a.entity), a.start, a.end) for a in names.agents_in(previous_start, start)
              if heads_of_names(a.entity.names())]
    return max(named, key=lambda f: f.end, default=None)


#: What an instrument's verb says it does to the activity it names next: "resolved to conduct", "decided to convene",
#: "approving the organization of", « approuvant l'organisation du », « de tenir ».
_TO_HOLD = re.compile(r"\s*(?:to (?:conduct|hold|convene|establish|create|launch|set up|undertake|organi[sz]e)|"
                      r"(?:de |d')(?:tenir|convoquer|creer|etablir|lancer|organiser|mettre en place)|"
                      r"(?:the )?(?:organi[sz]ation|holding|convening|establishment|creation) of|"
                      r"(?:l'|la )?(?:organisation|tenue|convocation|creation|mise en place) d(?:e la |e l'|e |u |es |')?)?\s*")


def described_object(names: Names, verb_end: int, end: int) -> Found | None:
    """The activity an instrument's mandating verb creates where the text describes it rather than
    names it: "Resolution 60/252 resolved to conduct an overall review of the implementation of the
    Summit Outcomes in 2015" (frame first, :mod:`loaders.extract.prose.prose_frame_phrases`)."""
    at = _TO_HOLD.match(names.folded, verb_end, end).end()
    return object_phrase(names, at, end, indefinite=True)


def main_clause_object(names: Names, citation_end: int, end: int) -> Found | None:
    """The activity the main clause after an opening mandate adverbial convenes, organises, launches
    or creates, described rather than named: "Pursuant to General Assembly resolution 70/1, on 4 and
    5 May 2021, the President of the Economic and Social Council, Munir Akram, convened the sixth
    annual science, technology and innovation forum"."""
    verbs = [m for pattern, role in ROLE_BEFORE if role in ("organiser", "leadEntity", "createdBy")
             if (m := pattern.search(names.folded, citation_end, end)) is not None]
    if not verbs:
        return None
    verb = min(verbs, key=lambda m: m.start())
    return object_phrase(names, verb.end(), end)
