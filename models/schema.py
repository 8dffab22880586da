"""Peewee tables of a project file; one database object, bound late by models.db.open_project."""

from __future__ import annotations

import datetime as dt
import uuid

from peewee import (
    SQL,
    AutoField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    SqliteDatabase,
    TextField,
)

# Pragmas live here, in one place; the path is given when a project is opened.
# synchronous=full: every committed edit is on disk before the call returns.
database = SqliteDatabase(
    None,
    pragmas={"journal_mode": "wal", "foreign_keys": 1, "synchronous": "full", "busy_timeout": 5000},
)


def new_uid() -> str:
    return uuid.uuid4().hex


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Annotator(BaseModel):
    id = AutoField()
    uid = CharField(unique=True, default=new_uid)
    name = CharField(unique=True)
    created_at = DateTimeField(default=utc_now)


class Outlet(BaseModel):
    id = AutoField()
    name = CharField(unique=True)


class Article(BaseModel):
    id = AutoField()
    uid = CharField(unique=True, default=new_uid)
    outlet = ForeignKeyField(Outlet, null=True, backref="articles", on_delete="SET NULL")
    title = TextField(null=True)
    body = TextField()
    raw_text = TextField()
    source_file = TextField()
    content_hash = CharField(unique=True)
    published = DateField(null=True)
    authors = TextField(default="[]")  # JSON list of names
    language = CharField(default="id")
    status = CharField(default="new", index=True)
    created_at = DateTimeField(default=utc_now)
    updated_at = DateTimeField(default=utc_now)


class Label(BaseModel):
    id = AutoField()
    name = CharField(unique=True)
    kind = CharField()  # entity | event
    colour = CharField()
    hotkey = CharField(default="")
    description = TextField(default="")
    position = IntegerField(default=0)


class Cluster(BaseModel):
    """One real-world event that mentions in many articles refer to."""

    id = AutoField()
    uid = CharField(unique=True, default=new_uid)
    title = TextField(default="")
    event_type = CharField(null=True)
    date = DateField(null=True)
    place = TextField(null=True)
    participants = TextField(default="[]")  # JSON list of display names (schema v5)
    origin = CharField(default="manual")
    state = CharField(default="accepted")
    annotator = ForeignKeyField(Annotator, null=True, on_delete="SET NULL")
    variant_of = CharField(null=True)  # merged copies: the card this is an annotator's version of (v6)
    created_at = DateTimeField(default=utc_now)
    updated_at = DateTimeField(default=utc_now)


class Mention(BaseModel):
    id = AutoField()
    uid = CharField(unique=True, default=new_uid)
    article = ForeignKeyField(Article, backref="mentions", on_delete="CASCADE")
    start = IntegerField()
    end = IntegerField()
    text = TextField()
    label = CharField()
    kind = CharField()  # entity | event
    origin = CharField(default="manual")  # auto | manual
    state = CharField(default="accepted")  # suggested | accepted
    normalized = TextField(null=True)
    cluster = ForeignKeyField(Cluster, null=True, backref="mentions", on_delete="SET NULL")
    link_state = CharField(null=True)  # None | suggested (by the link command) | confirmed (schema v5)
    annotator = ForeignKeyField(Annotator, null=True, on_delete="SET NULL")
    variant_of = CharField(null=True)  # merged copies: the mention this is an annotator's version of (v6)
    created_at = DateTimeField(default=utc_now)
    updated_at = DateTimeField(default=utc_now)

    class Meta:
        indexes = ((("article", "start"), False),)


class Role(BaseModel):
    """An event mention's participant: SOURCE, TARGET, PLACE or TIME."""

    id = AutoField()
    uid = CharField(unique=True, default=new_uid)
    event = ForeignKeyField(Mention, backref="roles", on_delete="CASCADE")
    entity = ForeignKeyField(Mention, backref="role_of", on_delete="CASCADE")
    label = CharField()
    origin = CharField(default="manual")
    state = CharField(default="accepted")
    annotator = ForeignKeyField(Annotator, null=True, on_delete="SET NULL")
    variant_of = CharField(null=True)  # merged copies: the role this is an annotator's version of (v6)
    created_at = DateTimeField(default=utc_now)


class ChangeLog(BaseModel):
    """Append-only record of every change: who, when, what, before and after."""

    id = AutoField()
    at = DateTimeField(default=utc_now)
    annotator = CharField(null=True)
    action = CharField()
    target = CharField()  # article | mention | role | cluster | label
    target_uid = CharField()
    article_id = IntegerField(null=True)
    before = TextField(null=True)  # JSON
    after = TextField(null=True)  # JSON

    class Meta:
        constraints = (SQL("CHECK (action <> '')"),)


class ProjectSetting(BaseModel):
    """Per-project values, such as the NER model trained on this project's reviewed articles."""

    key = CharField(primary_key=True)
    value = TextField()


class UndoEntry(BaseModel):
    """One undoable command of an annotator, kept so undo and redo survive a restart (schema v4)."""

    id = AutoField()
    annotator = ForeignKeyField(Annotator, on_delete="CASCADE")
    position = IntegerField()  # order within the annotator's stack, oldest first
    text = TextField()  # what the Edit menu shows: "Relabel ORG → GPE"
    kind = CharField()  # which command rebuilds it, e.g. "update_span"
    payload = TextField()  # JSON: what the command needs to undo and redo without the session
    undone = BooleanField(default=False)  # undone entries form the redo tail
    created_at = DateTimeField(default=utc_now)

    class Meta:
        table_name = "undo_entry"
        indexes = ((("annotator", "position"), True),)


class ArticleRelation(BaseModel):
    """Two articles related as a whole, e.g. a syndicated copy or partial translation (near_duplicate)."""

    id = AutoField()
    article_a = ForeignKeyField(Article, on_delete="CASCADE")
    article_b = ForeignKeyField(Article, on_delete="CASCADE")
    kind = CharField()
    score = FloatField()
    origin = CharField(default="auto")
    state = CharField(default="suggested")
    created_at = DateTimeField(default=utc_now)


class RejectedCandidate(BaseModel):
    """A link candidate (a cluster or mention uid) a reviewer rejected for a mention: never offered again."""

    id = AutoField()
    mention = ForeignKeyField(Mention, on_delete="CASCADE")
    target_uid = CharField()
    annotator = ForeignKeyField(Annotator, null=True, on_delete="SET NULL")
    created_at = DateTimeField(default=utc_now)

    class Meta:
        table_name = "rejected_candidate"
        indexes = ((("mention", "target_uid"), True),)


class CopyBase(BaseModel):
    """In a copy for an annotator: each exported row's digest, so a merge tells changes apart (v6)."""

    id = AutoField()
    target = CharField()  # mention | role | cluster
    uid = CharField()
    digest = CharField()
    article_id = IntegerField(null=True)  # the copy's article of a mention or role

    class Meta:
        table_name = "copy_base"
        indexes = ((("target", "uid"), True),)


class VersionEntry(BaseModel):
    """In a merged project: a row an annotator's version of an article holds or rejected (v6).

    target "article" marks that the annotator has a version of the article (decision: their status);
    "mention", "role" and "cluster" rows are "held" or "rejected" (deleted in the copy). The
    adjudicated version also marks "edited" the annotators' mentions its own rows were made from.
    """

    id = AutoField()
    annotator = ForeignKeyField(Annotator, on_delete="CASCADE")
    target = CharField()
    uid = CharField()
    article = ForeignKeyField(Article, null=True, on_delete="CASCADE")
    decision = CharField()
    copy_uid = CharField(null=True)  # the copy it came from
    created_at = DateTimeField(default=utc_now)

    class Meta:
        table_name = "version_entry"
        indexes = ((("annotator", "target", "uid"), True), (("article", "annotator"), False))


TABLES_V1 = (Annotator, Outlet, Article, Label, Cluster, Mention, Role, ChangeLog)
TABLES = (*TABLES_V1, ProjectSetting, UndoEntry, ArticleRelation, RejectedCandidate, CopyBase,
          VersionEntry)
