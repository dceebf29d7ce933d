"""Sessions of organs (loaders/extract/prose/prose_sessions.py), on real sentences of the fourth and fifth prose held-out
sets (retired; benchmarks/labelled/prose-heldout4.yaml, prose-heldout5.yaml): a session an organ's possessive names, a
UN document's header, an organ's name with "des Nations Unies" after it."""

from loaders.extract.prose.prose_sessions import is_organ, known_owner
from loaders.extract.prose.prose_terms import Term
from loaders.registry import load_registry


def test_an_organ_named_with_of_the_united_nations_is_the_registry_organ_fr():
    # « ... la 55ème session du Conseil des droits de l’Homme des Nations Unies (26 février-05 avril 2024) »
    assert known_owner(Term("activity", label="Conseil des droits de l’Homme des Nations Unies"), load_registry()).key \
        == "human-rights-council"
    assert is_organ(Term("agent", label="Conseil des droits de l'homme")) and not is_organ(Term("agent", label="Global Forum"))


# ---- Sessions of organs, on the fifth held-out set (retired 2026-12-02, benchmarks/labelled/prose-heldout5.yaml)
def test_the_50th_regular_session_of_the_council_is_part_of_the_council_en(heldout5_passage, facts):
    # "The 50th Regular Session of the Human Rights Council" (a session's kind, "Regular", before "Session of")
    found = facts(heldout5_passage("giplatform-hrc-50th-regular-session"), "en")
    assert ("new:50th regular session of the human rights council", "partOf", "human-rights-council") in found
    assert not [f for f in found if f[2] == "new:regular session of the human rights council"]


def test_la_55eme_session_du_conseil_des_nations_unies_fait_partie_du_conseil_fr(heldout5_passage, facts):
    # "... organisé dans le cadre de la 55ème session du Conseil des droits de l’Homme des Nations Unies (26 février-05
    # avril 2024)": "des Nations Unies" after an organ's name names no other organ
    found = facts(heldout5_passage("marocdroit-cndh-dialogue-rapporteure-vie-privee-55e-session"), "fr")
    assert ("new:55ème session du conseil des droits de l’homme des nations unies", "partOf", "human-rights-council") in found


def test_at_its_70th_session_the_session_is_part_of_the_assembly_en(heldout5_passage, facts):
    # "The General Assembly, at its 70th session, adopted resolution A/RES/70/125 ..."
    found = facts(heldout5_passage("unctad-news-wgec-2016-resolution-70-125-paragraph-65"), "en")
    assert ("new:70th session", "partOf", "general-assembly") in found


def test_at_its_thirtieth_session_an_ordinal_in_words_is_part_of_the_commission_en(heldout5_passage, facts):
    # "... reported to the Commission on Science and Technology for Development at its thirtieth session, in 2027"
    found = facts(heldout5_passage("ungis-wsis20-mandates-task-force-80-173"), "en")
    assert ("new:thirtieth session", "partOf", "cstd") in found


def test_its_session_belongs_to_the_organ_right_before_it_not_to_any_organ_of_the_sentence_en(heldout4_passage, facts):
    # "... which would report to the Commission at its fourteenth session in 2011": "the Commission" is read as no
    # organ here, and the CSTD named earlier in the sentence is not taken for it
    found = facts(heldout4_passage("unctad-wg-igf-improvements-ecosoc-2010-2"), "en")
    assert not [f for f in found if f[0] == "new:fourteenth session"]


# ---- A UN document's header: the organ, then its numbered session and the session's days
def test_l_en_tete_conseil_trente_huitieme_session_et_ses_jours_fr(heldout4_passage, facts):
    # A/HRC/38/35 (prose-heldout4 grp-rapport-liberte-expression-34-18): "... Distr. générale 6 avril 2018 Français
    # Original : anglais Conseil des droits de l’homme Trente-huitième session 18 juin-6 juillet 2018 Point 3 de l’ordre
    # du jour ..." (the day the document was distributed is not the session's)
    found = facts(heldout4_passage("grp-rapport-liberte-expression-34-18"), "fr")
    assert {("new:trente-huitième session", "partOf", "human-rights-council"),
            ("new:trente-huitième session", "schema:startDate", "2018-06-18"),
            ("new:trente-huitième session", "schema:endDate", "2018-07-06")} <= found
    assert ("new:trente-huitième session", "schema:startDate", "2018-04-06") not in found


def test_the_header_human_rights_council_thirty_eighth_session_en(facts):
    # the same document's English edition (A/HRC/38/35) opens with the same header in English
    found = facts("A/HRC/38/35 United Nations General Assembly Distr.: General 6 April 2018 Original: English Human Rights "
                  "Council Thirty-eighth session 18 June–6 July 2018 Agenda item 3 Promotion and protection of all human "
                  "rights", "en")
    assert {("new:thirty-eighth session", "partOf", "human-rights-council"),
            ("new:thirty-eighth session", "schema:startDate", "2018-06-18")} <= found
