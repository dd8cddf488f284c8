"""Data versions: row models, loading, validation, version history and diffs."""
