"""Training of the statistical NER from the public corpora in ../shared/data; never run by the app."""
