"""The Odoo server errors the sandbox raises, each named as Odoo names it."""

from __future__ import annotations

from typing import ClassVar

__all__ = [
    "AccessDenied",
    "AccessError",
    "DatabaseNotFound",
    "MissingError",
    "OdooFault",
    "UserError",
    "ValidationError",
]


class OdooFault(Exception):
    """An error that Odoo reports in its JSON-RPC error envelope.

    ``odoo_name`` is the dotted class name Odoo puts in ``error.data.name``.
    Plain ``ValueError`` and ``TypeError`` raised by the sandbox travel as
    ``builtins.ValueError`` and ``builtins.TypeError``, as they do in Odoo.
    """

    odoo_name: ClassVar[str] = "odoo.exceptions.UserError"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UserError(OdooFault):
    """Odoo's ``UserError``: the request makes no sense for this database."""

    odoo_name = "odoo.exceptions.UserError"


class AccessError(OdooFault):
    """Odoo's ``AccessError``: the user lacks a right."""

    odoo_name = "odoo.exceptions.AccessError"


class AccessDenied(OdooFault):
    """Odoo's ``AccessDenied``: the credentials are wrong."""

    odoo_name = "odoo.exceptions.AccessDenied"

    def __init__(self, message: str = "Access Denied") -> None:
        super().__init__(message)


class ValidationError(OdooFault):
    """Odoo's ``ValidationError``: a constraint refused the values."""

    odoo_name = "odoo.exceptions.ValidationError"


class MissingError(OdooFault):
    """Odoo's ``MissingError``: a record the call needs does not exist."""

    odoo_name = "odoo.exceptions.MissingError"


class DatabaseNotFound(OdooFault):
    """PostgreSQL refusing a connection to a database that does not exist."""

    odoo_name = "psycopg2.OperationalError"

    def __init__(self, database: str) -> None:
        # Text as psycopg2 2.9 words it for an Odoo 17 server on the same host.
        super().__init__(
            'connection to server at "127.0.0.1", port 5432 failed: FATAL:  '
            f'database "{database}" does not exist\n'
        )
