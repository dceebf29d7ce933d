"""A registry alias another body's name owns is no mention of the registry entity
(loaders/extract/prose/owned_aliases.py), on real sentences, English and French."""

from loaders.extract.prose.owned_aliases import owned_aliases
from loaders.extract.prose.prose_names import read_names
from loaders.registry import load_registry


def _read(text: str, lang: str) -> tuple[list[str], list[str]]:
    registry = load_registry()
    agents, owned = owned_aliases(text, registry.find_mentions(text, lang))
    return [a.entity.key for a in agents], [f.term.label for f in owned]


def test_the_councils_advisory_committee_is_not_the_acabq_en():
    # twn.my (SUNS, 19 February 2025; prose-dev3)
    text = ("The UN Human Rights Council (HRC)’s Advisory Committee, which serves as the human rights body’s “think "
            "tank”, is holding its 33rd session in Geneva from 17 to 21 February.\n\nThe Advisory Committee, comprised "
            "of 18 independent experts, was established in 2008, pursuant to resolution 5/1 to provide studies")
    agents, owned = _read(text, "en")
    assert "acabq" not in agents and owned == ["Advisory Committee", "Advisory Committee"]
    activities = read_names(text, "en", load_registry()).activities
    assert {f.term.label for f in activities if text[f.start:f.end] == "Advisory Committee"} == {"Advisory Committee"}


def test_the_advisory_committee_of_the_council_en_fr():
    # A/RES/77/215 operative paragraph (English and French)
    english = ("Requests the Human Rights Council, the human rights treaty bodies, the Office of the United Nations High "
               "Commissioner for Human Rights, the special mechanisms extended by the Council and the Human Rights "
               "Council Advisory Committee to pay due attention, within their respective mandates, to the present "
               "resolution;")
    french = ("Prie le Conseil des droits de l’homme, les organes conventionnels des droits de l’homme, le "
              "Haut‑Commissariat des Nations Unies aux droits de l’homme, les mécanismes spéciaux reconduits dans leur "
              "mission par le Conseil et le Comité consultatif du Conseil d’accorder l’attention voulue, dans le cadre "
              "de leur mandat, à la présente résolution ;")
    for text, lang in ((english, "en"), (french, "fr")):
        agents, owned = _read(text, lang)
        assert "acabq" not in agents and len(owned) == 1


def test_the_advisory_committee_without_an_owner_stays_the_acabq_en():
    # A/RES/77/253 operative paragraph
    text = ("to ensure full implementation of the recommendations of the Board of Auditors and the related "
            "recommendations of the Advisory Committee in a prompt and timely manner")
    agents, owned = _read(text, "en")
    assert "acabq" in agents and owned == []


def test_an_owned_alias_is_no_mention_of_the_registry_entity_en():
    # twn.my (SUNS, 19 February 2025; prose-dev3)
    text = ("The UN Human Rights Council (HRC)’s Advisory Committee, which serves as the human rights body’s “think "
            "tank”, is holding its 33rd session in Geneva from 17 to 21 February.")
    mentions = read_names(text, "en", load_registry()).mentions
    assert "human-rights-council" in {m.term.key for m in mentions} and "acabq" not in {m.term.key for m in mentions}


def test_a_post_named_with_another_organization_is_no_owned_body_fr():
    # A/RES/77/178 (French): a post, not a body, is never read as a new activity of the organization it serves
    text = "le rapport du Secrétaire général de l’Organisation mondiale du tourisme transmis par le Secrétaire général"
    agents, owned = _read(text, "fr")
    assert owned == [] and agents.count("secretary-general") == 2
