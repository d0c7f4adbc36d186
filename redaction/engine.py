"""Builds the Presidio analyzer offline, once per process and mode."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Collection, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from copilot.errors import RedactionError
from redaction.analyzer import PresidioAnalyzer
from redaction.english_words import english_words
from redaction.name_typing import NameTyper
from redaction.package_data import read_string_list, read_string_map
from redaction.policy import default_allowed_terms, default_masked_types
from redaction.recasing import Recaser
from redaction.tuned_ner import load_tuned_ner

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine

__all__ = ["apply_offline_environment", "build_analyzer"]

logger = logging.getLogger(__name__)

_LANGUAGE = "en"
# en_core_web_sm's NER carries its own token-to-vector layer.
_NER_COMPONENTS = frozenset({"ner"})
# An empty suffix-list URL list makes tldextract (used by Presidio's e-mail
# recognizer) read its bundled snapshot instead of downloading the list.
_FORCED_ENVIRONMENT = {"TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": ""}
# Should a model-hub client be imported along the way, it stays offline.
_DEFAULT_ENVIRONMENT = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
}


def apply_offline_environment() -> None:
    """Set the variables that stop hidden downloads; call before importing Presidio."""
    os.environ.update(_FORCED_ENVIRONMENT)
    for name, value in _DEFAULT_ENVIRONMENT.items():
        os.environ.setdefault(name, value)


def build_analyzer(
    *,
    use_ner: bool = True,
    entities: Collection[str] | None = None,
    model_packages: Sequence[str] | None = None,
    tuned_ner: bool = True,
    ner_weights: Path | None = None,
) -> PresidioAnalyzer:
    """An analyzer for ``entities`` (default: every masked type), offline.

    With ``use_ner`` the first installed spaCy English pipeline among
    ``model_packages`` (default: ``en_core_web_sm`` or its registry re-upload)
    finds names, places and organisations, with the product's tuned NER
    weights unless ``tuned_ner`` is false (see ``tuned_ner``), or those of
    another training run's output folder ``ner_weights``; without it
    only patterns run (names then depend on the deny-list). The Presidio
    engine is built on first use and shared by every analyzer of the
    process and mode. ``ner_weights`` without ``tuned_ner`` and ``use_ner``
    raises ``ValueError``: those weights would silently not run.
    """
    if ner_weights is not None and not (tuned_ner and use_ner):
        raise ValueError("ner_weights needs use_ner and tuned_ner left true")
    packages = tuple(
        read_string_list("ner.json", "model_packages")
        if model_packages is None
        else model_packages
    )
    engine, model_name = _shared_engine(
        use_ner,
        packages if use_ner else (),
        tuned_ner and use_ner,
        ner_weights,
    )
    wanted = default_masked_types() if entities is None else entities
    if model_name is None:
        return PresidioAnalyzer(engine, wanted, model_name=None)
    english = english_words(engine.nlp_engine)
    return PresidioAnalyzer(
        engine,
        wanted,
        model_name=model_name,
        name_typer=NameTyper(english_words=english),
        recaser=(
            Recaser(english, known_words=default_allowed_terms()) if english else None
        ),
    )


@cache
def _shared_engine(
    use_ner: bool,
    packages: tuple[str, ...],
    tuned_ner: bool,
    ner_weights: Path | None,
) -> tuple[AnalyzerEngine, str | None]:
    apply_offline_environment()
    started = time.perf_counter()
    presidio_logger = logging.getLogger("presidio-analyzer")
    level = presidio_logger.level
    # Presidio warns once per Spanish, Italian and Polish recognizer it skips
    # for an English-only registry: expected, and noise on a terminal.
    presidio_logger.setLevel(logging.ERROR)
    try:
        result = _build_engine(use_ner, packages, tuned_ner, ner_weights)
    except RedactionError:
        raise
    except Exception as exc:
        raise RedactionError(
            f"could not build the entity analyzer ({type(exc).__name__})"
        ) from exc
    finally:
        presidio_logger.setLevel(level)
    logger.info(
        "entity analyzer ready: model=%s%s, %.2f s",
        result[1] or "patterns-only",
        " with tuned NER" if result[1] and tuned_ner else "",
        time.perf_counter() - started,
    )
    return result


def _build_engine(
    use_ner: bool,
    packages: tuple[str, ...],
    tuned_ner: bool,
    ner_weights: Path | None,
) -> tuple[AnalyzerEngine, str | None]:
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from redaction.context_enhancer import IndexedContextEnhancer
    from redaction.recognizers import REPLACED_RECOGNIZERS, extra_recognizers

    _keep_suffix_list_offline()
    model_name = _installed_model(packages) if use_ner else None
    configuration = (
        _no_op_configuration()
        if model_name is None
        else _spacy_configuration(model_name)
    )
    nlp_engine = NlpEngineProvider(nlp_configuration=configuration).create_engine()
    if model_name is not None:
        _keep_only_ner(nlp_engine)
        if tuned_ner:
            _load_tuned_weights(nlp_engine, ner_weights)
    registry = RecognizerRegistry(supported_languages=[_LANGUAGE])
    registry.load_predefined_recognizers(languages=[_LANGUAGE], nlp_engine=nlp_engine)
    for name in REPLACED_RECOGNIZERS:
        registry.remove_recognizer(name)
    for recognizer in extra_recognizers(use_ner=model_name is not None):
        registry.add_recognizer(recognizer)
    # Without NER there are no tokens: Presidio's default enhancer applies.
    enhancer = IndexedContextEnhancer() if model_name is not None else None
    engine = AnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=[_LANGUAGE],
        context_aware_enhancer=enhancer,
    )
    return engine, model_name


def _keep_only_ner(nlp_engine: object) -> None:
    """Switch off every spaCy component but NER: two thirds of the time.

    The tagger, parser and lemmatizer only serve Presidio's context
    enhancer, which reads lower-cased words instead (see ``analyzer``).
    """
    pipelines = getattr(nlp_engine, "nlp", None) or {}
    for nlp in pipelines.values():
        unused = [name for name in nlp.pipe_names if name not in _NER_COMPONENTS]
        nlp.select_pipes(disable=unused)


def _load_tuned_weights(nlp_engine: object, folder: Path | None) -> None:
    """Run each pipeline's NER on the product's own weights (``tuned_ner``)."""
    pipelines = getattr(nlp_engine, "nlp", None) or {}
    for nlp in pipelines.values():
        load_tuned_ner(nlp, folder)


def _keep_suffix_list_offline() -> None:
    """Switch off the suffix-list download if tldextract was imported earlier.

    tldextract reads its environment once, when first imported; a process
    that imported it before ``apply_offline_environment`` would still try to
    download the list on first use. Importing this package imports Presidio
    and tldextract with it, so a library caller always gets here: the switch
    is expected, and logged at debug level only.
    """
    import tldextract.tldextract as tldextract_module

    extractor = tldextract_module.TLD_EXTRACTOR
    if extractor.suffix_list_urls:
        logger.debug("tldextract's suffix-list download switched off after import")
        extractor.suffix_list_urls = ()


def _installed_model(candidates: tuple[str, ...]) -> str:
    import spacy.util

    for name in candidates:
        if spacy.util.is_package(name):
            return name
    # Presidio would try to download a missing pipeline: refuse instead.
    raise RedactionError(
        "no spaCy English pipeline is installed (looked for "
        + ", ".join(candidates)
        + "); install the project's dependencies or build with use_ner=False"
    )


def _spacy_configuration(model_name: str) -> dict[str, object]:
    return {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": _LANGUAGE, "model_name": model_name}],
        "ner_model_configuration": {
            "model_to_presidio_entity_mapping": read_string_map(
                "ner.json", "label_to_entity"
            ),
            "labels_to_ignore": list(read_string_list("ner.json", "labels_to_ignore")),
            "low_score_entity_names": [],
        },
    }


def _no_op_configuration() -> dict[str, object]:
    return {
        "nlp_engine_name": "no_op",
        "models": [{"lang_code": _LANGUAGE, "model_name": "no_op"}],
    }
