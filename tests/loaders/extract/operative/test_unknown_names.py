"""English capitalised names the registry may lack, read from their form
(loaders/extract/operative/unknown_names.py), on a real operative sentence of A/RES/79/113."""

from loaders.extract.operative.unknown_names import GENERIC, english_names

#: A/RES/79/113 (English), operative text on the dissemination of information on decolonization.
TEXT = ("the activities in the field of dissemination of information on decolonization undertaken by the Department "
        "of Global Communications and the Department of Political and Peacebuilding Affairs of the Secretariat, "
        "in accordance with")


def _names(taken=()):
    return [TEXT[a:b] for a, b in english_names(TEXT, 0, len(TEXT), list(taken))]


def test_two_departments_joined_by_and_the_are_two_names():
    assert _names() == ["Department of Global Communications",
                        "Department of Political and Peacebuilding Affairs of the Secretariat"]


def test_a_span_already_taken_is_not_read_again():
    start = TEXT.index("Department of Political")
    assert _names([(start, start + 10)]) == ["Department of Global Communications"]


def test_generic_heads_name_no_one_alone():
    assert {"committee", "conseil", "parties"} <= GENERIC
