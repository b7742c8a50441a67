"""Fixtures registered from conftest.py (placeholder until filled in)."""
