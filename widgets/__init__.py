"""Qt widgets that show plain records and report user actions as signals; no database, no NLP."""
