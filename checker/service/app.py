"""The ASGI app: ``create_app(limits, api_keys) -> Starlette``.

Routes (the OpenAPI document, :mod:`checker.service.openapi`, describes each one, and
tests/test_service.py holds the two to each other):

* ``POST /v1/check`` — a draft as multipart (``file``) or JSON (``text``, ``filename``), the
  options of ``draftcheck check``; answers the ``--format json`` document plus ``verdict``
  (``pass``/``fail`` at ``fail_on``), or with ``?format=`` / ``Accept`` the HTML page, SARIF, or
  the reviewed .docx copy (a .docx draft only).
* ``GET /v1/rules``, ``GET /v1/rules/{code}``, ``GET /v1/profiles``, ``GET /healthz``,
  ``GET /metrics`` (Prometheus text, a registry of this app's own), ``GET /openapi.json``, ``GET /``.

Safe by default: every check runs in a bounded pool of worker processes behind a bounded
queue (503 with ``Retry-After`` beyond it); the body is read in memory up to the size limit
and no further (413); the CLI's time budget per file (422) and a backstop past it (504);
optional API keys (401); errors are ``{"error": {"code", "message_vi", "message_en"}}``. Nothing
uploaded is written anywhere or logged: the log says method, route, status and time.
"""
from __future__ import annotations

import asyncio
import logging
import multiprocessing
import time
import urllib.parse
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import field
from typing import Callable

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from ..records import record
from .. import __version__
from . import page
from .forms import BodyError, parse_json, parse_multipart, read_limited
from .limits import Admission, ApiKeys, Limits, presented_key
from .messages import error_body, split_bilingual, status_of
from .options import FORMATS, display_name, merged, settings_from
from .worker import CheckRequest, CheckResult, base_rules, check_upload, init_worker, ping

log = logging.getLogger("draftcheck.service")

MEDIA = {"json": "application/json", "html": "text/html; charset=utf-8", "sarif": "application/sarif+json",
         "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
ACCEPT = {"application/json": "json", "text/html": "html", "application/sarif+json": "sarif",
          MEDIA["docx"]: "docx"}
SECURITY_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
                    "Cache-Control": "no-store", "X-Frame-Options": "DENY"}
LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)


class Metrics:
    """The app's own Prometheus registry (never the global one: several apps, one process)."""

    def __init__(self, registry: CollectorRegistry | None = None):
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self.requests = Counter("draftcheck_requests", "HTTP requests answered", ["route", "method", "status"],
                                registry=r)
        self.latency = Histogram("draftcheck_request_duration_seconds", "Time to answer a request", ["route"],
                                 buckets=LATENCY_BUCKETS, registry=r)
        self.rejections = Counter("draftcheck_rejections", "Requests refused before or instead of a check",
                                  ["reason"], registry=r)
        self.checks = Counter("draftcheck_checks", "Drafts checked", ["verdict", "format"], registry=r)
        self.check_time = Histogram("draftcheck_check_duration_seconds", "Time of a check in a worker (queue "
                                    "included)", buckets=LATENCY_BUCKETS, registry=r)
        self.in_flight = Gauge("draftcheck_checks_in_flight", "Checks running or waiting for a worker",
                               registry=r)
        self.capacity = Gauge("draftcheck_checks_capacity", "Workers plus queue places", registry=r)


@record
class Service:
    """What one app holds: its limits, keys, pool, admission and metrics."""

    limits: Limits = field(default_factory=Limits)
    api_keys: ApiKeys = field(default_factory=ApiKeys)
    executor: Executor | None = None
    check: Callable[[CheckRequest], CheckResult] = check_upload
    admission: Admission | None = None
    metrics: Metrics = field(default_factory=Metrics)
    own_executor: bool = False

    def __post_init__(self):
        if self.admission is None:
            self.admission = Admission(self.limits.workers, self.limits.queue)
        self.metrics.capacity.set(self.admission.capacity)

    def pool(self) -> Executor:
        if self.executor is None:
            # spawn, not fork: the server's threads and event loop are not copied into workers
            self.executor = ProcessPoolExecutor(max_workers=max(1, self.limits.workers),
                                                mp_context=multiprocessing.get_context("spawn"),
                                                initializer=init_worker, initargs=(self.limits.max_memory,))
            self.own_executor = True
        return self.executor

    def warm(self) -> None:
        """Start the worker processes now (a spawned worker loads the rule set once), so that
        the first reviewer does not wait for them."""
        if self.executor is None:
            pool = self.pool()
            for _ in range(max(1, self.limits.workers)):
                pool.submit(ping)

    def close(self) -> None:
        if self.executor is not None and self.own_executor:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = None

    def discard(self, pool: Executor) -> None:
        """A pool found broken is dropped (the next check starts a new one); a pool started since
        by another request is left alone."""
        if pool is self.executor:
            self.close()


def error(code: str, detail_vi: str = "", detail_en: str = "", headers: dict | None = None) -> JSONResponse:
    return JSONResponse(error_body(code, detail_vi, detail_en), status_code=status_of(code), headers=headers)


def _body_error(e: BodyError) -> JSONResponse:
    return error(e.code, e.detail_vi, e.detail_en)


def _service(request: Request) -> Service:
    return request.app.state.service


def _authorized(request: Request) -> bool:
    return _service(request).api_keys.accepts(presented_key(request.headers))


def _unauthorized(request: Request) -> JSONResponse:
    _service(request).metrics.rejections.labels("unauthorized").inc()
    return error("unauthorized", headers={"WWW-Authenticate": 'Bearer realm="draftcheck"'})


def _lang(request: Request) -> str:
    return "en" if request.query_params.get("lang") == "en" else "vi"


# ----------------------------------------------------------------------------- read-only routes
def _rule_summary(rule, lang: str) -> dict:
    return {"code": rule.code, "name": rule.name, "title": rule.title_in(lang), "summary": rule.summary_in(lang),
            "category": rule.category, "severity": rule.severity, "kind": rule.kind}


async def rules_index(request: Request):
    if not _authorized(request):
        return _unauthorized(request)
    lang = _lang(request)
    return JSONResponse({"rules": [_rule_summary(r, lang) for r in base_rules().rules]})


async def rule_detail(request: Request):
    if not _authorized(request):
        return _unauthorized(request)
    lang = _lang(request)
    code = request.path_params["code"]
    rs = base_rules()
    rule = rs.by_code(code.upper()) or next((r for r in rs.rules if r.name == code), None)
    if rule is None:
        return error("rule_not_found", f"'{code[:40]}'", f"'{code[:40]}'")
    out = _rule_summary(rule, lang)
    out.update(message=rule.message.get(lang) or rule.message["vi"],
               suggestion=rule.suggestion.get(lang) or rule.suggestion.get("vi") or "",
               description=rule.description.strip(),
               examples={"reported": [" ".join(c.text.split()) for c in rule.cases if c.fire],
                         "not_reported": [" ".join(c.text.split()) for c in rule.cases if not c.fire]})
    return JSONResponse(out)


def _profiles():
    from ..profiles import load_profiles

    return load_profiles()


def _section(s) -> dict:
    return {"id": s.id, "title": s.title, "title_en": s.title_en, "required": s.required,
            "children": [_section(c) for c in s.children]}


async def profiles_index(request: Request):
    if not _authorized(request):
        return _unauthorized(request)
    out = []
    for p in _profiles():
        out.append({"name": p.name, "kind": p.kind, "title": p.title, "description": p.description,
                    "types": list(p.types), "year_from": p.year_from, "year_to": p.year_to,
                    "sections": [_section(s) for s in p.sections],
                    "components": [{"id": c.id, "name": c.name, "name_en": c.name_en} for c in p.components]})
    return JSONResponse({"profiles": out})


async def healthz(request: Request):
    svc = _service(request)
    return JSONResponse({"status": "ok", "version": __version__, "workers": svc.limits.workers,
                         "queue": svc.limits.queue, "in_flight": svc.admission.in_flight})


async def metrics(request: Request):
    if not _authorized(request):
        return _unauthorized(request)
    return Response(generate_latest(_service(request).metrics.registry), media_type=CONTENT_TYPE_LATEST)


async def openapi(request: Request):
    from .openapi import document

    return JSONResponse(document(_service(request)))


async def home(request: Request):
    lang = _lang(request)
    profiles = [(p.name, p.title) for p in _profiles() if p.kind == "outline"]
    text = page.render(lang, profiles, _service(request).api_keys.required)
    return HTMLResponse(text, headers={"Content-Security-Policy": page.CSP})


# ----------------------------------------------------------------------------- the check
def _wanted_format(request: Request) -> str | None:
    """``?format=`` when given, else the first type of ``Accept`` (by q) that is answered; json
    when Accept is absent or takes anything. None: nothing acceptable (406)."""
    fmt = request.query_params.get("format")
    if fmt is not None:
        if fmt not in FORMATS:
            raise BodyError("bad_option", f"'format' phải là {', '.join(FORMATS)}", f"'format' must be one of "
                            f"{', '.join(FORMATS)}")
        return fmt
    accept = request.headers.get("accept", "").strip()
    if not accept:
        return "json"
    ranked = []
    for i, part in enumerate(accept.split(",")):
        media, *params = [x.strip() for x in part.split(";")]
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        if q > 0:
            ranked.append((-q, i, media.lower()))
    for _, _, media in sorted(ranked):
        if media in ACCEPT:
            return ACCEPT[media]
        if media in ("*/*", "application/*"):
            return "json"
    return None


async def _read_upload(request: Request, limits: Limits):
    ctype = request.headers.get("content-type", "")
    kind = ctype.split(";", 1)[0].strip().lower()
    if kind not in ("multipart/form-data", "application/json"):
        raise BodyError("unsupported_media_type")
    try:
        body = await read_limited(request, limits.max_body)
    except ClientDisconnect:
        raise BodyError("incomplete_body") from None
    upload = parse_json(body) if kind == "application/json" else parse_multipart(body, ctype)
    if upload.data is None:
        raise BodyError("missing_input")
    if kind == "application/json" and upload.filename and upload.filename.lower().endswith(".docx"):
        raise BodyError("unsupported_filename", "JSON chỉ mang văn bản (.txt, .md); gửi .docx bằng multipart",
                        "JSON carries text (.txt, .md); send a .docx as multipart")
    if len(upload.data) > limits.max_bytes:
        raise BodyError("too_large", f"hơn {limits.max_bytes:,} byte".replace(",", "."),
                        f"more than {limits.max_bytes:,} bytes")
    return upload


def _ascii_name(name: str) -> str:
    return "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_.") else "_" for ch in name) or "da-kiem-tra.docx"


async def check(request: Request):
    svc = _service(request)
    if not _authorized(request):
        return _unauthorized(request)
    limits = svc.limits
    if svc.admission.full():  # shed load before reading a body that could not be checked anyway
        svc.metrics.rejections.labels("queue_full").inc()
        return error("queue_full", headers={"Retry-After": str(limits.retry_after)})
    try:
        fmt = _wanted_format(request)
        if fmt is None:
            svc.metrics.rejections.labels("not_acceptable").inc()
            return error("not_acceptable")
        upload = await _read_upload(request, limits)
        opts = merged(request.query_params, upload.fields)
        opts.pop("format", None)
        name = display_name(upload.filename)
        settings = settings_from(opts, base_rules(), [p.name for p in _profiles()])
        if fmt == "docx" and not name.lower().endswith(".docx"):
            raise BodyError("format_unavailable")
    except BodyError as e:
        svc.metrics.rejections.labels(e.code).inc()
        return _body_error(e)
    if not svc.admission.try_enter():
        svc.metrics.rejections.labels("queue_full").inc()
        return error("queue_full", headers={"Retry-After": str(limits.retry_after)})
    svc.metrics.in_flight.inc()
    started = time.perf_counter()
    req = CheckRequest(data=upload.data, name=name, settings=settings, fmt=fmt, timeout=limits.timeout,
                       max_bytes=limits.max_bytes)
    del upload
    pool = svc.pool()
    try:
        future = pool.submit(svc.check, req)
    except (BrokenProcessPool, RuntimeError):
        svc.discard(pool)
        _release(svc)
        log.error("check pool unavailable; restarting it")
        return error("internal_error")
    future.add_done_callback(lambda _f: _release(svc))  # the place is free when the work is, not before
    backstop = limits.timeout + limits.grace if limits.timeout else None
    try:
        result: CheckResult = await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(future)), backstop)
    except asyncio.TimeoutError:
        svc.metrics.rejections.labels("check_timeout").inc()
        log.warning("check exceeded its budget and the grace period")
        return error("check_timeout")
    except BrokenProcessPool:
        svc.discard(pool)
        log.error("a check worker died; the pool is restarted")
        return error("internal_error")
    except Exception as e:  # noqa: BLE001 - a failing check is this request's 500, never the server's
        log.error("check failed: %s", type(e).__name__)  # the type only: a message may quote the draft
        return error("internal_error")
    finally:
        svc.metrics.check_time.observe(time.perf_counter() - started)
    if result.error:
        svc.metrics.rejections.labels(result.error).inc()
        vi, en = split_bilingual(result.message)
        return error(result.error, vi, en)
    svc.metrics.checks.labels(result.verdict, fmt).inc()
    info = {"X-Draftcheck-Verdict": result.verdict, "X-Draftcheck-Findings": str(result.findings)}
    if fmt == "json":
        return Response(result.body, media_type=MEDIA["json"], headers=info)
    if fmt == "html":
        return Response(result.body, media_type=MEDIA["html"],
                        headers={**info, "Content-Security-Policy": page.REPORT_CSP, "X-Frame-Options": "SAMEORIGIN"})
    if fmt == "sarif":
        return Response(result.body, media_type=MEDIA["sarif"], headers=info)
    from ..reporters.docx_review import target_name

    target = target_name(name)
    disposition = (f'attachment; filename="{_ascii_name(target)}"; '
                   f"filename*=UTF-8''{urllib.parse.quote(target)}")
    return Response(result.body, media_type=MEDIA["docx"],
                    headers={**info, "X-Draftcheck-Comments": str(result.comments), "Content-Disposition": disposition})


def _release(svc: Service) -> None:
    svc.admission.leave()
    svc.metrics.in_flight.dec()


# ----------------------------------------------------------------------------- errors, logging, metrics
async def not_found(request: Request, exc):
    return error("not_found")


async def http_error(request: Request, exc: HTTPException):
    if exc.status_code == 405:
        return error("method_not_allowed", headers=dict(exc.headers or {}))
    if exc.status_code == 404:
        return error("not_found")
    return JSONResponse(error_body("bad_option" if exc.status_code == 400 else "internal_error"),
                        status_code=exc.status_code)


async def server_error(request: Request, exc: Exception):
    log.error("internal error: %s", type(exc).__name__)  # the type only: a message may quote the draft
    return error("internal_error")


ROUTES = [
    Route("/", home, methods=["GET"], name="home"),
    Route("/v1/check", check, methods=["POST"], name="check"),
    Route("/v1/rules", rules_index, methods=["GET"], name="rules"),
    Route("/v1/rules/{code}", rule_detail, methods=["GET"], name="rule"),
    Route("/v1/profiles", profiles_index, methods=["GET"], name="profiles"),
    Route("/healthz", healthz, methods=["GET"], name="healthz"),
    Route("/metrics", metrics, methods=["GET"], name="metrics"),
    Route("/openapi.json", openapi, methods=["GET"], name="openapi"),
]


class Instrument:
    """ASGI middleware: security headers on every answer; per-route counts and latency; one log
    line a request (method, route template, status, milliseconds: never a body, a file name or
    a query string)."""

    def __init__(self, app, service: Service):
        self.app, self.service = app, service

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        status = {"code": 500}

        async def send_wrapped(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                for k, v in SECURITY_HEADERS.items():
                    if k.lower().encode() not in present:
                        headers.append((k.lower().encode(), v.encode()))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_wrapped)
        finally:
            route = _route_of(scope)
            elapsed = time.perf_counter() - started
            m = self.service.metrics
            m.requests.labels(route, scope.get("method", ""), str(status["code"])).inc()
            m.latency.labels(route).observe(elapsed)
            log.info("%s %s %d %.0f ms", scope.get("method", ""), route, status["code"], elapsed * 1000)


def _route_of(scope) -> str:
    from starlette.routing import Match

    for route in ROUTES:
        match, _ = route.matches({**scope, "method": "GET"} if scope.get("method") == "HEAD" else scope)
        if match != Match.NONE:
            return route.path
    return "other"


def create_app(limits: Limits | None = None, api_keys: ApiKeys | None = None, *, executor: Executor | None = None,
               check_fn: Callable[[CheckRequest], CheckResult] | None = None,
               admission: Admission | None = None) -> Starlette:
    """The service. ``executor``: where checks run (default: a spawned ProcessPoolExecutor of
    ``limits.workers`` processes, made at the first check); ``check_fn``: what runs there
    (default :func:`checker.service.worker.check_upload`); ``admission``: the bound on checks
    at once. All three are for tests and embedding; the defaults are the service."""
    import contextlib

    service = Service(limits=limits or Limits(), api_keys=api_keys or ApiKeys(), executor=executor,
                      check=check_fn or check_upload, admission=admission)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        base_rules()
        service.warm()
        try:
            yield
        finally:
            service.close()

    from starlette.middleware import Middleware

    app = Starlette(routes=ROUTES, lifespan=lifespan, middleware=[Middleware(Instrument, service=service)],
                    exception_handlers={404: not_found, HTTPException: http_error, Exception: server_error})
    app.state.service = service
    return app


ENV_PREFIX = "DRAFTCHECK_SERVICE_"


def app_from_env() -> Starlette:
    """A factory for ``uvicorn --factory checker.service.app:app_from_env`` (several uvicorn
    workers, or any ASGI server): the limits from ``DRAFTCHECK_SERVICE_MAX_BYTES``, ``_TIMEOUT``,
    ``_WORKERS``, ``_QUEUE``, ``_MAX_MEMORY`` and the keys from ``_API_KEY_FILE``."""
    import os

    from ..extract.reader import parse_size

    env = os.environ
    d = Limits()
    limits = Limits(max_bytes=parse_size(env.get(ENV_PREFIX + "MAX_BYTES", str(d.max_bytes))),
                    timeout=float(env.get(ENV_PREFIX + "TIMEOUT", d.timeout)),
                    workers=int(env.get(ENV_PREFIX + "WORKERS", d.workers)),
                    queue=int(env.get(ENV_PREFIX + "QUEUE", d.queue)),
                    max_memory=parse_size(env.get(ENV_PREFIX + "MAX_MEMORY", str(d.max_memory))))
    key_file = env.get(ENV_PREFIX + "API_KEY_FILE")
    return create_app(limits, ApiKeys.from_file(key_file) if key_file else ApiKeys())

