"""CLI commands, one module each (discovered by slate_explorer.cli)."""
