"""Cross-outlet event linking: name aliases, pair scores, candidate search, grouping and card summaries."""
