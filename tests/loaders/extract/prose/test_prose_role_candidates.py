"""Candidate role pairs and their features (loaders/extract/prose/prose_role_candidates.py), on real
sentences of the labelled development sets (prose-passages.yaml, prose-dev2.yaml), English and French."""

from loaders.extract.prose.prose_role_candidates import candidate_pairs, read_document, stem
from loaders.extract.prose.sentences import sentences
from loaders.registry import load_registry
from tests.loaders.extract.role_sentences import AI_FOR_GOOD, SOMMET



def _candidates(text: str, lang: str):
    names = read_document(text, lang, load_registry())
    return [c for start, end in sentences(names.text) for c in candidate_pairs(names, start, end)]


def test_every_activity_and_agent_of_a_sentence_make_a_candidate_en():
    pairs = {(c.activity.term.key, c.agent.term.key) for c in _candidates(AI_FOR_GOOD, "en")}
    assert ("ai-for-good", "itu") in pairs
    assert ("ai-for-good-summit", "country-CH") in pairs
    assert ("ai-for-good", "country-CH") not in pairs  # not named in one sentence


def test_a_passive_agent_has_by_before_it_and_the_organiser_cue_between_en():
    candidate = next(c for c in _candidates(AI_FOR_GOOD, "en") if c.agent.term.key == "itu")
    assert {"order=activity_first", "agent_prev1=by", "cue:organiser:between", "by_before_agent=True", "lang=en"} \
        <= candidate.features


def test_features_name_no_agent_nor_activity():
    for candidate in _candidates(AI_FOR_GOOD, "en") + _candidates(SOMMET, "fr"):
        assert not any("itu" in f.split("=")[-1] or "summit" in f or "switz" in f for f in candidate.features)


def test_an_agent_named_before_a_fronted_participle_and_its_partners_fr():
    candidates = [c for c in _candidates(SOMMET, "fr") if c.agent.term.key in ("itu", "country-CH")]
    assert {c.activity.term.key for c in candidates} == {"edition:ai-for-good-summit:ord-7"}
    suisse = next(c for c in candidates if c.agent.term.key == "country-CH")
    assert {"order=agent_first", "agent_prev2=par la", "cue:organiser:before_agent", "lang=fr"} <= suisse.features
    itu = [c for c in candidates if c.agent.term.key == "itu"]
    assert any("cue:partner:after_agent" in c.features for c in itu)  # "(UIT) en partenariat avec"


def test_a_capitalised_name_the_registry_does_not_know_is_a_new_agent_but_not_a_sentence_opening_word_fr():
    agents = {c.agent.term.key for c in _candidates(SOMMET, "fr")}
    assert "new:organisé" not in agents
    # prose-dev2.yaml: "... a ouvert à l'Université Tsinghua à Pékin le 12 mai."
    text = ("Le deuxième atelier de renforcement des capacités de l'IA, organisé par le ministère chinois des "
            "affaires étrangères, a ouvert à l'Université Tsinghua à Pékin le 12 mai.")
    found = {c.agent.term.key: c.features for c in _candidates(text, "fr")}
    assert "new:université tsinghua" in found
    assert "new_agent_organization=True" in found["new:université tsinghua"]


def test_stem_joins_english_and_french_inflections():
    assert stem("organised") == stem("organized") == stem("organise") == "organi"
    assert stem("hosted") == stem("hosting") == stem("hosts") == "host"
    assert stem("by") == "by"
