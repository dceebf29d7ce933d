"""Instruments cited in real prose (loaders/extract/prose/instrument_citations.py)."""

from loaders.extract.prose.instrument_citations import find_citations


def test_the_gdc_and_the_tunis_agenda_are_named_instruments():
    # digitalcooperationfund.org; intgovforum.org; whm.intgovforum.org/fr/about
    assert [c.symbol for c in find_citations("Through the adoption of the GDC, Member States committed to")] == \
        ["A/RES/79/1, annex I"]
    assert [c.symbol for c in find_citations("issuing from the Tunis Agenda in WSIS’s second phase")] == \
        ["WSIS-05/TUNIS/DOC/6(Rev.1)"]
    assert [c.symbol for c in find_citations("aux paragraphes 72 à 78 de l'Agenda de Tunis")] == \
        ["WSIS-05/TUNIS/DOC/6(Rev.1)"]


def test_a_resolution_number_in_brackets_after_its_adoption_date_fr():
    text = "Dans le résolution adoptée par l'Assemblée générale des Nations Unies le 16 décembre 2015 (70/125)"
    assert [c.symbol for c in find_citations(text)] == ["A/RES/70/125"]


def test_an_itu_council_resolution_has_four_digits_fr():
    text = "conformément à la Résolution 75 (Johannesburg, 2008) de l'AMNT et à la Résolution 1282 (Mod. 2008) du Conseil"
    assert [c.symbol for c in find_citations(text)] == ["ITU WTSA Resolution 75 (Johannesburg, 2008)",
                                                         "ITU Council Resolution 1282"]


def test_a_number_in_brackets_without_a_resolution_is_no_citation():
    assert find_citations("les 40 membres (20/20) du groupe") == []


def test_a_human_rights_council_resolution_is_no_general_assembly_resolution_en():
    # miragenews.com (OHCHR, 2024): "... neurotechnology with regard to the promotion and protection of all human
    # rights (HRC resolution 51/3)"
    text = "the impact, opportunities and challenges of neurotechnology with regard to the promotion and protection of " \
           "all human rights (HRC resolution 51/3)"
    assert [c.symbol for c in find_citations(text)] == ["A/HRC/RES/51/3"]


def test_an_ecosoc_resolution_has_a_year_for_its_session_en():
    # muguet.com (CSTD panel, 8 November 2006)
    text = "In this regard, the ECOSOC resolution 2006/46 requests the Commission to review and assess the progress"
    assert [c.symbol for c in find_citations(text)] == ["E/RES/2006/46"]


def test_a_unesco_general_conference_resolution_en(facts):
    # derechos.org (UNESCO SHS/BIO/AHEG-AI/2020/4 REV.2, 7 September 2020)
    text = ("In line with the decision of UNESCO’s General Conference at its 40th session (40 C/Resolution 37), the "
            "Director-General constituted the Ad Hoc Expert Group (AHEG) for the preparation of a draft text of a "
            "recommendation on the ethics of artificial intelligence in March 2020.")
    assert [c.symbol for c in find_citations(text)] == ["UNESCO 40 C/Resolution 37"]
    assert ("new:ad hoc expert group", "mandatedBy", "instrument:UNESCO 40 C/Resolution 37") in facts(text, "en")


def test_a_general_conference_resolution_named_by_the_word_before_its_short_symbol_fr(facts):
    # derechos.org (UNESCO SHS/BIO/AHEG-AI/2020/4 REV.2, French version, 7 September 2020; dev3)
    text = ("Conformément à la décision adoptée par la Conférence générale de l'UNESCO à sa 40e session (résolution "
            "40 C/37), la Directrice générale a constitué, en mars 2020, un Groupe d'experts ad hoc (GEAH) chargé "
            "d'élaborer un projet de recommandation sur l'éthique de l'intelligence artificielle.")
    assert [c.symbol for c in find_citations(text)] == ["UNESCO 40 C/Resolution 37"]
    assert ("new:groupe d'experts ad hoc", "mandatedBy", "instrument:UNESCO 40 C/Resolution 37") in facts(text, "fr")


def test_a_short_general_conference_symbol_without_the_word_resolution_is_no_resolution():
    # "40 C/37" alone is a document of the General Conference (its 37th working document)
    assert find_citations("See the report 40 C/37 on the preliminary study.") == []


def test_a_general_conference_resolution_cited_with_its_abbreviated_form_en():
    # ifacca.org (14 September 2021), the UNESCO draft Recommendation on the Ethics of AI
    text = ("This document is presented in compliance with 40 C/Resolution 37, in which the General Conference "
            "invited the Director-General to submit to it, at its 41st session, the draft text of a recommendation.")
    assert [c.symbol for c in find_citations(text)] == ["UNESCO 40 C/Resolution 37"]


def test_a_bare_resolution_is_the_general_assemblys_unless_the_council_was_cited_just_before():
    council = "Conformément à la résolution 53/3 du Conseil des droits de l'homme, ... Comme indiqué dans la résolution 17/4,"
    assert [c.symbol for c in find_citations(council)] == ["A/HRC/RES/53/3", "A/HRC/RES/17/4"]
    assembly = "HRC resolution 48/14 ... and General Assembly resolution 70/1"
    assert [c.symbol for c in find_citations(assembly)] == ["A/HRC/RES/48/14", "A/RES/70/1"]
    assert [c.symbol for c in find_citations("resolution 70/1 and resolution 48/14")] == ["A/RES/70/1", "A/RES/48/14"]


def test_a_resolution_of_the_first_thirty_sessions_in_a_text_about_the_council_is_the_councils():
    text = "The UN Human Rights Council (HRC)’s Advisory Committee ... was established in 2008, pursuant to resolution 5/1"
    assert [c.symbol for c in find_citations(text)] == ["A/HRC/RES/5/1"]
    assert find_citations("pursuant to resolution 5/1 of the board") == []  # no Assembly resolution is numbered so


def test_escap_resolutions_and_bare_ones_cited_after_them_are_the_commissions():
    text = "continuing the AP-IS initiative as mandated in ESCAP resolution 75/7, and resolution 73/6; General Assembly resolution 70/1"
    assert [c.symbol for c in find_citations(text)] == ["E/ESCAP/RES/75/7", "E/ESCAP/RES/73/6", "A/RES/70/1"]
    assert [c.symbol for c in find_citations("la résolution 71/1 de la Commission économique et sociale pour l'Asie et le Pacifique")] \
        == ["E/ESCAP/RES/71/1"]


def test_the_summits_outcome_documents_and_unescos_recommendation_on_ai_are_cited_by_name():
    text = ("in line with the Geneva Plan of Action and the Tunis Commitment, and with UNESCO’s Recommendation on the Ethics "
            "of Artificial Intelligence; la Recommandation sur l'éthique de l'intelligence artificielle")
    assert [c.symbol for c in find_citations(text)] == ["WSIS-03/GENEVA/DOC/5", "WSIS-05/TUNIS/DOC/7", "SHS/BIO/PI/2021/1",
                                                        "SHS/BIO/PI/2021/1"]
    # prose-dev5: a draft is no adopted instrument, and a name inside a longer capitalised name is a word of it
    assert find_citations("Draft Recommendation on the Ethics of Artificial Intelligence") == []
    assert find_citations("on Supporting Member States in Implementing UNESCO’s Recommendation on the Ethics of AI through "
                          "Innovative Tools initiative") == []


def test_a_short_reference_to_an_instrument_named_in_full_before_fr():
    # webmanagercenter.com (UNESCO colloquium in Tunis): "... la mise en œuvre, en Tunisie, de la Recommandation de
    # l’UNESCO sur l’éthique de l’intelligence artificielle ... Conçue pour mettre en œuvre la Recommandation de
    # l’UNESCO, cette méthode offrira ..."
    text = ("la rencontre vise à accélérer la mise en œuvre, en Tunisie, de la Recommandation de l’UNESCO sur l’éthique "
            "de l’intelligence artificielle. Conçue pour mettre en œuvre la Recommandation de l’UNESCO, cette méthode")
    assert [(c.symbol, text[c.start:c.end]) for c in find_citations(text)][1] == \
        ("SHS/BIO/PI/2021/1", "Recommandation de l’UNESCO")
    # named nowhere in full before: no citation ("conformément à la Recommandation de l’Unesco adoptée ... en 2021")
    assert find_citations("un instrument conforme à la Recommandation de l’Unesco adoptée en novembre 2021") == []
    assert find_citations("The Agenda was discussed before the Tunis Agenda was adopted")[0].start > 4


def test_security_council_resolutions_en_fr():
    # wikimili.com ("UN Mandate"): "The United Nations Mission for the Referendum in Western Sahara ... established in
    # 1991 under United Nations Security Council Resolution 690 as part of the Settlement Plan"
    text = "established in 1991 under United Nations Security Council Resolution 690 as part of the Settlement Plan"
    assert [c.symbol for c in find_citations(text)] == ["S/RES/690"]
    # A/RES/72/298 (French): the Council numbers its resolutions with their year
    text = "Rappelant la résolution 350 (1974) du 31 mai 1974, par laquelle le Conseil de sécurité a créé la Force"
    assert [(c.symbol, text[c.start:c.end]) for c in find_citations(text)] == [("S/RES/350(1974)", "résolution 350 (1974)")]
