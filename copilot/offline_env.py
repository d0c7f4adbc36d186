"""Process-wide switches that keep third-party libraries offline, quiet and lean."""

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

# numpy's OpenBLAS keeps a second thread spinning between the small products
# spaCy's model asks for; on two cores redaction took 8 to 19 % longer with it
# than with one thread. Read when numpy loads, so set before it does.
_LEAN_ENVIRONMENT = {"OPENBLAS_NUM_THREADS": "1"}

# odoorpc logs every request and answer at DEBUG, the password included.
# Presidio warns at start-up about recognizers for languages we do not load,
# and logs matched text at DEBUG: errors only.
_QUIET_LOGGERS = {
    "odoorpc": logging.WARNING,
    "httpx": logging.WARNING,
    "openai": logging.WARNING,
    "urllib3": logging.WARNING,
    "presidio-analyzer": logging.ERROR,
    "presidio-anonymizer": logging.ERROR,
}


def apply_offline_environment() -> None:
    """Apply the offline and thread switches (keeping explicit overrides) and
    quiet loggers."""
    for name, value in {**_OFFLINE_ENVIRONMENT, **_LEAN_ENVIRONMENT}.items():
        os.environ.setdefault(name, value)
    for name, level in _QUIET_LOGGERS.items():
        logging.getLogger(name).setLevel(level)
