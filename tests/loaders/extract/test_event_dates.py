"""Date expressions and places after their frame (loaders/extract/event_dates.py), on real sentences."""

import pytest

from loaders.extract.event_dates import find_dates, find_new_places


def _days(text: str, year: str) -> list[tuple[str | None, str | None]]:
    return [(d.in_year(year).first, d.in_year(year).last) for d in find_dates(text)]


def test_a_day_and_month_without_a_year_is_a_date_en():
    # dev6 impactnews-ai-governance-day-2024: "will open in Geneva, Switzerland on 29 May with the UN’s first AI Governance Day"
    assert _days("will open in Geneva, Switzerland on 29 May with the UN’s first AI Governance Day", "2024") == \
        [("2024-05-29", None)]


def test_a_weekday_and_day_without_a_year_is_a_date_fr():
    # dev2 chinedirect-atelier-fr: "a ouvert à l'Université Tsinghua à Pékin le 12 mai."
    assert _days("a ouvert à l'Université Tsinghua à Pékin le 12 mai.", "2025") == [("2025-05-12", None)]


def test_a_range_across_months_without_a_year_keeps_both_months_en():
    # dev5 itu-broadband-newsletter-2019-pp18-igf2018: "took place from 29 October to 16 November, at the Dubai ..."
    assert _days("The ITU Plenipotentiary Conference (PP-18) took place from 29 October to 16 November, at the",
                 "2018") == [("2018-10-29", "2018-11-16")]


def test_a_month_and_day_without_a_year_is_a_date_en():
    # dev5 broadbandcommission-2010-mdg-summit: "the UN MDG Summit in New York, which starts on September 20."
    assert _days("the UN MDG Summit in New York, which starts on September 20.", "2010") == [("2010-09-20", None)]


def test_a_place_is_any_capitalised_name_in_its_frame():
    # dev4 internationaldiplomat-igf-2025-lillestrom, dev4 onuinfo-fgi-rio-2007-fr, dev6 intgovforum-afigf-launch-nairobi,
    # dev6 allafrica-afigf-addis-2024-fr, dev6 news22times-igf-riyadh-2024
    cases = {"officially opened today in Lillestrøm, Norway, marking": "Lillestrøm",
             "se tient du 12 au 15 novembre à Rio de Janeiro au Brésil": "Rio de Janeiro",
             "a workshop during the 7th IGF in Baku with the aim of": "Baku",
             "se tiendra sous un format hybride à Addis-Abeba du 20 au 22 novembre 2024": "Addis-Abeba",
             "from all over the world in Riyadh/Saudi Arabia, December 15-19, 2024": "Riyadh"}
    for text, place in cases.items():
        assert [name for name, _, _ in find_new_places(text)][:1] == [place], text


def test_a_continent_is_no_place_of_an_event():
    # dev6 intgovforum-afigf-launch-nairobi: "issues pertinent to the Internet in Africa in general"
    assert find_new_places("on issues pertinent to the Internet in Africa in general and Internet Governance") == []


def test_abbreviated_months_and_a_range_with_both_years_en():
    # dev4 digwatch-igf-athens-2006: "30 Oct 2006 - 2 Nov 2006"; dev6 digwatch-arab-igf-beirut-2015: "17 Dec 2015 - 18 Dec 2015"
    assert _days("30 Oct 2006 - 2 Nov 2006", "2006") == [("2006-10-30", "2006-11-02")]
    assert _days("17 Dec 2015 - 18 Dec 2015", "2015") == [("2015-12-17", "2015-12-18")]


@pytest.mark.parametrize(("text", "place"), [
    ("La 8ème édition du forum ... se tiendra à N’Djamena au Tchad.", "N’Djamena"),  # dev7 techenafrique-afigf-ndjamena-2019
    ("the G8 summit held in L'Aquila, Italy", "L'Aquila"),
])
def test_an_elided_capital_opens_a_place_name(text, place):
    assert [name for name, _, _ in find_new_places(text)] == [place]


def test_days_before_of_and_their_month_are_a_date_en():
    # prose-heldout4 (unesco-wsis-forum-2010-organizers): "The WSIS Forum 2010 will be held from 10 to 14 of May 2010 at
    # the ITU Headquarters in Geneva, Switzerland."
    text = "The WSIS Forum 2010 will be held from 10 to 14 of May 2010 at the ITU Headquarters in Geneva, Switzerland."
    assert _days(text, "2010") == [("2010-05-10", "2010-05-14")]
    assert find_dates("the outcome of May 2010") == []  # "of" and a month without a day before it is no date


def test_a_city_before_at_the_venue_is_a_place_en():
    # prose-heldout4 (escwa-arab-igf-beirut-conference-2012): "... which was held from 31 January to 1 February 2012, in
    # Beirut at the Habtoor Grand Hotel." -- but prose-dev2's "in Centara Grand at CentralWorld" is one venue's name
    assert [name for name, _, _ in find_new_places("was held from 31 January to 1 February 2012, in Beirut at the "
                                                   "Habtoor Grand Hotel.")] == ["Beirut"]
    assert find_new_places("the Forum in Centara Grand at CentralWorld, Bangkok") == []


def test_a_weekday_before_the_last_day_of_a_range_en():
    # prose-heldout5 (tenet-fifth-afigf-durban-2016): "the forum was held from Sunday 16th to Tuesday 18th October 2016"
    assert _days("the forum was held from Sunday 16th to Tuesday 18th October 2016.", "2016") == [("2016-10-16", "2016-10-18")]
