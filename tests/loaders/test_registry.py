from loaders.registry import load_registry


def test_aliases_in_both_languages_merge_into_one_entity():
    reg = load_registry()
    names = ["UIT", "ITU", "International Telecommunication Union", "union internationale des telecommunications"]
    assert {reg.resolve(n).key for n in names} == {"itu"}
    iawg = ["GTI-IA", "Groupe de travail interinstitutions des Nations Unies sur l'IA",
            "Groupe de travail interinstitutions sur l’intelligence artificielle", "IAWG-AI"]
    assert {reg.resolve(n).key for n in iawg} == {"iawg-ai"}


def test_states_resolve_to_iso_codes_from_un_and_iso_names():
    reg = load_registry()
    assert reg.resolve("République de Corée", "fr").iso == "KR"
    assert reg.resolve("Emirats arabes unis", "fr").iso == "AE"
    assert reg.resolve("Iran (Islamic Republic of)", "en").iso == "IR"


def test_mentions_are_found_with_offsets_in_the_original_text():
    reg = load_registry()
    text = "Le Groupe GTI-IA et l’UNESCO"
    found = [(m.entity.key, text[m.start:m.end]) for m in reg.find_mentions(text, "fr")]
    assert found == [("iawg-ai", "Groupe GTI-IA"), ("unesco", "UNESCO")]


def test_every_entity_has_english_and_french_labels():
    for entity in load_registry().entities.values():
        assert entity.labels["en"] and entity.labels["fr"], entity.key


def test_un_system_entities_of_the_reference_list_are_known_in_both_languages():
    # partners and organisers prose names, added from the UN's reference list with French names from the corpus
    registry = load_registry()
    english = "UNIDIR, the IOM and the International Trade Centre, with UNOPS and the UN Global Compact"
    assert [m.entity.key for m in registry.find_mentions(english, "en")] == ["unidir", "iom", "itc", "unops", "un-global-compact"]
    french = "l'OIM, l'OMC et l'Office des Nations Unies à Genève"
    assert [m.entity.key for m in registry.find_mentions(french, "fr")] == ["iom", "wto", "unog"]
