"""Training data and fitting for the learned role classifier
(:mod:`loaders.extract.prose.prose_role_classifier`).

Every candidate pair of a development passage (:func:`loaders.extract.prose.prose_role_candidates.candidate_pairs`)
is labelled with the role the passage's labels give its activity and agent (names compared as the
scorer compares them: :func:`benchmarks.labelled.score_prose.same_name` and the overlap matching
of :mod:`benchmarks.labelled.name_overlap`), or ``none``. A multinomial logistic regression
(scikit-learn) is fitted on the labelled candidates of the sets given; the model is written as the
JSON the extractor reads (classes, intercepts, weights per feature), rounded so that the same data
give the same file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from benchmarks.labelled.name_overlap import names_overlap
from benchmarks.labelled.score_prose import fact_key, passage_aliases, published_date, load_passages, same_name
from loaders.extract.prose.prose import extract_prose
from loaders.extract.prose.prose_role_candidates import Candidate, candidate_pairs, read_document
from loaders.extract.prose.prose_role_classifier import NONE, model_in_use
from loaders.extract.prose.prose_terms import ROLE_PREDICATES
from loaders.extract.prose.sentences import sentences
from loaders.registry import Registry

__all__ = ["DEVELOPMENT_SETS", "Passage", "fit", "read_set"]

#: The development sets of passages (never the held-out ones).
DEVELOPMENT_SETS = ("tuning", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7")
#: Features seen in fewer training candidates are dropped: they would only memorise.
MIN_COUNT = 2
#: Inverse regularisation strength of the logistic regression.
C = 0.1
Triple = tuple[str, str, str]


@dataclass
class Passage:
    """One labelled passage: its role labels, the rules' role facts, its labelled candidates."""

    id: str
    labels: set[Triple]
    rule_facts: set[Triple]
    rule_pairs: set[tuple[str, str]]
    candidates: list[Candidate] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)


def _target(candidate: Candidate, labels: set[Triple]) -> str:
    activity, agent = same_name(candidate.activity.term.key), same_name(candidate.agent.term.key)
    roles = {p for s, p, o in labels if names_overlap(s, activity) and names_overlap(o, agent)}
    return next((r for r in ROLE_PREDICATES if r in roles), NONE)


def read_set(which: str, registry: Registry) -> list[Passage]:
    """The passages of a development set with their labelled candidates and the rules' role facts
    (read with the rules alone)."""
    if which not in DEVELOPMENT_SETS:
        raise ValueError(f"{which} is not a development set")
    out = []
    for passage in load_passages(which):
        text, lang, published = passage["text"], passage["lang"], published_date(passage)
        owned = passage_aliases(text, lang, registry)
        labels = {(fact_key(s, registry, owned), p, fact_key(o, registry, owned)) for s, p, o in passage["facts"]
                  if p in ROLE_PREDICATES}
        with model_in_use(None):
            facts = [f for f in extract_prose(text, lang, registry, published=published).facts
                     if f.predicate in ROLE_PREDICATES]
        rules = Passage(str(passage["id"]), labels,
                        {(same_name(f.subject.key), f.predicate, same_name(f.object.key)) for f in facts},
                        {(f.subject.key, f.object.key) for f in facts})
        names = read_document(text, lang, registry, published)
        for start, end in sentences(names.text):
            for candidate in candidate_pairs(names, start, end):
                rules.candidates.append(candidate)
                rules.targets.append(_target(candidate, labels))
        out.append(rules)
    return out


def fit(passages: list[Passage], *, threshold: float, trained_on: tuple[str, ...]) -> dict[str, Any]:
    """A multinomial logistic regression fitted on the passages' candidates, as the JSON model the
    extractor reads."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    rows = [(c.features, t) for p in passages for c, t in zip(p.candidates, p.targets, strict=True)]
    counts: dict[str, int] = {}
    for features, _ in rows:
        for f in features:
            counts[f] = counts.get(f, 0) + 1
    vocabulary = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}
    indices = [[vocabulary[f] for f in sorted(features) if f in vocabulary] for features, _ in rows]
    matrix = csr_matrix((np.ones(sum(map(len, indices))), np.concatenate([np.array(i, dtype=int) for i in indices]),
                         np.cumsum([0] + [len(i) for i in indices])), shape=(len(rows), len(vocabulary)))
    classes = sorted({t for _, t in rows})
    target = np.array([classes.index(t) for _, t in rows])
    model = LogisticRegression(C=C, max_iter=3000, tol=1e-6).fit(matrix, target)
    coef, intercept = model.coef_, model.intercept_
    if len(classes) == 2:  # a binary fit has one row of weights: the second class's against the first
        coef = np.vstack([-coef / 2, coef / 2])
        intercept = np.array([-intercept[0] / 2, intercept[0] / 2])
    weights = {}
    for feature, column in vocabulary.items():
        row = {str(k): round(float(coef[k, column]), 4) for k in range(len(classes)) if abs(coef[k, column]) >= 5e-4}
        if row:
            weights[feature] = row
    return {"classes": classes, "intercept": [round(float(v), 4) for v in intercept], "weights": weights,
            "threshold": threshold, "trained_on": list(trained_on)}
