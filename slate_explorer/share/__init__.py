"""Share and embed: URL state <-> view state, embed snippets, static export."""
