"""load_document: the loaders' entry point, with what a caller knows of a document (here, when it
was published)."""

from __future__ import annotations

import pytest

from loaders.document import load_document
from loaders.errors import LoadError

# telquel.ma (2018): the forum's days are written without a year.
FORUM = ("L’intelligence artificielle (IA) en Afrique mise en valeur. Coorganisé par l’UNESCO, l’OCP et l’université "
         "Mohamed VI polytechnique de Ben Guérir, un forum sur l’IA en Afrique se tiendra dans la ville du 12 au 13 "
         "décembre.\n")


def _objects(loaded) -> set[str]:
    return {quad.object.value for quad in loaded.quads}


def test_a_publication_date_dates_the_days_prose_writes_without_a_year(tmp_path):
    path = tmp_path / "telquel_forum_ia.txt"
    path.write_text(FORUM, encoding="utf-8")
    undated = load_document(path, kind="prose", lang="fr", curated_dir=[])
    dated = load_document(path, kind="prose", lang="fr", curated_dir=[], published="2018-12")
    assert "2018-12-12" not in _objects(undated)
    assert {"2018-12-12", "2018-12-13"} <= _objects(dated)


@pytest.mark.parametrize("published", ["2018-13", "last week", "18-12-2018"])
def test_a_publication_date_that_is_no_date_is_a_clear_error(tmp_path, published):
    path = tmp_path / "telquel_forum_ia.txt"
    path.write_text(FORUM, encoding="utf-8")
    with pytest.raises(LoadError, match="published date .* is not YYYY, YYYY-MM or YYYY-MM-DD") as error:
        load_document(path, kind="prose", lang="fr", curated_dir=[], published=published)
    assert "telquel_forum_ia.txt" in str(error.value)
