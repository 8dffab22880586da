"""spaCy components of the built-in pipeline; importing this package registers their factories."""

from nlp.components import consistency, dates, events, gazetteer, paragraphs, persons, roles, statistical_ner

__all__ = ["consistency", "dates", "events", "gazetteer", "paragraphs", "persons", "roles", "statistical_ner"]
