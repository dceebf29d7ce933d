"""Where each line of a page stands: running header, footer, body text or footnote.

Told by position and type, not by what the lines say:

- the **running header** (symbol, running title) is in the top margin of every page but the
  first; the **footer** (job number, page number, bar code) at the foot of every page, set
  apart from the text above it by more than a paragraph's space (the first page's footer,
  with its bar code, stands higher than the others');
- **footnotes** are the lines under the footnote rule (a short line of underscores) at the
  foot of the page; each note opens with its marker in superscript, set smaller than the note;
- everything else is **body**.

>>> from loaders.formats.pdf_layout import Line, Page
>>> page = Page(2, 612, 792, [Line("A/RES/78/10", 60, 733, 8.5), Line("Welcoming the day,", 147, 709, 10),
...     Line("_" * 18, 99, 94, 8), Line("² Resolution 55/2.", 117, 80, 8.5), Line("2/5 23-23443", 60, 36, 7)])
>>> parts = split_page(page)
>>> [ln.text for ln in parts.body], parts.footnotes
(['Welcoming the day,'], [('²', 'Resolution 55/2.')])
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from loaders.formats.pdf_layout import Line, Page

__all__ = ["PageParts", "split_page", "body_size", "join_lines", "TOP_MARGIN", "BOTTOM_MARGIN", "FOOTER_ZONE"]

#: Shares of the page's height above and below the text area of the UN's page layout (letter
#: and A4): running headers stand 50-60 pt from the top and the text starts 80 pt from it;
#: footers stand 30-42 pt from the bottom and the lowest footnotes 50 pt from it (A/RES/78/76's
#: third page: its last note, "¹⁴ Resolution 65/229, annex.", lost under a margin of 50.7 pt).
TOP_MARGIN = 0.085
BOTTOM_MARGIN = 0.058
#: The foot of the page where a footer may start (the first page's stands up to 70 pt high),
#: and the space above it, in sizes of the line above (paragraphs are 1.8 sizes apart).
FOOTER_ZONE = 0.1
_FOOTER_GAP = 2.0
_RULE = re.compile(r"^_{5,}$")
_MARKER = re.compile(r"^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(.*)$")


@dataclass
class PageParts:
    number: int
    body: list[Line] = field(default_factory=list)
    footnotes: list[tuple[str, str]] = field(default_factory=list)  # (marker, text)


def body_size(pages: list[Page]) -> float:
    """The type size most of the document's characters are set in."""
    weights: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            weights[line.size] += len(line.text)
    return weights.most_common(1)[0][0] if weights else 10.0


def _is_rule(line: Line, page: Page) -> bool:
    return bool(_RULE.match(line.text.replace(" ", ""))) and line.right - line.x < 0.5 * page.width


def _notes(lines: list[Line]) -> list[tuple[str, str]]:
    notes: list[tuple[str, str]] = []
    for line in lines:
        match = _MARKER.match(line.text)
        if match:
            notes.append((match.group(1), match.group(2)))
        elif notes:
            marker, text = notes[-1]
            notes[-1] = (marker, join_lines(text, line.text))
    return notes


def join_lines(left: str, right: str) -> str:
    """Two lines of one paragraph as one: a line ending in a hyphen after a letter joins the next
    without a space ("sub-" + "item")."""
    if not left:
        return right
    if left.endswith(("-", "‑")) and left[-2:-1].isalpha():
        return left + right
    return left + " " + right


def _footer_start(lines: list[Line], page: Page) -> int:
    """Where the footer begins: the first line at the foot set apart by a wide space."""
    for index in range(1, len(lines)):
        line, above = lines[index], lines[index - 1]
        if _is_rule(line, page) or _is_rule(above, page):
            continue  # the footnote rule stands apart from the text above and the notes below
        if line.y < page.height * FOOTER_ZONE and above.y - line.y > _FOOTER_GAP * above.size:
            return index
    return len(lines)


def split_page(page: Page) -> PageParts:
    """The page's body lines and its footnotes, headers and footers left out."""
    top = page.height * (1 - TOP_MARGIN)
    bottom = page.height * BOTTOM_MARGIN
    parts = PageParts(page.number)
    lines = [ln for ln in page.lines if ln.y > bottom and (page.number == 1 or ln.y < top)]
    lines = lines[:_footer_start(lines, page)]
    rule = next((i for i, ln in enumerate(lines) if _is_rule(ln, page) and i > 0), None)
    if rule is not None and all(ln.size <= lines[rule - 1].size for ln in lines[rule + 1:]):
        parts.body, parts.footnotes = lines[:rule], _notes(lines[rule + 1:])
    else:
        parts.body = lines
    return parts
