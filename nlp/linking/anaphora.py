"""Within one article, "pakta tersebut" is the pact named before it: such mentions borrow its context."""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Iterable

from nlp.linking.aliases import name_key
from nlp.linking.profiles import EventProfile
from nlp.linking.triggers import head_lemma, trigger_families

# Indonesian demonstratives follow the noun ("Pakta tersebut", "pertemuan itu"); English ones precede it.
_AFTER = r"(?:tersebut|itu|ini)"
_BEFORE = r"(?:this|that|the)"


def is_anaphoric(profile: EventProfile) -> bool:
    """Whether the trigger is a noun pointing back: "Pakta tersebut ...", "... the treaty"."""
    trigger = re.escape(profile.trigger)
    pattern = rf"\b{_BEFORE}\s+{trigger}\b" if profile.language == "en" else rf"\b{trigger}\s+{_AFTER}\b"
    return re.search(pattern, profile.sentence, flags=re.IGNORECASE) is not None


def _related(anaphor: EventProfile, antecedent: EventProfile) -> bool:
    if head_lemma(anaphor.trigger) == head_lemma(antecedent.trigger):
        return True
    return bool(trigger_families(anaphor.trigger) & trigger_families(antecedent.trigger))


def _borrow(anaphor: EventProfile, antecedent: EventProfile) -> EventProfile:
    """The anaphor keeps what its own sentence says and takes the rest from its antecedent."""
    keys = {name_key(p) for p in anaphor.participants}
    participants = anaphor.participants + tuple(p for p in antecedent.participants if name_key(p) not in keys)
    changes: dict[str, object] = {"participants": participants}
    if anaphor.date is None and antecedent.date is not None:
        changes |= {"date": antecedent.date, "date_precision": antecedent.date_precision}
    if not anaphor.places:
        changes["places"] = antecedent.places
    return dataclasses.replace(anaphor, **changes)


def resolve_anaphors(profiles: Iterable[EventProfile]) -> list[EventProfile]:
    """Each anaphoric mention enriched from the nearest earlier related mention of its article."""
    by_article: dict[int, list[EventProfile]] = defaultdict(list)
    for profile in profiles:
        by_article[profile.article].append(profile)
    resolved: list[EventProfile] = []
    for mentions in by_article.values():
        done: list[EventProfile] = []
        for profile in sorted(mentions, key=lambda p: p.position):
            if is_anaphoric(profile):
                antecedent = next((d for d in reversed(done) if _related(profile, d)), None)
                if antecedent is not None:
                    profile = _borrow(profile, antecedent)
            done.append(profile)
        resolved += done
    return resolved


def _same_actors(a: EventProfile, b: EventProfile) -> bool:
    """Two or more participants in common, after alias normalisation: one shared name is too common."""
    keys_a, keys_b = {name_key(p) for p in a.participants}, {name_key(p) for p in b.participants}
    return len(keys_a & keys_b) >= 2


def _dates_agree(a: EventProfile, b: EventProfile) -> bool:
    if a.date is None or b.date is None:
        return True
    return abs((a.date - b.date).days) <= 7 or a.date_precision != "day" or b.date_precision != "day"


def article_chains(profiles: Iterable[EventProfile]) -> list[list[str]]:
    """Mentions of one article that tell one event: an anaphor and its antecedent, or the same trigger
    lemma with the same two actors and no date between them ("menandatangani" twice in one report)."""
    by_article: dict[int, list[EventProfile]] = defaultdict(list)
    for profile in profiles:
        by_article[profile.article].append(profile)
    chains: list[list[str]] = []
    for mentions in by_article.values():
        ordered = sorted(mentions, key=lambda p: p.position)
        chain_of: dict[str, list[str]] = {}
        for i, profile in enumerate(ordered):
            earlier = reversed(ordered[:i])
            if is_anaphoric(profile):
                antecedent = next((d for d in earlier if _related(profile, d)), None)
            else:
                antecedent = next((d for d in earlier if head_lemma(d.trigger) == head_lemma(profile.trigger)
                                   and _same_actors(profile, d) and _dates_agree(profile, d)), None)
            if antecedent is None:
                chain_of[profile.uid] = [profile.uid]
                chains.append(chain_of[profile.uid])
            else:
                chain = chain_of[antecedent.uid]
                chain.append(profile.uid)
                chain_of[profile.uid] = chain
    return chains
