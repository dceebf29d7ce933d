"""Headers, footers and footnotes of real session-78 PDFs, told apart by where they stand."""

from loaders.formats.pdf import read_pages
from loaders.formats.pdf_regions import split_page


def _page(pdf_78, number, page):
    return split_page(read_pages(pdf_78 / f"A_RES_78_{number}.pdf")[page - 1])


def test_first_page_footer_standing_higher_than_the_others_is_left_out(pdf_78):
    body = [line.text for line in _page(pdf_78, 140, 1).body]
    assert not any("25931" in text for text in body)
    assert body[-1].startswith("for sustainable development in the spirit of global partners")


def test_footnote_rule_low_on_the_page_is_not_taken_for_the_footer(pdf_78):
    assert _page(pdf_78, 173, 2).footnotes == [("⁶", "Resolution 78/4, annex.")]


def test_running_header_of_a_two_page_resolution_is_left_out(pdf_78):
    body = [line.text for line in _page(pdf_78, 9, 2).body]
    assert body and not any("A/RES/78/9" in text for text in body)


def test_footnotes_are_read_with_their_markers(pdf_78):
    assert _page(pdf_78, 10, 2).footnotes == [
        ("²", "Resolution 55/2."), ("³", "Resolution 70/1."),
        ("⁴", "United Nations, Treaty Series, vol. 1577, No. 27531."),
    ]


def test_the_lowest_footnote_of_a_page_is_read(pdf_78):
    # 78/76's third page sets its last note 50 pt from the bottom, under the footers' margin of before.
    assert _page(pdf_78, 76, 3).footnotes[-1] == ("¹⁴", "Resolution 65/229, annex.")
