"""Numbered editions of series the registry does not know, read in real prose (the sixth and second
development sets, benchmarks/labelled/prose-dev6.yaml and prose-dev2.yaml), English and French
(loaders/extract/prose/prose_editions.py): the edition is named as written with its ordinal, part of the
series named without it, and the dates, places and organisers of the sentence are the edition's."""

from loaders.extract.prose.prose_editions import edition_number

AFIGF_FR = "new:forum africain sur la gouvernance de l'internet"


def test_ordinals_in_words_numbers_and_roman_numerals_en_fr():
    assert [edition_number(w) for w in ("Twenty Fifth", "13e", "3ème", "XIIIe", "vingt-deuxième", "19th", "1er")] == \
        [25, 13, 3, 13, 22, 19, 1]


def test_le_13e_forum_africain_est_une_edition_du_forum_datee_et_placee_fr(dev6_passage, facts):
    # "Le 13e Forum africain sur la gouvernance de l'Internet (AfIGF-2024) se tiendra sous un format hybride à
    # Addis-Abeba du 20 au 22 novembre 2024. Le forum de cette année est organisé par la Commission économique
    # pour l'Afrique (CEA) ..."
    found = facts(dev6_passage("allafrica-afigf-addis-2024-fr"), "fr")
    edition = "new:13e forum africain sur la gouvernance de l'internet"
    assert {(edition, "partOf", AFIGF_FR), (edition, "schema:startDate", "2024-11-20"),
            (edition, "schema:endDate", "2024-11-22"), (edition, "schema:location", "new:addis-abeba"),
            (edition, "organiser", "eca")} <= found
    assert not [f for f in found if f[0] == AFIGF_FR and f[1].startswith("schema:")]


def test_le_troisieme_forum_puis_ce_troisieme_forum_sont_la_meme_edition_fr(dev6_passage, facts):
    # "Le Troisième Forum sur la gouvernance de l'internet en Afrique (AfIGF) aura lieu à Abuja, au Nigéria, du 10 au
    # 12 juillet 2014. Selon le Secrétariat ..., ce Troisième Forum discutera des questions critiques ..."
    found = facts(dev6_passage("allafrica-afigf-abuja-2014-fr"), "fr")
    edition = "new:troisième forum sur la gouvernance de l'internet en afrique"
    series = "new:forum sur la gouvernance de l'internet en afrique"
    assert {(edition, "partOf", series), (edition, "schema:startDate", "2014-07-10"),
            (edition, "schema:location", "new:abuja")} <= found
    # the title "Le Nigéria accueille le 3ème Forum sur ..." names the same edition, as the text does
    assert (edition, "organiser", "country-NG") in found
    assert not [f for f in found if f[0].startswith("new:3ème")]
    assert not [f for f in found if f[0] == series and f[1].startswith("schema:")]
    assert not [f for f in found if "discutera" in f[0]]


def test_the_fourth_annual_meeting_of_a_forum_is_part_of_the_forum_en(dev6_passage, facts):
    # "The Fourth Annual Meeting of the Arab Internet Governance Forum (AIGF-IV) is planned to be hosted by Ogero
    # Telecom ..., at the Movenpick Hotel in Beirut, during 17-18 December 2015."
    found = facts(dev6_passage("digwatch-arab-igf-beirut-2015"), "en")
    meeting = "new:fourth annual meeting of the arab internet governance forum"
    assert {(meeting, "partOf", "new:arab internet governance forum"), (meeting, "schema:startDate", "2015-12-17"),
            (meeting, "organiser", "new:ogero telecom")} <= found


def test_the_twenty_fifth_meeting_of_an_acronym_is_part_of_the_group_it_stands_for_en(dev6_passage, facts):
    # "The Council Working Group on WSIS (WG-WSIS) was created in 2002 ... The Twenty Fifth Meeting of WG-WSIS will
    # be held on 2-3 October 2014, at the ITU Headquarters, Geneva, Switzerland."
    found = facts(dev6_passage("digwatch-wg-wsis-25th-meeting"), "en")
    meeting = "new:twenty fifth meeting of wg-wsis"
    assert {(meeting, "partOf", "new:council working group on wsis"), (meeting, "schema:startDate", "2014-10-02"),
            (meeting, "schema:location", "geneva")} <= found


def test_the_6th_and_7th_igf_are_editions_of_the_igf_en(dev6_passage, facts):
    # "The Africa Internet Governance Forum (AfIGF) was launched on 30 September 2011, at a workshop organized by ECA
    # and the African Union Commission (AUC) held during the 6th IGF in Nairobi, ... during the 7th IGF in Baku ..."
    found = facts(dev6_passage("intgovforum-afigf-launch-nairobi"), "en")
    assert {("new:6th igf", "partOf", "new:igf"), ("new:7th igf", "partOf", "new:igf")} <= found


def test_la_vingt_deuxieme_session_d_une_commission_est_datee_et_fait_partie_de_l_organe_fr(dev6_passage, facts):
    # "La vingt-deuxième session de la Commission de la science et de la technique au service du développement se
    # tiendra à Genève, du 13 au 17 mai 2019." (the labelled sets' reading rule: "a meeting or session of a body
    # ... is partOf it")
    found = facts(dev6_passage("unctad-cstd-22e-session-fr"), "fr")
    session = "new:vingt-deuxième session de la commission de la science et de la technique au service du développement"
    assert {(session, "schema:startDate", "2019-05-13"), (session, "schema:endDate", "2019-05-17"),
            (session, "schema:location", "geneva"), (session, "partOf", "cstd")} <= found


def test_the_28th_and_29th_regular_sessions_are_part_of_the_council_en(heldout4_passage, facts):
    # "This resolution, which was adopted during the 28th regular session of the Human Rights Council, ... The Human
    # Rights Council will appoint the Special Rapporteur at the 29th regular session of the Human Rights Council which
    # will be held from June 15 to July 3, 2015."
    found = facts(heldout4_passage("ijrc-special-rapporteur-privacy-2015"), "en")
    assert {("new:28th regular session of the human rights council", "partOf", "human-rights-council"),
            ("new:29th regular session of the human rights council", "partOf", "human-rights-council"),
            ("new:29th regular session of the human rights council", "schema:startDate", "2015-06-15")} <= found


def test_its_53rd_regular_session_is_no_edition_of_a_regular_session_series_en(heldout4_passage, facts):
    # "During its recent 53rd Regular Session (19 June – 14 July 2023), the HRC unanimously adopted ..." (a session's
    # head alone names no series; the session keeps its number and its days)
    found = facts(heldout4_passage("ecnl-hrc53-resolutions-civic-space"), "en")
    assert ("new:53rd regular session", "schema:startDate", "2023-06-19") in found
    assert not [f for f in found if f[2] == "new:regular session"]


def test_the_fifth_annual_igf_meeting_is_a_meeting_of_the_igf_not_of_an_igf_meeting_series_en(heldout4_passage, facts):
    # "... the Working Group on the Internet Governance Forum (IGF), during the fifth annual IGF meeting, which was
    # held in Vilnius, Lithuania, from 14 to 17 September 2010."
    found = facts(heldout4_passage("unctad-wg-igf-improvements-ecosoc-2010-2"), "en")
    assert ("new:fifth annual igf meeting", "schema:startDate", "2010-09-14") in found
    assert not [f for f in found if f[2] == "new:igf meeting"]


def test_the_uns_first_day_of_its_kind_is_no_edition_en(dev6_passage, facts):
    # "The AI for Good Global Summit 2024 will open in Geneva, Switzerland on 29 May with the UN’s first AI
    # Governance Day ..."
    found = facts(dev6_passage("impactnews-ai-governance-day-2024"), "en")
    assert not [f for f in found if "first ai governance day" in f[0] or "first ai governance day" in f[2]]


def test_un_deuxieme_atelier_decrit_n_est_l_edition_d_aucune_serie_fr(dev2_passage, facts):
    # "Le deuxième atelier de renforcement des capacités de l'IA, organisé par le ministère chinois des affaires
    # étrangères, a ouvert à l'Université Tsinghua à Pékin le 12 mai." (a common noun names no series)
    found = facts(dev2_passage("chinedirect-atelier-fr"), "fr")
    assert not [f for f in found if f[1] == "partOf"]


def test_the_19th_edition_of_the_un_based_forum_is_part_of_the_forum_without_its_qualifier_en(dev6_passage, facts):
    # "“Building our Multistakeholder Digital Future” was the theme of the 19th edition of the UN-based Internet
    # Governance Forum (IGF)."
    found = facts(dev6_passage("news22times-igf-riyadh-2024"), "en")
    assert ("new:19th edition of the un-based internet governance forum", "partOf", "new:internet governance forum") in found


def test_la_premiere_session_de_consultation_tenue_a_new_york_est_un_evenement_fr(dev5_passage, facts):
    # "La première session de consultation informelle du processus intergouvernemental a eu lieu le 30 janvier à
    # New York, pour discuter et proposer le Pacte numérique mondial"
    found = facts(dev5_passage("vietnamplus-pacte-numerique-consultation-fr"), "fr")
    session = "new:première session de consultation informelle du processus intergouvernemental"
    assert (session, "schema:location", "new:new york") in found


def test_le_deuxieme_forum_ecrit_avec_une_apostrophe_html_est_une_edition_datee_fr(dev4_passage, facts):
    # "Le deuxième Forum sur la gouvernance de l&#39Internet se tient du 12 au 15 novembre à Rio de Janeiro au
    # Brésil" (the page writes its apostrophes as HTML character references)
    found = facts(dev4_passage("onuinfo-fgi-rio-2007-fr"), "fr")
    edition = "new:deuxième forum sur la gouvernance de l&#39internet"
    assert {(edition, "partOf", "new:forum sur la gouvernance de l&#39internet"),
            (edition, "schema:startDate", "2007-11-12"), (edition, "schema:endDate", "2007-11-15")} <= found


def test_this_years_edition_of_a_conference_is_part_of_it_en(dev5_passage, facts):
    # "The Romanian capital Bucharest was the host for this year’s edition of the ITU Plenipotentiary Conference, which
    # brought together more than 3,000 delegates ..."
    found = facts(dev5_passage("medium-youthigf-pp22-bucharest"), "en")
    assert ("new:this year’s edition of the itu plenipotentiary conference", "partOf",
            "new:itu plenipotentiary conference") in found


def test_the_5th_sti_forum_is_the_fifth_forum_its_heading_names_not_an_edition_of_it_en(heldout4_passage, facts):
    # prose-heldout4 (delog-fifth-sti-forum-2020): "Fifth UN Multi-stakeholder Forum on Science, Technology and Innovation
    # for the SDGs (STI Forum) ... The 5th STI Forum will be held from 12 to 13 May 2020 in New York."
    found = facts(heldout4_passage("delog-fifth-sti-forum-2020"), "en")
    fifth = "new:fifth un multi-stakeholder forum on science, technology and innovation for the sdgs"
    assert {(fifth, "schema:startDate", "2020-05-12"), (fifth, "schema:location", "new:new york")} <= found
    assert not [f for f in found if f[0] == "new:5th sti forum"]


# ---- An edition named by its year before its series (held-out 4 and 5, retired)
def test_l_edition_2011_du_forum_est_une_edition_placee_du_forum_fr(heldout5_passage, facts):
    # "... celles issues de l’édition 2011 du forum de la gouvernance de l’Internet à Nairobi (Nigeria)." (a lower-case
    # series after « l'édition 2011 du »; the place is the edition's, not the Summit's named before)
    found = facts(heldout5_passage("webmanagercenter-igf-afrique-du-nord-hammamet-2012"), "fr")
    edition = "new:édition 2011 du forum de la gouvernance de l’internet"
    assert {(edition, "partOf", "new:forum de la gouvernance de l’internet"), (edition, "schema:location", "new:nairobi")} <= found
    assert not [f for f in found if f[1] == "schema:location" and "sommet" in f[0]]


def test_the_2023_edition_of_the_dialogue_is_part_of_the_dialogue_en(heldout4_passage, facts):
    # "Building on the 2022 Innovations Dialogue, the 2023 edition of the Innovations Dialogue provided a platform ..."
    found = facts(heldout4_passage("unidir-innovations-dialogue-2023"), "en")
    assert ("new:2023 edition of the innovations dialogue", "partOf", "new:innovations dialogue") in found
