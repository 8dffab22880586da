"""Inter-annotator agreement on plain span records: span and event-trigger F1, Cohen's kappa, per pair."""
