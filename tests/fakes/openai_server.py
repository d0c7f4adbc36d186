"""A loopback OpenAI-compatible chat server that records every request.

Tests choose its answer per call: a JSON document, invalid JSON, a rate
limit with `Retry-After`, an exhausted quota, a 500, a 400, or a reply held
back longer than the client's timeout.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Reply:
    """One scripted answer: assistant content on 200, an error body otherwise."""

    status: int = 200
    content: str = "{}"
    error_code: str | None = None
    headers: tuple[tuple[str, str], ...] = ()
    delay_s: float = 0.0
    with_usage: bool = True


Answer = Callable[[dict[str, Any]], "tuple[int, str] | Reply"]


def valid(document: dict[str, Any], *, with_usage: bool = True) -> Reply:
    return Reply(content=json.dumps(document), with_usage=with_usage)


def invalid_json() -> Reply:
    return Reply(content="not json {")


def rate_limited(retry_after: float | None = None) -> Reply:
    headers = () if retry_after is None else (("Retry-After", f"{retry_after:g}"),)
    return Reply(429, "Rate limit reached", "rate_limit_exceeded", headers)


def quota_exhausted() -> Reply:
    """OpenAI's answer when the account has no credit left: waiting won't help."""
    return Reply(429, "You exceeded your current quota", "insufficient_quota")


def server_error() -> Reply:
    return Reply(500, "The server had an error", "server_error")


def bad_request() -> Reply:
    return Reply(400, "Invalid request", "invalid_request_error")


def too_slow(delay_s: float) -> Reply:
    """A valid answer sent only after `delay_s`: longer than a small timeout."""
    return Reply(content="{}", delay_s=delay_s)


def scripted(*replies: Reply | Answer) -> Answer:
    """Answer call n with the n-th reply; the last one repeats."""
    queue = list(replies)
    lock = threading.Lock()

    def answer(request: dict[str, Any]) -> tuple[int, str] | Reply:
        with lock:
            step = queue.pop(0) if len(queue) > 1 else queue[0]
        return step if isinstance(step, Reply) else step(request)

    return answer


def json_answer(document: dict[str, Any]) -> Answer:
    """Answer every chat request with `document` as the assistant's content."""
    return lambda _request: (200, json.dumps(document))


_FACT_LINE = re.compile(r"^(F\d+) \[[a-z_]+, (warning|critical|info)\]", re.MULTILINE)


def restating_answer(request: dict[str, Any]) -> tuple[int, str]:
    """A faithful model: one risk per warning fact of the prompt, no figures."""
    prompt = "\n".join(str(m.get("content", "")) for m in request.get("messages", []))
    risks = [
        {"text": "See the cited finding.", "fact_ids": [fact_id]}
        for fact_id, severity in _FACT_LINE.findall(prompt)
        if severity != "info"
    ]
    document = {"headline": "Status restated.", "risks": risks}
    return 200, json.dumps(document)


@dataclass
class FakeOpenAIServer:
    answer: Answer
    requests: list[dict[str, Any]] = field(default_factory=list)
    # Authorization header of each `GET /models` (the readiness probe).
    model_list_auth: list[str] = field(default_factory=list)
    # Status of `GET /models`: 401 plays a refused key, 503 a sick server.
    model_list_status: int = 200
    _server: ThreadingHTTPServer | None = None
    _closing: threading.Event = field(default_factory=threading.Event)

    @property
    def base_url(self) -> str:
        assert self._server is not None
        port = self._server.server_address[1]
        return f"http://127.0.0.1:{port}/v1"

    def __enter__(self) -> FakeOpenAIServer:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                return

            def do_GET(self) -> None:
                if self.path.rstrip("/") != "/v1/models":
                    self.send_error(404)
                    return
                fake.model_list_auth.append(self.headers.get("Authorization", ""))
                if fake.model_list_status != 200:
                    self.send_error(fake.model_list_status)
                    return
                data = json.dumps({"object": "list", "data": [{"id": "fake"}]})
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data.encode())

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                request = json.loads(self.rfile.read(length) or b"{}")
                fake.requests.append(request)
                reply = _as_reply(fake.answer(request))
                if reply.delay_s and fake._closing.wait(reply.delay_s):
                    return
                try:
                    _send(self, request, reply)
                except (BrokenPipeError, ConnectionResetError):
                    return  # the client gave up waiting (a timeout test)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        ).start()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._server is not None
        self._closing.set()
        self._server.shutdown()
        self._server.server_close()

    def sent_text(self) -> str:
        """Every message content sent to the model, joined, for leak checks."""
        parts = []
        for request in self.requests:
            for message in request.get("messages", []):
                content = message.get("content")
                parts.append(
                    content if isinstance(content, str) else json.dumps(content)
                )
        return "\n".join(parts)


def _as_reply(answer: tuple[int, str] | Reply) -> Reply:
    if isinstance(answer, Reply):
        return answer
    status, content = answer
    return Reply(status, content)


def _send(handler: BaseHTTPRequestHandler, request: dict[str, Any], r: Reply) -> None:
    if r.status != 200:
        error = {"message": r.content, "type": "fake", "code": r.error_code}
        body = json.dumps({"error": error})
    else:
        body = json.dumps(_completion(request, r.content, r.with_usage))
    data = body.encode()
    handler.send_response(r.status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(data)))
    for name, value in r.headers:
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(data)


def _completion(request: dict[str, Any], content: str, usage: bool) -> dict[str, Any]:
    completion: dict[str, Any] = {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 0,
        "model": request.get("model", "fake"),
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
    }
    if usage:
        completion["usage"] = {
            "prompt_tokens": 100,
            "completion_tokens": 20,
            "total_tokens": 120,
        }
    return completion
