"""English assignee lists that stopped short where the French reading went on (round of 2026-12-02, read from the
paragraphs where French alone found an assignee on sessions 79-80): a name's complement ("… of the United Nations
system", "… of the United Nations Educational, Scientific and Cultural Organization") ending the list, two adjectives
sharing a noun with its own adjective, and the actors of a joint act or of support ("cooperation and coordination
among…", "support and engagement from…"). Real paragraphs of the corpus, both languages."""

from __future__ import annotations

from tests.loaders.extract.operative.test_english_assignee_mirrors import _keys
from tests.loaders.extract.operative.test_mandate_holders import _operative_in_both_languages
from tests.loaders.extract.operative.test_mandates import assignee_keys


def _both(corpus, symbol: str, number: str) -> dict[str, list[str]]:
    paragraphs = _operative_in_both_languages(corpus, symbol, number)
    return {lang: [key for keys in _keys(paragraph) for key in keys] for lang, paragraph in paragraphs.items()}


def test_what_a_body_belongs_to_ends_its_name_and_the_list_goes_on(shared_corpus):
    # A/RES/80/110 operative 319: "Invites the Intergovernmental Oceanographic Commission of the United Nations
    # Educational, Scientific and Cultural Organization, the United Nations Environment Programme, the International
    # Maritime Organization, the Food and Agriculture Organization of the United Nations, the World Meteorological
    # Organization and relevant United Nations system organizations…" / « Invite la Commission océanographique
    # intergouvernementale de l'Organisation des Nations Unies pour l'éducation, la science et la culture, le Programme
    # des Nations Unies pour l'environnement, l'Organisation maritime internationale… »
    keys = _both(shared_corpus, "80_110", "319")
    for key in ("ioc-unesco", "unep", "imo", "fao", "wmo", "un-system"):
        assert key in keys["en"] and key in keys["fr"]
    assert "unesco" not in keys["en"]  # the Commission's parent, not asked itself


def test_specialized_agencies_of_the_system_and_the_organizations_after_them(shared_corpus):
    # A/RES/79/186 operative 20: "Encourages the relevant United Nations programmes, specialized agencies of the United
    # Nations system and intergovernmental and non-governmental organizations…" / « Encourage les programmes des
    # Nations Unies, les institutions spécialisées des Nations Unies et les organisations intergouvernementales et non
    # gouvernementales concernés… »
    keys = _both(shared_corpus, "79_186", "20")
    for key in ("intergovernmental-organizations", "ngos"):
        assert key in keys["en"] and key in keys["fr"]


def test_governments_of_member_states_and_the_stakeholders_after_them(shared_corpus):
    # A/RES/80/132 operative 9: "Invites the Governments of the States Members of the United Nations and other relevant
    # stakeholders, including global, regional and subregional organizations, academia, civil society organizations
    # and the private sector, to actively support…" / « Invite les gouvernements des États Membres de l'Organisation
    # des Nations Unies et les autres parties concernées, notamment les organisations internationales, régionales et
    # sous-régionales, le monde universitaire, les organisations de la société civile et le secteur privé… »
    keys = _both(shared_corpus, "80_132", "9")
    for key in ("relevant-stakeholders", "regional-organizations"):
        assert key in keys["en"] and key in keys["fr"]
    assert "member-states" not in keys["en"]  # whose Governments, not asked beside them


def test_two_adjectives_share_a_noun_with_its_own_adjective(shared_corpus):
    # A/RES/79/203 operative 9: "Invites the United Nations system, international and regional financial
    # institutions, development partners and the private sector to contribute…" / « Invite le système des Nations
    # Unies, les institutions financières internationales et régionales, les partenaires de développement et le
    # secteur privé à fournir… »
    keys = _both(shared_corpus, "79_203", "9")
    assert keys["en"] == keys["fr"] == ["un-system", "international-financial-institutions", "development-partners",
                                        "private-sector"]


def test_support_and_engagement_from_the_actors_named(shared_corpus):
    # A/RES/79/220 operative 35: "Calls for support and engagement from Member States, the United Nations system and
    # other international and regional organizations, notably the World Tourism Organization, …" / « Demande aux États
    # Membres, aux organismes des Nations Unies et aux autres organisations internationales et régionales, notamment à
    # l'Organisation mondiale du tourisme… »
    keys = _both(shared_corpus, "79_220", "35")
    for key in ("member-states", "un-system", "international-organizations", "regional-organizations", "unwto"):
        assert key in keys["en"] and key in keys["fr"]


def test_cooperation_and_coordination_among_the_bodies_named(shared_corpus):
    # A/RES/79/10 operative 6: "Invites increased cooperation and coordination among the specialized agencies and
    # programmes of the United Nations system and the Collective Security Treaty Organization…" / « Invite les
    # institutions spécialisées et programmes des Nations Unies et l'Organisation du Traité de sécurité collective à
    # travailler en coopération… »
    keys = _both(shared_corpus, "79_10", "6")
    for key in ("specialized-agencies", "un-system"):
        assert key in keys["en"] and key in keys["fr"]
    # "closer and active collaboration among": three words before the joint act.
    assert assignee_keys("Also calls for closer and active collaboration among interested States parties to the "
                         "Convention;", "en") == [["states-parties"]]


def test_a_name_written_with_a_non_breaking_hyphen_is_one_name(shared_corpus):
    # A/RES/80/262 operative 9: "Invites the States Members of the United Nations, the Movement of Non‑Aligned
    # Countries and other regional and international organizations…" (U+2011 in "Non‑Aligned"; the French « le
    # Mouvement des pays non alignés » has no hyphen): one name, not "Movement of Non" and "Aligned Countries".
    paragraph = _operative_in_both_languages(shared_corpus, "80_262", "9")["en"]
    keys = [key for keys in _keys(paragraph) for key in keys]
    assert "Movement of Non‑Aligned Countries" in keys
    assert "Movement of Non" not in keys and "Aligned Countries" not in keys


def test_the_regional_centre_is_the_centre_the_resolution_names_in_full(shared_corpus):
    # A/RES/79/67 operative 1: "…by the United Nations Regional Centre for Peace and Disarmament in Asia and the
    # Pacific, and requests the Regional Centre to continue…" / « …par le Centre régional des Nations Unies pour la
    # paix et le désarmement en Asie et dans le Pacifique…, et prie le Centre de continuer… »
    keys = _both(shared_corpus, "79_67", "1")
    assert keys["en"] == keys["fr"] == ["unrcpd"]


def test_english_names_the_registry_lacked_where_french_had_them(shared_corpus):
    # A/RES/79/284 operative 41: "…and requests the Secretary General to submit…" (no hyphen) / « …et prie le
    # Secrétaire général de lui présenter… ».
    keys = _both(shared_corpus, "79_284", "41")
    assert "secretary-general" in keys["en"] and "secretary-general" in keys["fr"]
    # A/RES/79/206 operative 23: "…urges developed country parties…" / « …demande aux pays développés parties… ».
    keys = _both(shared_corpus, "79_206", "23")
    assert set(keys["en"]) == set(keys["fr"]) == {"developed-countries"}
