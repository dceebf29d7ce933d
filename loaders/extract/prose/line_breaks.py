"""Hard-wrapped prose read as running text: a line break inside a paragraph becomes a space.

Text pasted from PDFs, e-mails and web pages is often wrapped at a fixed width, so a name, a
citation or a role frame runs across two lines ("co-organized with ITU,\\nUNESCO, UNDP"). The
extractor reads sentences and names on a copy of the text where such breaks are spaces: the
copy has the same length, so every span found in it is a span of the original text, and the
evidence quotes the original. A break stays a break before a blank line and a list item, and
after a short line (a heading, the last line of a paragraph); in text that is not wrapped (long
lines, one paragraph each), also after a line that ends a sentence. A word hyphenated at a line
end is read whole ("co-\\nprésidents" is "co-présidents", its space moved after the word).

>>> unwrap("The WSIS+20 High-Level Event 2025, co-hosted by ITU and the Swiss\\nConfederation, was held in Geneva.\\nNext.")
'The WSIS+20 High-Level Event 2025, co-hosted by ITU and the Swiss Confederation, was held in Geneva.\\nNext.'
"""

from __future__ import annotations

import re

__all__ = ["is_wrapped", "unwrap"]

#: A line this long that does not end a sentence was cut by wrapping, not by the author.
_LONG_LINE = 40
#: Text whose lines are at most this long, and mostly filled, is wrapped.
_WRAP_WIDTH = 120
_ENDS_SENTENCE = re.compile(r"[.!?;]\s*$")
_LIST_ITEM = re.compile(r"\s*(?:[-•*–]|\d{1,2}[.)]|\([a-z0-9]\))\s")
_HYPHENATED = re.compile(r"(?<=[A-Za-zÀ-ÿ])-\n([a-zà-ÿ]+)")


def _is_wrapped(lines: list[str]) -> bool:
    filled = [len(line) for line in lines if line.strip()]
    if len(filled) < 3 or max(filled) > _WRAP_WIDTH:
        return False
    return sum(length >= 0.7 * max(filled) for length in filled) >= len(filled) / 2


def is_wrapped(text: str) -> bool:
    """Whether ``text`` was hard-wrapped at a fixed width (its line breaks are not the author's)."""
    return _is_wrapped(text.split("\n"))


def unwrap(text: str) -> str:
    """``text`` with the line breaks inside paragraphs replaced by spaces (same length)."""
    text = _HYPHENATED.sub(lambda m: "-" + m.group(1) + " ", text)
    lines = text.split("\n")
    wrapped = _is_wrapped(lines)
    width = max((len(line) for line in lines), default=0)
    out = []
    for i, line in enumerate(lines):
        out.append(line)
        if i == len(lines) - 1:
            break
        following = lines[i + 1]
        if wrapped:  # a filled line goes on, unless a sentence ends before a heading ("Highlights")
            heading = len(following) < 0.5 * width and not _ENDS_SENTENCE.search(following)
            filled = len(line) >= 0.6 * width and not (_ENDS_SENTENCE.search(line) and heading)
        else:
            filled = len(line) >= _LONG_LINE and not _ENDS_SENTENCE.search(line)
        continues = following.strip() and line.strip() and not _LIST_ITEM.match(following) and (
            following.lstrip()[:1].islower() or filled)
        out.append(" " if continues else "\n")
    return "".join(out)
