"""Parse a Global Digital Compact implementation-tracker entry and emit its quads.

An entry gives the commitment's text, an objective number where given (``Objectif 5.9``),
the lead UN entity, dated milestones (``Étape N | échéance fixée au D M YYYY``, optionally
``Réalisée``), why it matters, and next steps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from pyoxigraph import NamedNode

from loaders.errors import ParseError, line_column
from loaders.extract.prose.activity_names import activity_names
from loaders.extract.operative.lexicon import Lexicon, load_lexicon
from loaders.registry import Entity, Mention, Registry, load_registry
from loaders.formats.resolution_text import Located
from loaders.text import fold, parse_date

__all__ = ["Milestone", "ParsedTracker", "parse_tracker", "looks_like_tracker"]

_MILESTONE = re.compile(
    r"^(?:Étape|Milestone)\s+(\d+)\s*\|\s*(?:échéance fixée au|deadline|due)\s+(.+?)\s*$", re.M | re.I
)
_OBJECTIVE = re.compile(r"^\s*(?:Objectif|Objective)\s+(\d+(?:\.\d+)*)\s*$", re.M)
_LEAD = re.compile(r"^\s*(?:Entité de l['’]ONU responsable|Lead UN entity)\s*:\s*(.+?)\s*$", re.M)
_WHY = re.compile(r"^\s*(?:Pourquoi cette mesure est-elle importante|Why (?:does )?(?:this|it) matters?)\s*\??\s*$", re.M | re.I)
_NEXT = re.compile(r"^\s*(?:Quelles sont les prochaines étapes|What are the next steps)\s*\??\s*$", re.M | re.I)


def looks_like_tracker(text: str) -> bool:
    return bool(_MILESTONE.search(text))


@dataclass
class Milestone:
    number: str
    deadline: date
    heading: Located
    description: Located
    status: NamedNode | None = None
    status_at: Located | None = None
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class ParsedTracker:
    commitment: Located
    objective: Located | None = None
    lead: tuple[Entity, Located] | None = None
    milestones: list[Milestone] = field(default_factory=list)
    rationale: Located | None = None
    next_steps: list[Located] = field(default_factory=list)


def _lines(text: str, start: int, end: int) -> list[Located]:
    out = []
    for match in re.finditer(r"[^\n]+", text[start:end]):
        if match.group(0).strip():
            stripped = match.group(0).strip()
            offset = start + match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
            out.append(Located(stripped, offset, offset + len(stripped)))
    return out


def parse_tracker(text: str, *, lang: str, path: str | None = None, lexicon: Lexicon | None = None,
                  registry: Registry | None = None) -> ParsedTracker:
    lexicon = lexicon or load_lexicon()
    registry = registry or load_registry()
    milestones = list(_MILESTONE.finditer(text))
    if not milestones:
        raise ParseError("no milestone line ('Étape N | échéance fixée au ...')", path=path, line=1)
    objective = _OBJECTIVE.search(text, 0, milestones[0].start())
    lead = _LEAD.search(text, 0, milestones[0].start())
    head_start = objective.end() if objective else 0
    head_end = min(m.start() for m in [lead, milestones[0]] if m is not None)
    head = _lines(text, head_start, head_end)
    if not head:
        raise ParseError("no commitment text before the first milestone", path=path, line=1)
    commitment = Located(text[head[0].start:head[-1].end], head[0].start, head[-1].end)
    parsed = ParsedTracker(commitment=commitment)
    if objective:
        parsed.objective = Located(objective.group(1), objective.start(1), objective.end(1))
    if lead:
        entity = registry.resolve(lead.group(1), lang)
        if entity is None:
            line, column = line_column(text, lead.start(1))
            raise ParseError(f"unknown lead entity {lead.group(1)!r}: add it to the entity registry",
                             path=path, line=line, column=column)
        parsed.lead = (entity, Located(lead.group(1), lead.start(1), lead.end(1)))

    why = _WHY.search(text)
    nxt = _NEXT.search(text)
    sections_start = min([m.start() for m in (why, nxt) if m] or [len(text)])
    for index, match in enumerate(milestones):
        end = milestones[index + 1].start() if index + 1 < len(milestones) else sections_start
        deadline = parse_date(match.group(2))
        if deadline is None:
            line, column = line_column(text, match.start(2))
            raise ParseError(f"unreadable deadline {match.group(2)!r}", path=path, line=line, column=column)
        body = _lines(text, match.end(), end)
        status = status_at = None
        if body and fold(body[0].value) in lexicon.statuses:
            status, status_at = lexicon.statuses[fold(body[0].value)], body[0]
            body = body[1:]
        if not body:
            line, _ = line_column(text, match.start())
            raise ParseError(f"milestone {match.group(1)} has no description", path=path, line=line)
        description = Located(text[body[0].start:body[-1].end], body[0].start, body[-1].end)
        heading = Located(match.group(0).strip(), match.start(), match.start() + len(match.group(0).strip()))
        milestone = Milestone(number=match.group(1), deadline=deadline, heading=heading,
                              description=description, status=status, status_at=status_at)
        mentions = registry.find_mentions(text, lang, start=description.start, end=description.end)
        # An edition the registry lists ("l'édition 2025 du Sommet mondial...") names its series too.
        editions = activity_names(registry)
        milestone.mentions = mentions + [Mention(series, m.start, m.end) for m in mentions
                                         if (series := editions.series_of(m.entity)) is not None]
        parsed.milestones.append(milestone)
    if why:
        lines = _lines(text, why.end(), nxt.start() if nxt and nxt.start() > why.end() else len(text))
        if lines:
            parsed.rationale = Located(text[lines[0].start:lines[-1].end], lines[0].start, lines[-1].end)
    if nxt:
        parsed.next_steps = _lines(text, nxt.end(), len(text))
    return parsed


