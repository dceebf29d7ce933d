"""Resolutions cited in the real texts of session-78 resolutions, typed by organ
(loaders/extract/operative/cited_resolutions.py). Each sentence is quoted from the resolution named."""

import pytest

from loaders.extract.operative.cited_resolutions import cited_resolutions, other_bodies_numbers


def _symbols(text: str) -> list[str]:
    return [c.symbol for c in cited_resolutions(text)]


def test_a_long_list_with_two_letter_parts_is_read_to_its_end():
    # 78/24: the list opens 300 characters before its last items, and "53/77 AA" has two letters.
    text = ("Recalling its resolutions 49/75 K of 15 December 1994, 50/70 P of 12 December 1995, 51/45 C of "
            "10 December 1996, 52/38 F of 9 December 1997, 53/77 AA of 4 December 1998, 54/54 U of 1 December "
            "1999, 55/33 M of 20 November 2000, 56/24 D of 29 November 2001, 57/61 of 22 November 2002,")
    assert _symbols(text) == ["A/RES/49/75", "A/RES/50/70", "A/RES/51/45", "A/RES/52/38", "A/RES/53/77",
                              "A/RES/54/54", "A/RES/55/33", "A/RES/56/24", "A/RES/57/61"]


def test_numbers_without_a_date_in_a_list_are_read():
    # 78/16: "74/28 and 74/29 of 12 December 2019"; 78/252: "77/262, 77/267 and 77/263 A of 30 December 2022".
    assert _symbols("resolutions 73/266 of 22 December 2018, 74/28 and 74/29 of 12 December 2019,") == [
        "A/RES/73/266", "A/RES/74/28", "A/RES/74/29"]
    assert _symbols("76/271 of 29 June 2022, 77/262, 77/267 and 77/263 A of 30 December 2022") == [
        "A/RES/76/271", "A/RES/77/262", "A/RES/77/267", "A/RES/77/263"]


def test_sessions_in_roman_numerals_and_special_sessions():
    # 78/297 and the other peacekeeping budgets; 78/73; 78/140.
    assert _symbols("as stated in its resolutions 1874 (S-IV) of 27 June 1963, 3101 (XXVIII) of 11 December 1973 "
                    "and 55/235 of 23 December 2000,") == ["A/RES/1874(S-IV)", "A/RES/3101(XXVIII)", "A/RES/55/235"]
    assert _symbols("Recalling its resolutions 2252 (ES-V) of 4 July 1967 and 2341 B (XXII) of 19 December 1967") == [
        "A/RES/2252(ES-V)", "A/RES/2341(XXII)"]
    assert _symbols("Recalling also its resolution ES\u201110/18 of 16 January 2009") == ["A/RES/ES-10/18"]
    assert _symbols("Recalling its resolution S-32/1 of 2 June 2021 containing") == ["A/RES/S-32/1"]
    assert _symbols("established pursuant to Human Rights Council resolution S-21/1,") == ["A/HRC/RES/S-21/1"]


@pytest.mark.parametrize("text, expected", [
    # 78/189: the organ named before the list types every item of it.
    ("Recalling also Human Rights Council resolutions 27/9 of 25 September 2014, 30/4 of 1 October 2015, "
     "33/12 and 33/13 of 29 September 2016, 36/14 of 28 September 2017,",
     ["A/HRC/RES/27/9", "A/HRC/RES/30/4", "A/HRC/RES/33/12", "A/HRC/RES/33/13", "A/HRC/RES/36/14"]),
    # 78/202: a decision, then the Council's resolutions.
    ("Human Rights Council decision 18/120 of 30 September 2011 and resolutions 24/14 of 27 September 2013,",
     ["A/HRC/DEC/18/120", "A/HRC/RES/24/14"]),
    # 78/203: the Council named as the subject of "in its resolution", then after "through its resolution".
    ("as decided by the Human Rights Council in its resolution 42/23 of 27 September 2019,", ["A/HRC/RES/42/23"]),
    ("Takes note, in this regard, that through its resolution 54/18 of 12 October 2023, the Human Rights Council "
     "submitted", ["A/HRC/RES/54/18"]),
    # 78/221: "Council resolution", the Council named in the paragraph before.
    ("in accordance with Council resolution 53/30 of 14 July 2023;", ["A/HRC/RES/53/30"]),
    # 78/215: a subject with commas between two items of the list.
    ("Human Rights Council resolutions 32/13 of 1 July 2016 on the promotion, protection and enjoyment of human "
     "rights on the Internet, 34/7 of 23 March 2017 and 48/4 of 7 October 2021 on the right to privacy",
     ["A/HRC/RES/32/13", "A/HRC/RES/34/7", "A/HRC/RES/48/4"]),
    # 78/234: a number the paragraph has typed already keeps its organ.
    ("Recalls Human Rights Council resolutions 43/1 and 47/21, and also recalls the report of the United Nations "
     "High Commissioner for Human Rights on the promotion and protection of the human rights and fundamental "
     "freedoms of Africans, submitted pursuant to resolution 43/1;", ["A/HRC/RES/43/1", "A/HRC/RES/47/21",
                                                                    "A/HRC/RES/43/1"]),
    # 78/234 ¶34: the President of the Council is no organ of the resolution after it.
    ("from among candidates proposed by the President of the Human Rights Council, after consultation with the "
     "regional groups, in line with the Durban Declaration and paragraph 13 of resolution 56/266,", ["A/RES/56/266"]),
    # 78/199: the General Assembly's own, then the Council's.
    ("its resolution 77/213 of 15 December 2022, Human Rights Council resolution 53/11 of 12 July 2023",
     ["A/RES/77/213", "A/HRC/RES/53/11"]),
    # 78/190: back to the General Assembly.
    ("Human Rights Council resolutions, in particular resolutions 7/34 of 28 March 2008, 18/15 of 29 September 2011 "
     "and 21/33 of 28 September 2012, as well as General Assembly resolution 68/268",
     ["A/HRC/RES/7/34", "A/HRC/RES/18/15", "A/HRC/RES/21/33", "A/RES/68/268"]),
])
def test_human_rights_council_resolutions_are_typed_by_the_organ_the_text_names(text, expected):
    assert _symbols(text) == expected


def test_a_number_dated_in_the_assembly_session_of_its_year_is_the_assembly_s():
    assert _symbols("Human Rights Council resolution 5/1, and resolution 62/219 of 22 December 2007") == [
        "A/HRC/RES/5/1", "A/RES/62/219"]


def test_environment_assembly_resolutions_are_not_the_general_assembly_s():
    # 78/138, and 78/169 whose list names the organ after its last item.
    assert _symbols("Taking note of resolution 5/12 of 2 March 2022 of the United Nations Environment Assembly,") == [
        "UNEP/EA.5/Res.12"]
    text = ("Recalling resolutions 5/14 of 2 March 2022, entitled “End plastic pollution: towards an international "
            "legally binding instrument”, 4/6 of 15 March 2019, entitled “Marine plastic litter and microplastics”, "
            "and 4/9 of 15 March 2019, entitled “Addressing single-use plastic products pollution”, adopted by the "
            "United Nations Environment Assembly")
    assert _symbols(text) == ["UNEP/EA.5/Res.14", "UNEP/EA.4/Res.6", "UNEP/EA.4/Res.9"]


def test_a_footnote_marker_set_as_a_plain_digit_and_a_date_after_on():
    # 78/253: "74/2639" is 74/263 and footnote 9; 78/187: "76/146 on 16 December 2021".
    assert _symbols("section V of its resolution 74/2639, section XX of its resolution 75/253 A,") == [
        "A/RES/74/263", "A/RES/75/253"]
    assert _symbols("77/202 of 15 December 2022 on child, early and forced marriage, 76/146 on 16 December 2021 on "
                    "the girl child") == ["A/RES/77/202", "A/RES/76/146"]


def test_numbers_that_are_no_citations_are_left_alone():
    assert _symbols("a two-thirds majority (2/3) of the members, and 24/7 services") == []
    assert _symbols("Security Council resolutions 242 (1967) and 338 (1973), and 1325 (2000) of 31 October 2000 on "
                    "women and peace and security, 1738 (2006) of 23 December 2006") == [
        "S/RES/242(1967)", "S/RES/338(1973)", "S/RES/1325(2000)", "S/RES/1738(2006)"]


@pytest.mark.parametrize("text", [
    # 79/190: the Conference of the States Parties to the Convention against Corruption, named after the number.
    "Recalling resolution 10/4 of 15 December 2023 of the Conference of the States Parties to the Convention,",
    # 76/16: the Conference of the Parties to the Convention against Transnational Organized Crime, named sentences before.
    "Recalling the adoption of resolution 10/7 of 16 October 2020, entitled “Combating transnational organized "
    "crime against cultural property”",
])
def test_a_number_whose_date_the_assembly_session_cannot_have_is_another_body_s(text):
    # Session 10 of the General Assembly adopted its resolutions in 1955-1956: "A/RES/10/4" would be wrong.
    assert _symbols(text) == []


def test_another_body_s_number_in_a_list_leaves_the_assembly_s_around_it():
    # 77/238: the Assembly's own resolution is read, the Commission on Narcotic Drugs' 65/1 of 2022 is not.
    text = ("and in this regard recalls its resolution 72/197 of 19 December 2017, as well as Commission on "
            "Narcotic Drugs resolution 65/1 of 18 March 2022;")
    assert _symbols(text) == ["A/RES/72/197"]


def test_a_date_no_resolution_can_have_is_a_slip_and_the_number_stands():
    # 78/248 lists the Assembly's resolutions on its subject, one of them "of 24 December 2107".
    text = "69/203 of 18 December 2014, 70/112 of 14 December 2015, 72/256 of 24 December 2107, 73/276 of 22 December 2018"
    cited = cited_resolutions("Recalling its resolutions " + text)
    assert [c.symbol for c in cited] == ["A/RES/69/203", "A/RES/70/112", "A/RES/72/256", "A/RES/73/276"]
    assert [c.date for c in cited] == ["18 December 2014", "14 December 2015", None, "22 December 2018"]


def test_the_numbers_left_out_as_another_body_s_are_listed_apart():
    # 78/147: the Economic and Social Commission for Asia and the Pacific numbers its resolutions by session too.
    text = ("Noting also the adoption, by the Economic and Social Commission for Asia and the Pacific at its "
            "seventy-ninth session, of resolution 79/8 of 19 May 2023 on the modalities for the establishment")
    assert cited_resolutions(text) == []
    assert [(c.symbol, text[c.start:c.end]) for c in other_bodies_numbers(text)] == [
        ("A/RES/79/8", "79/8 of 19 May 2023")]
