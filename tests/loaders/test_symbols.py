import pytest

from loaders.symbols import parse_symbol


@pytest.mark.parametrize("written, text, organ, kind, session, special", [
    ("A/RES/79/325", "A/RES/79/325", "GA", "resolution", 79, None),
    ("A/RES/S-32/1", "A/RES/S-32/1", "GA", "resolution", None, "S-32"),
    ("A/RES/ES-11/1", "A/RES/ES-11/1", "GA", "resolution", None, "ES-11"),
    ("A/RES/79/258 B", "A/RES/79/258 B", "GA", "resolution", 79, None),
    ("A/DEC/78/550", "A/DEC/78/550", "GA", "decision", 78, None),
    ("A/hrc/RES/49/7", "A/HRC/RES/49/7", "HRC", "resolution", 49, None),
    ("A/HRC/DEC/18/1", "A/HRC/DEC/18/1", "HRC", "decision", 18, None),
    ("S/RES/2719 (2023)", "S/RES/2719(2023)", "SC", "resolution", None, None),
    ("E/RES/2023/1", "E/RES/2023/1", "ECOSOC", "resolution", None, None),
    ("E/DEC/2023/201", "E/DEC/2023/201", "ECOSOC", "decision", None, None),
    ("A/79/7/Add.24", "A/79/7/Add.24", "GA", "document", None, None),
    ("A/HRC/53/20", "A/HRC/53/20", "HRC", "document", None, None),
    ("S/2024/1", "S/2024/1", "SC", "document", None, None),
])
def test_a_symbol_says_its_organ_kind_and_session(written, text, organ, kind, session, special):
    parsed = parse_symbol(written)
    assert (parsed.text, parsed.organ, parsed.kind, parsed.session, parsed.special) == (
        text, organ, kind, session, special)


@pytest.mark.parametrize("written", ["Rapport 12", "ST/SGB/2019/8", ""])
def test_what_is_not_a_known_symbol_is_none(written):
    assert parse_symbol(written) is None
