"""A costly regex skipped where a cheap one shows it cannot match.

Some extraction regexes try many branches at every character of a clause (``re`` has no
literal to jump to when a pattern starts with a word of any form, or is case-insensitive),
while the words they need are rare. A *guard* is a cheap regex that matches inside every
match of a branch (a word the branch spells out, with the same flags): where the guard finds
nothing between ``pos`` and ``endpos``, the branch cannot match there either, and the search
uses the pattern without it. Results are those of the full pattern, by construction; the
tests compare both on real clauses.

>>> import re
>>> costly = GuardedPattern(r"(?P<a>\\w+ shall be composed)|(?P<b>report)", guards={"a": "shall"})
>>> [m.group(0) for m in costly.finditer("the report")], costly.search("the Group shall be composed").group("a")
(['report'], 'Group shall be composed')
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["GuardedPattern"]


class GuardedPattern:
    """``pattern`` (top-level branches ``…|…``) with a guard for some of its branches.

    ``guards`` maps the name of a group to a regex that every match of the top-level branch
    holding that group contains (in what the branch consumes, not in a lookaround). Compiled
    with ``flags``; the guards too.
    """

    def __init__(self, pattern: str, *, guards: dict[str, str], flags: int = 0) -> None:
        self.full = re.compile(pattern, flags)
        self.guards = {name: re.compile(guard, flags) for name, guard in guards.items()}
        branches = _top_level_branches(pattern)
        self._without: dict[tuple[str, ...], re.Pattern[str] | None] = {}
        for name in guards:
            if sum(f"(?P<{name}>" in b for b in branches) != 1:
                raise ValueError(f"the group {name!r} is not in exactly one top-level branch")
        self._branches, self._flags = branches, flags
        self._guard_items = list(self.guards.items())

    def _pattern_without(self, absent: tuple[str, ...]) -> re.Pattern[str] | None:
        """The pattern with the branches whose guard is absent made to fail at once (``(?!)``):
        same groups, same order of the other branches, so the same matches where they cannot match.
        None when no branch is left."""
        if absent not in self._without:
            disabled = [any(f"(?P<{n}>" in b for n in absent) for b in self._branches]
            branches = ["(?!)" + b if off else b for b, off in zip(self._branches, disabled)]
            self._without[absent] = None if all(disabled) else re.compile("|".join(branches), self._flags)
        return self._without[absent]

    def _for(self, text: str, pos: int, endpos: int) -> re.Pattern[str] | None:
        absent: tuple[str, ...] = ()
        for name, guard in self._guard_items:
            if guard.search(text, pos, endpos) is None:
                absent += (name,)
        return self._pattern_without(absent) if absent else self.full

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        endpos = len(text) if endpos is None else endpos
        pattern = self._for(text, pos, endpos)
        return pattern.search(text, pos, endpos) if pattern is not None else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        endpos = len(text) if endpos is None else endpos
        pattern = self._for(text, pos, endpos)
        return pattern.finditer(text, pos, endpos) if pattern is not None else iter(())

    @property
    def pattern(self) -> str:
        return self.full.pattern


def _top_level_branches(pattern: str) -> list[str]:
    """``pattern`` cut at its top-level ``|`` (outside groups, classes and escapes)."""
    branches, depth, start, index, in_class = [], 0, 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
            if pattern[index + 1:index + 2] == "^":
                index += 1
            if pattern[index + 1:index + 2] == "]":  # a "]" right after "[" or "[^" belongs to the class
                index += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:index])
            start = index + 1
        index += 1
    branches.append(pattern[start:])
    return branches
