"""Reading the checks from their files (graph/check_files.py): a file's header must be whole."""

from __future__ import annotations

import pytest

from graph.check_files import CHECKS_DIR, check_prologue, load_checks, parse_check_file


def _copy_without(tmp_path, name: str, dropped: str, *, as_name: str | None = None):
    text = (CHECKS_DIR / f"{name}.rq").read_text(encoding="utf-8")
    path = tmp_path / f"{as_name or name}.rq"
    path.write_text("\n".join(line for line in text.splitlines() if not line.startswith(dropped)),
                    encoding="utf-8")
    return path


def test_a_check_without_examples_is_refused(tmp_path):
    with pytest.raises(ValueError, match="needs finds"):
        parse_check_file(_copy_without(tmp_path, "evidence-quote-required", "#+ finds"))


def test_a_check_in_a_file_of_another_name_is_refused(tmp_path):
    with pytest.raises(ValueError, match="must be evidence-quote-required.rq"):
        parse_check_file(_copy_without(tmp_path, "evidence-quote-required", "#+ nothing", as_name="renamed"))


def test_every_check_file_reads_and_its_text_opens_with_the_prefixes():
    checks = load_checks()
    assert len(checks) == len(list(CHECKS_DIR.glob("*.rq")))
    assert all(check.text.startswith(check_prologue()) for check in checks.values())
    assert "PREFIX mgs:" in check_prologue()
