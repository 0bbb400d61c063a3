"""Qt translation files (.ts sources for translators, compiled .qm loaded at start-up)."""
