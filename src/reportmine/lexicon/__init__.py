"""What reportmine knows before it reads a document: forces and other bodies, titles and ranks, names and
nicknames, calendar words. Plain Python over the data files in ``pipelines/``; no spaCy, and nothing
here imports the parsers, the NLP components or the linker, which all build on it."""
