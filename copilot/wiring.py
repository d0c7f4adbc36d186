"""The composition root: builds services from settings. Used by the CLI and API."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from copilot.audit import AuditSink, JsonlAuditLog
from copilot.billing import (
    BillingScanService,
    BillingThresholds,
    NextActionsService,
)
from copilot.briefing import BriefingService, LlmNarrator, PromptBudget
from copilot.briefing.model import Narrator
from copilot.chat_model import OpenAICompatibleChatModel
from copilot.errors import ConfigurationError
from copilot.facts import HealthThresholds
from copilot.odoo import (
    AdvisoryWriter,
    OdooConnection,
    OdooEndpoint,
    OdooReader,
    connect_from_settings,
)
from copilot.odoo.billing_reader import BillingReader
from copilot.odoo.ticket_reader import TicketReader
from copilot.settings import Settings
from copilot.shared_odoo import redactor_for
from copilot.store import (
    ApprovalSync,
    JobBook,
    OutboxDispatcher,
    StoredActivityWriter,
    SuggestionStore,
    database_url,
    make_engine,
)
from copilot.triage import (
    DefaultModel,
    LlmRefiner,
    TriageClassifier,
    TriagePolicy,
    TriageService,
    load_training_set,
)
from redaction import Redactor, html_to_text
from retrieval import ChromaTicketIndex, HashingEmbedder, TicketIndex

__all__ = [
    "BillingServices",
    "CopilotServices",
    "build_approval_sync",
    "build_billing_services",
    "build_job_book",
    "build_outbox",
    "build_services",
    "build_store",
    "build_triage_classifier",
    "build_triage_service",
    "open_existing_store",
    "redactor_for",
]


@dataclass
class CopilotServices:
    connection: OdooConnection
    reader: OdooReader
    writer: AdvisoryWriter
    redactor: Redactor
    briefing: BriefingService
    audit: AuditSink
    store: SuggestionStore | None = None
    outbox: OutboxDispatcher | None = None


def _llm_narrator(settings: Settings) -> LlmNarrator:
    """The model narrator, its prompts fitted to the configured token budget."""
    budget = PromptBudget(max_tokens=settings.llm_prompt_token_budget)
    return LlmNarrator(OpenAICompatibleChatModel(settings), budget=budget)


def build_store(settings: Settings) -> SuggestionStore:
    """Open the suggestion store (creating missing tables); Odoo is not needed."""
    url = settings.database_url.get_secret_value() if settings.database_url else None
    if url is None:
        # The SQLite file lives in the data folder: fail clearly if unusable.
        JsonlAuditLog(settings.audit_path).check_writable()
    store = SuggestionStore(
        make_engine(database_url(url, settings.data_dir)),
        max_attempts=settings.outbox_max_attempts,
        backoff_s=settings.outbox_backoff_s,
        backoff_max_s=settings.outbox_backoff_max_s,
        lease_s=settings.outbox_lease_s,
    )
    store.create_schema()
    return store


def open_existing_store(settings: Settings) -> SuggestionStore:
    """Open a store that already exists; for commands that read stored rows.

    A mistyped COPILOT_DATA_DIR is refused, naming the folder, instead of
    leaving an empty folder and store there.
    """
    if settings.database_url is None:
        folder = settings.data_dir.resolve()
        if not folder.is_dir():
            raise ConfigurationError(
                f"No data folder at {folder}; set COPILOT_DATA_DIR to the "
                "folder the copilot uses."
            )
        if not (folder / "copilot.db").is_file():
            raise ConfigurationError(
                f"No suggestion store (copilot.db) in {folder}; set "
                "COPILOT_DATA_DIR to the folder the copilot uses."
            )
    return build_store(settings)


def build_job_book(settings: Settings, store: SuggestionStore) -> JobBook:
    """The webhook jobs in `store`, each run at most COPILOT_JOB_MAX_ATTEMPTS times."""
    return JobBook(store, max_attempts=settings.job_max_attempts)


def _stored_writer(
    settings: Settings, connection: OdooConnection, store: SuggestionStore | None
) -> StoredActivityWriter:
    """Advice is stored, then posted by the outbox through the advisory writer."""
    store = store or build_store(settings)
    return StoredActivityWriter(
        store, OutboxDispatcher(store, AdvisoryWriter(connection))
    )


def build_outbox(
    settings: Settings,
    *,
    endpoint: OdooEndpoint | None = None,
    store: SuggestionStore | None = None,
) -> OutboxDispatcher:
    """The outbox posting through a fresh Odoo connection."""
    connection = connect_from_settings(settings, endpoint)
    return OutboxDispatcher(store or build_store(settings), AdvisoryWriter(connection))


def build_approval_sync(
    settings: Settings,
    *,
    endpoint: OdooEndpoint | None = None,
    store: SuggestionStore | None = None,
) -> ApprovalSync:
    """Reads Odoo's activities and messages to pick up approvals made there."""
    connection = connect_from_settings(settings, endpoint)
    return ApprovalSync(store or build_store(settings), connection)


def build_services(
    settings: Settings,
    *,
    endpoint: OdooEndpoint | None = None,
    today: date | None = None,
    audit: AuditSink | None = None,
    redactor: Redactor | None = None,
    narrator: Narrator | None = None,
    store: SuggestionStore | None = None,
    connection: OdooConnection | None = None,
) -> CopilotServices:
    """Connect to Odoo (unless given a `connection`) and wire the briefing.

    Briefings are stored in the suggestion store before the outbox posts
    them through the advisory writer.
    """
    if audit is None:
        trail = JsonlAuditLog(settings.audit_path)
        trail.check_writable()
        audit = trail
    connection = connection or connect_from_settings(settings, endpoint)
    reader = OdooReader(connection, html_to_text, db=connection.endpoint.db)
    reader.require_project_app()
    if redactor is None:
        redactor = redactor_for(settings, reader.people())
    writer = AdvisoryWriter(connection)
    store = store or build_store(settings)
    outbox = OutboxDispatcher(store, writer)
    llm = _llm_narrator(settings) if settings.has_llm else None
    briefing = BriefingService(
        reader,
        StoredActivityWriter(store, outbox),
        redactor,
        audit,
        thresholds=HealthThresholds.from_settings(settings),
        today=(lambda: today) if today else date.today,
        llm=llm,
        narrator=narrator,
        fallback_user_id=settings.default_assignee_id,
        deadline_days=settings.activity_deadline_days,
    )
    return CopilotServices(
        connection, reader, writer, redactor, briefing, audit, store, outbox
    )


def build_triage_service(
    settings: Settings,
    *,
    endpoint: OdooEndpoint | None = None,
    use_odoo: bool = True,
    today: date | None = None,
    audit: AuditSink | None = None,
    redactor: Redactor | None = None,
    index: TicketIndex | None = None,
    store: SuggestionStore | None = None,
    connection: OdooConnection | None = None,
    classifier: TriageClassifier | None = None,
) -> TriageService:
    """Wire the triage job; without Odoo it triages text on the offline path.

    With `use_odoo` false (or no Odoo configured and no `endpoint`), nothing
    connects: the redactor has no Odoo deny-list and similar tickets come
    from the index kept in the data folder. A given `connection` is used
    instead of a new login; a given `classifier` keeps its model and index.
    """
    if not use_odoo:
        connection = None
    elif connection is None and (endpoint is not None or settings.odoo_url):
        connection = connect_from_settings(settings, endpoint)
    if redactor is None:
        people = OdooReader(connection, html_to_text).people() if connection else ()
        redactor = redactor_for(settings, people)
    classifier = classifier or build_triage_classifier(settings, index=index)
    refiner = (
        LlmRefiner(
            OpenAICompatibleChatModel(settings),
            unsure_below=settings.triage_unsure_below,
        )
        if settings.has_llm
        else None
    )
    return TriageService(
        classifier,
        redactor,
        audit or JsonlAuditLog(settings.audit_path),
        tickets=TicketReader(connection, html_to_text) if connection else None,
        writer=_stored_writer(settings, connection, store) if connection else None,
        odoo_url=connection.endpoint.url if connection else None,
        today=(lambda: today) if today else date.today,
        deadline_days=settings.activity_deadline_days,
        fallback_user_id=settings.default_assignee_id,
        similar_count=settings.triage_similar_count,
        history_limit=settings.triage_history_limit,
        refiner=refiner,
    )


def build_triage_classifier(
    settings: Settings, *, index: TicketIndex | None = None
) -> TriageClassifier:
    """The default model (trained once, cached in the data folder) and the index.

    Long-lived: a process keeps one, as its firm model is refitted only when
    the history grows.
    """
    if index is None:
        folder = settings.triage_index_dir or settings.data_dir / "triage-index"
        index = ChromaTicketIndex(
            HashingEmbedder(), folder, server_url=settings.triage_chroma_url
        )
    policy = TriagePolicy(
        unsure_below=settings.triage_unsure_below,
        min_history=settings.triage_min_history,
        neighbours=settings.triage_neighbours,
        history_limit=settings.triage_history_limit,
    )
    model = DefaultModel.train(
        load_training_set(), cache_dir=settings.data_dir / "models"
    )
    return TriageClassifier(model, index, policy)


@dataclass
class BillingServices:
    connection: OdooConnection
    scan: BillingScanService
    next_actions: NextActionsService
    audit: AuditSink


def build_billing_services(
    settings: Settings,
    *,
    endpoint: OdooEndpoint | None = None,
    today: date | None = None,
    audit: AuditSink | None = None,
    redactor: Redactor | None = None,
    store: SuggestionStore | None = None,
    connection: OdooConnection | None = None,
) -> BillingServices:
    """Connect to Odoo (unless given a `connection`) and wire billing advice.

    The redactor (and its deny-list read) is only built when a model
    endpoint is configured: the offline narrator sends nothing anywhere.
    """
    connection = connection or connect_from_settings(settings, endpoint)
    reader = OdooReader(connection, html_to_text, db=connection.endpoint.db)
    reader.require_project_app()
    source = BillingReader(connection, db=connection.endpoint.db)
    thresholds = BillingThresholds.from_settings(settings)
    clock = (lambda: today) if today else date.today
    scan = BillingScanService(
        source,
        thresholds=thresholds,
        today=clock,
        rpc_calls=lambda: connection.call_count,
    )
    audit = audit or JsonlAuditLog(settings.audit_path)
    llm = None
    if settings.has_llm:
        llm = _llm_narrator(settings)
        if redactor is None:
            redactor = redactor_for(settings, reader.people())
    next_actions = NextActionsService(
        source,
        scan,
        _stored_writer(settings, connection, store),
        audit,
        thresholds=thresholds,
        today=clock,
        fallback_user_id=settings.default_assignee_id,
        redactor=redactor,
        llm=llm,
        deadline_days=settings.activity_deadline_days,
    )
    return BillingServices(connection, scan, next_actions, audit)
