"""Activities recognised in prose the registry does not know (issue 15): headless names read
from their frame (loaders/extract/prose/name_frames.py), more activity heads, names that continue a
known one, short names and acronyms of new names, and the readers of roles and events taking
them as subjects. Each pattern on a real sentence in English and French: General Assembly
resolutions of the shared corpus (their symbol in a comment, quoted as written) and the
development sets' passages."""

from __future__ import annotations

from loaders.extract.prose.name_frames import framed_names
from loaders.extract.prose.prose_names import read_names
from loaders.registry import load_registry


def _new(text: str, lang: str) -> list[str]:
    """The new activities read in ``text``, as written."""
    return [text[f.start:f.end] for f in read_names(text, lang, load_registry()).activities if f.term.entity is None]


def _keys(text: str, lang: str) -> dict[str, str]:
    """Each activity as written -> the key of the node it names."""
    return {text[f.start:f.end]: f.term.key for f in read_names(text, lang, load_registry()).activities}


# ---- a role participle after a name without a head noun

STOP_TB_EN = ("as well as the Stop TB Partnership, hosted by the United Nations Office for Project Services, Unitaid, "
              "hosted by the World Health Organization, and the Global Fund to Fight AIDS, Tuberculosis and Malaria, "
              "as appropriate, to participate in the high-level meeting")  # A/RES/77/274
STOP_TB_FR = ("le Partenariat Halte à la tuberculose, administré par le Bureau des Nations Unies pour les services d’appui "
              "aux projets, Unitaid, géré par l’Organisation mondiale de la Santé, et le Fonds mondial de lutte contre le "
              "sida")  # A/RES/78/5


def test_a_name_before_a_role_participle_is_an_activity_and_the_subject_of_its_role_en(facts):
    found = facts(STOP_TB_EN, "en")
    assert ("new:unitaid", "organiser", "who") in found
    assert ("new:stop tb partnership", "organiser", "who") not in found  # the nearer name holds the role


def test_a_name_before_a_role_participle_is_an_activity_and_the_subject_of_its_role_fr(facts):
    assert "Unitaid" in _new(STOP_TB_FR, "fr")
    assert ("new:unitaid", "leadEntity", "who") in facts(STOP_TB_FR, "fr")  # "géré par": managed by


def test_an_adverb_opening_a_sentence_is_no_name_en():
    assert framed_names("Yesterday, a new initiative was launched by ITU.", "en", []) == []


def test_an_organisation_named_before_a_role_participle_is_no_activity_en():
    # dev2 (undp.org): "the UN Development Programme (UNDP) hosted the G7 Italian Presidency in Addis Ababa"
    assert framed_names("UNDP hosted the G7 Italian Presidency in Addis Ababa, Ethiopia.", "en", []) == []


# ---- an event verb after a name: what it names is an event, dated and placed

UNEP50_EN = ("the special session of the United Nations Environment Assembly to commemorate the fiftieth anniversary of "
             "the creation of the United Nations Environment Programme, UNEP@50, to be held in Nairobi on 3 and 4 March "
             "2022, the high-level meeting")  # A/RES/76/208
UNEP50_FR = ("la session extraordinaire de l’Assemblée des Nations Unies pour l’environnement, UNEP@50, qui se tiendra à "
             "Nairobi les 3 et 4 mars 2022 pour célébrer le cinquantième anniversaire")  # A/RES/76/208


def test_a_name_before_an_event_verb_is_an_event_with_its_dates_and_place_en(facts):
    found = facts(UNEP50_EN, "en")
    assert {("new:unep@50", "schema:startDate", "2022-03-03"), ("new:unep@50", "schema:endDate", "2022-03-04"),
            ("new:unep@50", "schema:location", "new:nairobi")} <= found


def test_a_name_before_an_event_verb_is_an_event_with_its_dates_and_place_fr(facts):
    found = facts(UNEP50_FR, "fr")
    assert {("new:unep@50", "schema:startDate", "2022-03-03"), ("new:unep@50", "schema:location", "new:nairobi")} <= found


def test_the_complement_of_a_noun_before_an_event_verb_is_not_the_event_fr(facts):
    # www.itu.int (SMSI): "La premère phase du SMSI a eu lieu à Genève en décembre 2003"
    found = facts("La premère phase du SMSI a eu lieu à Genève en décembre 2003.", "fr")
    assert not [f for f in found if f[0] == "new:smsi"]


# ---- an apposition says what a name is

def test_a_name_in_apposition_to_an_initiative_is_one_and_its_lead_is_read_en(facts):
    # A/RES/76/125: "collaboration between the White Helmets, an initiative of the Government of Argentina, and ..."
    text = ("in which an update is provided on collaboration between the White Helmets, an initiative of the "
            "Government of Argentina, and the United Nations")
    assert ("new:white helmets", "leadEntity", "country-AR") in facts(text, "en")


def test_a_name_in_apposition_to_an_initiative_is_one_fr(dev2_passage):
    # The French apposition frame: "X, une initiative ..." on a real name of the seeds' kind.
    text = "Giga, une initiative conjointe de l'UIT et de l'UNICEF, connecte les écoles."
    assert [(f.term.label, f.term.kind) for f in framed_names(text, "fr", [])] == [("Giga", "activity")]


# ---- an activity noun in lower case beside the name

def test_a_name_followed_by_a_lower_case_activity_noun_is_an_activity_en(facts):
    # A/RES/77/268: "Recalls the Global Education First initiative, launched by the Secretary-General on 26 September 2012"
    text = "Recalls the Global Education First initiative, launched by the Secretary-General on 26 September 2012"
    assert ("new:global education first initiative", "leadEntity", "secretary-general") in facts(text, "en")


def test_a_title_after_a_lower_case_activity_noun_is_an_activity_fr():
    # A/RES/76/127: "en faisant fond sur l’initiative Sauver des vies ensemble et sur d’autres initiatives"
    assert _new("en faisant fond sur l’initiative Sauver des vies ensemble et sur d’autres initiatives menées aux "
                "niveaux national et local", "fr") == ["Sauver des vies ensemble"]
    # A/RES/76/71: "au moyen de son programme FishCode, et qu’ils apportent ..."
    assert "FishCode" in _new("l’Organisation des Nations Unies pour l’alimentation et l’agriculture au moyen de son "
                              "programme FishCode, et qu’ils apportent notamment", "fr")


# ---- an active verb of creating before the name

def test_a_name_after_launched_is_an_activity_en():
    # A/RES/78/4: "..., which launched the UHC Action Agenda in March 2023, as well as ..."
    assert "UHC Action Agenda" in _new("the Universal Health Coverage Partnership, which launched the UHC Action Agenda in "
                                       "March 2023, as well as promote global awareness", "en")


def test_a_name_after_a_lance_is_an_activity_in_sentence_case_fr():
    # A/RES/76/72: "l’Union africaine a lancé la Décennie africaine des mers et des océans (2015-2025) et note que"
    assert "Décennie africaine des mers et des océans" in _new(
        "rappelle également que l’Union africaine a lancé la Décennie africaine des mers et des océans (2015-2025) et "
        "note que la Journée africaine des mers et des océans est célébrée chaque année le 25 juillet", "fr")


# ---- a name continuing a known one or a name found by its head

def test_a_name_continuing_a_name_found_by_its_head_is_one_name_en(facts):
    # A/RES/79/…: "the second United Nations Food Systems Summit Stocktaking Moment (UNFSS+4), to be hosted by the
    # Government of Ethiopia in Addis Ababa from 27 to 29 July 2025"
    text = ("looking forward to the second United Nations Food Systems Summit Stocktaking Moment (UNFSS+4), to be hosted "
            "by the Government of Ethiopia in Addis Ababa from 27 to 29 July 2025, Taking note")
    # the numbered occurrence is the event, as the labelled sets name it ("13e Forum africain ...", "second Global
    # Meeting"): loaders.extract.prose.prose_event_names; an edition part of its series (loaders/extract/prose/prose_editions.py)
    series = "new:united nations food systems summit stocktaking moment"
    subject = "new:second " + series[4:]
    assert {(subject, "organiser", "country-ET"), (subject, "schema:startDate", "2025-07-27"),
            (subject, "partOf", series)} <= facts(text, "en")
    assert not [f for f in facts(text, "en") if f[0] == "new:united nations food systems summit"]


def test_a_known_activity_opening_a_longer_name_is_a_word_of_it_fr(dev2_passage):
    # dev2 (thd.tn): "organisé dans le cadre du sommet AI for Good Global Summit à Genève": the registry's summit stays one
    keys = _keys(dev2_passage("thd-ai-governance-dialogue-fr"), "fr")
    assert keys["AI for Good Global Summit"] == "ai-for-good-summit"


# ---- more activity heads, and what ends a French name

def test_more_english_heads_make_names_en():
    # A/RES/79/144: "the Strategic Needs Fellowship and the recently launched Ocean Governance Fellowship for Small
    # Island Developing States"
    names = _new("including the United Nations-Nippon Foundation Fellowship, the Strategic Needs Fellowship and the "
                 "recently launched Ocean Governance Fellowship for Small Island Developing States, as well as", "en")
    assert "Ocean Governance Fellowship for Small Island Developing States" in names


def test_a_capitalised_adjective_opens_and_a_participle_ends_a_french_name_fr():
    # A/RES/77/177: "Réaffirmant le Nouveau Programme pour les villes adopté à la Conférence des Nations Unies ..."
    # The corpus's footnotes name that one (the New Urban Agenda, A/RES/71/256, annex): an instrument, no activity.
    # (The Conference it was adopted at is a name of its own, read once the Programme's name ends at "adopté".)
    text = "Réaffirmant le Nouveau Programme pour les villes adopté à la Conférence des Nations Unies sur le logement"
    assert _new(text, "fr") == ["Conférence des Nations Unies sur le logement"]
    assert [c.symbol for c in read_names(text, "fr", load_registry()).citations] == ["A/RES/71/256, annex"]
    # A/RES/77/212: "de promouvoir des partenariats efficaces, comme le Nouveau Partenariat pour le développement de
    # l’Afrique et les initiatives comparables": a partnership the footnotes do not give a symbol is an activity.
    assert "Nouveau Partenariat pour le développement de l’Afrique" in _new(
        "de promouvoir des partenariats efficaces, comme le Nouveau Partenariat pour le développement de l’Afrique et "
        "les initiatives comparables", "fr")
    # A/RES/77/179: "la tenue du Sommet Action Climat 2019 convoqué par le Secrétaire général"
    assert "Sommet Action Climat 2019" in _new("Rappelant également la tenue du Sommet Action Climat 2019 convoqué par "
                                               "le Secrétaire général, ainsi que", "fr")


def test_a_country_s_permanent_mission_is_no_activity_fr(dev2_passage, facts):
    # dev2: "la Mission permanente de la Chine auprès des Nations Unies à Genève s'est associée ..."
    passage = dev2_passage("actumeridien-dialogue-geneve-fr")
    assert "Mission permanente" in passage
    assert not [name for name in _new(passage, "fr") if name.startswith("Mission permanente")]


# ---- short names of new names, with any activity head

def test_the_head_of_a_new_name_points_back_to_it_en():
    # A/RES/76/101: "the Tokelau International Trust Fund ... to contribute to the Fund and thereby lend practical support"
    text = ("Recalls with satisfaction the establishment and operation of the Tokelau International Trust Fund to support "
            "the ongoing needs of Tokelau, and calls upon Member States to contribute to the Fund and thereby lend "
            "practical support to Tokelau")
    keys = _keys(text, "en")
    assert keys["Fund"] == "new:tokelau international trust fund"


def test_the_head_of_a_new_name_points_back_to_it_fr():
    # A/RES/76/72: "Remercie l’Académie de droit international de La Haye ... tout en suivant les cours de l’Académie"
    text = ("Remercie l’Académie de droit international de La Haye de la précieuse contribution qu’elle continue "
            "d’apporter au Programme d’assistance, qui a permis à des bénéficiaires de participer à celui-ci tout en "
            "suivant les cours de l’Académie ;")
    keys = _keys(text, "fr")
    assert keys["Académie"] == keys[next(name for name in keys if name.startswith("Académie de droit international"))]


# ---- a pronoun opening a sentence stands for the activity the sentence before opens with

def test_a_pronoun_stands_for_the_activity_the_sentence_before_opens_with_en(dev2_passage):
    # luwai.fr: "The Global Dialogue on AI Governance is a United Nations platform ... It was established by ..."
    assert _keys(dev2_passage("luwai-dialogue-secretariat"), "en")["It"] == "global-dialogue-ai-governance"


def test_a_pronoun_stands_for_the_activity_the_sentence_before_opens_with_fr(dev3_passage):
    # techs.tg: "Cette rencontre internationale est portée par l’UIT ... Elle réunit des experts ..."
    assert _keys(dev3_passage("techs-tg-sommet-2025-fr"), "fr")["Elle"] == "ai-for-good-summit-2025"


def test_a_pronoun_after_a_sentence_opened_by_an_agent_is_left_unread_en():
    text = "ITU launched the AI Skills Coalition in 2024. It will host the AI for Good Global Summit in Geneva."
    assert "It" not in _keys(text, "en")
