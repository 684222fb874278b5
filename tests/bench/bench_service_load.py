"""Load test of ``draftcheck serve`` on loopback (a script, never collected by pytest).

Starts the real server (``python -m checker serve`` under uvicorn, 127.0.0.1, a free port) and
drives it with concurrent clients (asyncio + httpx) posting a mix of drafts: the reference draft
as .txt and as .docx, and the annotated samples (.md). Two phases, each bounded in time, then the
server is stopped:

0. **single**: one client, one draft at a time (8 s): the time of one check, no queueing;
1. **throughput**: ``--clients`` clients (50) for ``--seconds`` (20) against ``--workers`` worker
   processes (1) with a queue large enough for every client: p50/p95/p99 latency (queueing
   included), requests a second, errors;
2. **overload**: the same clients against a queue of ``--small-queue`` (2): the places beyond
   workers + queue are answered 503 with ``Retry-After`` at once, the admitted checks succeed.

The resident memory of the server and of its worker processes is sampled every half second
across each phase (it should stay flat). Only 127.0.0.1 is ever contacted.

    python tests/bench/bench_service_load.py [--clients 50] [--seconds 20] [--workers 1] [--json out.json]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
SEED = ROOT / "tests" / "corpus" / "docs" / "tiengiang-cchc-4thang-2020.txt"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def drafts(folder: Path) -> list[tuple[str, bytes, str]]:
    from fixtures_docx import text_to_docx

    docx = text_to_docx(SEED.read_text(encoding="utf-8"), folder / "tiengiang.docx").read_bytes()
    out = [("tiengiang.txt", SEED.read_bytes(), "text/plain"), ("tiengiang.docx", docx, DOCX_TYPE)]
    for sample in sorted((ROOT / "samples").glob("*.md"))[:4]:
        out.append((sample.name, sample.read_bytes(), "text/markdown"))
    return out


def rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry.name))
    return out


class Sampler(threading.Thread):
    """RSS of the server process and the sum of its workers', every ``every`` seconds."""

    def __init__(self, pid: int, every: float = 0.5):
        super().__init__(daemon=True)
        self.pid, self.every, self.samples, self.stop = pid, every, [], threading.Event()

    def run(self):
        while not self.stop.is_set():
            kids = children(self.pid)
            self.samples.append((time.monotonic(), rss_kb(self.pid), sum(rss_kb(k) for k in kids), len(kids)))
            self.stop.wait(self.every)

    def summary(self) -> dict:
        if not self.samples:
            return {}
        server = [s[1] for s in self.samples]
        workers = [s[2] for s in self.samples]
        third = max(1, len(self.samples) // 3)
        return {"server_mb_first": round(server[0] / 1024, 1), "server_mb_last": round(server[-1] / 1024, 1),
                "server_mb_max": round(max(server) / 1024, 1),
                "workers_mb_first_third_mean": round(statistics.mean(workers[:third]) / 1024, 1),
                "workers_mb_last_third_mean": round(statistics.mean(workers[-third:]) / 1024, 1),
                "workers_mb_max": round(max(workers) / 1024, 1), "worker_processes": self.samples[-1][3],
                # the workers' RSS at each tenth of the phase: flat, or still growing?
                "workers_mb_timeline": [round(workers[min(len(workers) - 1, i * len(workers) // 10)] / 1024, 1)
                                        for i in range(1, 11)]}


def start_server(workers: int, queue: int, log: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    fh = open(log, "wb")
    proc = subprocess.Popen([sys.executable, "-m", "checker", "serve", "--host", "127.0.0.1", "--port", str(port),
                             "--workers", str(workers), "--queue", str(queue)], cwd=ROOT, stdout=fh, stderr=fh)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=2) as r:
                if r.status == 200:
                    return proc, base
        except OSError:
            time.sleep(0.2)
        if proc.poll() is not None:
            break
    proc.kill()
    raise SystemExit(f"server did not start; see {log}")


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)


async def client(i: int, base: str, docs, until: float, results: list, http: httpx.AsyncClient,
                 backoff: float) -> None:
    k = i
    while time.monotonic() < until:
        name, data, ctype = docs[k % len(docs)]
        k += 1
        started = time.perf_counter()
        try:
            r = await http.post(base + "/v1/check", files={"file": (name, data, ctype)})
            status = r.status_code
            ok = status == 200 and r.json().get("verdict") in ("pass", "fail")
            retry = r.headers.get("retry-after")
        except httpx.HTTPError as e:
            status, ok, retry = type(e).__name__, False, None
        results.append((time.perf_counter() - started, status, ok, name.rsplit(".", 1)[1], retry))
        if status == 503:
            await asyncio.sleep(backoff)


async def drive(base: str, docs, clients: int, seconds: float, backoff: float) -> tuple[list, float]:
    results: list = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(timeout=120, limits=limits) as http:
        started = time.monotonic()
        until = started + seconds
        await asyncio.gather(*(client(i, base, docs, until, results, http, backoff) for i in range(clients)))
        return results, time.monotonic() - started


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[k]


def report(name: str, results: list, elapsed: float, rss: dict) -> dict:
    ok = [r for r in results if r[2]]
    lat = [r[0] * 1000 for r in ok]
    by_status: dict = {}
    for r in results:
        by_status[str(r[1])] = by_status.get(str(r[1]), 0) + 1
    rejected = [r for r in results if r[1] == 503]
    out = {
        "phase": name, "requests": len(results), "ok": len(ok), "elapsed_s": round(elapsed, 1),
        "throughput_rps": round(len(ok) / elapsed, 2), "by_status": by_status,
        "errors": len(results) - len(ok) - len(rejected), "rejected_503": len(rejected),
        "rejected_with_retry_after": sum(1 for r in rejected if r[4]),
        "latency_ms": {"p50": round(pct(lat, 50)), "p95": round(pct(lat, 95)), "p99": round(pct(lat, 99)),
                       "max": round(max(lat)) if lat else None},
        "latency_ms_503": {"p50": round(pct([r[0] * 1000 for r in rejected], 50)) if rejected else None,
                           "p99": round(pct([r[0] * 1000 for r in rejected], 99)) if rejected else None},
        "by_kind": {kind: sum(1 for r in ok if r[3] == kind) for kind in ("txt", "docx", "md")},
        "latency_ms_p50_by_kind": {kind: round(pct([r[0] * 1000 for r in ok if r[3] == kind], 50))
                                   for kind in ("txt", "docx", "md") if any(r[3] == kind for r in ok)},
        "rss": rss,
    }
    print(f"\n== {name} ==")
    print(f"  {out['ok']} checked in {out['elapsed_s']} s: {out['throughput_rps']} drafts/s "
          f"({out['by_kind']})")
    print(f"  latency p50 {out['latency_ms']['p50']} ms, p95 {out['latency_ms']['p95']} ms, "
          f"p99 {out['latency_ms']['p99']} ms, max {out['latency_ms']['max']} ms")
    print(f"  p50 by kind: {out['latency_ms_p50_by_kind']} ms")
    print(f"  statuses {by_status}; errors (not 200, not 503): {out['errors']}")
    if rejected:
        print(f"  503: {len(rejected)} ({out['rejected_with_retry_after']} with Retry-After), answered in "
              f"p50 {out['latency_ms_503']['p50']} ms / p99 {out['latency_ms_503']['p99']} ms")
    print(f"  RSS server {rss.get('server_mb_first')} → {rss.get('server_mb_last')} MB (max "
          f"{rss.get('server_mb_max')}); workers {rss.get('workers_mb_first_third_mean')} → "
          f"{rss.get('workers_mb_last_third_mean')} MB (max {rss.get('workers_mb_max')}, "
          f"{rss.get('worker_processes')} child processes: the pool's and multiprocessing's resource tracker)")
    print(f"  workers RSS by tenth of the phase: {rss.get('workers_mb_timeline')} MB")
    return out


def server_side(log: Path) -> dict:
    """The server's own time per answer, from its log lines (``POST /v1/check 503 0 ms``): what
    the clients measure beyond it is the machine's contention and the client's own work."""
    import re

    times: dict = {}
    for m in re.finditer(r"POST /v1/check (\d{3}) (\d+) ms", log.read_text(errors="replace")):
        times.setdefault(m.group(1), []).append(int(m.group(2)))
    return {status: {"n": len(v), "p50": pct(v, 50), "p99": pct(v, 99)} for status, v in sorted(times.items())}


def phase(name: str, docs, workers: int, queue: int, clients: int, seconds: float, backoff: float,
          folder: Path) -> dict:
    log = folder / f"{name}.log"
    proc, base = start_server(workers, queue, log)
    try:
        # one request of each draft first: the worker has read its rule set; the figures are warm
        asyncio.run(drive(base, docs[:1], 1, 0.1, backoff))
        sampler = Sampler(proc.pid)
        sampler.start()
        results, elapsed = asyncio.run(drive(base, docs, clients, seconds, backoff))
        sampler.stop.set()
        sampler.join()
        out = report(name, results, elapsed, sampler.summary())
    finally:
        stop_server(proc)
    out["server_side_ms"] = server_side(log)
    print(f"  server's own time by status (ms): {out['server_side_ms']}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--workers", type=int, default=1, help="worker processes of the server (default 1)")
    ap.add_argument("--small-queue", type=int, default=2, help="queue of the overload phase")
    ap.add_argument("--overload-seconds", type=float, default=10.0)
    ap.add_argument("--backoff", type=float, default=0.5, help="a client's pause after a 503 (below the 2 s of Retry-After)")
    ap.add_argument("--json", default=None, help="write the figures to this file")
    args = ap.parse_args()
    args.seconds = min(args.seconds, 120.0)  # bounded whatever is asked
    args.overload_seconds = min(args.overload_seconds, 60.0)
    args.clients = min(args.clients, 500)
    print(f"python {platform.python_version()}, {os.cpu_count()} CPUs, {platform.machine()} {platform.system()}; "
          f"{args.clients} clients, {args.workers} worker(s)")
    with tempfile.TemporaryDirectory(prefix="draftcheck-load-") as tmp:
        folder = Path(tmp)
        docs = drafts(folder)
        print("drafts: " + ", ".join(f"{n} ({len(d) // 1024} KB)" for n, d, _ in docs))
        out = {"clients": args.clients, "workers": args.workers, "cpus": os.cpu_count(),
               "python": platform.python_version()}
        # one client, one request at a time: the time of one check, no queueing
        out["single"] = phase("single", docs, args.workers, 4, 1, min(args.seconds, 8.0), args.backoff, folder)
        out["throughput"] = phase("throughput", docs, args.workers, args.clients + 14, args.clients,
                                  args.seconds, args.backoff, folder)
        out["overload"] = phase("overload", docs, args.workers, args.small_queue, args.clients,
                                args.overload_seconds, args.backoff, folder)
    o = out["overload"]
    assert o["rejected_503"] > 0 and o["rejected_503"] == o["rejected_with_retry_after"], "the queue limit answers 503"
    assert out["throughput"]["errors"] == 0 and o["errors"] == 0, "no error but the 503s"
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
