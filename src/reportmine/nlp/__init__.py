"""spaCy side of reportmine: components, their extensions and the pipeline builder."""
