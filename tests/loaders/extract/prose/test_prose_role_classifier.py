"""The learned role classifier (loaders/extract/prose/prose_role_classifier.py), with the model shipped
beside it (trained on the development sets by scripts/train_role_classifier.py), on real
sentences of the development sets, English and French. The classifier is opt-in: without
MG_ROLE_MODEL the extractor reads roles with the rules alone."""

import pytest

from loaders.extract.prose.prose import extract_prose
from loaders.extract.prose.prose_role_candidates import candidate_pairs, read_document
from loaders.extract.prose.prose_role_classifier import MODEL_PATH, load_model, model_in_use, probabilities
from loaders.extract.prose.sentences import sentences
from loaders.registry import load_registry
from tests.loaders.extract.role_sentences import AI_FOR_GOOD, SOMMET



def _roles(text: str, lang: str) -> dict[tuple[str, str], tuple[str, float]]:
    names = read_document(text, lang, load_registry())
    model = load_model()
    out: dict[tuple[str, str], tuple[str, float]] = {}
    for start, end in sentences(names.text):
        for c in candidate_pairs(names, start, end):
            role, p = probabilities(c.features, model)
            key = (c.activity.term.key, c.agent.term.key)
            if p > out.get(key, ("", -1.0))[1]:
                out[key] = (role, p)
    return out


@pytest.fixture
def shipped():
    with model_in_use(MODEL_PATH):
        yield load_model()


def test_the_shipped_model_reads_organised_by_as_organiser_en(shipped):
    role, probability = _roles(AI_FOR_GOOD, "en")[("ai-for-good", "itu")]
    assert role == "organiser" and probability >= shipped["threshold"]


def test_the_shipped_model_reads_par_as_organiser_fr(shipped):
    roles = _roles(SOMMET, "fr")  # "Organisé par l’Union ... (UIT) ... et co-convoqué par la Suisse, ce sommet"
    for agent in ("itu", "country-CH"):
        role, probability = roles[("edition:ai-for-good-summit:ord-7", agent)]
        assert role == "organiser" and probability >= shipped["threshold"]
    assert roles[("edition:ai-for-good-summit:ord-7", "new:odd")][1] < shipped["threshold"]  # an acronym in brackets


def test_the_model_trained_without_names_gives_a_pair_in_a_list_of_places_no_role(shipped):
    roles = _roles(AI_FOR_GOOD, "en")
    assert all(p < shipped["threshold"] for (activity, agent), (_, p) in roles.items() if agent.startswith("new:"))


def test_without_a_model_the_extractor_reads_roles_with_the_rules_alone(monkeypatch):
    monkeypatch.delenv("MG_ROLE_MODEL", raising=False)
    assert load_model() is None
    rules = {(f.subject.key, f.predicate, f.object.key) for f in extract_prose(SOMMET, "fr", load_registry()).facts}
    with model_in_use(MODEL_PATH):
        both = {(f.subject.key, f.predicate, f.object.key) for f in extract_prose(SOMMET, "fr", load_registry()).facts}
    assert rules <= both  # the classifier only adds roles, for pairs the rules give none


def test_the_classifier_adds_no_role_to_a_pair_the_rules_hold(shipped):
    facts = extract_prose(AI_FOR_GOOD, "en", load_registry()).facts
    pairs = [(f.subject.key, f.object.key) for f in facts if f.predicate == "organiser"]
    assert len(pairs) == len(set(pairs))
    assert ("ai-for-good", "itu") in pairs


def test_mg_role_model_names_the_model(monkeypatch):
    monkeypatch.setenv("MG_ROLE_MODEL", "shipped")
    assert load_model()["trained_on"] == ["tuning", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7"]
    monkeypatch.setenv("MG_ROLE_MODEL", "off")
    assert load_model() is None
