"""Agreement between two readings of prose passages (benchmarks/labelled/prose_reader_agreement.py), on small
sets of real passages of the retired held-out set 5 (benchmarks/labelled/prose-heldout5.yaml, excerpts of
digwatch-wgec-first-meeting-2016, digwatch-establishment-office-envoy-on-technology and the precision trap
mucchielli-hcdh-rapport-ia-vie-privee-trap), labelled as that set labels them."""

from __future__ import annotations

import copy

import pytest
import yaml

from benchmarks.labelled.prose_reader_agreement import agreement, load_reading, main, pair_by_text, table
from benchmarks.labelled.score_prose import KINDS
from loaders.registry import load_registry

WGEC_TEXT = ("First meeting of the CSTD Working Group on Enhanced Cooperation\n\nGeneva, Switzerland\n\nThe first "
             "meeting of the Working Group on Enhanced Cooperation (WGEC) of the United Nations Commission on Science "
             "and Technology for Development (CSTD) will be held on 30 September 2016, in Geneva, Switzerland.\n\nWGEC "
             "was establied on the basis of the UN General Assembly Resolution A/70/125 (the outcome document of the "
             "review of the ten-year implementation of the World Summit on the Information Society), with the aim to "
             "develop recommendations on how to further implement enhanced cooperation on public policy issues "
             "pertaining to the Internet, as envisioned in the Tunis Agenda for the Information Society, taking into "
             "consideration the work that has been done on this matter.")
ENVOY_TEXT = ("Establishment of the Office of the Secretary-General’s Envoy on Technology\n\n20 Jan 2021\n\nLink to "
              "resource\nThe Office of the Secretary-General's Envoy on Technology is established following the "
              "Secretary-General's appointment of his inaugural Envoy on Technology. Responsibilities of the Office "
              "include: leading the implementation of the Roadmap for Digital Cooperation; facilitating dialogue on "
              "the recommendations of the Roadmap and related parts of the Our Common Agenda report; and serving as an "
              "advocate and focal point for digital cooperation.")
TRAP_TEXT = ("Le Bureau des droits de l'homme des Nations Unies a publié aujourd'hui un rapport qui analyse comment "
             "l'IA - y compris le profilage, la prise de décision automatisée et d'autres technologies "
             "d'apprentissage automatique - affecte le droit des personnes à la vie privée et à d'autres droits.")
MEETING = {"new": "first meeting of the Working Group on Enhanced Cooperation (WGEC)"}
GROUP = {"new": "Working Group on Enhanced Cooperation (WGEC)"}
ROADMAP = {"new": "implementation of the Roadmap for Digital Cooperation"}
FIRST = [
    {"id": "wgec", "lang": "en", "text": WGEC_TEXT, "facts": [
        [MEETING, "partOf", GROUP],
        [MEETING, "schema:startDate", "2016-09-30"],
        [MEETING, "schema:location", "geneva"],
        [GROUP, "partOf", "cstd"],
        [GROUP, "mandatedBy", {"instrument": "A/RES/70/125"}]]},
    {"id": "envoy", "lang": "en", "text": ENVOY_TEXT, "facts": [
        [ROADMAP, "leadEntity", "envoy-on-technology"],
        [ROADMAP, "mandatedBy", {"instrument": "A/74/821"}]]},
    {"id": "trap", "lang": "fr", "text": TRAP_TEXT, "facts": []},
]


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def _second(first=FIRST):
    """A second reading: the same passages under other ids, in another order, with their text rewrapped."""
    second = copy.deepcopy(list(reversed(first)))
    for number, passage in enumerate(second, 1):
        passage["id"] = f"p{number:02d}"
        passage["text"] = passage["text"].replace(", ", ",\n  ")
    return second


def test_passages_are_paired_by_their_text_whatever_their_ids_order_and_line_breaks():
    pairs = pair_by_text(FIRST, _second())
    assert [(one["id"], two["id"]) for one, two in pairs] == [("wgec", "p03"), ("envoy", "p02"), ("trap", "p01")]
    assert pair_by_text(FIRST, _second()[:1]) == [(FIRST[2], _second()[0])]


def test_identical_readings_agree_fully_on_every_kind_they_label(registry):
    pairs = pair_by_text(FIRST, _second())
    for match in ("strict", "overlap"):
        counts = agreement(pairs, registry, match)
        assert counts["mandate"] == (2, 2, 2) and counts["event"] == (2, 2, 2)
        assert counts["role"] == (1, 1, 1) and counts["part"] == (2, 2, 2)
    assert "| mandate links | 2 / 2 | 2 | 1.00 / 1.00 / 1.00 |" in table(agreement(pairs, registry),
                                                                        agreement(pairs, registry, "overlap"))


def test_a_fact_the_second_reader_leaves_out_lowers_recall_not_precision(registry):
    second = _second()
    second[1]["facts"] = [f for f in second[1]["facts"] if f[1] != "mandatedBy"]  # the envoy passage
    counts = agreement(pair_by_text(FIRST, second), registry)
    assert counts["mandate"] == (1, 2, 1)
    assert "| mandate links | 2 / 1 | 1 | 1.00 / 0.50 / 0.67 |" in table(counts, counts)


def test_a_name_with_other_bounds_differs_strict_but_agrees_by_overlap(registry):
    second = _second()
    other_bounds = {"new": "first meeting of the Working Group on Enhanced Cooperation of the CSTD"}
    second[2]["facts"] = [[other_bounds if s == MEETING else s, p, o] for s, p, o in second[2]["facts"]]
    pairs = pair_by_text(FIRST, second)
    strict, overlap = agreement(pairs, registry), agreement(pairs, registry, "overlap")
    assert strict["event"] == (0, 2, 2) and overlap["event"] == (2, 2, 2)
    assert strict["part"] == (1, 2, 2) and overlap["part"] == (2, 2, 2)
    assert strict["mandate"] == overlap["mandate"] == (2, 2, 2)


def test_every_kind_of_the_scorer_is_counted(registry):
    assert set(agreement(pair_by_text(FIRST, _second()), registry)) == set(KINDS)


def test_the_cli_prints_aggregate_counts_only_never_a_fact_a_name_or_a_passage(tmp_path, capsys):
    first, second = tmp_path / "first.yaml", tmp_path / "second.yaml"
    first.write_text(yaml.safe_dump({"passages": FIRST}, allow_unicode=True), encoding="utf-8")
    second.write_text(yaml.safe_dump({"passages": _second()}, allow_unicode=True), encoding="utf-8")
    assert len(load_reading(first)) == 3
    main(["--first", str(first), "--second", str(second)])
    out = capsys.readouterr().out
    assert "Passages paired by text: 3" in out and "| all kinds | 7 / 7 | 7 |" in out
    assert "both readers 1, first reader only 0, second reader only 0" in out
    for secret in ("Working Group", "Roadmap", "envoy", "geneva", "70/125", "2016-09-30", "wgec", "Bureau"):
        assert secret.lower() not in out.lower()


def test_the_cli_explains_itself(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    assert "--first" in capsys.readouterr().out
