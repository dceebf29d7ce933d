"""The lines of a PDF page with their place and type size, read through pypdf's text visitor
(the alternative engine; :mod:`loaders.formats.pdf_lines` reads them with pdfminer.six).

pypdf calls a visitor with every run of text it shows, the run's font and size and the
matrices that place it. Runs on one baseline make a :class:`Line`; a run in a smaller type
whose baseline sits a little above a line's is a superscript of that line (a footnote marker:
its digits are written as superscript digits, ``"Rights,¹"``). Lines keep their left edge,
baseline, type size and whether they are set in bold, so later steps can tell running
headers, footnotes, headings and paragraph starts apart by where they stand and how they are
set, not by what they say.
"""

from __future__ import annotations

import io
import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from loaders.errors import LoadError
from loaders.limits import read_bounded

__all__ = ["Run", "Line", "Page", "read_pages_pypdf", "lines_of_runs", "SUPERSCRIPT_DIGITS"]

SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
#: A run this much smaller than its line, raised above the baseline, is a superscript.
_SMALLER = 0.8


@dataclass(frozen=True)
class Run:
    """One piece of text as the PDF shows it: left edge, baseline, type size, font name."""

    text: str
    x: float
    y: float
    size: float
    font: str = ""
    width: float = 0.0  # from the font's glyph widths; 0 when the font does not give them

    @property
    def bold(self) -> bool:
        return "bold" in self.font.lower()

    @property
    def end(self) -> float:
        return self.x + (self.width or 0.5 * self.size * len(self.text))  # else half an em a character


@dataclass
class Line:
    """One line of a page: left and right edges, baseline, type size, bold or not, and its text
    with footnote markers as superscript digits."""

    text: str
    x: float
    y: float
    size: float
    bold: bool = False
    right: float = 0.0


@dataclass
class Page:
    number: int  # from 1
    width: float
    height: float
    lines: list[Line]


def _scale(matrix: list[float]) -> float:
    return math.hypot(matrix[2], matrix[3]) or 1.0


def _placed(text: str, cm: list[float], tm: list[float], font: dict | None, size: float) -> Run | None:
    if not text.strip():
        return None
    x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
    y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
    name = str((font or {}).get("/BaseFont", ""))
    scaled = size * _scale(tm) * _scale(cm)
    return Run(text=text, x=x, y=y, size=scaled, font=name, width=_width(text, font or {}) * scaled)


def _width(text: str, font: dict) -> float:
    """The width of ``text`` in ems from a simple font's /Widths (WinAnsi codes), or 0."""
    try:
        widths, first = font.get("/Widths"), int(font.get("/FirstChar", 0))
        if not widths:
            return 0.0
        widths = [float(w) for w in widths]
        total = 0.0
        for code in text.encode("cp1252", errors="replace"):
            index = code - first
            total += widths[index] if 0 <= index < len(widths) else 500.0
        return total / 1000
    except (TypeError, ValueError, AttributeError):
        return 0.0


def _join(runs: list[Run], size: float) -> str:
    """The text of runs on one line, a space where the gap is wider than 0.04 em: pypdf
    hands the runs over without the space glyph between them, so the gap left is under a space."""
    out = ""
    previous: Run | None = None
    for run in runs:
        piece = run.text
        if run.size < _SMALLER * size and piece.strip().isdigit():
            piece = piece.strip().translate(SUPERSCRIPT_DIGITS)
            out = out.rstrip()
        elif previous is not None and out and not out.endswith(" ") and not piece.startswith(" "):
            if run.x - previous.end > size * 0.04 and previous.size >= _SMALLER * size:
                out += " "
        out += piece
        previous = run
    return " ".join(out.split())


def lines_of_runs(runs: list[Run]) -> list[Line]:
    """Runs grouped into lines, top to bottom, superscripts joined to the line below them."""
    rows: list[list[Run]] = []
    for run in sorted(runs, key=lambda r: (-round(r.y, 0), r.x)):
        for row in rows:
            if abs(row[0].y - run.y) < 0.25 * max(row[0].size, run.size) and (
                    (row[0].size >= _SMALLER * run.size) == (run.size >= _SMALLER * row[0].size)):
                row.append(run)
                break
        else:
            rows.append([run])
    small = [row for row in rows if _is_raised(row, rows)]
    lines = []
    for row in rows:
        if any(row is s for s in small):
            continue
        members = list(row)
        for other in small:
            host = _host(other, rows)
            if host is row:
                members.extend(other)
        members.sort(key=lambda r: r.x)
        size = _main_size([(r.size, len(r.text.strip()) or 1) for r in members])
        bold = sum(len(r.text.strip()) for r in members if r.bold) > 0.5 * sum(len(r.text.strip()) for r in members)
        lines.append(Line(_join(members, size), members[0].x, _main_y(members), size, bold, max(r.end for r in members)))
    lines.sort(key=lambda ln: (-ln.y, ln.x))
    return lines


def _main_size(weighted: list[tuple[float, int]]) -> float:
    """The type size of most of a line's characters."""
    weights: Counter[float] = Counter()
    for size, count in weighted:
        weights[round(size, 1)] += count
    return weights.most_common(1)[0][0]


def _main_y(runs: list[Run]) -> float:
    return Counter(round(r.y, 1) for r in runs).most_common(1)[0][0]


def _host(row: list[Run], rows: list[list[Run]]) -> list[Run] | None:
    """The row a small raised row is a superscript of: larger type, baseline just below it."""
    size = max(r.size for r in row)
    best = None
    for other in rows:
        if other is row:
            continue
        other_size = max(r.size for r in other)
        drop = row[0].y - other[0].y
        if size < _SMALLER * other_size and 0 < drop < 0.6 * other_size:
            spans = min(r.x for r in other) - 2 <= row[0].x <= max(r.end for r in other) + other_size * 2
            if spans and (best is None or drop < row[0].y - best[0].y):
                best = other
    return best


def _is_raised(row: list[Run], rows: list[list[Run]]) -> bool:
    return _host(row, rows) is not None


def read_pages_pypdf(path: Path) -> list[Page]:
    """Every page's lines through pypdf's visitor. pypdf gives no glyph widths, so the space
    between two runs is guessed from an average width. Raises :class:`LoadError`."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(read_bounded(path, "document")))
        pages = []
        for number, page in enumerate(reader.pages, start=1):
            runs: list[Run] = []

            def visit(text, cm, tm, font, size, runs=runs):
                run = _placed(text, cm, tm, font, size)
                if run is not None:
                    runs.append(run)

            page.extract_text(visitor_text=visit)
            box = page.mediabox
            pages.append(Page(number, float(box.width), float(box.height), lines_of_runs(runs)))
        return pages
    except (PdfReadError, ValueError, OSError, KeyError) as error:
        raise LoadError(f"not a readable PDF: {error}", path=str(path)) from error
