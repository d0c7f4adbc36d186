"""A cheap readiness probe of the configured chat-model endpoint.

One `GET {base_url}/models` with the key and a short timeout: it costs no
tokens and every OpenAI-compatible server (OpenAI, vLLM, Ollama, llama.cpp)
answers it. The key is sent only in the request header; neither the key nor
the server's answer is logged or returned.
"""

from __future__ import annotations

import logging

import httpx

from copilot.settings import Settings

__all__ = ["OPENAI_BASE_URL", "probe_model"]

logger = logging.getLogger(__name__)

# Where the OpenAI client goes when only a key is configured.
OPENAI_BASE_URL = "https://api.openai.com/v1"
_MAX_TIMEOUT_S = 3.0


async def probe_model(settings: Settings) -> str:
    """`offline`, `ok`, or `unreachable: <why>` (an error class or HTTP status).

    `offline`: no model configured; the deterministic narrator is always
    ready. `unreachable` is a degraded state, not a failure: jobs fall back
    to the offline narrator and say so.
    """
    if not settings.has_llm:
        return "offline"
    base_url = settings.llm_base_url or OPENAI_BASE_URL
    headers = {}
    if settings.llm_api_key is not None:
        headers["Authorization"] = f"Bearer {settings.llm_api_key.get_secret_value()}"
    timeout = min(settings.llm_timeout_s, _MAX_TIMEOUT_S)
    try:
        async with httpx.AsyncClient(timeout=timeout) as client:
            response = await client.get(f"{base_url}/models", headers=headers)
    except httpx.HTTPError as exc:
        return _unreachable(type(exc).__name__)
    if response.status_code in (401, 403) or response.status_code >= 500:
        return _unreachable(f"HTTP {response.status_code}")
    # 404 and friends: the server answers, it just lists no models there
    # (some gateways); a chat call can still succeed.
    return "ok"


def _unreachable(why: str) -> str:
    logger.warning("model endpoint not usable (%s); offline narrator in use", why)
    return f"unreachable: {why}"
