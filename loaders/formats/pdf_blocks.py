"""Body lines of a PDF's pages joined into paragraphs, by the space between them and their indent.

A paragraph ends where the space to the next baseline is wider than the leading of its lines
(the UN's layout leaves a blank half line between paragraphs), or where the type changes
(a bold heading after plain text). A page's first line continues the paragraph left open on
the page before unless it is indented past the page's left edge of text or opens with a number
or a lettered item. Footnotes are written after the paragraph whose page they stand on.

A block whose lines are all set in bold is a heading ("Social aspects", "I. General"); its
offset is kept so the parser can skip it. The result is blank-line separated blocks, the input
of :func:`loaders.formats.resolution_text.parse_resolution`.

>>> from loaders.formats.pdf_layout import Line
>>> from loaders.formats.pdf_regions import PageParts
>>> page = PageParts(2, [Line("Welcoming the day of", 147, 709, 10), Line("sport,", 123, 697, 10),
...                      Line("1. Decides to go on.", 147, 679, 10)], [("²", "Resolution 55/2.")])
>>> print(blocks_text([page]).text)
Welcoming the day of sport,
<BLANKLINE>
1. Decides to go on.
<BLANKLINE>
² Resolution 55/2.
<BLANKLINE>
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from loaders.formats.pdf_layout import Line
from loaders.formats.pdf_regions import PageParts, join_lines

__all__ = ["blocks_text", "BlocksText", "LEADING"]

#: Baselines further apart than this many times the type size are in different paragraphs
#: (lines of a paragraph are 1.2 sizes apart, paragraphs 1.8).
LEADING = 1.45
#: How far past the left edge of text a line must start to be indented.
_INDENT = 4.0
#: A line starting this share of the page's width right of the text's left edge (a meeting line
#: set to the right, a centred heading) does not go on the line above it.
_FAR_RIGHT = 0.16
#: A line that opens a numbered paragraph or a lettered item; the number may stand alone, its
#: text a line of its own on the same baseline (the tab after "3." splits them: 78/128, annex III).
_OPENS_ITEM = re.compile(r"^(?:\d{1,3}\.|\([a-z]{1,3}\)|\([ivx]+\))(?:\s|$)")


def _left_edge(lines: list[Line]) -> float:
    edges = Counter(round(ln.x) for ln in lines)
    return float(edges.most_common(1)[0][0]) if edges else 0.0


@dataclass
class BlocksText:
    """The blocks as text, and where the headings among them start."""

    text: str
    headings: set[int] = field(default_factory=set)


def _breaks(previous: Line, line: Line, far_right: float) -> bool:
    """Whether ``line`` starts a new block after ``previous`` on the same page."""
    gap = previous.y - line.y
    if gap < -1 or gap > LEADING * max(previous.size, line.size):
        return True
    if gap > 1 and line.x > far_right:
        return True
    if abs(previous.size - line.size) > 0.6 or previous.bold != line.bold:
        return True
    return False


def blocks_text(pages: list[PageParts], *, width: float = 612.0) -> BlocksText:
    """The pages' paragraphs and footnotes as blank-line separated blocks."""
    out: list[tuple[str, bool]] = []  # (block, heading)
    current, bold = "", False
    pending: list[str] = []  # footnotes waiting for the open paragraph to close

    def close() -> None:
        nonlocal current
        if current:
            out.append((current, bold))
        current = ""
        out.extend((note, False) for note in pending)
        pending.clear()

    for page in pages:
        edge = _left_edge(page.body)
        previous: Line | None = None
        for line in page.body:
            if previous is None:
                starts = (not current or line.x > edge + _INDENT or bool(_OPENS_ITEM.match(line.text))
                          or line.bold != bold)
            else:
                starts = _breaks(previous, line, edge + _FAR_RIGHT * width)
            if starts:
                close()
                current, bold = line.text, line.bold
            else:
                current = join_lines(current, line.text)
            previous = line
        pending.extend(f"{marker} {text}" for marker, text in page.footnotes)
    close()
    text, headings = "", set()
    for block, heading in out:
        if block.strip():
            if heading:
                headings.add(len(text))
            text += block + "\n\n"
    return BlocksText(text[:-1] if text else "\n", headings)
