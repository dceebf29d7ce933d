"""The lexicon's lookups, kept per lexicon, answer what a scan of every form answers."""

from pathlib import Path

import yaml

from loaders.extract.operative.lexicon import load_lexicon
from loaders.text import fold

ROOT = Path(__file__).resolve().parents[4]
_DEVELOPMENT = ("operative-en-76-78.yaml", "operative-en-79-80.yaml", "operative-fr.yaml")


def _scanned_action(lexicon, form, lang):
    candidates = dict(lexicon.forms.get(lang, [])).get(form)
    if not candidates:
        candidates = next((actions for known, actions in lexicon.forms.get(lang, []) if fold(known) == fold(form)), None)
    if not candidates:
        return None
    return next((a for a in candidates if fold(lexicon.pref_labels.get((a, lang), "")) == fold(form)), candidates[0])


def _scanned_opening(lexicon, text, lang, capitalised=True):
    for modifier in lexicon.modifiers.get(lang, ()):
        if text.startswith(modifier + " "):
            remainder = text[len(modifier) + 1:]
            rest = _scanned_opening(lexicon, remainder[:1].upper() + remainder[1:], lang)
            if rest is not None:
                return f"{modifier} {remainder[:len(rest[0])]}", rest[1]
    for form, _ in lexicon.forms.get(lang, []):
        if capitalised and not form[:1].isupper():
            continue
        if text.startswith(form) and (len(text) == len(form) or not text[len(form)].isalnum()):
            action = _scanned_action(lexicon, form, lang)
            if action is not None:
                return form, action
    return None


def test_openings_and_actions_are_those_of_a_scan_of_every_form():
    lexicon = load_lexicon()
    for name in _DEVELOPMENT:
        for paragraph in yaml.safe_load((ROOT / "benchmarks/labelled" / name).read_text("utf-8")):
            text, lang = paragraph["text"], paragraph["lang"]
            for capitalised in (True, False):
                assert lexicon.opening(text, lang, capitalised=capitalised) == \
                    _scanned_opening(lexicon, text, lang, capitalised), text
    for lang, forms in lexicon.forms.items():
        for form, _ in forms:
            for written in (form, form.upper(), form.lower(), form + "s", "Also " + form):
                assert lexicon.action_for(written, lang) == _scanned_action(lexicon, written, lang)
                assert lexicon.opening(written, lang) == _scanned_opening(lexicon, written, lang)
        assert lexicon.first_person_forms(lang) == [f for f, _ in forms if f.startswith(("We ", "Nous "))]
