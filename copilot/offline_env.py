"""Process-wide switches that keep third-party libraries offline and quiet."""

from __future__ import annotations

import logging
import os

__all__ = ["apply_offline_environment"]

# Set before the libraries that read them are imported (see OFFLINE notes in
# the README): onnxruntime telemetry, Chroma telemetry, the model hub, and
# tldextract's public-suffix download.
_OFFLINE_ENVIRONMENT = {
    "ORT_DISABLE_TELEMETRY": "1",
    "ANONYMIZED_TELEMETRY": "False",
    "HF_HUB_OFFLINE": "1",
    "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "",
}

# odoorpc logs every request and answer at DEBUG, the password included.
_QUIET_LOGGERS = ("odoorpc", "httpx", "openai", "presidio-analyzer", "urllib3")


def apply_offline_environment() -> None:
    """Apply the offline switches (keeping explicit overrides) and quiet loggers."""
    for name, value in _OFFLINE_ENVIRONMENT.items():
        os.environ.setdefault(name, value)
    for noisy in _QUIET_LOGGERS:
        logging.getLogger(noisy).setLevel(logging.WARNING)
