"""Cleaned text that remembers where each of its characters came from.

Parsers repair published text (join paragraphs cut by page breaks, drop footnote markers and
italics marks) but evidence must point at the original. A :class:`Segment` is cleaned text
plus, for each character, its offset in the source; :meth:`Segment.span` maps a match back.

>>> seg = Segment.empty()
>>> seg.append("Prie *le*", 10)
>>> seg.text, seg.span(5, 7)
('Prie *le*', (15, 17))
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable

__all__ = ["Segment"]

_WHITESPACE = re.compile(r"\s+|$")
#: White space other than a plain space.
_NOT_A_SPACE = re.compile(r"[^\S ]")


def _untidy(text: str) -> bool:
    """White space that collapsing would change: leading, trailing, doubled, or not a plain space
    (what ``^\\s|\\s$|\\s\\s|[^\\S ]`` finds, without trying four branches at every character)."""
    return (text[:1].isspace() or text[-1:].isspace() or "  " in text
            or _NOT_A_SPACE.search(text) is not None)


class Segment:
    """Text and the source offset of each of its characters.

    Appending keeps pieces aside and joins them once, when ``text`` is next read: building a
    paragraph from many pieces stays linear (``str +=`` on an attribute copies every time).
    Offsets are a compact ``array`` (8 bytes a character, not a list's ~36): a long text's
    copies must fit in memory.
    """

    __slots__ = ("_text", "_pieces", "offsets")

    def __init__(self, text: str = "", offsets: Iterable[int] | None = None) -> None:
        self._text = text
        self._pieces: list[str] = []
        self.offsets: array[int] = offsets if isinstance(offsets, array) else array("q", offsets or ())

    @property
    def text(self) -> str:
        if self._pieces:
            self._text = "".join([self._text, *self._pieces])
            self._pieces.clear()
        return self._text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Segment) and self.text == other.text and list(self.offsets) == list(other.offsets)

    def __repr__(self) -> str:
        return f"Segment(text={self.text!r}, offsets=[{len(self.offsets)} offsets])"

    def __len__(self) -> int:
        return len(self.offsets)

    def endswith(self, suffix: str) -> bool:
        """Whether the text ends with ``suffix`` (one character or less), without joining it."""
        last = next((piece for piece in reversed(self._pieces) if piece), self._text)
        return last.endswith(suffix)

    @classmethod
    def empty(cls) -> "Segment":
        return cls()

    @classmethod
    def of(cls, source: str, start: int, end: int) -> "Segment":
        seg = cls()
        seg.append(source[start:end], start)
        return seg

    def append(self, piece: str, source_start: int) -> None:
        self._pieces.append(piece)
        self.offsets.extend(range(source_start, source_start + len(piece)))

    def append_char(self, char: str, source_offset: int) -> None:
        self._pieces.append(char)
        self.offsets.append(source_offset)

    def extend(self, other: "Segment") -> None:
        """Append ``other``, keeping its offsets."""
        self._pieces.append(other.text)
        self.offsets.extend(other.offsets)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The source span of ``self.text[start:end]``."""
        return self.offsets[start], self.offsets[end - 1] + 1

    @property
    def source_span(self) -> tuple[int, int]:
        return self.span(0, len(self.text))

    def remove(self, pattern: re.Pattern[str]) -> "Segment":
        """A copy without the matches of ``pattern``."""
        if not pattern.search(self.text):
            return Segment(self.text, self.offsets[:])
        texts: list[str] = []
        offsets = array("q")
        last = 0
        for match in pattern.finditer(self.text):
            texts.append(self.text[last:match.start()])
            offsets += self.offsets[last:match.start()]
            last = match.end()
        texts.append(self.text[last:])
        offsets += self.offsets[last:]
        return Segment("".join(texts), offsets)

    def collapse_whitespace(self) -> "Segment":
        """Runs of white space become one space; leading and trailing space go."""
        if not _untidy(self.text):  # most paragraphs: nothing to collapse
            return Segment(self.text, self.offsets[:])
        texts: list[str] = []
        offsets = array("q")
        last = 0
        text, source = self.text, self.offsets
        for match in _WHITESPACE.finditer(text):
            if match.start() > last:
                if texts:
                    texts.append(" ")
                    offsets.append(source[last - 1] + 1 if last else source[0])
                texts.append(text[last:match.start()])
                offsets += source[last:match.start()]
            last = match.end()
        return Segment("".join(texts), offsets)

    def slice(self, start: int, end: int | None = None) -> "Segment":
        end = len(self.text) if end is None else end
        return Segment(self.text[start:end], self.offsets[start:end])
