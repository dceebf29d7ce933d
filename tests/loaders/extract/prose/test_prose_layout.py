"""Events listed one per line with their days in brackets and their place after a comma
(loaders/extract/prose/prose_layout.py), on a real event page."""

from __future__ import annotations

from loaders.extract.prose.prose import extract_prose
from loaders.registry import load_registry


def test_each_listed_part_is_an_event_dated_in_the_page_s_year_and_placed_en(dev5_passage):
    # rigf.asia (2010): "The event will consist of 3 parts:\n- Youth IGF Camp (June 12-14), Sai Kung\n- Asia Pacific
    # Regional IGF Roundtable (June 14-16), Cyberport\n- Hong Kong IGF Conference (June 17-18), Cyberport"
    text = dev5_passage("rigf-2010-first-aprigf-hong-kong")
    found = {(f.subject.key, f.predicate, f.object.key)
             for f in extract_prose(text, "en", load_registry(), published="2010").facts}
    assert {("new:youth igf camp", "schema:startDate", "2010-06-12"), ("new:youth igf camp", "schema:endDate", "2010-06-14"),
            ("new:youth igf camp", "schema:location", "new:sai kung"),
            ("new:hong kong igf conference", "schema:location", "new:cyberport")} <= found
    # the IGF named inside "Youth IGF Camp" is a word of that name, not the Internet Governance Forum
    assert not [f for f in found if f[0] == "new:internet governance forum" and f[1].startswith("schema:")]
    # the list's introduction names the numbered occurrence ("to organize the first Asia Pacific Regional IGF in Hong
    # Kong. The event will consist of 3 parts:"): each part is part of it (loaders/extract/prose/prose_event_names.py)
    assert {("new:youth igf camp", "partOf", "new:first asia pacific regional igf"),
            ("new:hong kong igf conference", "partOf", "new:first asia pacific regional igf")} <= found


def test_a_phase_and_its_summit_are_never_part_of_each_other_en(dev5_passage, facts):
    # same page: "the mandate given at the Second Phase of the World Summit on the Information Society in Tunis in 2005"
    found = facts(dev5_passage("rigf-2010-first-aprigf-hong-kong"), "en")
    phase, summit = "new:second phase of the world summit on the information society", \
        "new:world summit on the information society"
    assert (phase, "partOf", summit) in found and (summit, "partOf", phase) not in found
    assert (phase, "schema:location", "new:tunis") in found
    assert not [f for f in found if f[0] == "new:internet governance forum" and f[1] in ("partOf", "schema:location")]


def test_a_page_opening_with_a_title_its_organisers_and_its_date_names_that_event(dev5_passage, facts):
    # wsis.org (WSIS Forum 2025, session 111): "Troisième réunion du processus de consultation ouverte – Événement de
    # haut niveau SMSI+20 2025\n\n\nUIT, UNESCO, PNUD, CNUCED\n\nSession 111\n\nmardi, 11 février 2025 13:30–14:30 ..."
    found = facts(dev5_passage("wsisforum2025-ocp-troisieme-reunion-fr"), "fr")
    meeting = "new:troisième réunion du processus de consultation ouverte – événement de haut niveau smsi+20 2025"
    assert {(meeting, "organiser", a) for a in ("itu", "unesco", "undp", "unctad")} <= found
    assert (meeting, "schema:startDate", "2025-02-11") in found


def test_the_organisers_line_is_read_from_the_page_s_own_lines_en(dev5_passage, facts):
    # wsis.org (WSIS Forum 2024, session 537): the title's line and "ESCAP, ITU and CSTD" are two lines, not one name
    found = facts(dev5_passage("wsisforum2024-session-537-astana"), "en")
    session = "new:wsis+20: 20 years of successes, failures, and expectations in the implementation of the wsis process"
    assert {(session, "organiser", a) for a in ("escap", "itu", "cstd")} <= found


def test_a_heading_that_names_a_known_edition_is_that_edition_fr(dev4_passage, facts):
    # unesco.org: "Forum mondial sur l’éthique de l’IA 2024\n\n5 - 6 février 2024, Kranj\nOrganisé par la Slovénie"
    found = facts(dev4_passage("unesco-forum-ethique-ia-2024-fr"), "fr")
    assert ("edition:unesco-global-forum-ethics-ai:2024", "organiser", "country-SI") in found
    assert not [f for f in found if f[0].startswith("new:forum mondial")]


def test_a_heading_s_date_line_gives_the_event_s_place_en(dev5_passage, dated_facts):
    # "Concertation francophone sur la gouvernance d’Internet/ Francophone IGF dialogue\n\n5 November 2012 - A
    # Pre-event on Regional & National Initiatives in Baku, Azerbaijan"
    found = dated_facts(dev5_passage("friendsoftheigf-francophone-dialogue-baku"), "en", "2012-11")
    subject = "new:concertation francophone sur la gouvernance d’internet/ francophone igf dialogue"
    assert {(subject, "schema:startDate", "2012-11-05"), (subject, "schema:location", "new:baku")} <= found


def test_a_heading_names_its_event_with_its_acronym_after_it_en(dev4_passage, facts):
    # "First annual meeting of the Internet Governance Forum (IGF)\n\n30 Oct 2006 - 2 Nov 2006"
    found = facts(dev4_passage("digwatch-igf-athens-2006"), "en")
    subject = "new:first annual meeting of the internet governance forum"
    assert {(subject, "schema:startDate", "2006-10-30"), (subject, "schema:endDate", "2006-11-02")} <= found


def test_a_page_s_date_and_place_fields_date_and_place_its_title_fr(dev6_passage, facts):
    # "Réunion intergouvernementale relatif au projet de Recommandation sur l’éthique de l’intelligence artificielle
    # \nDate de l’évènement: \nlun, 2021/04/26 - ven, 2021/04/30\nLieu(ou Endroit): \nParis, France (Online)"
    found = facts(dev6_passage("gced-reunion-intergouv-ethique-ia-fr"), "fr")
    subject = "new:réunion intergouvernementale relatif au projet de recommandation sur l’éthique de l’intelligence artificielle"
    assert {(subject, "schema:startDate", "2021-04-26"), (subject, "schema:endDate", "2021-04-30"),
            (subject, "schema:location", "paris")} <= found
