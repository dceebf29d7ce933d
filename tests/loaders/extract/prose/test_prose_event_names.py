"""Numbered occurrences of a series as events (loaders/extract/prose/prose_event_names.py), on real sentences."""


def test_a_numbered_forum_is_the_event_its_sentence_dates_and_places_fr(dev6_passage, facts):
    # "Le 13e Forum africain sur la gouvernance de l'Internet (AfIGF-2024) se tiendra sous un format hybride à
    # Addis-Abeba du 20 au 22 novembre 2024."
    found = facts(dev6_passage("allafrica-afigf-addis-2024-fr"), "fr")
    subject = "new:13e forum africain sur la gouvernance de l'internet"
    assert {(subject, "schema:startDate", "2024-11-20"), (subject, "schema:endDate", "2024-11-22"),
            (subject, "schema:location", "new:addis-abeba")} <= found
    assert not [f for f in found if f[0] == "new:forum africain sur la gouvernance de l'internet"
                and f[1].startswith("schema:")]
    # dev4 pam-resolution-78-311-trap: a session of the General Assembly is numbered by the body, no series' occurrence;
    # it is part of the Assembly (the reading rule of dev6, dev7 and held-out 4: "a meeting or session of a body ... is
    # partOf it"; dev4's reader, who labels this passage a trap, does not label sessions)
    found = facts("at the 78th session of the UN General Assembly on Monday, 25 June 2024", "en")
    assert [f for f in found if f[0].startswith("new:78th session")] == \
        [("new:78th session of the un general assembly", "partOf", "general-assembly")]


def test_the_first_numbered_meeting_is_the_event_en(dev6_passage, facts):
    # "The first INTERPOL - UNICRI Global Meeting was held on 11–12 July 2018 at INTERPOL's Global Complex for
    # Innovation in Singapore"
    found = facts(dev6_passage("owiki-unicri-interpol-global-meeting"), "en")
    subject = "new:first interpol - unicri global meeting"
    assert {(subject, "schema:startDate", "2018-07-11"), (subject, "schema:endDate", "2018-07-12"),
            (subject, "schema:location", "new:interpol's global complex for innovation")} <= found


def test_a_numbered_acronym_names_the_occurrence_en(dated_facts):
    # dev5 itu-broadband-newsletter-2019-pp18-igf2018
    text = ("The ITU Plenipotentiary Conference (PP-18) took place from 29 October to 16 November, at the Dubai World "
            "Trade Centre, Dubai, UAE.")
    found = dated_facts(text, "en", "2019-01")
    assert ("new:itu plenipotentiary conference (pp-18)", "schema:location", "new:dubai world trade centre") in found
    assert not [f for f in found if f[0] == "new:itu plenipotentiary conference"]


def test_a_lower_case_series_named_by_its_numbered_edition_fr(dev7_passage, dated_facts):
    # "La 8ème édition du forum africain sur la gouvernance de l’internet se tiendra à N’Djamena au Tchad. Il se
    # déroulera de ce 10 au 12 septembre à Radisson Blu dans la capitale."
    found = dated_facts(dev7_passage("techenafrique-afigf-ndjamena-2019"), "fr", "2019-09")
    edition = "new:8ème édition du forum africain sur la gouvernance de l’internet"
    assert {(edition, "partOf", "new:forum africain sur la gouvernance de l’internet"),
            (edition, "schema:startDate", "2019-09-10"), (edition, "schema:endDate", "2019-09-12"),
            (edition, "schema:location", "new:radisson blu")} <= found
    # "... a organisé le 17 octobre 2017 au Technopark El Gazala, la deuxième édition du forum de la Gouvernance de
    # l’Internet sous le thème de « Construire votre Avenir Numérique »": the theme is no word of the name
    found = dated_facts(dev7_passage("chroniques-tn-mag-igf-tunisie-2017"), "fr", "2017-10")
    edition = "new:deuxième édition du forum de la gouvernance de l’internet"
    assert {(edition, "partOf", "new:forum de la gouvernance de l’internet"),
            (edition, "schema:startDate", "2017-10-17")} <= found


def test_a_lower_case_head_without_a_numbered_edition_names_nothing_fr(facts):
    found = facts("Un forum africain sur la gouvernance de l’internet se tiendra à Dakar du 10 au 12 septembre 2019.", "fr")
    assert not [f for f in found if f[0].startswith("new:forum")]


def test_a_body_s_meeting_after_its_is_the_meeting_of_the_body_the_sentence_opens_with_en(heldout4_passage, facts):
    # prose-heldout4 (enb-first-sti-forum-tfm-70-1): "The TFM also includes an Inter-Agency Task Team on STI for SDGs
    # (IATT), a 10-Member Group, and an online platform. ... The Group held its first in-person meeting in March 2016."
    # (the 10-Member Group's meeting, not the Mechanism's; and "10-Member Group" is one name)
    found = facts(heldout4_passage("enb-first-sti-forum-tfm-70-1"), "en")
    meeting = "new:first in-person meeting (10-member group)"
    assert {(meeting, "partOf", "new:10-member group"), (meeting, "schema:startDate", "2016-03"),
            ("new:10-member group", "partOf", "technology-facilitation-mechanism")} <= found
    assert not [f for f in found if "new:member group" in f]


def test_a_forum_holding_its_first_meeting_keeps_its_short_name_en(dev4_passage, facts):
    # prose-dev4 (digwatch-igf-athens-2006): "The Internet Governance Forum (IGF) holds its first annual meeting in
    # Athens, Greece. The forum, convened by the UN Secretary-General, ..." (a series' meeting is left to the editions)
    found = facts(dev4_passage("digwatch-igf-athens-2006"), "en")
    assert ("new:internet governance forum", "organiser", "secretary-general") in found
