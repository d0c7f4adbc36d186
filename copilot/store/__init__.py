"""Suggestion store: state machine, outbox with retries, audit table, API keys."""

from copilot.store.approval_sync import ApprovalSync, SyncReport
from copilot.store.audit_table import StoreAuditLog, export_audit
from copilot.store.engine import database_url, make_engine
from copilot.store.ids import ID_RULE, MAX_ID, parse_id
from copilot.store.job_views import (
    JOB_STATES,
    JobStatus,
    count_jobs,
    find_jobs,
    read_job,
    record_model,
)
from copilot.store.jobs import FailedJob, JobBook, JobRequest
from copilot.store.keys import ApiKey, ApiKeyRecord, ApiKeyRegistry, Role
from copilot.store.model import PendingWrite, Suggestion, WriteBack, utc_now
from copilot.store.outbox import (
    ActivityWriter,
    OutboxDispatcher,
    StoredActivityWriter,
)
from copilot.store.reset import forget_suggestions
from copilot.store.schedule import ScheduleBook, ScheduledScan
from copilot.store.states import SuggestionState, TransitionRefused, check_transition
from copilot.store.stats import StoreStats, read_stats
from copilot.store.store import SuggestionStore

__all__ = [
    "ID_RULE",
    "JOB_STATES",
    "MAX_ID",
    "ActivityWriter",
    "ApiKey",
    "ApiKeyRecord",
    "ApiKeyRegistry",
    "ApprovalSync",
    "FailedJob",
    "JobBook",
    "JobRequest",
    "JobStatus",
    "OutboxDispatcher",
    "PendingWrite",
    "Role",
    "ScheduleBook",
    "ScheduledScan",
    "StoreAuditLog",
    "StoreStats",
    "StoredActivityWriter",
    "Suggestion",
    "SuggestionState",
    "SuggestionStore",
    "SyncReport",
    "TransitionRefused",
    "WriteBack",
    "check_transition",
    "count_jobs",
    "database_url",
    "export_audit",
    "find_jobs",
    "forget_suggestions",
    "make_engine",
    "parse_id",
    "read_job",
    "read_stats",
    "record_model",
    "utc_now",
]
