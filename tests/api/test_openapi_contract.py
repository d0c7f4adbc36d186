"""Every operation of the OpenAPI document, fuzzed in-process with Schemathesis.

Valid (positive) and invalid (negative) requests are generated from the
document and sent with an admin key to a service wired to a loopback demo
Odoo. No answer may be a server error, and every answer must match the
status codes and bodies the document declares.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from pydantic import SecretStr
from schemathesis import Case, GenerationMode
from schemathesis.checks import (
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.schemas import BaseSchema

from api import create_app
from api.deps import get_job_queue
from copilot.sandbox import ADMIN, INTEGRATION_LOGIN, SandboxServer, build_demo_store
from copilot.settings import Settings
from copilot.store import ApiKeyRegistry, Role
from copilot.wiring import build_store
from tests.api.conftest import WEBHOOK_SECRET, settings_for
from tests.api.test_webhooks import RecordingQueue
from tests.support.sandbox import DB, INTEGRATION_PASSWORD, integration_user

# Enough to reach each operation's 4xx branches; the whole module stays
# well under a minute on two cores (one model training included).
EXAMPLES_PER_MODE = 25
CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance]


def _runs() -> list[tuple[str, str, GenerationMode]]:
    """Every documented operation, valid requests, and invalid ones if it has inputs.

    Reads the OpenAPI document of an app that is built and never served.
    """
    document = create_app(Settings(_env_file=None)).openapi()  # type: ignore[call-arg]
    runs = []
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            runs.append((method.upper(), path, GenerationMode.POSITIVE))
            if operation.get("parameters") or operation.get("requestBody"):
                runs.append((method.upper(), path, GenerationMode.NEGATIVE))
    return runs


@dataclass
class Contract:
    schema: BaseSchema
    headers: dict[str, str]
    cases: Counter[str]


@pytest.fixture(scope="module")
def contract(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Contract]:
    """The service on a demo Odoo, with a default reviewer and an admin key."""
    odoo = build_demo_store()
    data_dir: Path = tmp_path_factory.mktemp("contract")
    with SandboxServer({DB: odoo}, [ADMIN, integration_user(odoo)]) as server:
        service_settings = settings_for(
            data_dir,
            odoo_url=server.url,
            odoo_db=DB,
            odoo_login=INTEGRATION_LOGIN,
            odoo_password=SecretStr(INTEGRATION_PASSWORD),
            default_assignee_id=2,
        )
        app = create_app(service_settings)
        app.state.store = build_store(service_settings)
        # Webhook jobs would run on threads after the test; the route's
        # contract ends at the stored, queued job.
        app.dependency_overrides[get_job_queue] = RecordingQueue
        _, token = ApiKeyRegistry(app.state.store).create(Role.ADMIN.value)
        yield Contract(
            schemathesis.openapi.from_asgi("/openapi.json", app),
            {"Authorization": f"Bearer {token}", "X-Copilot-Secret": WEBHOOK_SECRET},
            Counter(),
        )


@pytest.mark.parametrize(("method", "path", "mode"), _runs())
def test_operation_never_answers_a_server_error(
    contract: Contract, method: str, path: str, mode: GenerationMode
) -> None:
    """Generated requests get documented 2xx/4xx answers that match the schema."""
    operation = contract.schema[path][method]
    label = f"{method} {path} {mode.value}"

    @given(case=operation.as_strategy(mode))
    @settings(
        max_examples=EXAMPLES_PER_MODE,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case: Case[Any]) -> None:
        contract.cases[label] += 1
        # The first triage trains the default model: allow more than 10 s.
        response = case.call(headers=contract.headers, timeout=120)
        case.validate_response(response, checks=CHECKS, headers=contract.headers)

    run()
    assert contract.cases[label] >= 1
