"""The words that say a role (loaders/extract/prose/prose_role_triggers.py), matched in real sentences
(folded as the extractor reads them): the labelled passages' and the General Assembly's texts."""

import pytest

from loaders.extract.prose.prose_role_triggers import ROLE_AFTER, ROLE_BEFORE
from loaders.text import fold


def _roles_said(sentence: str) -> set[tuple[str, str]]:
    folded = fold(sentence)
    return {(role, m.group(0).strip()) for pattern, role in ROLE_AFTER for m in pattern.finditer(folded)}


@pytest.mark.parametrize(("sentence", "role", "trigger"), [
    # prose-dev6 (impactnews): "The day is organized and hosted by the International Telecommunication Union (ITU)"
    (("The day is organized and hosted by the International Telecommunication Union (ITU), the UN Agency for Digital "
     "Technologies"), "organiser", "organized and hosted by"),
    # A/RES/78/…, French text: "tenue par visioconférence le 10 novembre 2020 sous la présidence de la Fédération de Russie"
    (("de la vingtième réunion de celui‑ci, tenue par visioconférence le 10 novembre 2020 sous la présidence de la "
     "Fédération de Russie"), "chair", "sous la presidence de"),
    # the same paragraph in English: "the twentieth meeting, held under the chairmanship of the Russian Federation"
    ("the twentieth meeting, held under the chairmanship of the Russian Federation on 10 November 2020 in video format",
     "chair", "under the chairmanship of"),
    # prose-dev5 (swissmag): "Organisé par l’UIT avec la collaboration de l’UNESCO, du PNUD, de la CNUCED"
    (("Organisé par l’UIT avec la collaboration de l’UNESCO, du PNUD, de la CNUCED et d’autres partenaires "
     "internationaux"), "partner", "avec la collaboration de"),
    # prose-dev6 (allafrica): "il est organisé conjointement par l'UIT, ..., en étroite collaboration avec l'ensemble des
    # institutions du système des Nations Unies"
    (("il est organisé conjointement par l'UIT, l'UNESCO, la CNUCED et le PNUD, en étroite collaboration avec "
     "l'ensemble des institutions du système des Nations Unies"), "partner", "en etroite collaboration avec"),
    # A/RES/…, French text: "mis en œuvre par les États de la sous-région avec le soutien de l’Organisation des Nations Unies"
    (("mis en œuvre par les États de la sous-région avec le soutien de l’Organisation des Nations Unies, de l’Union "
     "africaine"), "partner", "avec le soutien de"),
    # prose-dev4 (ambafrance): "Il a été créé en 2005, à Tunis, par le Sommet mondial sur la société de l’information"
    ("Il a été créé en 2005, à Tunis, par le Sommet mondial sur la société de l’information (SMSI).",
     "createdBy", "cree en 2005, a tunis, par"),
    # prose-dev5 (tchadinfos): "du forum mondial de gouvernance de l’Internet qui a été institutionnalisé en 2011 par
    # l’Assemblée générale des Nations-Unies"
    (("du forum mondial de gouvernance de l’Internet qui a été institutionnalisé en 2011 par l’Assemblée générale des "
     "Nations-Unies"), "createdBy", "institutionnalise en 2011 par"),
])
def test_a_trigger_written_in_a_real_sentence_says_its_role(sentence, role, trigger):
    assert (role, trigger) in _roles_said(sentence)


def test_organised_jointly_by_stays_one_organiser_trigger_fr():
    # prose-dev6 (allafrica): "il est organisé conjointement par l'UIT, l'UNESCO, la CNUCED et le PNUD"
    said = _roles_said("il est organisé conjointement par l'UIT, l'UNESCO, la CNUCED et le PNUD")
    assert said == {("organiser", "organise conjointement par")}


def test_a_verb_after_its_auxiliary_starts_where_the_subject_ends_en():
    # prose-dev6 (ESCWA): "The ICT Division of ESCWA and the League of Arab States have jointly organized the expert groups
    # meeting on "Regional Roadmap for Internet Governance" in Beirut"
    sentence = fold("The ICT Division of ESCWA and the League of Arab States have jointly organized the expert groups meeting")
    organiser = next(pattern for pattern, role in ROLE_BEFORE if role == "organiser")
    verb = organiser.search(sentence)
    assert verb is not None and sentence[:verb.start()].endswith("Arab States".lower())


@pytest.mark.parametrize(("sentence", "role", "trigger"), [
    # prose-dev7 (ITU press release, 24 September 2025): "l'initiative Giga, lancée conjointement par l'UIT et l'UNICEF"
    ("notamment dans les pays où l'initiative Giga, lancée conjointement par l'UIT et l'UNICEF, vise à aider",
     "leadEntity", "lancee conjointement par"),
    # prose-dev4 (ITU, 2023): "Organisé sur deux jours à l’initiative de l’Union internationale des télécommunications"
    ("Organisé sur deux jours à l’initiative de l’Union internationale des télécommunications (UIT), le Sommet",
     "leadEntity", "a l'initiative de"),
    # prose-dev7 (globalradar, 2026): "the report Governing AI for Humanity, produced by the United Nations High-level
    # Advisory Body on Artificial Intelligence"
    (("This followed the proposal outlined in the report Governing AI for Humanity, produced by the United Nations "
      "High-level Advisory Body on Artificial Intelligence."), "createdBy", "produced by"),
    # prose-dev6 (ESCWA, 15 June 2012): "and it will be sponsored by the Kuwait Information Technology Society (KITS)"
    ("and it will be sponsored by the Kuwait Information Technology Society (KITS), and American networking company, CISCO.",
     "partner", "sponsored by"),
    # prose-dev7 (chroniques.tn, 2017): "avec le support de l’Agence Tunisienne d’Internet (ATI), Internet Society (ISOC)"
    ("« Construire votre Avenir Numérique » avec le support de l’Agence Tunisienne d’Internet (ATI), Internet Society",
     "partner", "avec le support de"),
])
def test_a_trigger_read_in_unseen_prose_says_its_role(sentence, role, trigger):
    assert (role, trigger) in _roles_said(sentence)


@pytest.mark.parametrize("sentence", [
    # prose-dev7 (jawharafm, 2013) and prose-dev4 (ambafrance, 2018): under the auspices of someone is no role
    "a été créé en 2006, sous l’égide du Secrétaire Général des Nations Unies, conformément aux résultats du Sommet",
    "est organisé par le gouvernement français, sous l’égide des Nations Unies.",
])
def test_under_the_auspices_of_is_no_lead(sentence):
    assert not [r for r in _roles_said(sentence) if r[0] == "leadEntity"]


@pytest.mark.parametrize(("sentence", "subject_end"), [
    # prose-dev7 (CGTN, 7 May 2025): the "a" ending "Zambia" is no auxiliary
    ("In response to these challenges, China and Zambia launched the Group of Friends", "china and zambia"),
    # prose-dev7 (UN press release, 2004): a French auxiliary after a name
    ("Le Secrétaire général des Nations Unies, Kofi Annan, a annoncé aujourd'hui l'établissement d'un Groupe de travail",
     "kofi annan,"),
])
def test_a_verb_starts_at_a_word_not_inside_the_subject(sentence, subject_end):
    folded = fold(sentence)
    verbs = [m for pattern, _ in ROLE_BEFORE for m in pattern.finditer(folded)]
    assert verbs and all(folded[:m.start()].rstrip().endswith(subject_end) for m in verbs)


@pytest.mark.parametrize(("sentence", "role"), [
    # prose-dev6 (AZERTAC, 26 September 2025): "Les Nations Unies ont donné jeudi le coup d’envoi du Dialogue mondial"
    ("Les Nations Unies ont donné jeudi le coup d’envoi du Dialogue mondial sur la gouvernance", "leadEntity"),
    # prose-dev5 (corpotechlegal): "UNESCO has developed the Readiness Assessment Methodology (RAM), a tool"
    ("To help countries navigate this complex landscape, UNESCO has developed the Readiness Assessment Methodology",
     "createdBy"),
    # prose-dev5 (cdeacf, 2009): "l’UNESCO lancera sa plate-forme communautaire du suivi du SMSI"
    ("À l’occasion du Forum qui se tiendra la semaine prochaine à Genève, l’UNESCO lancera sa plate-forme", "leadEntity"),
    # prose-dev5 (thd.tn): "L’Unesco a publié ce mois-ci la première « méthode d’évaluation »"
    ("L’Unesco a publié ce mois-ci la première « méthode d’évaluation de l’état de préparation à l’IA »", "createdBy"),
    # prose-dev7 (uneca.org, 2024): "Les Bureaux sous-régionaux de la CEA ... organiseront pour la troisième année"
    ("pour l’Afrique Centrale et l’Afrique de l’Est organiseront pour la troisième année consécutive leur session",
     "organiser"),
    # prose-dev6 (intgovforum.org, 2012): "with Egypt as Chair of the AfIGF Bureau"
    ("and the four African sub-regional IGFs with Egypt as Chair of the AfIGF Bureau.", "chair"),
])
def test_a_verb_read_in_unseen_prose_says_its_role(sentence, role):
    folded = fold(sentence)
    assert [m for pattern, said in ROLE_BEFORE if said == role for m in pattern.finditer(folded)]


@pytest.mark.parametrize(("sentence", "role", "trigger"), [
    # prose-dev6 (itu.int): "The Focus Group on Artificial Intelligence for Health (FG-AI4H) is a partnership of ITU"
    ("The Focus Group on Artificial Intelligence for Health (FG-AI4H) is a partnership of ITU and the World Health",
     "partner", "is a partnership of"),
    # prose-dev5 (webmanagercenter): "la méthodologie RAM (Readiness Assessment Methodology), un cadre élaboré par l’UNESCO"
    (("L’évaluation sera menée à travers la méthodologie RAM (Readiness Assessment Methodology), un cadre élaboré par "
      "l’UNESCO"), "createdBy", "elabore par"),
])
def test_more_triggers_read_in_unseen_prose(sentence, role, trigger):
    assert (role, trigger) in _roles_said(sentence)
