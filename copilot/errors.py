"""The product's one exception tree, split by who must act on the error."""

from __future__ import annotations

__all__ = [
    "CallerError",
    "ConfigurationError",
    "CopilotError",
    "FolderInUse",
    "ModelError",
    "NotFoundError",
    "OdooAccessDenied",
    "OdooError",
    "OdooFeatureMissing",
    "OdooUnavailable",
    "RedactionError",
    "WriteRefused",
]


class CopilotError(Exception):
    """Root of every error the product raises on purpose.

    Messages are for the person who must act. They never carry record text,
    prompts, secrets or upstream error bodies.
    """

    exit_code = 1


class ConfigurationError(CopilotError):
    """The operator must fix a setting (missing URL, bad value)."""

    exit_code = 3


class CallerError(CopilotError):
    """The caller asked for something malformed."""

    exit_code = 2


class NotFoundError(CallerError):
    """The caller named a record that does not exist or is not visible."""

    exit_code = 4


class OdooError(CopilotError):
    """Odoo answered with an error the product does not expect."""

    exit_code = 5


class OdooUnavailable(OdooError):
    """Odoo cannot be reached, or the database does not exist."""

    exit_code = 6


class OdooAccessDenied(OdooError):
    """Odoo refused the credentials or the operation for this user."""

    exit_code = 7


class OdooFeatureMissing(OdooError):
    """A model or field the job needs is not installed in this database."""

    exit_code = 8


class RedactionError(CopilotError):
    """Text could not be redacted; nothing was sent anywhere (fail closed)."""

    exit_code = 9


class ModelError(CopilotError):
    """The language model was unreachable or answered unusable output."""

    exit_code = 10


class WriteRefused(CopilotError):
    """The advisory writer refused a write outside its allowlist."""

    exit_code = 11


class FolderInUse(CopilotError):
    """Another sandbox or demo holds the data folder; stop it or use another."""

    exit_code = 12
