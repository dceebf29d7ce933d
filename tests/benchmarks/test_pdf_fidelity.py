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
