"""Venues and countries as places of events (loaders/extract/prose/prose_venues.py), on real sentences."""

from loaders.extract.prose.prose_venues import find_venues


def test_a_venue_is_read_by_its_head_after_at_or_au():
    # dev6 escwa-arab-mag-cairo-2012, dev6 digwatch-wg-wsis-25th-meeting, dev4 unesco-forum-ethique-ia-2024-fr,
    # dev6 digwatch-arab-igf-beirut-2015
    cases = {"during 18-19 June 2012, at Fairmont Heliopolis and Towers Hotel in Cairo, Egypt.":
             "Fairmont Heliopolis and Towers Hotel",
             "will be held on 2-3 October 2014, at the ITU Headquarters, Geneva, Switzerland.": "ITU Headquarters",
             "a eu lieu au Centre de congrès Brdo de Kranj les 5 et 6 février 2024.": "Centre de congrès Brdo de Kranj",
             "Ministry of Telecommunications, at the Movenpick Hotel in Beirut, during 17-18 December 2015.":
             "Movenpick Hotel"}
    for text, venue in cases.items():
        assert [name for name, _, _ in find_venues(text)] == [venue], text


def test_a_named_venue_is_a_second_location_en(dev6_passage, facts):
    # "The Twenty Fifth Meeting of WG-WSIS will be held on 2-3 October 2014, at the ITU Headquarters, Geneva, Switzerland."
    found = facts(dev6_passage("digwatch-wg-wsis-25th-meeting"), "en")
    assert {("new:twenty fifth meeting of wg-wsis", "schema:location", "new:itu headquarters"),
            ("new:twenty fifth meeting of wg-wsis", "schema:location", "geneva")} <= found


def test_a_venue_read_as_a_name_is_no_event_the_event_is_part_of_en(dev6_passage, facts):
    # "The Forum will be held on February 5 and 6, 2024, at the Brdo Congress Centre of Kranj."
    found = facts(dev6_passage("mediarights-global-forum-ethics-editions"), "en")
    assert ("edition:unesco-global-forum-ethics-ai:2024", "schema:location", "new:brdo congress centre of kranj") in found
    assert not [f for f in found if f[1] == "partOf" and f[2] == "new:brdo congress centre of kranj"]


def test_a_country_is_the_place_where_no_city_is_given_en(dev6_passage, facts):
    # "the second Global Meeting took place within the framework of INTERPOL World 2019, on 3–4 July 2019 in Singapore."
    found = facts(dev6_passage("owiki-unicri-interpol-global-meeting"), "en")
    assert ("new:second global meeting", "schema:location", "country-SG") in found


def test_a_country_written_after_the_document_s_city_is_not_the_place_en(dev4_passage, facts):
    # "Internet Governance Forum Opens in Norway on June 23 2025 ... officially opened today in Lillestrøm, Norway"
    found = facts(dev4_passage("internationaldiplomat-igf-2025-lillestrom"), "en")
    assert not [f for f in found if f[1] == "schema:location" and f[2] == "country-NO"]
    assert [f for f in found if f[1] == "schema:location" and f[2] == "new:lillestrøm"]


def test_french_venue_heads_in_lower_case_and_with_a_complement_fr():
    # prose-heldout4 fgi-benin-afigf-khartoum-2018, turess-assises-forum-national-gouvernance-internet, lte-ma-fgi-paris-2018;
    # prose-heldout5 techstg-13e-afigf-addis-abeba-2024, triomphemag-8e-ecole-gouvernance-internet-benin
    cases = {"s’est tenue du 04 au 06 novembre 2018 à l’hôtel Corinthia à Khartoum au Soudan": "hôtel Corinthia",
             "A partir du mardi 4 septembre 2012, au Parc technologique El Ghazala à Tunis, le ministère":
             "Parc technologique El Ghazala",
             "sera organisée par le Gouvernement français au siège de l’UNESCO à Paris du 12 au 14 novembre 2018":
             "siège de l’UNESCO",
             "se tiendra du 20 au 22 novembre 2024 au Centre de conférences des Nations Unies à Addis-Abeba, en Éthiopie":
             "Centre de conférences des Nations Unies",
             "qui s’est tenu les 4 et 5 septembre 2025 à l’École des Métiers du Numérique à Cotonou":
             "École des Métiers du Numérique"}
    for text, venue in cases.items():
        assert [name for name, _, _ in find_venues(text)] == [venue], text
    # what a lower-case head does not open: « au centre de Genève » names no venue
    assert find_venues("au centre de Genève") == []


def test_a_headquarters_written_hq_is_a_venue_en():
    # prose-heldout5 icann-list-wsis20-first-preparatory-meeting: "... Overall Review at the UN HQ in New York City."
    assert [name for name, _, _ in find_venues("Stocktaking session of the WSIS+20 General Assembly Overall Review at the "
                                               "UN HQ in New York City.")] == ["UN HQ"]


def test_a_hotel_s_city_after_its_name_is_a_place_of_its_own_fr(heldout5_passage, facts):
    # "... a procédé ce jeudi 27 Juillet 2017 à l'hôtel Golden Tulip de Cotonou, à l'ouverture des travaux de la 9ème
    # édition du Forum Ouest Africain sur la Gouvernance de l'Internet."
    found = facts(heldout5_passage("gouvbj-9e-forum-ouest-africain-gouvernance-internet"), "fr")
    edition = "new:9ème édition du forum ouest africain sur la gouvernance de l'internet"
    assert {(edition, "schema:location", "new:hôtel golden tulip"), (edition, "schema:location", "new:cotonou")} <= found
