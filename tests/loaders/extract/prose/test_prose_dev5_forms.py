"""Forms read on the fifth development set of real prose (benchmarks/labelled/prose-dev5.yaml):
agents listed in brackets after a group, French articles before agents, "e-" names, a city and
its country after an event's name, "held during", and UN entities written "UN ..."."""

from __future__ import annotations

import pytest

from loaders.extract.prose.prose_dates import publication_year
from loaders.registry import load_registry


def test_agencies_listed_in_brackets_after_a_group_are_partners_fr(dev5_passage, facts):
    # itu.int (Actualités UIT, 2015): "en collaboration avec plusieurs institutions du Système des Nations Unies
    # (UNDESA, FAO, PNUE, OMS, ONU Femmes, OMPI, PAM, OIT, OMM, ONU, CTI, UPU, UNODC, UNICEF et Commissions ...)"
    partners = {f[2] for f in facts(dev5_passage("itunews-forum-smsi-2015-fr"), "fr") if f[1] == "partner"}
    assert {"desa", "fao", "unep", "who", "un-women", "wipo", "wfp", "ilo", "wmo", "upu", "unodc", "unicef"} <= partners


def test_les_before_an_agent_is_an_article_not_a_letter_of_its_name_fr(dev5_passage, facts):
    # same passage: "Sommet mondial sur la société de l'information (SMSI), organisé par les Nations Unies"
    agents = {f[2] for f in facts(dev5_passage("itunews-forum-smsi-2015-fr"), "fr")}
    assert not [a for a in agents if a.startswith("new:s ")]


def test_an_e_name_and_its_year_en(dev5_passage, facts):
    # genevasolutions.news (2022): "much of the 2022 e-Commerce Week hosted by the United Nations in Geneva"
    assert ("new:2022 e-commerce week", "schema:location", "geneva") in facts(
        dev5_passage("genevasolutions-unctad-ecommerce-week-2022"), "en")


def test_a_city_and_its_country_after_an_event_s_name_are_its_place_en(dev5_passage, facts):
    # wsis.org (WSIS Forum 2024, session 537): "A joint open consultation organized by ESCAP, CSTD and ITU, held during
    # The Asia-Pacific Ministerial Conference on Digital Inclusion and Transformation in Astana, Kazakhstan."
    found = facts(dev5_passage("wsisforum2024-session-537-astana"), "en")
    conference = "new:asia-pacific ministerial conference on digital inclusion and transformation"
    assert (conference, "schema:location", "new:astana") in found
    assert not [f for f in found if "in astana" in f[0]]
    # "ITU, held during The ... Conference": the consultation is held during it; ITU holds no conference
    assert (conference, "organiser", "itu") not in found


def test_un_entities_written_with_un_for_united_nations_en():
    registry = load_registry()
    text = "Hosted by the UN Conference on Trade and Development (UNCTAD), this year's session emphasised data"
    assert [m.entity.key for m in registry.find_mentions(text, "en")] == ["unctad", "unctad"]


def test_a_name_split_by_line_breaks_in_french_text_is_read_without_failing_fr(dev5_passage, facts):
    # wsis.org (WSIS Forum 2025): a heading "... CNUCED\n\nSession ..." once made the English-name reader fail
    # on a name of two words with no space between them
    text = dev5_passage("wsisforum2025-ocp-troisieme-reunion-fr")
    assert "CNUCED\n\nSession" in text
    facts(text, "fr")


def test_a_phase_named_with_its_summit_takes_the_roles_and_dates_of_its_sentence_fr(dev5_passage, facts):
    # itu.int (SMSI, où et quand): "La deuxième phase du Sommet mondial, accueillie par le Gouvernement tunisien, aura
    # lieu du 16 au 18 novembre 2005 à Tunis." The summit named inside the phase's name is its series only.
    found = facts(dev5_passage("itu-smsi-ou-et-quand-fr"), "fr")
    phase = "new:deuxième phase du sommet mondial"
    assert {(phase, "schema:startDate", "2005-11-16"), (phase, "schema:endDate", "2005-11-18"),
            (phase, "schema:location", "new:tunis"), (phase, "partOf", "new:sommet mondial")} <= found
    assert ("new:première phase du sommet mondial", "organiser", "country-CH") in found
    assert not [f for f in found if f[0] == "new:sommet mondial" and f[1] != "partOf"]


def test_the_forum_organised_on_dated_days_by_agencies_is_that_year_s_edition_fr(dev5_passage, facts):
    # cdeacf.ca (UNESCO release, 15-05-2009 (Paris)): "Le prochain Forum 2009 de suivi du Sommet mondial sur la société
    # de l’information (SMSI) ... au Forum organisé du 18 au 22 mai 2009 à Genève (Suisse) par l’UIT, l’UNESCO et
    # d’autres parties prenantes."
    found = facts(dev5_passage("cdeacf-forum-smsi-2009-fr"), "fr")
    edition = "edition:wsis-forum:2009"
    assert {(edition, "organiser", "itu"), (edition, "organiser", "unesco"), (edition, "schema:startDate", "2009-05-18"),
            (edition, "schema:endDate", "2009-05-22"), (edition, "schema:location", "geneva")} <= found
    assert not [f for f in found if f[2] == "paris"]  # the release's dateline is where it was written


def test_an_acronym_and_a_year_hosted_at_a_place_is_an_event_dated_in_its_year_en(dev5_passage, facts):
    # ITU Broadband Commission newsletter (2019): "IGF 2018, hosted at UNESCO’s Paris headquarters from 12 to 14
    # November, marked the event’s 13th occurrence." The paragraph before it is another one: no name runs across.
    found = facts(dev5_passage("itu-broadband-newsletter-2019-pp18-igf2018"), "en")
    assert {("new:igf 2018", "schema:startDate", "2018-11-12"), ("new:igf 2018", "schema:endDate", "2018-11-14"),
            ("new:igf 2018", "schema:location", "paris")} <= found
    assert not [f for f in found if f[0].startswith("new:activities")]


def test_the_backing_of_organisations_including_some_makes_them_partners_en(dev5_passage, facts):
    # developingtelecoms (2024): "it has launched the AI Skills Coalition, an initiative to bridge the global AI skills
    # gap that has the backing of 27 organizations, including Amazon Web Services, Microsoft, the East Africa
    # Community and Cognizant."
    found = facts(dev5_passage("118812-itu-ai-skills-coalition"), "en")
    assert {("ai-skills-coalition", "partner", "new:" + name) for name in
            ("amazon web services", "microsoft", "east africa community", "cognizant")} <= found


def test_an_apostrophe_inside_a_quoted_title_does_not_close_it_fr(dev5_passage, facts):
    # unesco.org: "L’atelier « La gouvernance à l’ère de l’IA : identification des problèmes pour permettre la
    # transformation numérique » a rassemblé ..."; "un outil ... développé par le GovLab" is said of the tool
    found = facts(dev5_passage("unesco-atelier-africai-kigali-2023-fr"), "fr")
    assert not [f for f in found if f[0] == "new:la gouvernance à l"]
    assert not [f for f in found if f[1] == "createdBy"]


@pytest.mark.parametrize(("passage_id", "year"), [
    ("cdeacf-forum-smsi-2009-fr", "2009"),  # "15-05-2009 (Paris) - Le prochain Forum 2009 ..."
    ("swissmag-smsi20-ia-bien-geneve-2025-fr", "2025"),  # "Posté le: 09.07.2025"
    ("118812-itu-ai-skills-coalition", None),  # no dateline
])
def test_the_dateline_a_document_opens_with_gives_its_year(dev5_passage, passage_id, year):
    assert publication_year(dev5_passage(passage_id)) == year


def test_a_series_told_of_in_the_past_is_the_edition_of_the_year_its_document_dates_fr(dev5_passage, facts):
    # itu.int (Actualités UIT, 2015): "... se sont réunis à Genève du 25 au 29 mai 2015 ... Le Forum du SMSI a été
    # organisé conjointement par l'UIT, l'UNESCO, le PNUD et la CNUCED, en collaboration avec plusieurs institutions"
    found = facts(dev5_passage("itunews-forum-smsi-2015-fr"), "fr")
    edition = "edition:wsis-forum:2015"
    assert {(edition, "organiser", agency) for agency in ("itu", "unesco", "undp", "unctad")} <= found
    assert (edition, "partner", "fao") in found
    assert not [f for f in found if f[0] == "wsis-forum" and f[1] in ("organiser", "partner")]


def test_a_meeting_hosted_and_co_organised_named_with_its_quoted_theme_fr(dev5_passage, facts):
    # unesco.org (2013): "L’UNESCO a accueilli la première réunion d’examen SMSI+10 « Vers les sociétés du savoir, pour
    # la paix et le développement durable », co-organisée avec l’UIT, le PNUD et la CNUCED, du 25 au 27 février 2013 à
    # Paris."
    found = facts(dev5_passage("unesco-smsi10-premiere-reunion-paris-fr"), "fr")
    meeting = ("new:première réunion d’examen smsi+10 « vers les sociétés du savoir, pour la paix et le développement "
               "durable »")
    assert {(meeting, "organiser", a) for a in ("unesco", "itu", "undp", "unctad")} <= found
    assert {(meeting, "schema:startDate", "2013-02-25"), (meeting, "schema:location", "paris")} <= found


def test_this_initiative_points_back_to_the_activity_named_before_en(dev5_passage, facts):
    # cbetic (2025): "An AI skills Coalition will serve as an online platform ... This initiative comes to advance the
    # implementation of the United Nations Global Digital Compact for the Future and the Global Digital Compact."
    found = facts(dev5_passage("cbetic-ai-skills-coalition-gdc"), "en")
    assert ("ai-skills-coalition", "mandatedBy", "instrument:A/RES/79/1, annex I") in found


def test_an_event_looked_back_on_is_not_the_one_the_sentence_dates_fr(dev5_passage, facts):
    # itu.int (2015): "Dix ans après la tenue du Sommet mondial sur la société de l'information (SMSI), organisé par
    # les Nations Unies, des représentants ... se sont réunis à Genève du 25 au 29 mai 2015"
    found = facts(dev5_passage("itunews-forum-smsi-2015-fr"), "fr")
    assert not [f for f in found if f[0].startswith("new:sommet mondial") and f[1].startswith("schema:")]


def test_a_blog_post_s_title_and_date_make_no_event_en(dev5_passage, facts):
    # undp.org blog (a precision trap): a title without an event's word, then the post's date
    assert not [f for f in facts(dev5_passage("undp-blog-ai-readiness-trap"), "en") if f[1].startswith("schema:")]


def test_a_lowercase_workshop_named_with_its_quoted_topic_was_held_en(dev5_passage, facts):
    # itu.int (2018): "The ITU annual regional human capacity building workshop on “Strengthening capacities in Internet
    # governance in Africa” was held in Abuja, Nigeria, from 27-29 August 2018."
    found = facts(dev5_passage("itu-hcb-internet-governance-abuja-2018"), "en")
    workshop = ("new:itu annual regional human capacity building workshop on “strengthening capacities in internet "
                "governance in africa”")
    assert {(workshop, "schema:startDate", "2018-08-27"), (workshop, "schema:endDate", "2018-08-29"),
            (workshop, "schema:location", "new:abuja")} <= found


def test_a_commission_that_will_co_organise_a_workshop_organises_it_fr(dev5_passage, facts):
    # uneca.org (2024): "la Commission économique pour l'Afrique (CEA) va coorganiser un atelier sur les défis et les
    # opportunités de l'IA à Libreville, durant la première quinzaine de décembre 2024."
    found = facts(dev5_passage("uneca-atelier-ia-gabon-libreville-fr"), "fr")
    workshop = "new:atelier sur les défis et les opportunités de l'ia"
    assert {(workshop, "organiser", "eca"), (workshop, "schema:location", "new:libreville"),
            (workshop, "schema:startDate", "2024-12")} <= found
