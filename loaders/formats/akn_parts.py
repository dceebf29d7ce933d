"""Which part of a resolution each paragraph is in, where numbering restarts in each part.

Most resolutions number their operative paragraphs 1, 2, 3... once; some restart the numbering
in each section or part (the budget resolutions' sections I, II, III; an annex's articles or
guidelines; the parts A and B of a resolution adopted in two parts). A paragraph's number then
no longer names it, and its IRI takes the part's label (``…/part/II/para/3``).

Paragraphs are read in document order into *runs* of one numbering. A labelled heading (a
section's number, "B.", "IV", "Article 5") where the numbering goes on does not start a run;
one where it goes back does. A number already used in the run without such a heading starts an
unlabelled run (an inner list numbered 1, 2, 3), which ends when the outer numbering resumes.
Only runs that restart the numbering and collide with another run take a part; the first run
of a body keeps its plain IRIs, so resolutions without restarts keep theirs, and so does the
first section of one with restarts (``…/para/1`` in section I, ``…/part/II/para/1`` in II).

>>> body = Numbering()
>>> for label, numbers in (("I", "1 2"), ("II", "1 2 3")):
...     body.heading(label)
...     for n in numbers.split():
...         body.add(Numbered(n))
>>> [(p.part, p.number) for p in body.finish()]
[(None, '1'), (None, '2'), ('II', '1'), ('II', '2'), ('II', '3')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

__all__ = ["Numbered", "Numbering", "heading_label"]

_LEADING_NUMBER = re.compile(r"\d+")
#: "Article 5", "Section 29F", "Part XII", "Pillar IV: ...", "Action 3. We will ...".
_WORD_LABEL = re.compile(r"[A-ZÀ-Ý][\w’'-]*\s+(\d{1,3}[A-Z]?|[IVXLC]+|[A-Z])(?=[.:]?(?:\s|$))")
#: "IV", "B. Pension Administration", "I. Our shared commitment".
_MARK_LABEL = re.compile(r"([IVXLC]+|[A-Z])(?:\.(?=\s|$)|$)")


def heading_label(text: str) -> str | None:
    """The label a heading gives its part, or ``None`` for a title with no number or letter.

    >>> heading_label("Article 5"), heading_label("D. Audit"), heading_label("Use of terms")
    ('5', 'D', None)
    """
    text = " ".join(text.split())
    match = _MARK_LABEL.match(text) or _WORD_LABEL.match(text)
    return match.group(1) if match else None


class _HasNumber(Protocol):
    number: str
    part: str | None


@dataclass
class Numbered:
    """A paragraph as far as numbering goes (the renderer's paragraphs have these fields too)."""

    number: str
    part: str | None = None


@dataclass
class _Run:
    label: str | None
    members: list[_HasNumber] = field(default_factory=list)
    numbers: set[str] = field(default_factory=set)
    last: int | None = None


def _value(number: str) -> int | None:
    match = _LEADING_NUMBER.match(number)
    return int(match.group(0)) if match else None


class Numbering:
    """The top-level paragraphs of one body (a resolution's, an annex's) and their runs."""

    def __init__(self) -> None:
        self.paragraphs: list[_HasNumber] = []
        self._runs: list[_Run] = []
        self._current: _Run | None = None
        self._heading: str | None = None
        #: The label of the last heading read since the last paragraph (points after it are its).
        self.since_paragraph: str | None = None

    @property
    def last(self) -> _HasNumber | None:
        return self.paragraphs[-1] if self.paragraphs else None

    def heading(self, label: str | None) -> None:
        """A heading was read; a labelled one may start a part."""
        if label:
            self._heading = self.since_paragraph = label

    def add(self, paragraph: _HasNumber) -> None:
        self.since_paragraph = None
        run = self._run_for(paragraph.number)
        run.members.append(paragraph)
        run.numbers.add(paragraph.number)
        value = _value(paragraph.number)
        if value is not None:
            run.last = value
        self.paragraphs.append(paragraph)

    def add_apart(self, paragraph: _HasNumber) -> None:
        """A paragraph whose part is already set: it takes no part in the runs."""
        self.since_paragraph = None
        self.paragraphs.append(paragraph)

    def _run_for(self, number: str) -> _Run:
        heading, self._heading = self._heading, None
        current, value = self._current, _value(number)
        goes_on = current is not None and number not in current.numbers and (
            value is None or current.last is None or value > current.last)
        if current is not None and heading is None and value is not None and current.last != value - 1:
            for run in reversed(self._runs):
                if run is not current and run.last == value - 1 and number not in run.numbers:
                    self._current = run  # an inner list has ended; the outer numbering resumes
                    return run
        if current is not None and goes_on:
            return current
        self._current = _Run(heading)
        self._runs.append(self._current)
        return self._current

    def finish(self) -> list[_HasNumber]:
        """The paragraphs, those of colliding runs with their ``part`` set."""
        used: dict[str, set[str]] = {}
        for index, run in enumerate(self._runs):
            others = set().union(*(r.numbers for r in self._runs if r is not run))
            if index == 0 or not run.numbers & others:
                continue  # the first numbering keeps plain IRIs; only restarts name their part
            label = base = run.label or str(index + 1)
            suffix = 1
            while label in used and used[label] & run.numbers:
                suffix += 1
                label = f"{base}-{suffix}"
            used.setdefault(label, set()).update(run.numbers)
            for member in run.members:
                member.part = label
        return self.paragraphs
