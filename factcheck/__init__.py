"""factcheck: compare news articles on one story and report where they disagree.

    >>> from factcheck import compare, Options      # doctest: +SKIP
    >>> report = compare(Path("sources"), Options(fuzzy_only=True))

Stages, one module each: sources -> claims -> facts -> embed -> align -> judge -> report.
"""
__version__ = "0.1.0"


def __getattr__(name):
    # Lazy, so that `factcheck --help` does not import the pipeline (spaCy, numpy).
    if name in ("compare", "Options"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
