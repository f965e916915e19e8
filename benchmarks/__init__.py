"""HelpClient's benchmarks: ``python -m benchmarks list`` (see ``__main__.py``)."""
