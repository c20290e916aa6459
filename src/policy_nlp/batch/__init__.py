"""Corpus runs: the local process pool, resume, and the Dask engine."""
