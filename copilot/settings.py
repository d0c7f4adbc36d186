"""Product settings, read once from `COPILOT_*` variables and an optional `.env`."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["Settings"]


class Settings(BaseSettings):
    """Every setting the product reads; nothing else reads the environment.

    Defaults are offline-safe: with no Odoo URL the jobs say how to set one,
    and with no model endpoint the deterministic narrator writes every text.
    """

    model_config = SettingsConfigDict(
        env_prefix="COPILOT_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
    )

    odoo_url: str | None = Field(
        default=None, description="Base URL of Odoo, e.g. https://odoo.example.com"
    )
    odoo_db: str | None = None
    odoo_login: str | None = None
    odoo_password: SecretStr | None = None
    odoo_timeout_s: float = Field(default=30.0, gt=0)

    llm_base_url: str | None = None
    llm_api_key: SecretStr | None = None
    llm_model: str = "gpt-4o-mini"
    llm_timeout_s: float = Field(default=60.0, gt=0)

    data_dir: Path = Path(".copilot-data")

    stalled_after_days: int = Field(default=14, ge=1)
    milestone_due_soon_days: int = Field(default=7, ge=0)
    overrun_ratio: float = Field(default=1.0, gt=0)
    activity_deadline_days: int = Field(default=2, ge=0)

    use_ner: bool = True

    @field_validator("odoo_url", "llm_base_url")
    @classmethod
    def _strip_url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        value = value.strip().rstrip("/")
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value

    @property
    def has_llm(self) -> bool:
        """True when a chat-model endpoint or an OpenAI key is configured."""
        return self.llm_base_url is not None or self.llm_api_key is not None
