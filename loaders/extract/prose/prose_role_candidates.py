"""Candidate role pairs in prose and the features a learned classifier reads of them.

In each sentence every pair of an activity the extractor names (``names.activities``: registry
activities, new names, short names, editions) and an agent it names (a registry agency, organ,
organization or state, ``names.agents``) is a candidate: the pair may hold a role (organiser,
partner, leadEntity ...) or none. More activity names read upstream give more candidates, with no
change here.

The features say how the sentence links the two, never who they are: the words between the
mentions and around them (folded, cut to a crude stem), the cue words of each role that occur
there, the order of the two, their distance, the punctuation and the other names between them,
the language, and the kinds of the two terms. No name of an agent or an activity is a feature.

>>> from loaders.registry import load_registry
>>> names = read_document("AI for Good is organized by ITU.", "en", load_registry())
>>> [(c.activity.term.key, c.agent.term.key) for c in candidate_pairs(names, 0, len(names.text))]
[('ai-for-good', 'itu')]
>>> sorted(f for f in candidate_pairs(names, 0, len(names.text))[0].features if f.startswith("agent_prev"))
['agent_prev1=by', 'agent_prev2=organi by']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.prose.prose_document import read_document
from loaders.extract.prose.prose_names import Names
from loaders.extract.prose.prose_terms import MONTHS_EN, MONTHS_FR, Found, Term

__all__ = ["Candidate", "ROLE_CUES", "candidate_pairs", "read_document", "stem"]

#: Stems (see :func:`stem`) of the words that say each role, English and French.
ROLE_CUES = {
    "organiser": ("organi", "host", "heberg", "accueil", "conven", "convoq", "anim", "held", "tenu"),
    "leadEntity": ("led", "lead", "launch", "lanc", "dirig", "pilot", "spearh", "initia", "men", "implem", "run",
                   "manag", "port", "mis", "met"),
    "partner": ("partne", "parten", "collab", "cooper", "suppor", "soutie", "souten", "sponso", "financ", "fund",
                "back", "appui", "concour", "join", "rejoi", "avec", "with", "conjunc"),
    "coordinator": ("coordi", "coordo"),
    "chair": ("chair", "presid", "copres", "cochai"),
    "createdBy": ("creat", "cre", "establ", "etabl", "set", "develo", "publis", "publi", "instit", "design", "con",
                  "elabor", "produc"),
    "secretariat": ("secret",),
}
_SUFFIXES = ("ations", "ation", "ements", "ement", "ing", "ees", "ee", "es", "ed", "e", "s")
_TOKEN = re.compile(r"\w+|[^\w\s]")
#: Words before a role verb that say the voice: the agent comes after "by" or "par".
_BY = frozenset({"by", "par"})
_CONJUNCTIONS = frozenset({"and", "et", "or", "ou", "as", "ainsi"})


def stem(word: str) -> str:
    """A crude stem of a folded word, the same for English and French inflections: a common
    ending cut, then six letters at most.

    >>> [stem(w) for w in ("organised", "organized", "organise", "hosting", "partnership", "partenariat")]
    ['organi', 'organi', 'organi', 'host', 'partne', 'parten']
    """
    if len(word) > 4:
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)]
                break
    return word[:6]


@dataclass(frozen=True)
class Candidate:
    """An activity and an agent named in one sentence, and the features of their link."""

    activity: Found
    agent: Found
    sentence: tuple[int, int]
    features: frozenset[str]


def _names_agent_or_place(names: Names, found: Found) -> bool:
    """Whether a new activity name is a name of an agent or a place of the registry."""
    if found.term.entity is not None or not found.term.label:
        return False
    known = names.registry.resolve(found.term.label)
    return known is not None and (known.iso is not None or known.type in ("Agency", "Organization", "Place"))


def _activities(names: Names, start: int, end: int) -> list[Found]:
    out: list[Found] = []
    for found in names.activities_in(start, end):
        if found.term.kind in ("instrument", "paragraph", "date", "month") or _names_agent_or_place(names, found):
            continue
        if all((f.start, f.end, f.term.key) != (found.start, found.end, found.term.key) for f in out):
            out.append(found)
    return out


#: A name the registry does not know, that may be an agent: capitalised words, with "of", "for", "de", "&"
#: between them ("Amazon Web Services", "Digital Bridge Institute", "Internet Society").
_NEW_AGENT = re.compile(r"(?<![\w-])[A-ZÀ-Ý][\w&’'.-]*(?:[ \t]+(?:(?:of|for|on|de|du|des|&)[ \t]+(?:the[ \t]+|la[ \t]+|l['’])?)?"
                        r"[A-ZÀ-Ý][\w&’'.-]*)*")
#: Capitalised words that name no agent: articles and pronouns opening a sentence, months, days.
_NOT_AGENT = re.compile(r"(?i)(?:the|a|an|this|these|its|it|in|on|at|for|with|by|as|le|la|les|l|un|une|ce|cette|"
                        r"il|elle|en|dans|par|pour|avec|au|aux|du|des|de|lors|depuis|selon|"
                        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|"
                        r"samedi|dimanche|" + MONTHS_EN + "|" + MONTHS_FR + r")")
#: Words that say an organization: a new name holding one is likelier an agent.
_ORGANIZATION_WORDS = frozenset({"ministry", "ministere", "ministre", "university", "universite", "agency", "agence",
                                 "association", "society", "societe", "institute", "institut", "inc", "ltd", "foundation",
                                 "fondation", "department", "government", "gouvernement", "authority", "autorite",
                                 "council", "conseil", "commission", "bank", "banque", "company", "corporation", "group",
                                 "groupe", "union", "mission", "office", "bureau", "organization", "organisation"})


def _agents(names: Names, start: int, end: int, activities: list[Found]) -> list[Found]:
    """The registry's agents named in the sentence, and capitalised names no other name covers."""
    known = [Found(Term.known(m.entity), m.start, m.end) for m in names.agents_in(start, end)
             if not any(a.start <= m.start and m.end <= a.end for a in activities)]
    taken = [(f.start, f.end) for f in activities + known + names.places_in(start, end)]
    taken += [(c.start, c.end) for c in names.citations_in(start, end)]
    taken += [(m.start, m.end) for m in names.mentions if start <= m.start and m.end <= end]
    new = []
    for m in _NEW_AGENT.finditer(names.text, start, end):
        name = re.sub(r"(?<=\w\w\w)\.$", "", m.group(0))
        if _NOT_AGENT.fullmatch(name) or len(name) < 3 or any(s < m.start() + len(name) and m.start() < e for s, e in taken):
            continue
        if " " not in name and not name.isupper() and not names.text[start:m.start()].strip():
            continue  # a sentence's first word is capitalised whatever it is: "Organisé par ..."
        new.append(Found(Term("agent", label=name), m.start(), m.start() + len(name)))
    return sorted(known + new, key=lambda f: f.start)


def _tokens(folded: str, lo: int, hi: int, spans: list[tuple[int, int, str]]) -> list[str]:
    """The stemmed words and punctuation of ``folded[lo:hi]``, each name in ``spans`` one token
    (``<act>`` or ``<agt>``)."""
    out: list[str] = []
    position = lo
    for s, e, token in sorted(spans):
        if e <= position or s >= hi or s < position:
            continue
        out += [stem(t) for t in _TOKEN.findall(folded[position:s])]
        out.append(token)
        position = e
    out += [stem(t) for t in _TOKEN.findall(folded[position:hi])]
    return out


def _bucket(n: int, bounds: tuple[int, ...] = (0, 1, 2, 4, 7, 12, 20)) -> str:
    return next((f"<={b}" for b in bounds if n <= b), f">{bounds[-1]}")


def _cues(tokens: list[str], where: str) -> set[str]:
    return {f"cue:{role}:{where}" for role, cues in ROLE_CUES.items()
            for t in tokens if any(t.startswith(c) for c in cues)}


def _features(names: Names, activity: Found, agent: Found, sentence: tuple[int, int],
              spans: list[tuple[int, int, str]], activities: list[Found], agents: list[Found]) -> frozenset[str]:
    folded = names.folded
    start, end = sentence
    others = [s for s in spans if (s[0], s[1]) not in ((activity.start, activity.end), (agent.start, agent.end))]
    agent_first = agent.start < activity.start
    left, right = (agent, activity) if agent_first else (activity, agent)
    between = _tokens(folded, left.end, right.start, others)
    before_agent = _tokens(folded, start, agent.start, others)[-3:]
    after_agent = _tokens(folded, agent.end, end, others)[:3]
    before_act = _tokens(folded, start, activity.start, others)[-2:]
    after_act = _tokens(folded, activity.end, end, others)[:2]
    order = "agent_first" if agent_first else "activity_first"
    out = {f"lang={names.lang}", f"order={order}", f"dist={_bucket(len(between))}",
           f"agent_type={agent.term.entity.type if agent.term.entity else 'new'}",
           f"act_kind={activity.term.entity.type if activity.term.entity else activity.term.kind}",
           f"act_event={activity.term.is_event}"}
    if agent.term.entity is None:
        words = _TOKEN.findall(folded[agent.start:agent.end])
        out.add(f"new_agent_words={_bucket(len(words), (1, 2, 4))}")
        out.add(f"new_agent_organization={bool(_ORGANIZATION_WORDS & set(words))}")
    out |= {f"b:{t}" for t in between}
    out |= {f"{order}:b:{t}" for t in between if not t.isalnum() or t in _BY or t in _CONJUNCTIONS}
    out |= _cues(between, "between") | _cues(before_agent, "before_agent") | _cues(after_agent, "after_agent")
    out |= {f"{order}:{c}" for c in _cues(between, "between")}
    for name, words in (("agent_prev", before_agent[::-1]), ("agent_next", after_agent),
                        ("act_prev", before_act[::-1]), ("act_next", after_act)):
        if words:
            out.add(f"{name}1={words[0]}")
            out.add(f"{order}:{name}1={words[0]}")
        if len(words) > 1:
            out.add(f"{name}2=" + " ".join(words[:2][::-1] if "prev" in name else words[:2]))
    out.add(f"by_before_agent={bool(_BY & set(before_agent))}")
    out.add(f"commas={_bucket(between.count(','), (0, 1, 2))}")
    out |= {f"punct:{p}" for p in (";", "(", ":", "-") if p in between}
    out.add(f"acts_between={_bucket(between.count('<act>'), (0, 1))}")
    out.add(f"agents_between={_bucket(between.count('<agt>'), (0, 1, 3))}")
    nearest_act = min(activities, key=lambda a: abs(a.start - agent.start))
    out.add(f"nearest_activity={(nearest_act.start, nearest_act.end) == (activity.start, activity.end)}")
    out.add(f"first_activity={(activities[0].start, activities[0].end) == (activity.start, activity.end)}")
    out.add(f"first_agent={(agents[0].start, agents[0].end) == (agent.start, agent.end)}")
    out.add(f"agents_in_sentence={_bucket(len(agents), (1, 2, 4))}")
    out.add(f"sentence_opens_with_agent={not _tokens(folded, start, agent.start, [])[1:] and agents[0] == agent}")
    return frozenset(out)


def candidate_pairs(names: Names, start: int, end: int) -> list[Candidate]:
    """Every (activity, agent) pair named in the sentence ``start:end``, with its features."""
    activities = _activities(names, start, end)
    agents = _agents(names, start, end, activities)
    if not activities or not agents:
        return []
    spans = _outermost([(a.start, a.end, "<act>") for a in activities] + [(a.start, a.end, "<agt>") for a in agents])
    out = []
    for activity in activities:
        for agent in agents:
            if activity.term.key == agent.term.key:
                continue
            out.append(Candidate(activity, agent, (start, end),
                                 _features(names, activity, agent, (start, end), spans, activities, agents)))
    return out


def _outermost(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    kept: list[tuple[int, int, str]] = []
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept
