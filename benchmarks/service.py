"""Drive concurrent clients at the triage and webhook endpoints on loopback.

    python -m benchmarks.service [--clients 50] [--seconds 10]
                                 [--only triage|webhook] [--json]

Starts the API with uvicorn on 127.0.0.1 (offline triage, a temporary data
folder, webhook jobs accepted but not run), then for a bounded time keeps
`--clients` connections busy, half on `POST /v1/triage`, half on
`POST /v1/webhooks/odoo`. Triage texts are the product's labelled test
tickets (`evals/triage/data`), each client starting at its own place, so
lengths and contents vary as in a helpdesk. Reports throughput,
p50/p95/p99 latency and errors per endpoint.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import statistics
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from pydantic import SecretStr

from api import create_app
from api.jobs import WebhookJob
from copilot.settings import Settings
from copilot.store import ApiKeyRegistry
from copilot.wiring import build_store
from evals.triage.proxies import PRODUCT_TEST

_SECRET = "bench-secret"


def _texts() -> list[str]:
    """The labelled test tickets' texts, in file order."""
    with PRODUCT_TEST.open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines if line.strip()]


class _AcceptingQueue:
    def submit(self, job: WebhookJob) -> None:
        """Jobs are accepted, not run: the benchmark measures the endpoint."""


def _serve(data_dir: Path, ready: Any) -> None:
    """The server process: the API on a free loopback port, reported on `ready`."""
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=data_dir,
        webhook_secret=SecretStr(_SECRET),
        use_ner=False,
    )
    app = create_app(settings)
    # Set as the process's queue, not as a dependency override: overrides
    # make FastAPI re-inspect every dependency on every request.
    app.state.job_queue = _AcceptingQueue()
    _, token = ApiKeyRegistry(build_store(settings)).create("helpdesk")
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning")
    )

    def report_port() -> None:
        while not server.started:
            time.sleep(0.05)
        port = server.servers[0].sockets[0].getsockname()[1]
        ready.put((f"http://127.0.0.1:{port}", token))

    threading.Thread(target=report_port, daemon=True).start()
    server.run()


async def _client(
    base: str,
    token: str,
    texts: list[str],
    until: float,
    out: dict[str, Any],
) -> None:
    """One closed-loop client; triage if given texts, webhooks otherwise."""
    name = "triage" if texts else "webhook"
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        n = 0
        while time.perf_counter() < until:
            started = time.perf_counter()
            try:
                if texts:
                    response = await client.post(
                        "/v1/triage",
                        json={"text": texts[n % len(texts)]},
                        headers={"Authorization": f"Bearer {token}"},
                    )
                else:
                    response = await client.post(
                        "/v1/webhooks/odoo",
                        params={"secret": _SECRET},
                        json={"_model": "helpdesk.ticket", "_id": 1 + n % 40},
                    )
                ok = response.status_code < 400
            except httpx.HTTPError:
                ok = False
            out[name]["latencies"].append(time.perf_counter() - started)
            out[name]["errors"] += 0 if ok else 1
            n += 1


def _is_triage(index: int, only: str | None) -> bool:
    """Half the clients on each endpoint, unless `--only` picks one."""
    return only == "triage" if only else index % 2 == 0


def _summary(latencies: list[float], errors: int, seconds: float) -> dict[str, Any]:
    if len(latencies) < 2:
        return {"requests": len(latencies), "errors": errors}
    cuts = statistics.quantiles(latencies, n=100)
    return {
        "requests": len(latencies),
        "errors": errors,
        "throughput_rps": round(len(latencies) / seconds, 1),
        "p50_ms": round(cuts[49] * 1000, 1),
        "p95_ms": round(cuts[94] * 1000, 1),
        "p99_ms": round(cuts[98] * 1000, 1),
    }


def run(clients: int, seconds: float, only: str | None = None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        ready: Any = multiprocessing.Queue()
        # The server runs in its own process so the clients' event loop does
        # not share its interpreter lock.
        server = multiprocessing.Process(
            target=_serve, args=(Path(folder), ready), daemon=True
        )
        server.start()
        base, token = ready.get(timeout=60)
        # Warm-up: the first triage trains (or loads) the offline model.
        httpx.post(
            f"{base}/v1/triage",
            json={"text": "warm up"},
            headers={"Authorization": f"Bearer {token}"},
            timeout=120,
        ).raise_for_status()
        out: dict[str, Any] = {
            name: {"latencies": [], "errors": 0} for name in ("triage", "webhook")
        }
        until = time.perf_counter() + seconds
        texts = _texts()
        step = max(1, len(texts) // max(1, clients))

        def texts_for(i: int) -> list[str]:
            if not _is_triage(i, only):
                return []
            return texts[i * step :] + texts[: i * step]

        async def main() -> None:
            await asyncio.gather(
                *(
                    _client(base, token, texts_for(i), until, out)
                    for i in range(clients)
                )
            )

        asyncio.run(main())
        server.terminate()
        server.join(10)
    return {
        "clients": clients,
        "seconds": seconds,
        **{
            name: _summary(v["latencies"], v["errors"], seconds)
            for name, v in out.items()
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--only", choices=["triage", "webhook"])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    report = run(args.clients, args.seconds, args.only)
    if args.json:
        print(json.dumps(report, indent=2))
        return
    for name in ("triage", "webhook"):
        print(name, report[name])


if __name__ == "__main__":
    main()
