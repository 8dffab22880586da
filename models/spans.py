"""Reading and changing mentions (entity and event spans) of an article, each change logged."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from peewee import JOIN

from models.articles import mark_in_progress
from models.changelog import log_change
from models.db import session
from models.errors import EditError
from models.labels import label_kinds
from models.records import Changes, RoleRow, SpanRow
from models.schema import Annotator, Article, Cluster, Mention, Role, database, utc_now
from models.versions import held_in

EDITABLE = ("start", "end", "label", "state", "origin")


@dataclass(frozen=True)
class DeletedSpan:
    """Everything needed to put a deleted span back as it was."""

    span: SpanRow
    roles: tuple[RoleRow, ...] = ()


@dataclass(frozen=True)
class SpanEdit:
    """The result of adding a span: the new span and the same-layer spans it replaced."""

    span: SpanRow
    replaced: tuple[DeletedSpan, ...]
    changes: Changes


def span_query():  # type: ignore[no-untyped-def]
    return (
        Mention.select(Mention, Annotator.name.alias("annotator_name"),
                       Cluster.uid.alias("cluster_uid"))
        .join(Annotator, JOIN.LEFT_OUTER, on=(Mention.annotator == Annotator.id))
        .switch(Mention)
        .join(Cluster, JOIN.LEFT_OUTER, on=(Mention.cluster == Cluster.id))
        .objects()
    )


def span_row(m: Mention) -> SpanRow:
    return SpanRow(
        id=m.uid, article_id=m.article_id, start=m.start, end=m.end, text=m.text, label=m.label,
        kind=m.kind, origin=m.origin, state=m.state, annotator=m.annotator_name,
        cluster=m.cluster_uid, normalized=m.normalized,
    )


def list_spans(article_id: int, version: str | None = None) -> list[SpanRow]:
    """The article's spans; with version, only those that annotator's version holds (merged projects)."""
    # Plain tuples of the needed columns: building model objects (and parsing their timestamps)
    # took a quarter of a second for 2,000 spans, on every edit.
    query = (
        Mention.select(Mention.uid, Mention.article, Mention.start, Mention.end, Mention.text,
                       Mention.label, Mention.kind, Mention.origin, Mention.state,
                       Annotator.name, Cluster.uid, Mention.normalized)
        .join(Annotator, JOIN.LEFT_OUTER, on=(Mention.annotator == Annotator.id))
        .switch(Mention)
        .join(Cluster, JOIN.LEFT_OUTER, on=(Mention.cluster == Cluster.id))
        .where(Mention.article == article_id)
        .order_by(Mention.start, Mention.end)
    )
    if version:
        query = query.where(Mention.uid.in_(held_in(article_id, version)))
    return [SpanRow(*row) for row in database.execute(query).fetchall()]  # no per-value conversion


def get_span(uid: str) -> SpanRow:
    found = list(span_query().where(Mention.uid == uid))
    if not found:
        raise EditError(f"span {uid} does not exist")
    return span_row(found[0])


def list_roles(article_id: int) -> list[RoleRow]:
    event = Mention.alias()
    entity = Mention.alias()
    query = (
        Role.select(Role, event.uid.alias("event_uid"), entity.uid.alias("entity_uid"))
        .join(event, on=(Role.event == event.id))
        .switch(Role)
        .join(entity, on=(Role.entity == entity.id))
        .where(event.article == article_id)
        .order_by(Role.id)
        .objects()
    )
    return [RoleRow(r.uid, r.event_uid, r.entity_uid, r.label, r.origin, r.state) for r in query]


def _overlapping(article_id: int, kind: str, start: int, end: int, skip: str | None) -> list[Mention]:
    query = Mention.select().where(
        (Mention.article == article_id) & (Mention.kind == kind)
        & (Mention.start < end) & (Mention.end > start)
    )
    return [m for m in query if m.uid != skip]


def _delete(mention: Mention) -> DeletedSpan:
    span = get_span(mention.uid)
    roles = tuple(
        RoleRow(r.uid, r.event.uid, r.entity.uid, r.label, r.origin, r.state)
        for r in Role.select().where((Role.event == mention.id) | (Role.entity == mention.id))
    )
    mention.delete_instance()
    log_change("delete", "mention", span.id, span.article_id, before=span)
    return DeletedSpan(span, roles)


def add_span(
    article_id: int, start: int, end: int, label: str, *,
    origin: str = "manual", state: str = "accepted", uid: str | None = None,
) -> SpanEdit:
    """Add a span; spans of the same layer that it overlaps are replaced (and returned)."""
    kinds = label_kinds()
    if label not in kinds:
        raise EditError(f"unknown label {label!r}")
    with database.atomic():
        article = Article.get_or_none(Article.id == article_id)
        if article is None:
            raise EditError(f"article {article_id} does not exist")
        if not 0 <= start < end <= len(article.body):
            raise EditError(f"span {start}-{end} lies outside the article")
        kind = kinds[label]
        replaced = tuple(_delete(m) for m in _overlapping(article_id, kind, start, end, None))
        fields = {"article": article_id, "start": start, "end": end,
                  "text": article.body[start:end], "label": label, "kind": kind,
                  "origin": origin, "state": state, "annotator": session.annotator_id}
        if uid:
            fields["uid"] = uid
        mention = Mention.create(**fields)
        mark_in_progress(article_id)
        span = get_span(mention.uid)
        log_change("add", "mention", span.id, article_id, after=span)
    return SpanEdit(span, replaced, Changes(frozenset({article_id}), articles=True, spans=True))


def delete_span(uid: str) -> DeletedSpan:
    with database.atomic():
        mention = Mention.get_or_none(Mention.uid == uid)
        if mention is None:
            raise EditError(f"span {uid} does not exist")
        deleted = _delete(mention)
        mark_in_progress(deleted.span.article_id)
    return deleted


def restore_spans(deleted: Sequence[DeletedSpan]) -> Changes:
    """Put deleted spans back with their ids and roles (undo of a delete or a replace)."""
    articles: set[int] = set()
    with database.atomic():
        for item in deleted:
            s = item.span
            if Mention.select().where(Mention.uid == s.id).exists():
                raise EditError(f"span {s.id} exists again, so it cannot be put back")
            if not Article.select().where(Article.id == s.article_id).exists():
                raise EditError(f"article {s.article_id} does not exist")
            annotator = Annotator.get_or_none(Annotator.name == s.annotator) if s.annotator else None
            cluster = Cluster.get_or_none(Cluster.uid == s.cluster) if s.cluster else None
            Mention.create(
                uid=s.id, article=s.article_id, start=s.start, end=s.end, text=s.text,
                label=s.label, kind=s.kind, origin=s.origin, state=s.state,
                normalized=s.normalized, annotator=annotator, cluster=cluster,
            )
            log_change("restore", "mention", s.id, s.article_id, after=s)
            articles.add(s.article_id)
        for item in deleted:
            for r in item.roles:
                event = Mention.get_or_none(Mention.uid == r.event)
                entity = Mention.get_or_none(Mention.uid == r.entity)
                if event and entity and not Role.select().where(Role.uid == r.id).exists():
                    Role.create(uid=r.id, event=event, entity=entity, label=r.label,
                                origin=r.origin, state=r.state)
    return Changes(frozenset(articles), articles=True, spans=True)


def update_span(uid: str, **fields: object) -> tuple[SpanRow, SpanRow]:
    """Change a span's label, bounds, state or origin; returns (before, after) for undo."""
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise EditError(f"cannot change {', '.join(sorted(unknown))} of a span")
    with database.atomic():
        mention = Mention.get_or_none(Mention.uid == uid)
        if mention is None:
            raise EditError(f"span {uid} does not exist")
        before = get_span(uid)
        after = replace(before, **fields)  # type: ignore[arg-type]
        kinds = label_kinds()
        if after.label not in kinds:
            raise EditError(f"unknown label {after.label!r}")
        body = mention.article.body
        if not 0 <= after.start < after.end <= len(body):
            raise EditError(f"span {after.start}-{after.end} lies outside the article")
        kind = kinds[after.label]
        if _overlapping(before.article_id, kind, after.start, after.end, uid):
            raise EditError(f"{after.label} span would overlap another {kind} span")
        Mention.update(
            start=after.start, end=after.end, text=body[after.start:after.end], label=after.label,
            kind=kind, state=after.state, origin=after.origin,
            annotator=session.annotator_id, updated_at=utc_now(),
        ).where(Mention.id == mention.id).execute()
        mark_in_progress(before.article_id)
        after = get_span(uid)
        log_change("update", "mention", uid, before.article_id, before=before, after=after)
    return before, after


def relabel_span(uid: str, label: str) -> tuple[SpanRow, SpanRow]:
    """Relabelling a suggestion makes it the annotator's: accepted, manual."""
    return update_span(uid, label=label, state="accepted", origin="manual")


def accept_suggestions(article_id: int) -> list[str]:
    """Accept every suggestion of an article; returns their ids (for undo)."""
    with database.atomic():
        uids = [uid for (uid,) in Mention.select(Mention.uid).where(
            (Mention.article == article_id) & (Mention.state == "suggested")).tuples()]
        set_states(uids, "accepted")
    return uids


def set_states(uids: Sequence[str], state: str) -> None:
    """Set the state of many spans in one transaction, each change logged; all or none."""
    with database.atomic():
        for uid in uids:
            mention = Mention.get_or_none(Mention.uid == uid)
            if mention is None:
                raise EditError(f"span {uid} does not exist")
            if mention.state != state:
                Mention.update(state=state, updated_at=utc_now()).where(Mention.id == mention.id).execute()
                log_change("update", "mention", uid, mention.article_id,
                           before={"state": mention.state}, after={"state": state})
