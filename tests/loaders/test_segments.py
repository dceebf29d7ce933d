"""Cleaned text keeps the source offset of every character, tidy or not."""

import re

from loaders.segments import Segment


def _source_of(seg: Segment, source: str) -> str:
    return "".join(source[offset] for offset in seg.offsets)


def test_collapse_whitespace_maps_every_character_back_to_the_source():
    source = "xx  Prie\nle   Secrétaire\tgénéral  "
    seg = Segment.of(source, 2, len(source)).collapse_whitespace()
    assert seg.text == "Prie le Secrétaire général"
    assert len(seg.offsets) == len(seg.text)
    words = [(char, offset) for char, offset in zip(seg.text, seg.offsets) if char != " "]
    assert all(source[offset] == char for char, offset in words)
    assert source[slice(*seg.span(5, 7))] == "le"


def test_tidy_text_is_copied_not_shared():
    source = "Prie le Secrétaire général"
    original = Segment.of(source, 0, len(source))
    for cleaned in (original.collapse_whitespace(), original.remove(re.compile(r"\*"))):
        assert cleaned.text == original.text and list(cleaned.offsets) == list(original.offsets)
        cleaned.append("!", 99)
        assert original.text == source and len(original.offsets) == len(source)


def test_remove_drops_matches_and_keeps_offsets():
    source = "Prie *le* Secrétaire"
    seg = Segment.of(source, 0, len(source)).remove(re.compile(r"\*"))
    assert seg.text == "Prie le Secrétaire"
    assert _source_of(seg, source) == seg.text


def test_what_is_untidy_is_what_the_regex_of_untidy_space_finds():
    from loaders.segments import _untidy
    untidy = re.compile(r"^\s|\s$|\s\s|[^\S ]")  # leading, trailing, doubled, or not a plain space
    pieces = [" ", "a", "é", "\n", "\t", "\u00a0", "\u2003", "\u200b", "\x1c", "."]
    texts = [""] + [a + b + c for a in pieces for b in pieces for c in pieces]
    texts += ["Prie le Secrétaire général de lui présenter un rapport", "Requests\u00a0the Secretary-General ",
              "Decides to include\nin the provisional agenda"]
    assert [_untidy(t) for t in texts] == [untidy.search(t) is not None for t in texts]
