"""Posts and bodies named by a head and a topic ("Special Rapporteur on…", "Groupe de travail
sur…") resolve to one entity in English and in French: their names are mined from the corpus's
paired paragraphs (scripts/mine_paired_names.py), and a resolution's short name for them ("la
Rapporteuse spéciale", "la Commission d'enquête") is read as the holder it names in full.
Each test is a real paragraph, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.formats.akn import read_akn
from loaders.registry import load_registry
from scripts.mine_paired_names import mine
from tests.loaders.extract.operative.test_mandates import assignee_keys

ROOT = Path(__file__).resolve().parents[4]



def test_a_special_rapporteur_is_one_entity_in_both_languages():
    # A/RES/80/218, operative 29.
    english = ("Invites the Special Rapporteur on the human rights of migrants to submit a report to the General "
               "Assembly and to engage in an interactive dialogue at its eighty-first and eighty-second sessions;")
    french = ("Invite le Rapporteur spécial sur les droits humains des migrants à lui présenter un rapport et à "
              "s’exprimer dans le cadre d’un dialogue interactif à ses quatre-vingt-unième et quatre-vingt-deuxième "
              "sessions ;")
    assert assignee_keys(english, "en") == assignee_keys(french, "fr") == [["special-rapporteur-human-rights-migrants"]]


def test_a_working_group_is_one_entity_in_both_languages():
    # A/RES/76/151, operative 15 (its opening).
    english = "Requests the Working Group on the use of mercenaries to continue its work;"
    french = "Prie le Groupe de travail sur l’utilisation de mercenaires de poursuivre ses travaux ;"
    assert assignee_keys(english, "en") == assignee_keys(french, "fr") == [["working-group-use-mercenaries"]]


def test_the_registry_gives_a_woman_holder_s_title_and_the_council_s_infix():
    registry = load_registry()
    holder = registry.resolve("Special Rapporteur on the situation of human rights in the Democratic People’s "
                              "Republic of Korea", "en")
    assert holder is not None and holder.type == "Post"
    for french in ("Rapporteuse spéciale sur la situation des droits de l’homme en République populaire démocratique "
                   "de Corée",
                   "Rapporteur spécial sur la situation des droits de l’homme en République populaire démocratique de "
                   "Corée"):
        assert registry.resolve(french, "fr") == holder, french


def test_each_mined_holder_cites_the_paragraph_it_was_read_in():
    import yaml

    entries = yaml.safe_load((ROOT / "corpus/registry/mandate_holders.yaml").read_text(encoding="utf-8"))
    assert len(entries) >= 40
    for key, entry in entries.items():
        assert entry["source"].startswith("A/RES/"), key
        assert set(entry["label"]) == {"en", "fr"}, key


def test_the_miner_pairs_the_names_two_paragraphs_give_and_cuts_them_where_they_end():
    # A/RES/76/180 operative 24 (its end), as the corpus writes it: two holders, each cut where it ends.
    paired = [("A_RES_76_180", "o24",
               "Decides to remain seized of the matter, on the basis of the reports of the Special Rapporteur on the "
               "situation of human rights in Myanmar and the Special Envoy of the Secretary-General on Myanmar.",
               "Décide de rester saisie de la question, sur la base des rapports du Rapporteur spécial sur la situation "
               "des droits de l’homme au Myanmar et de l’Envoyée spéciale du Secrétaire général pour le Myanmar.")]
    entries = {e["en"]: e for e in mine(paired)}
    holder = entries["Special Rapporteur on the situation of human rights in Myanmar"]
    assert holder["fr"] == "Rapporteur spécial sur la situation des droits de l’homme au Myanmar"
    assert holder["source"] == "A/RES/76/180 operative 24"
    envoy = entries["Special Envoy of the Secretary-General on Myanmar"]
    assert envoy["fr"] == "Envoyée spéciale du Secrétaire général pour le Myanmar"


def _operative_in_both_languages(corpus, symbol: str, number: str) -> dict:
    """Operative paragraph ``number`` of A/RES/``symbol`` (``"76_156"``), read from the corpus's
    English and French AKN files."""
    paragraphs = {}
    for lang, sub in (("en", "English"), ("fr", "French")):
        path = next((corpus / f"akn/{symbol[:2]}session" / sub).glob(f"A_RES_{symbol}-*{sub[0]}.xml"))
        parsed = read_akn(path.read_bytes(), path=str(path))
        paragraphs[lang] = next(p for p in parsed.main.operative if p.number == number)
    return paragraphs


def test_le_rapporteur_special_of_a_resolution_is_the_rapporteur_it_names(shared_corpus):
    # A/RES/76/156, operative 22: "Requests the Special Rapporteur…" / "Demande au Rapporteur spécial…" (the
    # resolution names the post "la Rapporteuse spéciale sur la liberté de religion ou de conviction").
    keys = {lang: {a.entity.key for c in paragraph.actions if c.mandates for a in c.mandates.assignees if a.entity}
            for lang, paragraph in _operative_in_both_languages(shared_corpus, "76_156", "22").items()}
    assert keys["en"] == keys["fr"] == {"special-rapporteur-freedom-religion-or-belief"}


def test_la_commission_d_enquete_is_the_commission_of_inquiry(shared_corpus):
    # A/RES/79/185, operative 36: "Urgently requests the Commission of Inquiry…" / "Demande instamment à la
    # Commission d'enquête…".
    keys = {lang: [a.entity.key for a in paragraph.actions[0].mandates.assignees if a.entity]
            for lang, paragraph in _operative_in_both_languages(shared_corpus, "79_185", "36").items()}
    assert keys["en"] == keys["fr"] == ["independent-international-commission-inquiry-syrian-arab-republic"]


@pytest.mark.parametrize("lang, text", [
    # A/RES/76/138, operative 10: the body is only mentioned ("within the framework of"), not asked.
    ("en", "Invites Member States to continue to share their national experiences, including within the framework "
           "of the Open-ended Working Group on Ageing;"),
    ("fr", "Invite les États Membres à continuer de partager leur expérience, notamment dans le cadre du Groupe de "
           "travail à composition non limitée sur le vieillissement ;"),
])
def test_a_holder_only_mentioned_is_no_assignee(lang, text):
    assert assignee_keys(text, lang) == [["member-states"]]


def test_what_is_reported_to_the_special_committee_is_no_committee_of_its_own(shared_corpus):
    # A/RES/80/104 operative 5 (f): "To report to the Special Committee on measures taken in the implementation of the
    # present resolution;" / « de rendre compte au Comité spécial des mesures prises en application de la présente
    # résolution ; ». The miner had paired these as a "Special Committee on measures taken…"; the report goes to the
    # Special Committee on decolonization, the resolution's Special Committee. (The French still names no one: « au
    # Comité spécial des mesures… » reads as another committee's name, French complements being lower case too.)
    bodies = {}
    for lang, sub in (("en", "English"),):
        path = next((shared_corpus / "akn/80session" / sub).glob(f"A_RES_80_104-*{sub[0]}.xml"))
        parsed = read_akn(path.read_bytes(), path=str(path))
        point = next(p for o in parsed.main.operative if o.number == "5" for p in o.subparagraphs if p.number == "5 (f)")
        bodies[lang] = [d.report_to.entity.key for c in point.actions for d in c.mandates.deliverables if d.report_to]
    assert bodies["en"] == ["special-committee-decolonization"]
