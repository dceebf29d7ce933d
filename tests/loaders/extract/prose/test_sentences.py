"""Sentences of prose (loaders/extract/prose/sentences.py)."""

from loaders.extract.prose.sentences import sentences


def test_an_abbreviation_before_a_year_ends_no_sentence_fr():
    # www.itu.int (ITU Council, 2010)
    text = ("conformément à la Résolution 75 (Johannesburg, 2008) de l'AMNT et à la Résolution 1282 (Mod. 2008) du "
            "Conseil, le Groupe spécialisé ... est chargé d'identifier. Il diffuse ses résultats.")
    assert len(sentences(text)) == 2


def test_a_line_break_ends_a_sentence():
    assert [s for s in sentences("Initiatives d'alertes précoces\nDans le cadre de l'Initiative")] == [(0, 30), (31, 60)]


def test_a_title_before_a_name_ends_no_sentence_fr():
    # thd.tn: "les co-présidents H.E. Eng. Majed Al Mesmar (...) et Mme Anne Bouverot (...) ont présenté ..."
    text = "les co-présidents H.E. Eng. Majed Al Mesmar et Mme Anne Bouverot ont présenté une feuille de route."
    assert [text[s:e] for s, e in sentences(text)] == [text]
