"""A post named by its title before a known body ("the Chair of the Special Committee" / "la
Présidente du Comité spécial") is one entity in both languages, not two names nor the body.
Each test is a real paragraph of the corpus, in both languages."""

from __future__ import annotations

from tests.loaders.extract.operative.test_mandate_holders import _operative_in_both_languages
from tests.loaders.extract.operative.test_mandates import assignee_keys



def test_the_chair_of_a_body_the_resolution_names_is_one_post_in_both_languages(shared_corpus):
    # A/RES/76/87, operative 14: "Requests the Chair of the Special Committee…" / "Prie la Présidente du Comité
    # spécial…" (the resolution names the Special Committee in full before).
    paragraphs = _operative_in_both_languages(shared_corpus, "76_87", "14")
    assignees = {lang: [a for a in p.actions[0].mandates.assignees] for lang, p in paragraphs.items()}
    keys = {lang: [a.entity.key for a in found if a.entity] for lang, found in assignees.items()}
    assert keys["en"] == keys["fr"] == ["chair-of-special-committee-decolonization"]
    post = assignees["en"][0].entity
    assert post.type == "Post" and post.post_in.key == "special-committee-decolonization"
    assert assignees["fr"][0].name == "Présidente du Comité spécial"


def test_the_president_of_a_council_is_its_chair_in_both_languages():
    # A/RES/77/156, operative 9 (its opening).
    english = ("Invites the President of the Economic and Social Council to take into consideration the summary by the "
               "President of the Council of the 2022 forum on financing for development follow-up in the preparation "
               "of the 2023 forum;")
    french = ("Invite la Présidente du Conseil économique et social à prendre en considération le résumé du Président du "
              "Conseil sur le forum de 2022 sur le suivi du financement du développement, en prévision du forum de "
              "2023 ;")
    assert assignee_keys(english, "en") == assignee_keys(french, "fr") == [["chair-of-ecosoc"]]


def test_a_director_general_is_the_post_not_the_organization():
    # A/RES/80/257, operative 3 (the English writes "Director General" without its hyphen).
    english = ("Encourages the Director General of the United Nations Industrial Development Organization to mobilize "
               "adequate resources for the implementation of the Fourth Decade;")
    french = ("Engage le Directeur général de l’Organisation des Nations Unies pour le développement industriel à "
              "mobiliser les ressources nécessaires à la mise en œuvre de la quatrième Décennie ;")
    assert assignee_keys(english, "en") == assignee_keys(french, "fr") == [["director-general-of-unido"]]


def test_la_presidence_of_a_body_is_its_chair():
    # A/RES/76/62, operative 4 (its opening): "the current President … of the Conference on Disarmament" /
    # "la présidence actuelle de la Conférence du désarmement".
    english = ("Encourages the current President and the incoming President of the Conference on Disarmament to conduct "
               "consultations during the intersessional period;")
    french = ("Encourage la présidence actuelle de la Conférence du désarmement et la présidence suivante à procéder à des "
              "consultations pendant l’intersession ;")
    assert assignee_keys(english, "en") == assignee_keys(french, "fr") == [["chair-of-conference-on-disarmament"]]
    # A/RES/76/208, operative 8 (its opening).
    english = ("Encourages the President of the United Nations Environment Assembly to continue to convey the main "
               "messages agreed upon by the Environment Assembly at its sessions;")
    french = ("Encourage la présidence de l’Assemblée des Nations Unies pour l’environnement à continuer de diffuser les "
              "principaux messages adoptés aux sessions de l’Assemblée ;")
    assert assignee_keys(english, "en") == assignee_keys(french, "fr") == [["chair-of-unea"]]


def test_the_chair_of_a_longer_name_is_not_the_chair_of_its_first_words():
    # A/RES/76/4, operative 14 (its opening): not the "Chair of the United Nations".
    english = ("Requests the Chair of the United Nations Sustainable Development Group to provide adequate information "
               "and tools to the governing bodies of the United Nations development system entities;")
    french = ("Prie la Présidente du Groupe des Nations Unies pour le développement durable de fournir les informations et "
              "les instruments voulus aux organes directeurs des entités du système des Nations Unies pour le "
              "développement ;")
    assert assignee_keys(english, "en") == assignee_keys(french, "fr") == [["chair-of-unsdg"]]
