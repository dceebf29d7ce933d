"""Mandate links read in the passages of the seventh development set (benchmarks/labelled/prose-dev7.yaml,
the former third held-out set, which keeps their source), English and French."""

from collections.abc import Callable

import pytest

from tests.loaders.extract.conftest import _texts_of

CWG = "new:itu council working group on international internet-related public policy issues (cwg-internet)"


@pytest.fixture(scope="module")
def dev7_text() -> Callable[[str], str]:
    return _texts_of("prose-dev7.yaml")


def test_a_group_created_by_a_council_resolution_under_two_conference_resolutions_en(dev7_text, facts):
    # "The ITU Council Working Group on international Internet-related public policy issues (CWG-Internet) will hold
    # ... This CWG was established as a separate group by Council Resolution 1336, in accordance with Resolutions 102
    # and 140 of the 2010 Plenipotentiary Conference."
    found = {f for f in facts(dev7_text("digwatch-itu-cwg-internet-2015"), "en") if f[1] == "mandatedBy"}
    assert {(CWG, "mandatedBy", "instrument:ITU Council Resolution 1336"),
            (CWG, "mandatedBy", "instrument:ITU PP Resolution 102 (Guadalajara, 2010)"),
            (CWG, "mandatedBy", "instrument:ITU PP Resolution 140 (Guadalajara, 2010)")} <= found
    assert not [f for f in found if f[0] == "new:cwg"]  # "This CWG" is the group its acronym abbreviates


def test_established_as_a_named_group_the_mandate_is_that_group_s_en(dev7_text, facts):
    # "Previously, this group was established as the Dedicated Group as an integral part of WG WSIS, ..., in
    # accordance with Resolution 75 (WTSA, 2008), and Council Resolution 1282 (Mod. 2008)."
    found = {f for f in facts(dev7_text("digwatch-itu-cwg-internet-2015"), "en") if f[1] == "mandatedBy"}
    assert {("new:dedicated group", "mandatedBy", "instrument:ITU WTSA Resolution 75 (Johannesburg, 2008)"),
            ("new:dedicated group", "mandatedBy", "instrument:ITU Council Resolution 1282")} <= found
    assert (CWG, "mandatedBy", "instrument:ITU Council Resolution 1282") not in found
