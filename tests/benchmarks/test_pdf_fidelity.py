"""The PDF fidelity benchmark's command line, on one real resolution."""

from benchmarks.pdf_fidelity import main


def test_prints_the_table_for_one_resolution(pdf_78, capsys):
    assert main([str(pdf_78), "--only", "A_RES_78_124", "--workers", "1"]) == 0
    out = capsys.readouterr().out
    assert "1 PDFs held against their XML" in out
    assert "| parses | 1 / 1 | 100.0% | ≥ 99% met |" in out


def test_a_missing_folder_is_an_error_on_stderr(tmp_path, capsys):
    assert main([str(tmp_path / "absent")]) == 2
    assert "no such folder" in capsys.readouterr().err


def test_citations_of_points_are_compared_on_both_sides(pdf_78):
    # 78/111 ¶6 (a) cites resolution 77/109: the XML gives it to the point, the PDF reading to ¶6.
    from benchmarks.pdf_fidelity import DEFAULT_XML, compare, pairs

    matched, _ = pairs(pdf_78, DEFAULT_XML)
    pdf, xml = next((p, x) for p, x in matched if p.stem == "A_RES_78_111")
    assert compare(pdf, xml).citations
