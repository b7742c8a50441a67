"""CLI commands (placeholder until filled in)."""
