"""Small Indonesian and English word-form generators for trigger lists."""

from __future__ import annotations

from collections.abc import Iterable

_VOWELS = "aeiou"
# Each active or derived pattern brings the forms that always come with it: a transitive meN- verb
# has a di- passive and a bare imperative ("menandatangani", "ditandatangani", "tandatangani").
_IMPLIED = {
    "meN": ("di",),
    "meN-kan": ("di-kan", "-kan"),
    "meN-i": ("di-i", "-i"),
    "di": ("meN",),
    "di-kan": ("meN-kan", "-kan"),
    "di-i": ("meN-i", "-i"),
    "ber-kan": ("ber",),
}
CODES = (
    "bare", "meN", "meN-kan", "meN-i", "di", "di-kan", "di-i", "-kan", "-i",
    "ber", "ber-kan", "ter", "-an", "peN-an", "per-an", "ke-an", "peN",
)


def _syllables(root: str) -> int:
    count, previous = 0, False
    for char in root:
        vowel = char in _VOWELS
        count += vowel and not previous
        previous = vowel
    return count


def _men(root: str) -> str:
    """Attach the nasal prefix meN-/peN- stem ("meng", "mem", ...) after its sound rules."""
    if _syllables(root) == 1:
        return "nge" + root  # one-syllable roots: bom -> mengebom, sah -> mengesahkan
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


def _ber(prefix: str, root: str) -> str:
    """ber-/ter-/per- lose their r before r and before a first syllable in -er (bekerja, berunding)."""
    if root.startswith("r") or (prefix == "ber" and root[1:3] == "er" and root[0] not in _VOWELS):
        return prefix[:-1] + root
    return prefix + root


def _suffix(stem: str, suffix: str) -> str:
    return stem + suffix


def _form(root: str, code: str) -> str:
    if code == "bare":
        return root
    if code.startswith("meN"):
        return _suffix("me" + _men(root), code[3:].lstrip("-"))
    if code.startswith("di"):
        return _suffix("di" + root, code[2:].lstrip("-"))
    if code in ("-kan", "-i", "-an"):
        return root + code[1:]
    if code in ("ber", "ter"):
        return _ber(code, root)
    if code == "ber-kan":
        return _ber("ber", root) + "kan"
    if code == "peN":
        return "pe" + _men(root)
    if code == "peN-an":
        return "pe" + _men(root) + "an"
    if code == "per-an":
        return _ber("per", root) + "an"
    if code == "ke-an":
        return "ke" + root + "an"
    raise ValueError(f"unknown Indonesian affix code {code!r}")


def expand_codes(affixes: Iterable[str]) -> set[str]:
    """The codes given plus the ones they imply (meN- brings di-, meN-kan brings di-kan and -kan, ...)."""
    codes = set(affixes)
    for code in list(codes):
        codes.update(_IMPLIED.get(code, ()))
    return codes


def indonesian_lemmas(root: str, affixes: Iterable[str]) -> dict[str, str]:
    """Every word built from root with the given affix codes (and those they imply) -> root.

    Codes: bare, meN, meN-kan, meN-i, di, di-kan, di-i, -kan, -i, ber, ber-kan, ter, -an, peN, peN-an,
    per-an, ke-an. Each form also comes with the -nya clitic ("ditandatanganinya", "kesepakatannya").
    """
    forms = {_form(root, code) for code in expand_codes(affixes)}
    return {word: root for form in forms for word in (form, form + "nya")}


def indonesian_forms(root: str, affixes: Iterable[str]) -> set[str]:
    """Return the words built from root with each affix code, each also with the -nya clitic."""
    return set(indonesian_lemmas(root, affixes))


def english_forms(verb: str) -> set[str]:
    """Return base, -s, -ed and -ing forms of a regular English verb."""
    if verb.endswith("e"):
        return {verb, verb + "s", verb + "d", verb[:-1] + "ing"}
    if verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        return {verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    if verb.endswith(("s", "sh", "ch", "x")):
        return {verb, verb + "es", verb + "ed", verb + "ing"}
    return {verb, verb + "s", verb + "ed", verb + "ing"}
