"""Article cleaning, metadata and spaCy pre-annotation; knows nothing of the project database."""
