"""What a clause's mandates are made of: values with their spans, assignees, deliverables."""

from __future__ import annotations

from dataclasses import dataclass, field

from loaders.registry import Entity

__all__ = ["Value", "Assignee", "Deliverable", "ClauseMandates"]


@dataclass(frozen=True)
class Value:
    """A value read from the text, with the span (in the paragraph's text) that states it."""

    value: object
    start: int
    end: int


@dataclass(frozen=True)
class Assignee:
    """An entity asked to act: known to the registry (``entity``) or only named (``name``)."""

    entity: Entity | None
    name: str
    start: int
    end: int
    type: str = "Body"


@dataclass
class Deliverable:
    kind: str
    label: Value
    name: str | None = None  # the proper name of a body, process or observance the clause creates
    report_to: Assignee | None = None
    due_session: Value | None = None
    session_offset: Value | None = None  # "next session": the resolution's session + value
    due_date: Value | None = None
    recurrence: Value | None = None
    #: The registry's node for a body, process or programme the clause names ("establishes …
    #: the Scientific Panel"): one node per real thing, whoever names it.
    entity: Entity | None = None


@dataclass
class ClauseMandates:
    assignees: list[Assignee] = field(default_factory=list)
    deliverables: list[Deliverable] = field(default_factory=list)
    condition: Value | None = None
    #: The directive a repeated or continued clause asks as ("Reiterates the urgent call upon Myanmar:" asks as
    #: ``callsUpon``): its points carry that directive on (None for a clause that asks in its own words).
    asks_as: str | None = None
