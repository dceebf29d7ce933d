"""The lines of every page of a PDF with their place and type size, read with pdfminer.six.

pdfminer.six places every glyph with its own width, so the spaces between words are where the
page shows them, and groups glyphs into lines. A digit in a type much smaller than its line's,
or a little smaller and raised above its baseline (a footnote marker set in superscript), is
written as a superscript digit (``"Outcome,¹"``).
"""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

from loaders.errors import LoadError
from loaders.formats.pdf_layout import SUPERSCRIPT_DIGITS, Line, Page
from loaders.limits import read_bounded

__all__ = ["read_pages"]

#: A glyph this much smaller than its line's type is a superscript.
_SMALLER = 0.8
#: ... and so is a glyph a little smaller, raised above the line's baseline: the 6.5 pt marker
#: of a footnote set in 8 pt ("¹ Resolution 66/288, annex.", 78/319).
_RAISED_SMALLER = 0.9
_RAISED = 0.25
#: A gap between glyphs wider than this share of a glyph is a space where the PDF draws none.
#: pdfminer's 0.1 splits words of justified lines ("Co -Chairs", "St ates"); the UN's PDFs draw
#: their spaces, so a wider threshold loses none.
_WORD_GAP = 0.3


def _line(line) -> Line | None:
    from pdfminer.layout import LTChar

    chars = [c for c in line if isinstance(c, LTChar)]
    if not chars:
        return None
    sizes: Counter[float] = Counter(round(c.size, 1) for c in chars if c.get_text().strip())
    if not sizes:
        return None
    size = sizes.most_common(1)[0][0]
    bold = sum("bold" in c.fontname.lower() for c in chars) > 0.5 * len(chars)
    baseline = Counter(round(c.y0, 0) for c in chars if c.size >= _SMALLER * size).most_common(1)
    y = baseline[0][0] if baseline else round(line.y0, 0)
    out: list[str] = []
    for item in line:
        text = item.get_text()
        if isinstance(item, LTChar) and text.isdigit() and (
                item.size < _SMALLER * size or (item.size < _RAISED_SMALLER * size and item.y0 - y > _RAISED * size)):
            while out and out[-1] == " ":
                out.pop()  # "Outcome, 1" as the layout spaces it: the marker belongs to the word
            text = text.translate(SUPERSCRIPT_DIGITS)
        out.append(text)
    text = " ".join("".join(out).split())
    return Line(text, round(line.x0, 1), y, size, bold, round(line.x1, 1))


def read_pages(path: Path) -> list[Page]:
    """Every page's lines, top to bottom. Raises :class:`LoadError` naming the file when it is not
    a readable PDF."""
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LAParams, LTTextContainer, LTTextLine
        from pdfminer.pdfparser import PDFSyntaxError
        from pdfminer.psparser import PSException
    except ImportError as error:  # pragma: no cover - pdfminer.six is a dependency
        raise LoadError("reading PDF needs pdfminer.six", path=str(path)) from error
    data = io.BytesIO(read_bounded(path, "document"))
    pages = []
    try:
        for number, layout in enumerate(extract_pages(data, laparams=LAParams(word_margin=_WORD_GAP)), start=1):
            lines = []
            for box in layout:
                if not isinstance(box, LTTextContainer):
                    continue
                for item in box:
                    if isinstance(item, LTTextLine) and (line := _line(item)) is not None:
                        lines.append(line)
            lines.sort(key=lambda ln: (-ln.y, ln.x))
            pages.append(Page(number, float(layout.width), float(layout.height), lines))
    except (PDFSyntaxError, PSException, ValueError, OSError, KeyError, TypeError) as error:
        raise LoadError(f"not a readable PDF: {error}", path=str(path)) from error
    if not pages:
        raise LoadError("not a readable PDF: no pages", path=str(path))
    return pages
