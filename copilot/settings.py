"""Product settings, read once from `COPILOT_*` variables and an optional `.env`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from copilot.errors import ConfigurationError
from copilot.pricing import ModelPrice

__all__ = ["Settings"]

# Where each URL setting's credentials go instead of the URL.
_CREDENTIALS_SETTING = {
    "odoo_url": "; use COPILOT_ODOO_LOGIN and COPILOT_ODOO_PASSWORD",
    "llm_base_url": "; use COPILOT_LLM_API_KEY",
}

TypeList = Annotated[list[str], NoDecode]
"""Entity types, written as a JSON list or separated by commas (empty: none)."""


def _type_list(value: Any) -> Any:
    """``LOCATION,URL``, ``["LOCATION"]`` and an empty value, as lists."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    if text.startswith("["):
        try:
            return json.loads(text)
        except ValueError:
            raise ValueError("is neither a JSON list nor comma-separated") from None
    return [part.strip() for part in text.split(",") if part.strip()]


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
        # "nan" and "inf" are numbers to Python, never a valid setting here.
        allow_inf_nan=False,
    )

    odoo_url: str | None = Field(
        default=None, description="Base URL of Odoo, e.g. https://odoo.example.com"
    )
    odoo_db: str | None = None
    odoo_login: str | None = None
    odoo_password: SecretStr | None = None
    odoo_timeout_s: float = Field(default=30.0, gt=0, le=3600)

    llm_base_url: str | None = None
    llm_api_key: SecretStr | None = None
    llm_model: str = "gpt-4o-mini"
    llm_timeout_s: float = Field(default=30.0, gt=0, le=3600)

    # --- Model path: retries, circuit breaker, prompt budget, prices.
    # Attempts per call; only a rate limit (not an exhausted quota) or a 5xx
    # is tried again, after an exponential backoff with full jitter.
    llm_max_attempts: int = Field(default=3, ge=1, le=10)
    llm_backoff_s: float = Field(default=0.5, ge=0, le=60)
    llm_backoff_max_s: float = Field(default=8.0, ge=0, le=600)
    # After a failed call the model is skipped for this long (circuit breaker).
    llm_pause_after_failure_s: float = Field(default=300.0, ge=0, le=86400)
    # Estimated tokens a briefing prompt may use, facts included.
    llm_prompt_token_budget: int = Field(default=3000, ge=500, le=100_000)
    # Price per million tokens by model name, for the cost of each job; JSON,
    # e.g. COPILOT_LLM_PRICES='{"my-model": {"input_per_million": 0.2,
    # "output_per_million": 0.8}}'. A model missing here has no cost shown.
    llm_prices: dict[str, ModelPrice] = Field(
        default_factory=lambda: {
            "gpt-4o-mini": ModelPrice(input_per_million=0.15, output_per_million=0.6),
            "gpt-4o": ModelPrice(input_per_million=2.5, output_per_million=10.0),
        }
    )

    data_dir: Path = Path(".copilot-data")

    stalled_after_days: int = Field(default=14, ge=1, le=3650)
    milestone_due_soon_days: int = Field(default=7, ge=0, le=3650)
    overrun_ratio: float = Field(default=1.0, gt=0, le=100)
    activity_deadline_days: int = Field(default=2, ge=0, le=365)
    default_assignee_id: int | None = Field(
        default=None,
        ge=1,
        description="Odoo user who reviews advice on records with no active owner.",
    )

    # -- billing blockers and next-best actions ----------------------------
    billing_period_days: int = Field(default=30, ge=1, le=3650)
    billing_uninvoiced_critical_days: int = Field(default=30, ge=1, le=3650)
    billing_missing_time_workdays: int = Field(default=3, ge=1, le=260)
    billing_draft_invoice_days: int = Field(default=7, ge=0, le=3650)
    billing_overdue_critical_days: int = Field(default=30, ge=1, le=3650)
    billing_milestone_late_critical_days: int = Field(default=14, ge=1, le=3650)
    billing_over_sold_tolerance_hours: float = Field(default=0.0, ge=0, le=10000)
    billing_dispute_words: str = "billing,invoice,invoicing,credit note"

    use_ner: bool = True

    # -- HTTP API -----------------------------------------------------------
    # Host headers the API answers (DNS-rebinding defence) and browser origins
    # it accepts; JSON lists, e.g. COPILOT_API_ALLOWED_HOSTS='["copilot.internal"]'.
    api_allowed_hosts: list[str] = Field(
        default_factory=lambda: ["127.0.0.1", "localhost", "[::1]"]
    )
    api_allowed_origins: list[str] = Field(default_factory=list)

    # -- redaction: destinations, confidential identifiers, vault key ------
    # Entity types a destination may receive unmasked; empty masks everything.
    # A JSON list or comma-separated: '["LOCATION"]' or 'LOCATION,URL'.
    # Personal types (names, e-mails, phones, bank and card numbers) can never
    # be unmasked for a remote model or embeddings.
    redaction_unmasked_remote_model: TypeList = Field(default_factory=list)
    redaction_unmasked_local_model: TypeList = Field(default_factory=list)
    redaction_unmasked_embeddings: TypeList = Field(default_factory=list)
    redaction_unmasked_logs: TypeList = Field(default_factory=list)
    redaction_min_score: float = Field(default=0.35, ge=0.0, le=1.0)
    # A service re-reads Odoo's people for the deny-list this often (seconds).
    redaction_deny_list_refresh_s: float = Field(default=3600.0, gt=0, le=604800)
    # Identifiers the firm marks confidential: {"CONTRACT_REF": "CTR-\\d{4}"}.
    redaction_confidential_patterns: dict[str, str] = Field(default_factory=dict)
    # Fernet key for vaults kept across processes; unset = a 0600 key file in
    # the data directory, created on first use.
    redaction_vault_key: SecretStr | None = None

    # --- Helpdesk triage (copilot/triage/): thresholds and the ticket index.
    # Below this confidence a suggestion is shown as unsure.
    triage_unsure_below: float = Field(default=0.55, ge=0.0, le=1.0)
    # Closed tickets needed before the firm's own labels are trusted fully.
    triage_min_history: int = Field(default=30, ge=1)
    triage_neighbours: int = Field(default=10, ge=1, le=100)
    triage_similar_count: int = Field(default=5, ge=1, le=20)
    # Most recent closed tickets read from Odoo and indexed per run.
    triage_history_limit: int = Field(default=2000, ge=1)
    # Chroma folder of the redacted ticket history; unset = DATA_DIR/triage-index.
    triage_index_dir: Path | None = None
    # A Chroma server (`chroma run`) shared by replicas instead of the folder:
    # http://chroma.internal:8000 (https:// for TLS).
    triage_chroma_url: str | None = None

    # --- Service: suggestion store, outbox, API keys, webhooks (api/, store/).
    # SQLAlchemy URL of the store; unset = a SQLite file in the data directory.
    # PostgreSQL: postgresql://user@host:5432/copilot (psycopg 3 driver).
    database_url: SecretStr | None = None
    # Attempts per write-back before it goes to the exception queue, and the
    # backoff between them (doubling from the first delay, capped).
    outbox_max_attempts: int = Field(default=5, ge=1, le=100)
    outbox_backoff_s: float = Field(default=30.0, ge=0, le=86400)
    outbox_backoff_max_s: float = Field(default=3600.0, ge=0, le=604800)
    # Seconds a process holds a write-back it is posting; if it dies, another
    # replica retries after this. Keep it above COPILOT_ODOO_TIMEOUT_S.
    outbox_lease_s: float = Field(default=300.0, gt=0, le=86400)
    # Shared secret of Odoo's "Send Webhook Notification" automation rules,
    # sent in the X-Copilot-Secret header or the `secret` query parameter.
    webhook_secret: SecretStr | None = None
    # Scheduled scans run by `copilot schedule run-due` (cron, e.g. every
    # 15 minutes): hours between two blockers scans and two briefing rounds.
    schedule_blockers_every_h: float = Field(default=24.0, gt=0, le=8760)
    schedule_briefings_every_h: float = Field(default=168.0, gt=0, le=8760)

    # --- Task queue: unset = webhook jobs run on threads of the API process.
    # A Redis URL (redis://host:6379/0, rediss:// for TLS) hands them to RQ
    # instead, run by `copilot worker` processes on any machine; the stored
    # job request in the database stays the source of truth.
    queue_url: SecretStr | None = None
    queue_name: str = Field(default="copilot", pattern=r"^[A-Za-z0-9_.-]{1,64}$")
    # Runs of one webhook job, failed ones and ones whose process died while
    # it held the job's 10-minute lease alike; then the job is given up on.
    job_max_attempts: int = Field(default=5, ge=1, le=100)

    @field_validator("odoo_url", "llm_base_url", "triage_chroma_url")
    @classmethod
    def _strip_url(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None or not value.strip():
            return None
        value = value.strip().rstrip("/")
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        parts = urlsplit(value)
        if parts.username or parts.password:
            where = _CREDENTIALS_SETTING.get(info.field_name or "", "")
            raise ValueError(f"must not carry credentials{where}")
        try:
            parts.port  # noqa: B018  # raises on a port out of range
        except ValueError:
            raise ValueError("has an invalid port") from None
        if not parts.hostname:
            raise ValueError("has no host")
        return value

    @field_validator("queue_url")
    @classmethod
    def _check_queue_url(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value().strip():
            return None
        scheme = urlsplit(value.get_secret_value().strip()).scheme
        if scheme not in ("redis", "rediss", "unix"):
            raise ValueError("must start with redis://, rediss:// or unix://")
        return SecretStr(value.get_secret_value().strip())

    @field_validator("data_dir", mode="before")
    @classmethod
    def _check_data_dir(cls, value: Any) -> Any:
        # An empty value would put the database in the working folder.
        if isinstance(value, str) and not value.strip():
            raise ValueError("is empty; unset it for .copilot-data or name a folder")
        return value

    @field_validator(
        "redaction_unmasked_remote_model",
        "redaction_unmasked_local_model",
        "redaction_unmasked_embeddings",
        "redaction_unmasked_logs",
        mode="before",
    )
    @classmethod
    def _split_unmasked_types(cls, value: Any) -> Any:
        return _type_list(value)

    @field_validator(
        "redaction_unmasked_remote_model",
        "redaction_unmasked_local_model",
        "redaction_unmasked_embeddings",
        "redaction_unmasked_logs",
    )
    @classmethod
    def _check_unmasked_types(cls, value: list[str], info: ValidationInfo) -> list[str]:
        # A typo or a personal type for a strict destination fails at start-up.
        from redaction.destinations import DestinationPolicy

        destination = str(info.field_name).removeprefix("redaction_unmasked_")
        try:
            DestinationPolicy.from_lists({destination: value})
        except ConfigurationError as exc:
            raise ValueError(str(exc)) from None
        return value

    @property
    def audit_path(self) -> Path:
        """The append-only audit trail in the data folder."""
        return self.data_dir / "audit.jsonl"

    @property
    def unmasked_by_destination(self) -> dict[str, list[str]]:
        """COPILOT_REDACTION_UNMASKED_* keyed by destination name."""
        return {
            "remote_model": self.redaction_unmasked_remote_model,
            "local_model": self.redaction_unmasked_local_model,
            "embeddings": self.redaction_unmasked_embeddings,
            "logs": self.redaction_unmasked_logs,
        }

    @property
    def has_llm(self) -> bool:
        """True when a chat-model endpoint or an OpenAI key is configured."""
        return self.llm_base_url is not None or self.llm_api_key is not None
