"""Lemmas and families of event triggers, so that "diteken", "menandatangani" and "signed" can meet."""

from __future__ import annotations

import re
from functools import cache

from nlp.affixes import english_forms, indonesian_lemmas
from nlp.resources import load_json

_WORD = re.compile(r"[^\W\d_]+")
_PREFIXES = ("memper", "meng", "meny", "mem", "men", "me", "peng", "peny", "pem", "pen", "per", "pe",
             "ber", "ter", "di", "ke")
_SUFFIXES = ("nya", "kan", "an", "i")


@cache
def _lemma_map() -> dict[str, str]:
    """Every form in the trigger lexicons -> its root (Indonesian) or base verb (English)."""
    lemmas: dict[str, str] = {}
    for label, entry in load_json("triggers_id.json").items():
        if label.startswith("_"):
            continue
        for root, codes in entry.get("roots", {}).items():
            lemmas.update(indonesian_lemmas(root, codes))
        for word in entry.get("words", []):
            lemmas.setdefault(word.lower(), word.lower())
    for label, entry in load_json("triggers_en.json").items():
        if label.startswith("_"):
            continue
        for verb in entry.get("verbs", []):
            for form in english_forms(verb):
                lemmas.setdefault(form, verb)
        for word in entry.get("words", []):
            lemmas.setdefault(word.lower(), word.lower().removesuffix("s"))
    return lemmas


def crude_stem(word: str) -> str:
    """Strip one Indonesian prefix and suffix layer, or English -ing/-ed/-s; good enough to compare."""
    if len(word) <= 5:
        return word
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4 and not word.endswith("kan"):
            return word[: -len(suffix)]
    stem = word
    for suffix in _SUFFIXES:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 4:
            stem = stem[: -len(suffix)]
    for prefix in _PREFIXES:
        if stem.startswith(prefix) and len(stem) - len(prefix) >= 4:
            return stem[len(prefix):]
    return stem


def lemma(word: str) -> str:
    """The lexicon root of a word if the trigger lists know it, else a crude stem."""
    word = word.lower()
    return _lemma_map().get(word) or crude_stem(word)


@cache
def trigger_lemmas(trigger: str) -> frozenset[str]:
    """Lexicon lemmas and raw forms of the trigger's words, joined pairs ("tanda tangan" -> "tandatangan").

    Only the head (first) word is crudely stemmed: a modifier's stem ("pertahanan" -> "tahan") misleads.
    """
    words = [w.lower() for w in _WORD.findall(trigger)]
    if not words:
        return frozenset()
    lemmas = _lemma_map()
    found = set(words) | {lemmas[w] for w in words if w in lemmas} | {lemma(words[0])}
    for joined in ("".join(words[:2]), "".join(words)):
        found.update((joined, lemmas.get(joined, joined)))
    return frozenset(found)


def head_lemma(trigger: str) -> str:
    """The lemma naming a trigger: its first two words joined if the lexicon knows them, else its first."""
    words = [w.lower() for w in _WORD.findall(trigger)]
    if not words:
        return ""
    joined = "".join(words[:2])
    lemmas = _lemma_map()
    return lemmas.get(joined) or lemmas.get(words[0]) or crude_stem(words[0])


@cache
def _families() -> dict[str, frozenset[str]]:
    """lemma -> names of the families it belongs to."""
    result: dict[str, set[str]] = {}
    for family, members in load_json("trigger_families.json").items():
        if family.startswith("_"):
            continue
        for member in members:
            result.setdefault(member.lower(), set()).add(family)
    return {k: frozenset(v) for k, v in result.items()}


@cache
def trigger_families(trigger: str) -> frozenset[str]:
    """The families of any of the trigger's lemmas."""
    families = _families()
    return frozenset(f for w in trigger_lemmas(trigger) for f in families.get(w, ()))
