"""`copilot keys ...`: create, list and revoke API keys for the HTTP service."""

from __future__ import annotations

import typer

from copilot.cli.arguments import IdArgumentCommand, store_id
from copilot.cli.errors import guarded
from copilot.settings import Settings

__all__ = ["keys_app"]

keys_app = typer.Typer(help="API keys of the HTTP service.", no_args_is_help=True)


@keys_app.command()
def create(
    role: str = typer.Option(
        ..., "--role", help="pm, helpdesk, account_manager or admin."
    ),
) -> None:
    """Create a key and print it once; only its hash is kept.

    Example: copilot keys create --role helpdesk
    """
    from copilot.store import ApiKeyRegistry
    from copilot.wiring import build_store

    def body() -> None:
        key, token = ApiKeyRegistry(build_store(Settings())).create(role)
        typer.echo(token)
        typer.echo(
            f"key {key.id} ({key.role.value}); shown once, store it now.", err=True
        )

    guarded(body)


@keys_app.command("list")
def list_(
    as_json: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
) -> None:
    """List keys: id, role, when created and revoked (never the key itself).

    Example: copilot keys list --json
    """
    from copilot.cli.keys_body import run_list

    guarded(lambda: run_list(Settings(), as_json=as_json))


@keys_app.command(cls=IdArgumentCommand)
def revoke(key_id: int = typer.Argument(..., parser=store_id)) -> None:
    """Revoke a key by its id; a revoked key is refused at once.

    Example: copilot keys revoke 3
    """
    from copilot.store import ApiKeyRegistry
    from copilot.wiring import open_existing_store

    def body() -> None:
        ApiKeyRegistry(open_existing_store(Settings())).revoke(key_id)
        typer.echo(f"key {key_id} revoked")

    guarded(body)
