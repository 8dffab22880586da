"""Article cleaning, metadata and pre-annotation with spaCy; knows nothing of the project database."""
