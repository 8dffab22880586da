"""Small Indonesian and English word-form generators for trigger lists."""

from __future__ import annotations

from collections.abc import Iterable

_VOWELS = "aeiou"


def _men(root: str) -> str:
    """Attach the nasal prefix meN-/peN- stem ("meng", "mem", ...) after its sound rules."""
    first = root[0]
    second = root[1] if len(root) > 1 else ""
    # Voiceless k/p/t/s melt into the nasal, but only before a vowel (kritik -> mengkritik).
    melts = second in _VOWELS
    if first == "k":
        return "ng" + (root[1:] if melts else root)
    if first == "p":
        return "m" + (root[1:] if melts else root)
    if first == "t":
        return "n" + (root[1:] if melts else root)
    if first == "s":
        return "ny" + root[1:] if melts else "n" + root
    if first in "bfv":
        return "m" + root
    if first in "dcjz":
        return "n" + root
    if first in "gh" or first in _VOWELS:
        return "ng" + root
    return root  # l, m, n, r, w, y take plain me-/pe-


def indonesian_forms(root: str, affixes: Iterable[str]) -> set[str]:
    """Return the words built from root with each affix code, each also with the -nya clitic.

    Codes: bare, meN, meN-kan, meN-i, di, di-kan, di-i, ber, ter, -an, peN-an, per-an, ke-an.
    """
    forms: set[str] = set()
    for code in affixes:
        if code == "bare":
            forms.add(root)
        elif code.startswith("meN"):
            forms.add("me" + _men(root) + code[3:].lstrip("-"))
        elif code.startswith("di"):
            forms.add("di" + root + code[2:].lstrip("-"))
        elif code in ("ber", "ter"):
            # ber- loses its r before a root starting in r (ber + runding -> berunding).
            forms.add((code[:-1] if root.startswith("r") else code) + root)
        elif code == "-an":
            forms.add(root + "an")
        elif code == "peN-an":
            forms.add("pe" + _men(root) + "an")
        elif code == "per-an":
            forms.add("per" + root + "an")
        elif code == "ke-an":
            forms.add("ke" + root + "an")
        else:
            raise ValueError(f"unknown Indonesian affix code {code!r}")
    return forms | {form + "nya" for form in forms}


def english_forms(verb: str) -> set[str]:
    """Return base, -s, -ed and -ing forms of a regular English verb."""
    if verb.endswith("e"):
        return {verb, verb + "s", verb + "d", verb[:-1] + "ing"}
    if verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        return {verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    if verb.endswith(("s", "sh", "ch", "x")):
        return {verb, verb + "es", verb + "ed", verb + "ing"}
    return {verb, verb + "s", verb + "ed", verb + "ing"}
