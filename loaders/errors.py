"""The named errors loaders raise: each says which file, and where in it."""

from __future__ import annotations

__all__ = ["LoadError", "ParseError", "EvidenceNotFoundError", "UnknownEntityError", "one_line"]

#: Longest message an error carries: a hostile input must not come back whole in its error.
MAX_MESSAGE = 500


def one_line(message: str, limit: int = MAX_MESSAGE) -> str:
    """``message`` on one line, cut to ``limit`` characters.

    >>> one_line("two\\nlines")
    'two lines'
    >>> one_line("x" * 20, limit=10)
    'xxxxxxxxxx… (20 characters)'
    """
    flat = " ".join(message.split())
    return flat if len(flat) <= limit else f"{flat[:limit]}… ({len(flat)} characters)"


class LoadError(Exception):
    """A document could not be loaded. ``path``, ``line`` and ``column`` say where (1-based)."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 column: int | None = None) -> None:
        self.message = one_line(message)
        self.path = path
        self.line = line
        self.column = column
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path or "<input>"
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"


class ParseError(LoadError):
    """The text does not have the structure its kind requires."""


class EvidenceNotFoundError(LoadError):
    """A curated fact's evidence quote is not found verbatim in its source document."""


class UnknownEntityError(LoadError):
    """A curated fact names an entity the registry does not know."""


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset.

    >>> line_column("ab\\ncd", 4)
    (2, 2)
    """
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


__all__.append("line_column")
