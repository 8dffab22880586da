"""Cohen's kappa for two annotators' labels on the same items."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable


def cohen_kappa(pairs: Iterable[tuple[str, str]]) -> float | None:
    """Cohen's (1960) kappa: agreement beyond chance, kappa = (p_o - p_e) / (1 - p_e).

    Each pair is (first annotator's label, second annotator's label) for one item.
    p_o is the share of items with equal labels; p_e = sum over labels k of p_first(k) * p_second(k),
    the agreement two annotators would reach by chance with their own label frequencies.
    1 is perfect agreement, 0 chance level, below 0 worse than chance.

    Returns None where kappa is undefined: no items, or p_e = 1 (both annotators used one and the
    same label throughout, so there is no room for agreement beyond chance). scikit-learn is not a
    dependency; this is its unweighted cohen_kappa_score.
    """
    items = list(pairs)
    n = len(items)
    if not n:
        return None
    observed = sum(a == b for a, b in items) / n
    first = Counter(a for a, _ in items)
    second = Counter(b for _, b in items)
    chance = sum(first[label] * second[label] for label in first)
    if chance == n * n:  # checked on the integer counts: p_e = 1 exactly
        return None
    expected = chance / (n * n)
    return (observed - expected) / (1 - expected)
