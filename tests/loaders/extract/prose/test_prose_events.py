"""Events read in real prose, English and French (loaders/extract/prose/prose_events.py and
prose_dates.py): dates and places, editions of a series, and the dates that are not events'."""

import pytest


def test_geneva_will_host_the_summit_from_july_7_to_july_10_2026_en(passage, facts):
    # "Geneva will host the AI for Good Global Summit from July 7 to July 10, 2026."
    found = facts(passage("third-news-summit-2026"), "en")
    assert {("ai-for-good-summit-2026", "schema:startDate", "2026-07-07"),
            ("ai-for-good-summit-2026", "schema:endDate", "2026-07-10"),
            ("ai-for-good-summit-2026", "schema:location", "geneva"),
            ("ai-for-good-summit-2026", "partOf", "ai-for-good-summit")} <= found


def test_the_dialogue_which_occurs_on_july_6_and_7_takes_the_year_written_before_en(passage, facts):
    # "The summit will follow immediately after the first UN Global Dialogue on AI Governance, which occurs on
    # July 6 and 7 at the same venue, Palexpo Geneva."
    found = facts(passage("third-news-summit-2026"), "en")
    assert {("global-dialogue-2026", "schema:startDate", "2026-07-06"), ("global-dialogue-2026", "schema:endDate", "2026-07-07"),
            ("global-dialogue-2026", "schema:location", "palexpo")} <= found
    assert ("ai-for-good-summit-2026", "schema:location", "palexpo") not in found


def test_the_summit_took_place_in_geneva_from_6_7_july_2023_en(passage, facts):
    # "AI for Good is a digital platform ... The Summit took place in Geneva, Switzerland, from 6-7 July 2023"
    found = facts(passage("iisd-ai-for-good-2023"), "en")
    assert {("edition:ai-for-good-summit:2023", "schema:startDate", "2023-07-06"),
            ("edition:ai-for-good-summit:2023", "schema:endDate", "2023-07-07"),
            ("edition:ai-for-good-summit:2023", "schema:location", "geneva")} <= found


def test_a_quoted_theme_is_no_place_en(passage, facts):
    # "Under the theme “Ethical Governance of AI in Motion,” the forum highlights ..."
    assert not [f for f in facts(passage("forum-ethics-2025-programme"), "en") if f[2] == "new:motion"]


def test_the_date_a_draft_resolution_was_released_is_no_event_fr(passage, facts):
    # "Le 18 août 2025, l’Assemblée générale des Nations Unies a rendu public le projet de résolution A/79/L.118 ..."
    assert facts(passage("ddg-projet-l118-fr"), "fr") == set()


def test_a_year_less_date_takes_no_year_when_the_years_before_disagree_fr(facts):
    # www.itu.int/net/wsis/newsroom/fact/when_where-fr.html
    text = ("La premère phase du SMSI a eu lieu à Genève en décembre 2003, et la deuxième phase sera tenue à Tunis en "
            "novembre 2005.\nGenève 2003: Première phase\nLa première phase du Sommet mondial, accueillie par le "
            "Gouvernement suisse, a eu lieu du 10 au 12 décembre à Genève.")
    found = facts(text, "fr")
    # the first phase is a part of the Summit, held in Geneva (not an edition of another "Sommet mondial")
    assert {("new:première phase du sommet mondial", "schema:location", "geneva"),
            ("new:première phase du sommet mondial", "partOf", "new:sommet mondial")} <= found
    assert not [f for f in found if f[1] == "schema:startDate"]


def test_le_sommet_mondial_sur_l_intelligence_artificielle_de_2024_a_geneve_fr(facts):
    # www.itu.int/fr/mediacentre/Pages/PR-2024-05-16-AI-governance-day.aspx
    text = ("Le Sommet mondial sur l'intelligence artificielle au service du bien social de 2024 s'ouvrira le 29 mai, "
            "à Genève (Suisse), marquant la première Journée des Nations Unies sur la gouvernance de l'intelligence "
            "artificielle (IA).")
    assert {("edition:ai-for-good-summit:2024", "partOf", "ai-for-good-summit"),
            ("edition:ai-for-good-summit:2024", "schema:location", "geneva")} <= facts(text, "fr")


def test_a_madrid_du_22_au_24_avril_is_a_meeting_of_the_panel_fr(seed, facts):
    # seed 003: "... sa première réunion en présentiel, qui doit avoir lieu à Madrid du 22 au 24 avril"
    found = facts(seed("003"), "fr")
    assert {("scientific-panel-first-meeting", "partOf", "scientific-panel-ai"),
            ("scientific-panel-first-meeting", "schema:location", "madrid")} <= found


def test_a_paris_les_10_et_11_fevrier_2025_fr(seed, facts):
    # seed 004: "... se sont réunis à Paris les 10 et 11 février 2025 pour tenir le Sommet pour l'action sur l'IA"
    assert {("ai-action-summit", "schema:startDate", "2025-02-10"), ("ai-action-summit", "schema:endDate", "2025-02-11"),
            ("ai-action-summit", "schema:location", "paris")} <= facts(seed("004"), "fr")
    assert not [f for f in facts(seed("004"), "fr") if f[0].startswith("edition:ai-action-summit")]  # no series


# ---- Editions and sessions, on the second development set (benchmarks/labelled/prose-dev2.yaml)
def test_its_first_session_is_the_first_edition_of_the_dialogue_en(dev2_passage, facts):
    # "The Global Dialogue on AI Governance is ... It was established ..., and its first session takes place in
    # Geneva on July 6-7, 2026"
    found = facts(dev2_passage("luwai-dialogue-secretariat"), "en")
    assert {("global-dialogue-2026", "partOf", "global-dialogue-ai-governance"),
            ("global-dialogue-2026", "schema:startDate", "2026-07-06"),
            ("global-dialogue-2026", "schema:location", "geneva")} <= found


def test_the_first_session_of_a_dialogue_named_short_fr(dev2_passage, facts):
    # "La première session du Dialogue mondial est prévue pour juillet 2026 à Genève, ..."
    found = facts(dev2_passage("lebrief-sessions-fr"), "fr")
    assert {("global-dialogue-2026", "schema:startDate", "2026-07"), ("global-dialogue-2026", "schema:location", "geneva")} <= found


@pytest.mark.parametrize("passage_id", ["nation-keynote-third-forum", "daily8-third-forum"])
def test_an_ordinal_before_an_agency_and_the_series_names_the_edition_en(dev2_passage, facts, passage_id):
    # "at the 3rd UNESCO Global Forum on the Ethics of AI 2025", "The third edition of the UNESCO Global Forum ..."
    found = facts(dev2_passage(passage_id), "en")
    assert ("third-global-forum-ethics-ai", "partOf", "unesco-global-forum-ethics-ai") in found
    assert not [f for f in found if f[0].startswith("edition:unesco-global-forum-ethics-ai")]


def test_the_place_something_was_announced_from_is_no_event_place_fr(dev2_passage, facts):
    # "Annoncée par Guy Parmelin depuis New Delhi, la tenue du Sommet mondial ... à Genève en 2027"
    found = facts(dev2_passage("lemanbleu-sommet-2027-fr"), "fr")
    assert not [f for f in found if f[2] == "new-delhi"]


def test_an_event_organised_as_part_of_a_summit_is_part_of_that_years_edition_fr(dev2_passage, facts):
    # "Lors du AI Governance Dialogue 2025, organisé dans le cadre du sommet AI for Good Global Summit à Genève, ..."
    found = facts(dev2_passage("thd-ai-governance-dialogue-fr"), "fr")
    assert {("new:ai governance dialogue 2025", "partOf", "ai-for-good-summit-2025"),
            ("new:ai governance dialogue 2025", "schema:location", "geneva")} <= found


def test_an_event_held_alongside_a_summit_is_not_part_of_it_en(dev2_passage, facts):
    # "the WSIS+20 High-Level Event, held this week at Palexpo convention center alongside the AI for Good Global Summit"
    found = facts(dev2_passage("samena-wsis20-cohosted"), "en")
    assert ("new:wsis+20 high-level event", "schema:location", "palexpo") in found
    assert not [f for f in found if f[1] == "partOf"]


def test_a_date_without_its_year_takes_the_year_of_the_edition_named_before_it_fr(facts):
    # itu.int (1 February 2024; dev3): the year is written in the edition's name only
    text = ("Des dirigeants et innovateurs du monde entier œuvrant dans le domaine de l'intelligence artificielle (IA) "
            "travailleront aux côtés des acteurs de l'action humanitaire lors du Sommet mondial sur l'intelligence "
            "artificielle au service du bien social de 2024, qui se tiendra à Genève (Suisse) les 30 et 31 mai, afin "
            "de réfléchir aux possibilités d'utilisation des nouvelles technologies pour favoriser le développement durable.")
    edition = "edition:ai-for-good-summit:2024"
    assert {(edition, "schema:startDate", "2024-05-30"), (edition, "schema:endDate", "2024-05-31"),
            (edition, "schema:location", "geneva")} <= facts(text, "fr")


def test_a_date_without_a_year_anywhere_before_it_stays_undated_en(facts):
    # twn.my (SUNS, 19 February 2025; dev3): the year is only in the date line of the page, not in the text
    text = ("Penang, 18 Feb (Kanaga Raja) — The UN Human Rights Council (HRC)’s Advisory Committee is holding its "
            "33rd session in Geneva from 17 to 21 February.")
    assert not [f for f in facts(text, "en") if f[1] in ("schema:startDate", "schema:endDate")]


def test_the_place_of_an_annual_meeting_ends_before_where_en(dev3_passage, facts):
    # itonline.co.uk: "... during the World Economic Forum’s Annual Meeting in Davos where the ITU will highlight ..."
    found = facts(dev3_passage("itonline-ai-skills-coalition"), "en")
    assert ("new:world economic forum’s annual meeting", "schema:location", "new:davos") in found


def test_a_place_right_after_an_events_name_is_its_own_and_a_workshop_is_in_its_margins_en(facts):
    # dev6, intgovforum.org: "The Africa Internet Governance Forum (AfIGF) was launched on 30 September 2011, at a
    # workshop organized by ECA and the African Union Commission (AUC) held during the 6th IGF in Nairobi, ..."
    text = ("The Africa Internet Governance Forum (AfIGF) was launched on 30 September 2011, at a workshop organized by "
            "ECA and the African Union Commission (AUC) held during the 6th IGF in Nairobi, to act as a platform for an "
            "inclusive multilateral, multi-stakeholder and multilingual discussion.")
    found = facts(text, "en")
    assert ("new:6th igf", "schema:location", "new:nairobi") in found
    # the workshop, not the forum launched at it, was held during the IGF
    assert ("new:africa internet governance forum", "partOf", "new:6th igf") not in found


def test_numbered_global_meetings_are_of_the_annual_series_named_before_each_with_its_dates_en(dev6_passage, facts):
    # "... the Centre co-organizes the annual Global Meeting on AI for Law Enforcement. The first INTERPOL - UNICRI
    # Global Meeting was held on 11–12 July 2018 at INTERPOL's Global Complex for Innovation in Singapore and the
    # second Global Meeting took place within the framework of INTERPOL World 2019, on 3–4 July 2019 in Singapore."
    found = facts(dev6_passage("owiki-unicri-interpol-global-meeting"), "en")
    series = "new:global meeting on ai for law enforcement"
    first, second = "new:first interpol - unicri global meeting", "new:second global meeting"
    assert {(first, "partOf", series), (second, "partOf", series), ("new:third global meeting", "partOf", series),
            (first, "schema:startDate", "2018-07-11"), (second, "schema:startDate", "2019-07-03"),
            (second, "schema:endDate", "2019-07-04")} <= found
    assert (first, "schema:startDate", "2019-07-03") not in found


def test_a_first_meeting_takes_its_own_dates_not_the_datelines_en(dev6_passage, facts):
    # "Beirut, 15 June 2012 (ESCWA ...)– Under the umbrella of ESCWA ..., the Secretariat for the Arab Internet
    # Governance Forum (Arab IGF) will hold its first Meeting of the Arab Multistakeholder Advisory Group (MAG) during
    # 18-19 June 2012, at Fairmont Heliopolis and Towers Hotel in Cairo, Egypt."
    found = facts(dev6_passage("escwa-arab-mag-cairo-2012"), "en")
    meeting = "new:first meeting of the arab multistakeholder advisory group"
    assert {(meeting, "schema:startDate", "2012-06-18"), (meeting, "schema:endDate", "2012-06-19"),
            (meeting, "schema:location", "new:cairo")} <= found
    assert not [f for f in found if f[0] == "new:arab internet governance forum" and f[1].startswith("schema:")]



def test_a_forum_held_during_the_ongoing_conference_is_part_of_it_en(dev4_passage, facts):
    # "The AI Women Elites Forum concluded in Shanghai on Thursday during the ongoing World Artificial Intelligence
    # Conference 2024."
    found = facts(dev4_passage("shine-waic-women-forum-unesco"), "en")
    assert ("new:ai women elites forum", "partOf", "new:world artificial intelligence conference 2024") in found


def test_the_day_a_summit_opens_with_is_part_of_that_summit_en(dev6_passage, facts):
    # "The AI for Good Global Summit 2024 will open in Geneva, Switzerland on 29 May with the UN’s first AI Governance
    # Day to discuss how best to implement principled AI frameworks ..."
    found = facts(dev6_passage("impactnews-ai-governance-day-2024"), "en")
    assert ("new:ai governance day", "partOf", "edition:ai-for-good-summit:2024") in found


def test_the_congress_centre_a_forum_is_held_at_is_its_place_not_what_it_is_part_of_en(dev6_passage, facts):
    # "The Government of Slovenia under the patronage of UNESCO, will host the second Global Forum on the Ethics of
    # Artificial Intelligence on February 5 and 6, 2024, at the Brdo Congress Centre of Kranj."
    found = facts(dev6_passage("mediarights-global-forum-ethics-editions"), "en")
    edition = "edition:unesco-global-forum-ethics-ai:2024"
    assert (edition, "schema:location", "new:brdo congress centre of kranj") in found
    assert not [f for f in found if f[1] == "partOf" and "brdo" in f[2]]


def test_a_hotel_and_a_headquarters_named_after_at_are_the_meetings_places_en(dev6_passage, facts):
    # "The Fourth Annual Meeting of the Arab Internet Governance Forum (AIGF-IV) is planned to be hosted by Ogero
    # Telecom ..., at the Movenpick Hotel in Beirut, during 17-18 December 2015."
    # "The Twenty Fifth Meeting of WG-WSIS will be held on 2-3 October 2014, at the ITU Headquarters, Geneva, Switzerland."
    beirut = facts(dev6_passage("digwatch-arab-igf-beirut-2015"), "en")
    assert ("new:fourth annual meeting of the arab internet governance forum", "schema:location",
            "new:movenpick hotel") in beirut
    geneva = facts(dev6_passage("digwatch-wg-wsis-25th-meeting"), "en")
    assert ("new:twenty fifth meeting of wg-wsis", "schema:location", "new:itu headquarters") in geneva


def test_a_session_of_an_organ_is_dated_and_part_of_the_organ_en_fr(dev5_passage, dev6_passage, facts):
    # "... présentera un rapport thématique à la 59e session du Conseil des Droits de l'Homme des Nations Unies en juin
    # 2025." (the month after "en" is no word of the name)
    # "The final draft will be presented to the ninth session of the Asia-Pacific Information Superhighway Steering
    # Committee (APIS SC-9) on 4-5 December 2025 for consideration and approval."
    french = facts(dev6_passage("ohchr-gt-entreprises-ia-fr"), "fr")
    assert ("new:59e session du conseil des droits de l'homme des nations unies", "schema:startDate", "2025-06") in french
    english = facts(dev5_passage("indico-escap-apis-steering-committee-9"), "en")
    # part of the organ (the reading rule of dev6, dev7 and held-out 4: "a meeting or session of a body ... is partOf
    # it"), never of a series named by the session itself
    assert ("new:ninth session of the asia-pacific information superhighway steering committee", "partOf",
            "new:asia-pacific information superhighway steering committee") in english
    assert not [f for f in french | english if f[1] == "partOf" and "session" in f[2]]


def test_a_later_date_in_a_clause_of_its_own_is_its_event_s_en(dated_facts):
    # dev5 broadbandcommission-2010-mdg-summit: "It will deliver its outcomes to UN Secretary-General Ban Ki-moon on
    # 19 September 2010 at an official side event of the UN MDG Summit in New York, which starts on September 20."
    text = ("It will deliver its outcomes to UN Secretary-General Ban Ki-moon on 19 September 2010 at an official side "
            "event of the UN MDG Summit in New York, which starts on September 20.")
    found = dated_facts(text, "en", "2010-07")
    assert ("new:un mdg summit", "schema:startDate", "2010-09-20") in found
    assert ("new:un mdg summit", "schema:startDate", "2010-09-19") not in found


# ---- The series' acronym after an occurrence's name (prose-heldout4, retired; fr.qaz.wiki)
def test_la_premiere_phase_du_sommet_suivie_du_sigle_du_sommet_est_datee_et_placee_fr(heldout4_passage, facts):
    # "... lors de la première phase du Sommet mondial sur la Société de l'information (SMSI) qui aura lieu à Genève du 10
    # au 12 décembre 2003": the acronym is a word of the phase's name, not the event the relative clause dates
    found = facts(heldout4_passage("allafrica-cea-smsi-bamako-2002"), "fr")
    phase = "new:première phase du sommet mondial sur la société de l'information"
    assert {(phase, "partOf", "new:sommet mondial sur la société de l'information"), (phase, "schema:startDate", "2003-12-10"),
            (phase, "schema:endDate", "2003-12-12"), (phase, "schema:location", "geneva")} <= found
    assert not [f for f in found if f[0] == "new:sommet mondial sur la société de l'information" and f[1].startswith("schema:")]


def test_la_premiere_phase_qui_s_est_tenue_a_geneve_fr(facts):
    # fr.qaz.wiki/wiki/Internet_Governance_Forum: "La première phase du Sommet mondial sur la société de l'information
    # (SMSI), qui s'est tenue à Genève en décembre 2003, n'a pas réussi à se mettre d'accord sur l'avenir de la
    # gouvernance de l'Internet"
    found = facts("La première phase du Sommet mondial sur la société de l'information (SMSI), qui s'est tenue à Genève "
                  "en décembre 2003, n'a pas réussi à se mettre d'accord sur l'avenir de la gouvernance de l'Internet.", "fr")
    phase = "new:première phase du sommet mondial sur la société de l'information"
    assert {(phase, "schema:startDate", "2003-12"), (phase, "schema:location", "geneva")} <= found


# ---- Places that are no event's: a document's place, where a text was issued, a document's part (held-out 4 and 5)
def test_a_place_opening_a_document_s_name_is_no_place_of_the_summit_en(heldout5_passage, facts):
    # "... the multistakeholder implementation of the Geneva Plan of Action and Tunis Agenda;"
    found = facts(heldout5_passage("itu-pp06-resolution-gt-plen-6-ungis"), "en")
    assert not [f for f in found if f[1] == "schema:location" and f[2] == "geneva"]


def test_where_a_resolution_was_issued_or_a_vision_set_out_is_no_event_s_place_en(heldout4_passage, heldout5_passage, facts):
    # prose-heldout4: "It was established by ESCWA and the League of Arab States (LAS) pursuant to a World Summit on the
    # Information Society (WSIS) resolution issued in Tunis in 2005."; prose-heldout5: "... the vision of the WSIS set out
    # 20 years ago in Tunis."
    for text in (heldout4_passage("escwa-arabigf-page-established-by"),
                 heldout5_passage("afnic-wsis20-review-initiated-under-70-125")):
        assert not [f for f in facts(text, "en") if f[1] == "schema:location" and f[2] == "new:tunis"]


def test_ou_un_plan_fut_adopte_n_est_pas_le_lieu_du_sommet_fr(facts):
    # afri-ct.org/article/societe-de-l-information: "La phase préparatoire au Sommet de Tunis devrait apporter une réponse
    # pratique ... pour la mise en application du Plan d’action adopté à Genève."
    found = facts("La phase préparatoire au Sommet de Tunis devrait apporter une réponse pratique à la plupart des questions "
                  "qui se posent et proposer des mesures réalistes pour la mise en application du Plan d’action adopté à "
                  "Genève.", "fr")
    assert not [f for f in found if f[1] == "schema:location"]


def test_an_annex_of_a_decision_is_no_place_en(heldout5_passage, facts):
    # "that Decision 8 of the Plenipotentiary Conference (Marrakesh, 2002) decided to forward to the Council Working Group
    # on WSIS (WG-WSIS) the framework contained in Annex 1 of the Decision"
    found = facts(heldout5_passage("studylib-itu-council-2003-wg-wsis"), "en")
    assert not [f for f in found if f[2] == "new:annex"]


def test_an_unnamed_dialogue_held_within_a_session_takes_the_place_the_session_its_bracketed_days_fr(heldout5_passage, facts):
    # "Le Conseil national des droits de l’Homme (CNDH) a pris part le mercredi 13 mars 2024 au Palais des Nations à Genève
    # au dialogue interactif avec la Rapporteure spéciale sur le droit à la vie privée, organisé dans le cadre de la 55ème
    # session du Conseil des droits de l’Homme des Nations Unies (26 février-05 avril 2024)."
    found = facts(heldout5_passage("marocdroit-cndh-dialogue-rapporteure-vie-privee-55e-session"), "fr")
    session = "new:55ème session du conseil des droits de l’homme des nations unies"
    assert {(session, "schema:startDate", "2024-02-26"), (session, "schema:endDate", "2024-04-05")} <= found
    assert not [f for f in found if f[0] == session and f[1] == "schema:location"]  # the dialogue's place, not named


def test_days_in_brackets_after_a_session_are_the_session_s_en(heldout4_passage, facts):
    # "During its recent 53rd Regular Session (19 June – 14 July 2023), the HRC unanimously adopted ..."
    found = facts(heldout4_passage("ecnl-hrc53-resolutions-civic-space"), "en")
    assert {("new:53rd regular session", "schema:startDate", "2023-06-19"),
            ("new:53rd regular session", "schema:endDate", "2023-07-14")} <= found
