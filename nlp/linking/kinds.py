"""Which PLOVER event types can describe the same real-world event, and how strongly."""

from __future__ import annotations

from functools import cache

# Partial credit for different labels on one event: a treaty is "menandatangani perjanjian" (AGREE) in one
# outlet and "kemitraan strategis" (COOPERATE) in another; the talks where it is signed are CONSULT.
_RELATED = {
    ("AGREE", "COOPERATE"): 0.6,
    ("AGREE", "CONSULT"): 0.3,
    ("CONSULT", "COOPERATE"): 0.3,
    ("AID", "COOPERATE"): 0.3,
    ("AID", "SUPPORT"): 0.3,
    ("COOPERATE", "SUPPORT"): 0.2,
    ("ACCUSE", "REJECT"): 0.2,
    ("ACCUSE", "REQUEST"): 0.2,
    ("ACCUSE", "PROTEST"): 0.3,
    ("ASSAULT", "MOBILIZE"): 0.3,
    ("ASSAULT", "THREATEN"): 0.2,
    ("MOBILIZE", "THREATEN"): 0.3,
    ("COERCE", "SANCTION"): 0.3,
    ("CONCEDE", "RETREAT"): 0.3,
    ("AGREE", "RETREAT"): 0.2,  # a ceasefire agreement
}


def type_affinity(a: str, b: str) -> float:
    """1 for the same type, a partial credit for related types, 0 otherwise."""
    if a == b:
        return 1.0
    return _RELATED.get((min(a, b), max(a, b)), 0.0)


@cache
def related_types(label: str) -> frozenset[str]:
    """The label and every label with some affinity to it."""
    others = {b if a == label else a for a, b in _RELATED if label in (a, b)}
    return frozenset(others | {label})
