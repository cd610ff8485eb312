"""Extraction: actors, places, claims and events from article text (spaCy)."""
