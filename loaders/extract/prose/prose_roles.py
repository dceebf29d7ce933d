"""Roles in prose: a trigger ("co-chaired by", "organised by", "led by", "in partnership with",
"hosted by", "convened by", "sous la coordination de", "présidé par", "accueilli par", "l'UIT
coordonne", "ont créé conjointement", "fait partie du secrétariat conjoint", "serves as the
secretariat", "qui en assurent le secrétariat", "dont elle est l'institution chef de file")
links the agents it names to the activity before it (or after it, or the one the sentence is
about).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.extract.prose.activity_names import activity_names
from loaders.extract.prose.prose_frame_phrases import object_phrase
from loaders.extract.prose.prose_names import Names
from loaders.extract.prose.prose_new_agents import new_agent_before
from loaders.extract.prose.prose_role_agents import (
    agents_after,
    agents_before,
    named_subject,
    organ_before,
    pronoun_agent,
)
from loaders.extract.prose.prose_role_secretariats import add_secretariats
from loaders.extract.prose.prose_role_subjects import (
    acts,
    aside_end,
    body_named_in_lower_case,
    event_said_again,
    named_again,
    year_named_again,
)
from loaders.extract.prose.prose_role_triggers import (
    CHAIR_NOUN,
    FOUNDING,
    ORGANISERS_NOUN,
    ROLE_AFTER,
    ROLE_BEFORE,
)
from loaders.extract.prose.prose_terms import Found, ProseExtraction, Term
from loaders.text import fold

__all__ = ["RoleContext", "add_roles"]

#: "X s'est associée à Y pour organiser Z", "X partnered with Y to host Z" (both organise it), "X partnered with Y to
#: launch Z" (X leads it, Y is its partner).
_ASSOCIATED = re.compile(r"\b(?:s'est|se sont) associee?s? (?P<others>(?:a|au|aux)\b[^.;]{0,80}?)\s*(?:pour|afin d')\s*"
                         r"(?:co-?)?organiser\b|\b(?:has |have )?(?:joined forces|partnered|teamed up) with "
                         r"(?P<others_en>[^.;]{0,80}?)\s*to (?:(?:co-?)?(?:organi[sz]e|host|convene)|(?P<launch>launch))\b")
#: An agent's role written as a participle before the activity: "ITU Coordinated", "UNESCO-hosted" (folded text).
_AGENT_PARTICIPLE = re.compile(r"[- ](?P<participle>coordinated|hosted|organi[sz]ed|convened|led)\s+")
_PARTICIPLE_ROLES = {"coord": "coordinator", "hoste": "organiser", "organ": "organiser", "conve": "organiser", "led": "leadEntity"}
#: A partner clause between a subject and its verb: ", in collaboration with the Ministry ..., are".
_WITH_CLAUSE = re.compile(r",\s*(?:in (?:close )?(?:collaboration|partnership|cooperation) with|together with|jointly with|"
                          r"en (?:collaboration|partenariat|cooperation) avec)\s+(?P<with>[^;.]*?)(?:,\s*|\s*)$")
_JOINTLY = re.compile(r"[^.;]{0,40}?\b(?:conjointement avec|jointly with|together with|en collaboration avec|avec)\s*")

_LEAD_WHOSE = re.compile(r"\bdont (?:elle|il) est l'institution chef de file|\bof which it is the lead (?:agency|entity)|"
                         r"\b(?:is|as) the lead (?:agency|entity|organization) (?:of|for)\b")
_IN_THE_FRAME = re.compile(r"\s*(?:dans le cadre d(?:e|u|es)|as part of|under|within)\s+(?:l'|la |le |les |the )?")
#: A project conducted with others, said between the project and its subject.
#: A relative clause whose antecedent is a noun between the name and the trigger: what it says is that noun's.
_OTHER_ANTECEDENT = re.compile(r"(?!\s*(?:\([^()]*\)\s*)?,?\s*(?:qui|which|that|who)\b)[^;]*?\s(?:qui|which|who)\s[^;]*$")
#: Others named at the head of a sentence, who act with its subject: "Together with INTERPOL, the Centre co-organizes".
_FRONT_WITH = re.compile(r"\s*(?:together with|jointly with|conjointement avec|en (?:collaboration|partenariat) avec)\s+"
                         r"(?P<with>[^,;.]{2,80}),")
#: An unnamed thing right before a trigger holds the role, not a name said earlier: "launched ... at a
#: workshop organized by ECA", "as part of an ongoing initiative led by GHRP, this event".
_UNNAMED_HEAD = {"en": re.compile(r"\b(?:a|an|another)\s+(?:[a-z-]+\s+){0,3}?[a-z-]+\s*,?\s*$"),
                 "fr": re.compile(r"\b(?:un|une|un autre|une autre)\s+(?:[a-z-]+\s+){0,3}?[a-z-]+\s*,?\s*$")}
#: A document whose subject an activity's name is: what is published or written by someone is the document, not the
#: activity ("un rapport sur l'IA au service des alertes précoces pour tous seront publiés par l'OMM").
_DOCUMENT_ABOUT = re.compile(r"\b(?:rapports?|reports?|catalogues?|etudes?|study|studies|guides?|publications?|notes?|documents?|"
                             r"briefs?|papers?)\s+(?:sur|on|about|concernant|relatifs? a|de|du|des|of)\b[^.;]{0,80}$")
#: ... unless that thing is said of the name: "AIRA is a tool developed by UNDP", "X, a global initiative launched by".
_SAID_OF_NAME = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:,|is|was|will be|remains|est|etait|sera|reste)?\s*")
#: An aside between a subject and its verb, whose agents hold no role in what the verb says:
#: "The Government of Slovenia under the patronage of UNESCO, will host", "UNDP Sri Lanka, as a member of ..., launched".
_ASIDE = re.compile(r"(?:,\s*|\s+)(?:under the (?:high )?patronage of|sous le (?:haut |tres haut )?patronage d|as (?:a|an|the) |"
                    r"en (?:tant que|sa qualite de) )[^;.]{0,120}?,\s*$")
#: A participle opening the sentence before its trigger, whose subject follows the agents: "Organisé sur deux jours à
#: l'initiative de l'UIT, le Sommet ...", "Launched in 2023 at the initiative of ITU, the platform ...".
_FRONT_PARTICIPLE = re.compile(r"\s*(?:(?:co-?)?(?:organi[sz]ed|organise(?:e|es|s)?|hosted|accueilli(?:e|es|s)?|launched|lance(?:e|es|s)?|"
                               r"created|cree(?:e|es|s)?|held|tenu(?:e|es|s)?)\b)[^,;.]{0,50}?\s*")
#: When and where, between a verb and its object: "a organisé le 17 octobre 2017 au Technopark El Gazala, la deuxième
#: édition", "a organisé, ce mercredi, à Tunis ..., un colloque", "hosted, on 3 May in Paris, the Forum".
_WHEN_WHERE_GAP = re.compile(r"(?:\s*,?\s*(?:le|les|du|des|en|au|aux|a|ce|cette|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
                             r"dimanche|on|in|at|from|this|last|next)\b[^,;.]{1,60}?)+,\s*(?:(?:la|le|les|l'|the|its|sa|son|"
                             r"leur|their|un|une|a|an)\s*)?")
#: A partner trigger that, right after a list of organisers, adds organisers: "organized by X in conjunction with Y".
_JOINT = re.compile(r"\s*in conjunction with")
_CONDUCTED_WITH = re.compile(r",\s*(?:(?:men|conduit|realis|mis en (?:oeuvre|œuvre))(?:e|ee|es|ees|s)?\s+(?:en partenariat |"
                             r"en collaboration )?avec|(?:carried out|conducted|implemented|run) (?:in partnership )?with)\s+")



#: Made by its maker, rather than set up by an organ: said of the thing named right before.
_MADE_BY = re.compile(r"(?:developed|designed|developp|concu)")
#: Between an office and the passive that says who created it: "ODET a été créé par", "ODET was established by".
_PASSIVE_GAP = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:a ete|ont ete|was|were|has been|have been)\s+"
                          r"(?:(?:formally|officially|officiellement|formellement)\s+)?")


def _created_office_before(names: Names, position: int, start: int) -> Found | None:
    """An office or body of the registry that a passive says was created ("ODET a été créé par
    l'Assemblée générale"): offices are agents, yet who created them is a fact about them."""
    text = names.folded
    before = [a for a in names.agents_in(start, position) if a.end <= position]
    if before and before[-1].entity.type in ("Agency", "Body") and _PASSIVE_GAP.fullmatch(text[before[-1].end:position]):
        return Found(Term.known(before[-1].entity), before[-1].start, before[-1].end)
    return None


#: An event's owner, written before it: "ITU’s AI for Good Global Summit"; or "its", of the sentence's subject.
_POSSESSIVE_BEFORE = re.compile(r"['’]s\s+(?:(?:annual|first|second|third|\d+(?:st|nd|rd|th))\s+)?$")
#: The Organization as a whole: "the UN’s first AI Governance Day" is a day of the UN system, not one it organises.
_UMBRELLA = frozenset({"united-nations"})
_ITS_BEFORE = re.compile(r"\bits\s+(?:(?:annual|first|second|third|\d+(?:st|nd|rd|th))\s+)?$")


def _owner_of(names: Names, event: Found, start: int) -> Found | None:
    """The agency or organization an event is said to be of, by a possessive: it organises it."""
    before = names.text[max(start, event.start - 40):event.start]
    owners = [a for a in names.agents_in(start, event.start) if a.entity.type in ("Agency", "Organization")
              and a.entity.key not in _UMBRELLA]
    if _POSSESSIVE_BEFORE.search(before) and owners and _POSSESSIVE_BEFORE.fullmatch(names.text[owners[-1].end:event.start]):
        owner = owners[-1]
    elif _ITS_BEFORE.search(before) and owners and re.fullmatch(r"\s*(?:the|le|la|l['’])?\s*", fold(names.text[start:owners[0].start])):
        owner = owners[0]  # "The United Nations ... (UNESCO) successfully concluded its 3rd Global Forum": the subject's
    else:
        return None
    return Found(Term.known(owner.entity), owner.start, owner.end)


def _unit_named(names: Names, found: tuple[str, int, int], known: list[Found]) -> bool:
    """Whether a new agent read before a verb is the subject rather than the known agents it ends
    with: "The ICT Division of Bangladesh, in collaboration with ..." (not "the Government of Slovenia")."""
    if not known:
        return True
    return len(known) == 1 and found[1] < known[0].start and found[2] == known[0].end and not re.fullmatch(
        r"(?:(?:royal|federal)\s+)?(?:government|gouvernement)s?\s+(?:of|de|du|d')\s*(?:the\s+|la\s+|l')?",
        fold(names.text[found[1]:known[0].start]))


def _names_agent_or_place(names: Names, found: Found) -> bool:
    """Whether a new name read as an activity names an agent or a place ("Geneva, Switzerland",
    "la Commission économique ... (CEA)"): no role is held in it."""
    if found.term.entity is not None or not found.term.label:
        return False
    known = names.registry.resolve(found.term.label)
    if known is not None and (known.iso is not None or known.type in ("Agency", "Organization", "Place")):
        return True
    return any(p.start <= found.start and found.end <= p.end for p in names.places)


#: What may open a sentence before its subject: an article.
_OPENS_WITH = re.compile(r"\s*(?:the|le|la|les|l')?\s*")
#: A pronoun subject and a passive up to the trigger: "Il a été créé en 2005, à Tunis, ", "It was established in 2006 ".
_PRONOUN_PASSIVE = re.compile(r"\s*(?:il|elle|it)\s+(?:a ete|avait ete|est|etait|sera|was|is|has been|had been|will be)\s+"
                              r"(?:[a-z]+ment\s+|[a-z]+ly\s+)?[^;.]{0,50}?")


def _as_written(names: Names, found: Found) -> Found:
    """A new name as written where it was read as a longer one that holds it (an edition of it: "treizième édition du
    Forum ..." for "Le Forum ..."): what is created is the forum, not its edition."""
    written = " ".join(names.text[found.start:found.end].split())
    label = found.term.label or ""
    if found.term.entity is None and found.term.kind != "edition" and len(label) > len(written) \
            and fold(written) in fold(label):
        return Found(Term(found.term.kind, label=written), found.start, found.end)
    return found


@dataclass
class RoleContext:
    """What a sentence leaves to the next: the activities a joint secretariat was named for."""

    secretariat_of: list[Found] = field(default_factory=list)
    #: The activities named so far, that a common noun may name again ("The workshop was organized by").
    named: list[Found] = field(default_factory=list)
    #: The activity the sentence before opened with, that a pronoun opening this one stands for ("Il a été créé par").
    subject: Found | None = None


def add_roles(out: ProseExtraction, names: Names, start: int, end: int, context: RoleContext) -> None:
    text = names.folded
    activities = [year_named_again(names, f, context.named) for f in names.activities_in(start, end)
                  if not _names_agent_or_place(names, f)]
    again = named_again(names, start, end, context.named)
    context.named = (context.named + activities)[-40:]
    previous, context.subject = context.subject, next(
        (f for f in activities if _OPENS_WITH.fullmatch(text, start, f.start)), None)
    if again is not None:
        activities.insert(0, again)
    consumed: set[int] = set()
    agent_keys: set[str] = set()  # the names read as agents ("... convened by UN-ESCWA, LAS and the Lebanese Presidency
    # Council of Ministers (PCM), and was co-sponsored by ...": the Council and its acronym are no activity sponsored)

    def subject_before(position: int) -> Found | None:
        candidates = [f for f in activities if f.end <= position and f.start not in consumed and f.term.key not in agent_keys]
        # the name nearest before, and of names ending there the outermost ("première phase du Sommet mondial")
        return max(candidates, key=lambda f: (f.end, -f.start)) if candidates else None

    def subject_after(position: int) -> Found | None:
        return next((f for f in activities if f.start >= position and f.start not in consumed), None)

    def hold(role: str, activity: Found, agents: list[Found], trigger: tuple[int, int]) -> None:
        recurring = activity.term.entity is not None and activity_names(names.registry).has_editions(activity.term.entity)
        if role == "leadEntity" and (activity.term.is_event or recurring) \
                and text.startswith(("port", "initi", "a l'initi", "at the initi"), trigger[0]):
            role = "organiser"  # who carries or initiates an event ("une rencontre portée par l'UIT") organises it
        for agent in agents:
            if activity.term.key == agent.term.key:
                continue
            consumed.update([agent.start] + [f.start for f in activities if agent.start <= f.start and f.end <= agent.end])
            agent_keys.add(agent.term.key)  # (and the names inside an agent's: "le Secrétariat de l’AfIGF")
            out.add(activity.term, role, agent.term, (activity.start, activity.end), trigger, (agent.start, agent.end))

    def held_by_unnamed(position: int) -> bool:
        """Whether an unnamed thing ("a workshop") written right before ``position`` holds the role."""
        unnamed = _UNNAMED_HEAD[names.lang if names.lang in _UNNAMED_HEAD else "en"].search(text, max(start, position - 60), position)
        if unnamed is None or any(f.start < position and unnamed.start() < f.end for f in activities):
            return False
        named = subject_before(unnamed.start())
        return named is None or not _SAID_OF_NAME.fullmatch(text, named.end, unnamed.start())

    fronted = any(p.match(text, start) for p, _ in ROLE_AFTER)  # "Organised by ITU ..., the summit"
    organised_until = end  # where the last list of organisers ends
    for pattern, role in ROLE_AFTER:
        for m in pattern.finditer(text, start, end):
            agents = agents_after(names, m.end(), aside_end(text, m.start(), m.end(), start, end))
            if not agents and role == "createdBy":  # "créé en 2005, à Tunis, par le Sommet mondial sur la société de l'information"
                agents = [f for f in activities if m.end() <= f.start <= m.end() + 4][:1]
            if not agents:
                continue
            said = role
            if role == "partner" and _JOINT.match(m.group(0)) and organised_until <= m.start() \
                    and re.fullmatch(r"[\s,]*(?:\([^()]{1,20}\)[\s,]*)?", text[organised_until:m.start()]):
                said = "organiser"  # "organized by ECLAC in conjunction with the Government of Uruguay": both organise
            if CHAIR_NOUN.match(m.group(0)) and activities:  # "les co-présidents X et Y": of what the sentence is about
                hold(said, activities[0], agents, (m.start(), m.end()))
                continue
            if ORGANISERS_NOUN.match(m.group(0)):
                # "the organizers of the WSIS Forum, ITU, ...": of the activity the noun names, else of what the sentence
                # is about, else of the activity the sentence before opens with ("The WSIS Forum 2010 will be held ...
                # The organizers, UNESCO, ITU, UNCTAD and UNDP set-up an exceptional event")
                named = [f for f in activities if m.start() <= f.start and f.end <= m.end()]
                activity = (named or activities or [previous])[0]
                if activity is not None:
                    hold(said, activity, agents, (m.start(), m.end()))
                continue
            if held_by_unnamed(m.start()):
                continue
            opening = fronted or _FRONT_PARTICIPLE.fullmatch(text, start, m.start())
            activity = subject_before(m.start()) or (subject_after(agents[-1].end) if opening else None)
            if activity is None and opening:  # "Organisé par l'UIT, ..., ce rendez-vous entend": the event named before
                activity = event_said_again(text, agents[-1].end, end, context.named)
            if activity is None and role == "partner" and (subjects := agents_before(names, m.start(), start)):
                # "La CEA en collaboration avec l'ONUDI et l'UIT, prend des dispositions pour la mise en place du
                # Centre": the partners of what the subject goes on to do
                activity = next((f for f in activities if agents[-1].end < f.start < agents[-1].end + 200
                                 and f.start not in consumed), None) if subjects[-1].end <= m.start() else None
                if activity is not None and any(p.search(text, agents[-1].end, activity.start) for p, _ in ROLE_BEFORE):
                    activity = None  # "ESCAP, in collaboration with ..., are co-organizing X": the verb says the roles
            if activity is not None and activity.end <= m.start() and acts(text, activity.end, m.start()):
                activity = None  # "Le Groupe Consultatif (MAG) a organisé ... avec le support de": the name acts, it is no activity
            if activity is not None and activity.end <= m.start() and _OTHER_ANTECEDENT.match(text, activity.end, m.start()):
                activity = None  # "le forum africain ... découle du forum mondial ... qui a été institutionnalisé par"
            if activity is not None and _MADE_BY.match(m.group(0)) and m.start() - activity.end > 40:
                activity = None  # "un outil ... développé par": what was developed is the noun before, not the event
            if activity is not None and role == "createdBy" and _DOCUMENT_ABOUT.search(text, max(start, activity.start - 90),
                                                                                  activity.start):
                activity = None  # "un rapport sur l'IA au service des alertes précoces pour tous seront publiés par": a report
            if activity is None and role == "createdBy":
                activity = _created_office_before(names, m.start(), start)
            if activity is None and previous is not None and _PRONOUN_PASSIVE.fullmatch(text, start, m.start()) \
                    and not (role == "createdBy" and previous.term.kind == "edition"):  # an edition is held, not created
                activity = _as_written(names, previous) if role == "createdBy" else previous
                # "Le Forum ... est une plateforme ... Il a été créé en 2005, à Tunis, par le Sommet"
            if activity is not None:
                hold(said, activity, agents, (m.start(), m.end()))
                if said == "organiser":
                    organised_until = agents[-1].end
    for pattern, role in ROLE_BEFORE:
        for m in pattern.finditer(text, start, end):
            pronoun_en = re.search(r"\s+en\s*$", text[max(start, m.start() - 5):m.start()])
            verb_at = m.start() - (len(pronoun_en.group(0)) if pronoun_en else 0)
            subject_end = aside.start() if (aside := _ASIDE.search(text, start, verb_at)) else verb_at
            agents = agents_before(names, subject_end, start)
            together = _WITH_CLAUSE.search(text[start:subject_end])
            if together and (found := new_agent_before(names.text, start + together.start(), names.lang)) is not None \
                    and _unit_named(names, found, agents_before(names, start + together.start(), start)):
                agents = [Found(Term("agent", label=found[0]), found[1], found[2])]  # "The ICT Division of Bangladesh, in ..."
                together = (role if re.search(r"\bco-", m.group(0)) else "partner",
                            agents_after(names, start + together.start("with"), verb_at))
            elif together and (subjects := agents_before(names, start + together.start(), start)):
                # "ESCAP, in collaboration with the Ministry ..., are co-organizing": the subject is before the clause
                agents = subjects
                if agents:
                    co_role = role if re.search(r"\b(?:are|ont|have|sont) co-?|\bco-", m.group(0)) else "partner"
                    together = (co_role, agents_after(names, start + together.start("with"), verb_at))
            if not agents and re.search(r"\b(?:elle|il|it|she)\s*$", text[max(start, m.start() - 8):m.start()]):
                agent = pronoun_agent(names, m.start())
                agents = [Found(Term.known(agent.entity), agent.start, agent.end)] if agent else []
            if not agents and not pronoun_en:
                agents = organ_before(names, verb_at, start) or named_subject(names, verb_at, start)
            if (front := _FRONT_WITH.match(text, start, verb_at)) and not together:
                # "Together with INTERPOL, the Centre co-organizes the annual Global Meeting": the others join the verb
                co_role = role if re.search(r"\bco-", m.group(0)) else "partner"
                together = (co_role, agents_after(names, front.start("with"), front.end("with")))
            if not agents and not (isinstance(together, tuple) and together[1]):
                continue
            activity = subject_before(agents[0].start) if pronoun_en and agents else subject_after(m.end())
            phrase = None
            if not pronoun_en and role in ("leadEntity", "createdBy") and (body := body_named_in_lower_case(names, m.end(), end)) \
                    and (activity is None or body.end <= activity.start):
                activity = body  # "has launched a working group on artificial intelligence capacity building to help"
                context.named.append(body)
            elif not pronoun_en and (phrase := object_phrase(names, m.end(), end)) is not None \
                    and (activity is None or activity.start > phrase.start):
                activity = phrase  # frame first: « ont organisé conjointement, vendredi 17 Mai 2024, la conférence nationale
                context.named.append(phrase)  # sur ... au Maroc », a description the name recogniser did not read
            if activity is None:
                continue
            gap = text[m.end():activity.start]
            if not pronoun_en and activity is not phrase and (len(gap) > 40 or "," in gap) and not _WHEN_WHERE_GAP.fullmatch(gap):
                continue
            if re.match(r"[ \t]+[A-Z][a-z]", names.text[activity.end:activity.end + 3]):
                continue  # "with Egypt as Chair of the AfIGF Bureau": the name only qualifies a longer one
            if role == "organiser" and re.search(r"conv(?:enes|ene|oque)", m.group(0)) and not activity.term.is_event:
                role_here = "createdBy"  # convening a body ("convoque un Organe consultatif") constitutes it
            else:
                role_here = role
            hold(role_here, activity, agents, (m.start(), m.end()))
            if isinstance(together, tuple) and together[1]:
                hold(together[0], activity, together[1], ((agents or together[1])[0].start, m.end()))
            if jointly := _JOINTLY.match(text, m.end(), end):
                hold(role_here, activity, agents_after(names, jointly.end(), end), (m.start(), jointly.end()))
    for event in activities:  # "ITU’s AI for Good Global Summit", "UNESCO ... concluded its 3rd Global Forum"
        if event.term.is_event and event.start not in consumed and (owner := _owner_of(names, event, start)) is not None:
            hold("organiser", event, [owner], (owner.start, event.start))
    for m in FOUNDING.finditer(text, start, end):
        activity = subject_after(m.end())
        subjects = [a for a in agents_after(names, start, m.start()) if a.end <= m.start()]
        if activity is not None and activity.start == m.end() and subjects and subjects[0].start - start <= 4:
            hold("partner", activity, subjects, (m.start(), m.end()))
    context.secretariat_of = add_secretariats(names, start, end, activities, context.secretariat_of, hold, subject_after)
    for m in _AGENT_PARTICIPLE.finditer(text, start, end):
        # "an ITU Coordinated WSIS+10 High-Level Event", "the UNESCO-hosted multistakeholder conference Towards ..."
        known = next((Found(Term.known(a.entity), a.start, a.end) for a in names.agents_in(max(start, m.start() - 40), m.start())
                      if a.end == m.start()), None)
        if known is None and (word := re.search(r"(?<![\w-])[A-Z][A-Za-z&]{1,11}$", names.text[max(start, m.start() - 12):m.start()])) \
                and (entity := names.registry.resolve(word.group(0))) is not None:  # "UNESCO-hosted": no mention of its own
            known = Found(Term.known(entity), m.start() - len(word.group(0)), m.start())
        activity = subject_after(m.end())
        if known is not None and activity is not None and activity.start - m.end() <= 40 \
                and not any(p.search(text, m.end(), activity.start) for p, _ in ROLE_AFTER):
            hold(_PARTICIPLE_ROLES[m.group("participle")[:5]], activity, [known], (known.start, m.end()))
    for m in _ASSOCIATED.finditer(text, start, end):
        activity = subject_after(m.end())
        if activity is None or activity.start - m.end() > 40:
            continue
        group = "others" if m.group("others") is not None else "others_en"
        others = [Found(Term.known(a.entity), a.start, a.end) for a in names.agents_in(m.start(group), m.end(group))]
        agents = agents_before(names, m.start(), start)
        if not agents and (found := new_agent_before(names.text, m.start(), names.lang)) is not None:
            agents = [Found(Term("agent", label=found[0]), found[1], found[2])]
        if m.group("launch"):  # "ITU partnered with UNDP to launch a Joint Facility ...": ITU leads it, UNDP is its partner
            hold("leadEntity", activity, agents, (m.start(), m.end()))
            hold("partner", activity, others, (m.start(), m.end()))
        else:
            hold("organiser", activity, agents + others, (m.start(), m.end()))
    for m in _LEAD_WHOSE.finditer(text, start, end):
        activity = subject_before(m.start())
        agent = pronoun_agent(names, activity.start if activity else m.start())
        if activity is not None and agent is not None:
            hold("leadEntity", activity, [Found(Term.known(agent.entity), agent.start, agent.end)], (m.start(), m.end()))
    if frame := _IN_THE_FRAME.match(text, start, end):
        activity = subject_after(frame.end())
        gap = text[frame.end():activity.start] if activity is not None else ""
        if activity is not None and re.fullmatch(r"(?:initiative|programme|projet|project)?\s*[\"“«]?\s*", gap):
            rest = re.compile(r",\s+(?:l'|le |la |les |the )?")
            for comma in rest.finditer(text, activity.end, end):
                agents = [a for a in names.agents_in(comma.end(), end) if a.start == comma.end()]
                if agents:
                    subject = [Found(Term.known(agents[0].entity), agents[0].start, agents[0].end)]
                    if conducted := _CONDUCTED_WITH.search(text, activity.end, comma.start()):
                        # "Dans le cadre du projet X, mené avec la République de Corée, l'UIT aide": the subject leads
                        # what it conducts with the others, who are its partners
                        hold("leadEntity", activity, subject, (frame.start(), activity.end))
                        hold("partner", activity, [a for a in agents_after(names, conducted.end(), comma.start())],
                             (conducted.start(), conducted.end()))
                    else:
                        hold("partner", activity, subject, (frame.start(), activity.end))
                    break

