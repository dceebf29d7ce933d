"""Hard-wrapped prose read as running text (loaders/extract/prose/line_breaks.py)."""

from loaders.extract.prose.line_breaks import unwrap

# itu.int (WSIS+20 outcomes, 2025), wrapped at 60 columns as a PDF or an e-mail would be
WRAPPED = ("The WSIS+20 High-Level Event 2025, co-hosted by ITU and the\n"
           "Swiss Confederation and co-organized with ITU, UNESCO, UNDP,\n"
           "and UNCTAD, was held from 7 to 11 July 2025 at Palexpo, Geneva.\n"
           "Highlights\n"
           "- over 11,000 participants")


def test_a_wrapped_paragraph_is_one_line_and_keeps_its_length():
    text = unwrap(WRAPPED)
    assert len(text) == len(WRAPPED)
    assert text.split("\n")[0].endswith("Palexpo, Geneva.")


def test_a_break_after_a_sentence_a_heading_and_before_a_list_item_stays():
    assert unwrap(WRAPPED).split("\n")[1:] == ["Highlights", "- over 11,000 participants"]


def test_wrapped_facts_are_the_same_as_unwrapped(facts):
    assert facts(WRAPPED, "en") == facts(" ".join(WRAPPED.split("\n")[:3]) + "\nHighlights\n- over 11,000 participants", "en")
    assert ("new:wsis+20 high-level event 2025", "organiser", "unctad") in facts(WRAPPED, "en")
