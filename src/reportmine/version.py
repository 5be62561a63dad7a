"""The version of this reportmine build (the one place it is written in the code; pyproject.toml has the other)."""

__version__ = "0.1.0"
