"""The subject a directive asks to act after "that" / "que", and the French "Exige du X qu'il…":
real paragraphs of the corpus, in both languages."""

from __future__ import annotations

from tests.loaders.extract.operative.test_mandates import assignee_keys



def test_a_noun_in_e_after_a_capitalised_word_is_the_subject_not_its_verb():
    # A/RES/76/228, operative 38 (its first clause): "regime" is not the verb of "the Syrian regime".
    english = ("Demands that the Syrian regime immediately cease any attacks on civilians, any disproportionate attacks "
               "and any indiscriminate use of weapons in populated areas;")
    french = ("Exige du régime syrien qu’il cesse immédiatement toute attaque contre les civils, toute attaque "
              "disproportionnée et tout emploi aveugle d’armes dans des zones habitées ;")
    assert assignee_keys(english, "en") == assignee_keys(french, "fr") == [["syrian-regime"]]


def test_the_article_of_a_name_does_not_end_the_subject():
    # A/RES/76/301, operative 2: "the" of "the General Assembly" is no verb in -e.
    english = ("Recommends that the President of the General Assembly appoint two co‑facilitators to present options "
               "and modalities for the high-level meeting, as well as the political declaration.")
    french = ("Recommande que sa présidence nomme deux cofacilitateurs chargés de présenter différentes options et "
              "modalités concernant la réunion de haut niveau ainsi que la déclaration politique.")
    assert assignee_keys(english, "en") == assignee_keys(french, "fr") == [["president-general-assembly"]]
