"""A loopback OpenAI-compatible chat server that records every request.

Tests choose its answer: a JSON document, invalid JSON, or an HTTP error.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Answer = Callable[[dict[str, Any]], tuple[int, str]]


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
    _server: ThreadingHTTPServer | None = None

    @property
    def base_url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def __enter__(self) -> FakeOpenAIServer:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                return

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                request = json.loads(self.rfile.read(length) or b"{}")
                fake.requests.append(request)
                status, content = fake.answer(request)
                if status != 200:
                    body = json.dumps({"error": {"message": content, "type": "fake"}})
                else:
                    body = json.dumps(_completion(request, content))
                data = body.encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._server is not None
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


def _completion(request: dict[str, Any], content: str) -> dict[str, Any]:
    return {
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
        "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
    }
