"""Linking documents: follow-ups to inspections, outcomes to recommendations, people and coverage."""
