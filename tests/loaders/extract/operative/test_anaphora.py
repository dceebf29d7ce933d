"""A clause that names its addressee by a pronoun ("…, and urges them to…", "…et les encourage
tous à…", "…et l'encourage à…") asks whoever an earlier clause of the paragraph names: its
assignees, else the entity it names. Each test is a real paragraph, in both languages."""

from __future__ import annotations

import pytest

from tests.loaders.extract.operative.test_mandate_holders import _operative_in_both_languages
from tests.loaders.extract.operative.test_mandates import assignee_keys, summary



def test_them_and_les_are_the_assignees_of_the_clause_before():
    # A/RES/76/127, operative 49 (its two clauses, the Convention's title shortened).
    english = ("Calls upon States to consider acceding to or ratifying the Tampere Convention, which entered into force "
               "on 8 January 2005, and urges them to facilitate and expedite, consistent with their national laws and "
               "international obligations applicable to them, the use of communications equipment in relief operations;")
    french = ("Demande aux États d’envisager d’adhérer à la Convention de Tampere, adoptée le 18 juin 1998 et entrée en "
              "vigueur le 8 janvier 2005, ou de la ratifier, et les prie instamment de faciliter dans les délais les plus "
              "brefs, compte tenu de leur législation nationale et de leurs obligations internationales, l’utilisation "
              "de matériel de télécommunication aux fins de ces opérations ;")
    assert assignee_keys(english, "en") == assignee_keys(french, "fr") == [["states"], ["states"]]


def test_a_french_pronoun_before_its_verb_opens_a_clause_naming_who_the_clause_before_names():
    # A/RES/76/121, operative 26: the English names Member States again, the French says "les encourage tous".
    english = ("Recognizes the valuable dialogue and efforts of Member States towards resolving any outstanding issues, "
               "and encourages all Member States to redouble their efforts during the intersessional period;")
    french = ("Reconnaît l’utilité du dialogue que tiennent les États Membres et des efforts qu’ils déploient pour "
              "régler les questions en suspens et les encourage tous à redoubler d’efforts pendant l’intersession ;")
    assert summary(french, "fr") == [("recognizes", [], []), ("encourages", ["member-states"], ["other"])]
    assert assignee_keys(english, "en") == assignee_keys(french, "fr")


def test_l_encourage_after_an_expression_of_view_is_the_body_it_names(shared_corpus):
    # A/RES/76/111, operative 10: "…and encourages the Commission to…" / "…et l'encourage à…".
    paragraphs = _operative_in_both_languages(shared_corpus, "76_111", "10")
    keys = {lang: [[a.entity.key for a in c.mandates.assignees if a.entity] for c in p.actions]
            for lang, p in paragraphs.items()}
    assert keys["en"] == keys["fr"] == [[], ["ilc"]]
    pronoun = paragraphs["fr"].actions[1].mandates.assignees[0]
    assert pronoun.name == "Commission du droit international"


def test_a_known_name_inside_a_longer_one_is_not_what_it_stands_for(shared_corpus):
    # A/RES/76/78, operative 10: "the Advisory Commission of the Agency" is not the Agency (UNRWA).
    paragraphs = _operative_in_both_languages(shared_corpus, "76_78", "10")
    for lang, paragraph in paragraphs.items():
        assert "unrwa" not in [a.entity.key for c in paragraph.actions for a in c.mandates.assignees if a.entity], lang


def test_ce_dernier_is_the_last_one_named_before_it():
    # A/RES/78/102 operative 30: « …établi par le Secrétaire général, et prie ce dernier de… » / "…and requests the
    # Secretary-General to…".
    english = ("Takes note of the report of the Secretary-General setting out updates to all relevant existing policies "
               "and procedures of the United Nations system regarding the allegations referred to in paragraphs 18 and "
               "19 above, and requests the Secretary-General to continue to report on any updates to those policies;")
    french = ("Prend acte du rapport présentant les mises à jour apportées aux politiques et procédures régissant, au sein "
              "du système des Nations Unies, le traitement des allégations visées aux paragraphes 18 et 19 de la présente "
              "résolution et établi par le Secrétaire général, et prie ce dernier de continuer de faire rapport sur toute "
              "éventuelle mise à jour de ces politiques et procédures ;")
    assert assignee_keys(english, "en")[-1] == assignee_keys(french, "fr")[-1] == ["secretary-general"]


def test_those_bodies_and_ces_organes_are_the_bodies_named_before(shared_corpus):
    # A/RES/77/279 operative 6: "…the Unit with the Board of Auditors and the Office of Internal Oversight Services of
    # the Secretariat, and encourages those bodies to…" / « …et engage ces organes à… »: neither "bodies" nor
    # « organes » is a name of its own, and the Secretariat is part of the Office's name.
    keys = {lang: [[a.entity.key if a.entity else a.name for a in c.mandates.assignees] for c in p.actions]
            for lang, p in _operative_in_both_languages(shared_corpus, "77_279", "6").items()}
    assert keys["en"][-1] == keys["fr"][-1] == ["jiu", "board-of-auditors", "oios"]


def test_ces_entites_are_the_entities_the_clause_before_names(shared_corpus):
    # A/RES/78/207 operative 12: « Salue la coopération établie entre le Groupe de travail et le Comité, …, et engage ces
    # entités à continuer de travailler ensemble » (the Committee on Enforced Disappearances, not the Red Cross's).
    # The treaty bodies the cooperation is also with (« ainsi qu'avec d'autres … organes conventionnels », "as well as
    # with other … treaty bodies"), in the registry since 2026-12-01, are among "them" / « ces entités » in both languages.
    paragraphs = _operative_in_both_languages(shared_corpus, "78_207", "12")
    keys = {lang: [a.entity.key for a in p.actions[-1].mandates.assignees] for lang, p in paragraphs.items()}
    assert keys["fr"] == keys["en"] == ["working-group-enforced-or-involuntary-disappearances",
                                        "committee-enforced-disappearances", "human-rights-treaty-bodies"]


def test_que_celle_ci_is_the_last_one_named(shared_corpus):
    # A/RES/80/211 operative 20: « …à la Rapporteuse spéciale, et demande que celle-ci continue de participer… » /
    # "…and requests the Special Rapporteur to continue to participate…".
    keys = {lang: [[a.entity.key for a in c.mandates.assignees if a.entity] for c in p.actions]
            for lang, p in _operative_in_both_languages(shared_corpus, "80_211", "20").items()}
    assert keys["en"][-1] == keys["fr"][-1] == ["special-rapporteur-human-rights-internally-displaced-persons"]


def test_a_french_pronoun_clause_may_hold_a_phrase_between_commas(shared_corpus):
    # A/RES/79/125 operative 17: « Rappelle que le Secrétaire général est responsable… et le prie, en ce qui concerne ce
    # dernier, de continuer à suivre les modalités… ».
    paragraph = _operative_in_both_languages(shared_corpus, "79_125", "17")["fr"]
    assert [(c.action.value.rsplit("/", 1)[-1], [a.entity.key for a in c.mandates.assignees]) for c in paragraph.actions] \
        == [("recalls", []), ("requests", ["secretary-general"])]


def test_them_after_thanks_are_those_thanked_not_the_author_of_the_report_cited(shared_corpus):
    # A/RES/79/28, operative 1: "Expresses its appreciation to the Member States, the United Nations and other
    # international and regional organizations, civil society and academic and non-governmental organizations,
    # which … implemented the recommendations…, as discussed in the report of the Secretary-General…, and encourages
    # them once again to continue…" / « Exprime sa gratitude aux États Membres, … comme il est indiqué dans le
    # rapport du Secrétaire général…, et les engage de nouveau à continuer… ». The adverb after "them", the groups
    # sharing one noun; the Secretary-General is the author of a report, not one of "them".
    paragraphs = _operative_in_both_languages(shared_corpus, "79_28", "1")
    keys = {lang: {a.entity.key for a in p.actions[-1].mandates.assignees if a.entity} for lang, p in paragraphs.items()}
    assert keys["en"] == keys["fr"] == {"member-states", "united-nations", "international-organizations",
                                        "regional-organizations", "civil-society", "ngos"}


@pytest.mark.parametrize("symbol, number, key", [
    # A/RES/79/124, operative 10: "…, and requests the Secretary-General, when he deems it appropriate, to offer his
    # good offices…" / « …notamment les bons offices du Secrétaire général, et prie celui‑ci d'offrir ses bons
    # offices… » (a non-breaking hyphen, as the corpus writes it).
    ("79_124", "10", "secretary-general"),
    # A/RES/76/143, operative 30: "…the international character of the Office of the High Commissioner, and calls
    # upon the Office to take effective measures…" / « …du Haut-Commissariat, et demande à celui‑ci de prendre… ».
    ("76_143", "30", "unhcr"),
])
def test_celui_ci_after_the_verb_is_the_last_one_named(shared_corpus, symbol, number, key):
    paragraphs = _operative_in_both_languages(shared_corpus, symbol, number)
    last = {lang: [a.entity.key for a in p.actions[-1].mandates.assignees] for lang, p in paragraphs.items()}
    assert last["en"] == last["fr"] == [key]
