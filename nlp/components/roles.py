"""kliping_roles: propose SOURCE, TARGET, PLACE and TIME from entities in an event's sentence."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.components.events import EVENTS_KEY

ROLES_KEY = "kliping_roles"  # doc.user_data[ROLES_KEY]: list of (event index, entity index, role)
_ACTORS = {"PERSON", "ORG", "GPE"}
_PLACE_CUES = {"di", "in", "at"}


class RoleProposer:
    """Positional heuristics; reviewers correct them, so recall matters more than precision."""

    def __call__(self, doc: Doc) -> Doc:
        events = list(doc.spans.get(EVENTS_KEY, []))
        entities = list(doc.ents)
        roles: list[tuple[int, int, str]] = []
        previous_source: dict[int, list[int]] = {}
        dateline_end = _dateline_end(doc)
        for e_index, event in enumerate(events):
            sent = _sentence(doc, event)
            # Entities between the neighbouring triggers belong to this event.
            before = max(
                [o.end for o in events if o.end <= event.start and o.start >= sent.start],
                default=sent.start,
            )
            after = min(
                [o.start for o in events if o.start >= event.end and o.end <= sent.end],
                default=sent.end,
            )
            sources: list[int] = []
            for n_index, ent in enumerate(entities):
                if ent.start < sent.start or ent.end > sent.end or ent.end <= dateline_end:
                    continue
                cue = doc[ent.start - 1].lower_ if ent.start > 0 else ""
                if ent.label_ == "DATE":
                    roles.append((e_index, n_index, "TIME"))
                elif ent.label_ in {"GPE", "LOC"} and cue in _PLACE_CUES:
                    roles.append((e_index, n_index, "PLACE"))
                elif ent.label_ in _ACTORS and before <= ent.start and ent.end <= event.start:
                    sources.append(n_index)
                    roles.append((e_index, n_index, "SOURCE"))
                elif ent.label_ in _ACTORS and event.end <= ent.start and ent.end <= after:
                    roles.append((e_index, n_index, "TARGET"))
            if not sources:
                # "mengadopsi pernyataan bersama yang mengecam": the earlier trigger's actors.
                for n_index in previous_source.get(sent.start, []):
                    roles.append((e_index, n_index, "SOURCE"))
            else:
                previous_source[sent.start] = sources
        doc.user_data[ROLES_KEY] = roles
        return doc


def _dateline_end(doc: Doc) -> int:
    """Token index after "Washington (ANTARA) -": outlet and place there take part in no event."""
    for token in doc[:12]:
        if (
            token.text in {"-", "–", "—"}
            and token.whitespace_
            and token.i > 0
            and doc[token.i - 1].whitespace_
        ):
            return token.i
    return 0


def _sentence(doc: Doc, span: Span) -> Span:
    return span.sent if doc.has_annotation("SENT_START") else doc[:]


@Language.factory("kliping_roles")
def make_roles(nlp: Language, name: str) -> RoleProposer:
    """Factory registered with spaCy; the component has no settings."""
    return RoleProposer()
