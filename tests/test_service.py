"""``draftcheck serve`` in process (Starlette's TestClient): every endpoint and every error path,
the same JSON as ``draftcheck check --format json``, the bounds (size, time, queue, keys), and
that nothing uploaded is written to disk or logged."""
from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
import threading
import time
import warnings
import zipfile
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from pathlib import Path

import pytest

pytest.importorskip("starlette", reason="the service extra is not installed")
pytest.importorskip("httpx", reason="httpx is not installed")

from click.testing import CliRunner  # noqa: E402

with warnings.catch_warnings():  # starlette 1.x prefers httpx2 to httpx for its test client
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient  # noqa: E402

from checker.cli import cli  # noqa: E402
from checker.service import missing_dependencies  # noqa: E402
from checker.service.app import ROUTES, create_app  # noqa: E402
from checker.service.limits import Admission, ApiKeys, Limits  # noqa: E402
from checker.service.messages import ERRORS, split_bilingual  # noqa: E402
from checker.service.worker import CheckResult, check_upload  # noqa: E402

from fixtures_docx import text_to_docx  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx`")
ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "corpus" / "docs" / "tiengiang-cchc-4thang-2020.txt"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
SMALL_LIMIT = 300_000


def client_for(app) -> TestClient:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return TestClient(app)


@pytest.fixture(scope="module")
def app():
    """The real service: a spawned process pool of one worker, a queue of four."""
    application = create_app(Limits(workers=1, queue=4, timeout=30, max_bytes=SMALL_LIMIT))
    yield application
    application.state.service.close()


@pytest.fixture(scope="module")
def client(app):
    with client_for(app) as c:
        yield c


@pytest.fixture(scope="module")
def seed_docx(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("docx") / "tiengiang.docx"
    return text_to_docx(SEED.read_text(encoding="utf-8"), path).read_bytes()


def assert_error(response, status: int, code: str) -> dict:
    assert response.status_code == status, (response.status_code, response.text[:500])
    assert response.headers["content-type"].startswith("application/json")
    err = response.json()["error"]
    assert err["code"] == code
    assert err["message_vi"] and err["message_en"] and err["message_vi"] != err["message_en"]
    return err


def cli_json(path: Path, *args: str) -> dict:
    res = CliRunner().invoke(cli, ["check", "--no-config", str(path), "--format", "json", *args])
    assert res.exit_code in (0, 1), res.output
    return json.loads(res.stdout)


# ----------------------------------------------------------------------------- read-only endpoints
def test_healthz(client):
    r = client.get("/healthz")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok" and body["workers"] == 1 and body["queue"] == 4 and body["in_flight"] == 0
    assert r.headers["x-content-type-options"] == "nosniff" and r.headers["cache-control"] == "no-store"


def test_rules_in_vietnamese_by_default_and_english_when_asked(client):
    vi = {r["code"]: r for r in client.get("/v1/rules").json()["rules"]}
    en = {r["code"]: r for r in client.get("/v1/rules?lang=en").json()["rules"]}
    assert "AR001" in vi and vi.keys() == en.keys()
    assert vi["AR001"]["title"] == "Tổng khác tổng các thành phần"
    assert en["AR001"]["title"] != vi["AR001"]["title"]


def test_one_rule_and_an_unknown_one(client):
    r = client.get("/v1/rules/ar001")
    assert r.status_code == 200
    rule = r.json()
    assert rule["code"] == "AR001" and rule["examples"]["reported"] and rule["examples"]["not_reported"]
    assert client.get("/v1/rules/total-mismatch").json()["code"] == "AR001"  # by name, as 'explain' takes it
    assert_error(client.get("/v1/rules/ZZ999"), 404, "rule_not_found")


def test_profiles(client):
    profiles = {p["name"]: p for p in client.get("/v1/profiles").json()["profiles"]}
    assert "cchc-2011-2020" in profiles
    assert profiles["cchc-2011-2020"]["sections"], "an outline lists its sections"


def test_unknown_path_and_method_are_json(client):
    assert_error(client.get("/v1/nothing"), 404, "not_found")
    assert_error(client.get("/v1/check"), 405, "method_not_allowed")


def test_openapi_document_matches_the_routes(client, app):
    doc = client.get("/openapi.json").json()
    assert doc["openapi"].startswith("3.1")
    documented = {(path, method.upper()) for path, ops in doc["paths"].items() for method in ops}
    served = {(route.path, method) for route in ROUTES for method in route.methods if method != "HEAD"}
    assert documented == served
    assert {r.path for r in app.routes} == {p for p, _ in served}
    # every error code the service can give is in the Error schema
    assert set(doc["components"]["schemas"]["Error"]["properties"]["error"]["properties"]["code"]["enum"]) == set(ERRORS)
    statuses = set(doc["paths"]["/v1/check"]["post"]["responses"])
    assert {"200", "400", "406", "413", "415", "422", "503", "504"} <= statuses
    assert "401" not in statuses, "no key file: no 401 documented"


def test_metrics_count_requests_latency_and_rejections(app):
    fresh = create_app(Limits(workers=1, queue=0), executor=InlineExecutor())
    with client_for(fresh) as c:
        c.get("/healthz")
        c.post("/v1/check", content=b"x", headers={"content-type": "text/plain"})
        c.post("/v1/check", json={"text": "Tổng 10 hồ sơ, gồm 4 hồ sơ và 5 hồ sơ."})
        text = c.get("/metrics").text
    assert 'draftcheck_requests_total{method="GET",route="/healthz",status="200"} 1.0' in text
    assert 'draftcheck_requests_total{method="POST",route="/v1/check",status="415"} 1.0' in text
    assert 'draftcheck_rejections_total{reason="unsupported_media_type"} 1.0' in text
    assert 'draftcheck_request_duration_seconds_bucket{le="0.01",route="/healthz"}' in text
    assert 'draftcheck_checks_total{format="json",verdict="fail"} 1.0' in text
    # a registry of each app's own: the module's app has not seen these requests
    with client_for(app) as c:
        other = c.get("/metrics").text
    assert 'status="415"' not in other


# ----------------------------------------------------------------------------- the check
def test_json_is_the_cli_document_plus_a_verdict(client, tmp_path):
    path = tmp_path / SEED.name
    path.write_bytes(SEED.read_bytes())
    expected = cli_json(path)
    r = client.post("/v1/check", files={"file": (SEED.name, SEED.read_bytes(), "text/plain")})
    assert r.status_code == 200
    got = r.json()
    assert got["verdict"] == "fail" and got["fail_on"] == "error"
    assert r.headers["x-draftcheck-verdict"] == "fail"
    assert got["version"] == 1 and got["tool"] == expected["tool"]
    expected["files"][0]["path"] = SEED.name
    assert got["files"] == expected["files"]
    assert got["summary"] == expected["summary"] and got["summary"]["findings"] == 15
    assert got["skipped"] == []


def test_json_body_and_the_cli_options(client, tmp_path):
    text = SEED.read_text(encoding="utf-8")
    path = tmp_path / "bao-cao.md"
    path.write_text(text, encoding="utf-8")
    expected = cli_json(path, "--lang", "en", "--report-date", "2020-05-05", "--final", "--select", "AR,DT",
                        "--ignore", "AR006")
    r = client.post("/v1/check", json={"text": text, "filename": "bao-cao.md", "lang": "en",
                                       "report_date": "2020-05-05", "final": True, "select": "AR,DT",
                                       "ignore": ["AR006"]})
    assert r.status_code == 200, r.text
    got = r.json()
    expected["files"][0]["path"] = "bao-cao.md"
    assert got["files"] == expected["files"]
    codes = {f["code"] for f in got["files"][0]["findings"]}
    assert codes and all(c[:2] in ("AR", "DT") for c in codes) and "AR006" not in codes


def test_options_in_the_query_string(client):
    r = client.post("/v1/check?select=DT008&fail-on=info", json={"text": SEED.read_text(encoding="utf-8")})
    assert r.status_code == 200
    assert {f["code"] for f in r.json()["files"][0]["findings"]} == {"DT008"}
    assert r.json()["verdict"] == "fail"


@pytest.mark.parametrize("fail_on,verdict", [("error", "pass"), ("warning", "pass"), ("info", "fail")])
def test_verdict_follows_fail_on(client, fail_on, verdict):
    # only DT008 (info) selected: passes at error and warning, fails at info
    r = client.post("/v1/check", data={"select": "DT008", "fail_on": fail_on},
                    files={"file": ("a.txt", SEED.read_bytes())})
    assert r.status_code == 200
    body = r.json()
    assert body["summary"]["by_severity"] == {"error": 0, "warning": 0, "info": 2}
    assert body["verdict"] == verdict and r.headers["x-draftcheck-verdict"] == verdict


def test_a_clean_draft_passes(client):
    clean = (ROOT / "samples" / "bao-cao-cchc-hop-le.md").read_bytes()
    r = client.post("/v1/check", files={"file": ("bao-cao-cchc-hop-le.md", clean)})
    assert r.status_code == 200 and r.json()["verdict"] == "pass" and r.json()["summary"]["findings"] == 0


def test_docx_upload_json_html_sarif_and_reviewed_copy(client, seed_docx):
    files = {"file": ("tiengiang.docx", seed_docx, DOCX_TYPE)}
    body = client.post("/v1/check", files=files).json()
    findings = body["files"][0]["findings"]
    assert body["files"][0]["path"] == "tiengiang.docx"
    assert any("location" in f["data"] for f in findings), "a .docx finding says where it is in Word"

    html = client.post("/v1/check?format=html", files=files)
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert "script-src 'sha256-" in html.headers["content-security-policy"]
    assert "unsafe-inline" not in html.headers["content-security-policy"]
    assert all(f["code"] in html.text for f in findings) and 'id="draft"' in html.text

    sarif = client.post("/v1/check", files=files, headers={"accept": "application/sarif+json"})
    assert sarif.headers["content-type"].startswith("application/sarif+json")
    assert sarif.json()["version"] == "2.1.0"
    assert len(sarif.json()["runs"][0]["results"]) == len(findings)

    by_accept = client.post("/v1/check", files=files, headers={"accept": "text/html;q=0.9, application/json;q=0.5"})
    assert by_accept.headers["content-type"].startswith("text/html")

    copy = client.post("/v1/check?format=docx", files=files)
    assert copy.status_code == 200 and copy.headers["content-type"] == DOCX_TYPE
    assert "tiengiang.da-kiem-tra.docx" in copy.headers["content-disposition"]
    with zipfile.ZipFile(io.BytesIO(copy.content)) as zf:
        comments = zf.read("word/comments.xml").decode("utf-8")
    assert comments.count("<w:comment ") == int(copy.headers["x-draftcheck-comments"]) == len(findings)
    assert 'w:author="draftcheck"' in comments
    import docx

    docx.Document(io.BytesIO(copy.content))  # opens as a Word document


def test_docx_copy_needs_a_docx_draft(client):
    r = client.post("/v1/check?format=docx", files={"file": ("a.txt", "Tổng 10 hồ sơ.".encode())})
    assert_error(r, 400, "format_unavailable")


def test_not_acceptable(client):
    r = client.post("/v1/check", json={"text": "abc"}, headers={"accept": "image/png"})
    assert_error(r, 406, "not_acceptable")


def test_filename_is_only_a_name(client):
    for sent, shown in (("../../etc/passwd.txt", "passwd.txt"), ("C:\\Users\\x\\bao-cao.md", "bao-cao.md"),
                        ("/proc/self/environ.md", "environ.md"), (None, "du-thao.txt")):
        body = {"text": "Tổng 10 hồ sơ, gồm 4 hồ sơ và 5 hồ sơ."}
        if sent:
            body["filename"] = sent
        r = client.post("/v1/check", json=body)
        assert r.status_code == 200, r.text
        assert r.json()["files"][0]["path"] == shown
        assert r.json()["files"][0]["findings"][0]["code"] == "AR001"  # the text sent, not a file read


# ----------------------------------------------------------------------------- errors
def test_413_by_content_length_before_reading(client):
    sent = []

    def body():
        for _ in range(100):
            sent.append(1)
            yield b"x" * 65536

    r = client.post("/v1/check", content=body(),
                    headers={"content-type": "application/json", "content-length": str(100 * 65536)})
    assert_error(r, 413, "too_large")
    assert len(sent) <= 1, "the body is refused on its Content-Length, not read"


def asgi_post(app, chunks, headers):
    """POST /v1/check straight through the ASGI interface (the test client reads a streamed body
    whole before the app sees it): how many body chunks the app asked for, and its answer."""
    import asyncio

    asked, sent = [0], []
    chunks = list(chunks)

    async def receive():
        i = asked[0]
        asked[0] += 1
        if i < len(chunks):
            return {"type": "http.request", "body": chunks[i], "more_body": i + 1 < len(chunks)}
        return {"type": "http.disconnect"}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
             "scheme": "http", "path": "/v1/check", "raw_path": b"/v1/check", "query_string": b"",
             "root_path": "", "headers": [(k.encode(), v.encode()) for k, v in headers.items()],
             "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80)}
    asyncio.run(app(scope, receive, send))
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return asked[0], start["status"], json.loads(body)


def test_413_streamed_without_content_length_stops_reading(app):
    chunks = [b'{"text": "'] + [b"a" * 16384] * 200 + [b'"}']
    asked, status, body = asgi_post(app, chunks, {"content-type": "application/json"})
    assert status == 413 and body["error"]["code"] == "too_large"
    limit_chunks = (SMALL_LIMIT + 64 * 1024) // 16384 + 2
    assert asked <= limit_chunks < len(chunks), "reading stops as soon as the limit is passed"


def test_a_body_cut_short_is_a_400(app):
    chunks = [b'{"text": "abc', b"def"]  # then the client goes away (http.disconnect)

    import asyncio

    asked, sent = [0], []

    async def receive():
        asked[0] += 1
        if asked[0] <= len(chunks):
            return {"type": "http.request", "body": chunks[asked[0] - 1], "more_body": True}
        return {"type": "http.disconnect"}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
             "scheme": "http", "path": "/v1/check", "raw_path": b"/v1/check", "query_string": b"",
             "root_path": "", "headers": [(b"content-type", b"application/json")],
             "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80)}
    asyncio.run(app(scope, receive, send))
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = json.loads(b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body"))
    assert start["status"] == 400 and body["error"]["code"] == "incomplete_body"


def test_413_by_content_length_reads_nothing(app):
    chunks = [b"a" * 16384] * 200
    asked, status, body = asgi_post(app, chunks, {"content-type": "multipart/form-data; boundary=x",
                                                  "content-length": str(200 * 16384)})
    assert status == 413 and body["error"]["code"] == "too_large"
    assert asked == 0


def test_413_when_the_draft_itself_is_over_the_limit(client):
    r = client.post("/v1/check", json={"text": "a" * (SMALL_LIMIT + 10)})
    assert_error(r, 413, "too_large")
    r = client.post("/v1/check", files={"file": ("a.txt", b"a" * (SMALL_LIMIT + 10))})
    assert_error(r, 413, "too_large")


def test_415(client):
    assert_error(client.post("/v1/check", content=b"abc", headers={"content-type": "text/plain"}),
                 415, "unsupported_media_type")
    assert_error(client.post("/v1/check", content=b"abc"), 415, "unsupported_media_type")
    assert_error(client.post("/v1/check", files={"file": ("bao-cao.pdf", b"%PDF-1.4")}), 415, "unsupported_filename")
    assert_error(client.post("/v1/check", files={"file": ("bao-cao", b"abc")}), 415, "unsupported_filename")
    assert_error(client.post("/v1/check", json={"text": "abc", "filename": "a.docx"}), 415, "unsupported_filename")


@pytest.mark.parametrize("kwargs,code", [
    ({"content": b"{not json", "headers": {"content-type": "application/json"}}, "bad_json"),
    ({"content": b"[1, 2]", "headers": {"content-type": "application/json"}}, "bad_json"),
    ({"json": {"text": 5}}, "bad_json"),
    ({"json": {"filename": "a.txt"}}, "missing_input"),
    ({"json": {"text": "abc", "lang": "fr"}}, "bad_option"),
    ({"json": {"text": "abc", "fail_on": "fatal"}}, "bad_option"),
    ({"json": {"text": "abc", "report_date": "2020-13-45"}}, "bad_option"),
    ({"json": {"text": "abc", "final": "maybe"}}, "bad_option"),
    ({"json": {"text": "abc", "colour": "red"}}, "bad_option"),
    ({"json": {"text": "abc", "format": "html"}}, "bad_option"),
    ({"json": {"text": "abc", "select": {"a": 1}}}, "bad_option"),
    ({"json": {"text": "abc", "select": "ZZ9"}}, "unknown_rule"),
    ({"json": {"text": "abc", "profile": "no-such-profile"}}, "unknown_profile"),
    ({"content": b"--x\r\n", "headers": {"content-type": "multipart/form-data"}}, "bad_multipart"),
    ({"data": {"lang": "vi"}, "files": {"other": ("a.txt", b"")}}, None),
])
def test_400(client, kwargs, code):
    r = client.post("/v1/check", **kwargs)
    if code is None:  # a form whose only file part is not named 'file' still counts as the upload
        assert r.status_code == 422 and r.json()["error"]["code"] == "unreadable_input"
        return
    assert_error(r, 400, code)


def test_400_bad_format_parameter(client):
    assert_error(client.post("/v1/check?format=pdf", json={"text": "abc"}), 400, "bad_option")


def test_422_unreadable_draft_says_why_in_both_languages(client):
    r = client.post("/v1/check", files={"file": ("bao-cao.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")})
    err = assert_error(r, 422, "unreadable_input")
    assert "PDF" in err["message_vi"] and "PDF" in err["message_en"]
    r = client.post("/v1/check", files={"file": ("bao-cao.docx", b"not a zip at all")})
    assert_error(r, 422, "unreadable_input")


def test_split_bilingual():
    assert split_bilingual("tệp rỗng (empty file)") == ("tệp rỗng", "empty file")
    assert split_bilingual("a (b) c (d (e))") == ("a (b) c", "d (e)")
    assert split_bilingual("no brackets") == ("no brackets", "no brackets")


def test_422_time_budget_in_the_real_pool():
    """The CLI's per-file budget (engine.time_budget) in a worker process: the reference draft
    takes far more than a millisecond."""
    app = create_app(Limits(workers=1, queue=1, timeout=0.001))
    try:
        with client_for(app) as c:
            r = c.post("/v1/check", files={"file": ("a.txt", SEED.read_bytes())})
            err = assert_error(r, 422, "time_budget_exceeded")
            assert "0.001" in err["message_en"]
            assert c.get("/healthz").json()["in_flight"] == 0, "the place is given back"
    finally:
        app.state.service.close()


class InlineExecutor(Executor):
    """Runs the check in the calling thread (so a spy in this process sees all it does)."""

    def submit(self, fn, /, *args, **kwargs):
        fut: Future = Future()
        try:
            fut.set_result(fn(*args, **kwargs))
        except BaseException as e:  # noqa: BLE001
            fut.set_exception(e)
        return fut


GATE = threading.Event()
STARTED = []


def blocking_check(req) -> CheckResult:
    STARTED.append(1)
    GATE.wait(30)
    return check_upload(req)


def slow_check(req) -> CheckResult:
    time.sleep(3)
    return check_upload(req)


def test_503_when_the_queue_is_full():
    """One worker, one place in the queue: two checks in the service, the third is refused at
    once with Retry-After; the two finish when the worker is free."""
    GATE.clear()
    STARTED.clear()
    pool = ThreadPoolExecutor(max_workers=1)
    app = create_app(Limits(workers=1, queue=1, retry_after=7), executor=pool, check_fn=blocking_check)
    admission = app.state.service.admission
    answers = []
    try:
        with client_for(app) as c:
            def post():
                answers.append(c.post("/v1/check", json={"text": "Tổng 10 hồ sơ, gồm 4 hồ sơ và 5 hồ sơ."}))

            threads = [threading.Thread(target=post) for _ in range(2)]
            for t in threads:
                t.start()
            deadline = time.monotonic() + 20
            while (admission.in_flight < 2 or not STARTED) and time.monotonic() < deadline:
                time.sleep(0.01)
            assert admission.in_flight == 2
            r = c.post("/v1/check", json={"text": "abc"})
            err = assert_error(r, 503, "queue_full")
            assert r.headers["retry-after"] == "7" and "thử lại" in err["message_vi"]
            assert 'draftcheck_rejections_total{reason="queue_full"} 1.0' in c.get("/metrics").text
            GATE.set()
            for t in threads:
                t.join(30)
            assert [a.status_code for a in answers] == [200, 200]
            assert admission.in_flight == 0
            assert c.post("/v1/check", json={"text": "abc"}).status_code == 200
    finally:
        GATE.set()
        pool.shutdown(wait=True)


def test_503_with_an_admission_filled_by_hand():
    admission = Admission(workers=1, queue=0)
    app = create_app(Limits(workers=1, queue=0), executor=InlineExecutor(), admission=admission)
    with client_for(app) as c:
        assert admission.try_enter()
        assert_error(c.post("/v1/check", json={"text": "abc"}), 503, "queue_full")
        admission.leave()
        assert c.post("/v1/check", json={"text": "abc"}).status_code == 200


def test_504_when_a_check_outlives_budget_and_grace():
    pool = ThreadPoolExecutor(max_workers=1)
    app = create_app(Limits(workers=1, queue=1, timeout=0.2, grace=0.3), executor=pool, check_fn=slow_check)
    try:
        with client_for(app) as c:
            started = time.monotonic()
            assert_error(c.post("/v1/check", json={"text": "abc"}), 504, "check_timeout")
            assert time.monotonic() - started < 2.5
            # the stuck check still holds its place until it really ends: the bound stays true
            assert app.state.service.admission.in_flight == 1
    finally:
        pool.shutdown(wait=True)
    assert app.state.service.admission.in_flight == 0


def die(req) -> CheckResult:
    os._exit(3)


def test_a_dead_worker_is_a_500_and_the_pool_comes_back():
    app = create_app(Limits(workers=1, queue=1), check_fn=die)
    service = app.state.service
    try:
        with client_for(app) as c:
            assert_error(c.post("/v1/check", json={"text": "abc"}), 500, "internal_error")
            assert service.admission.in_flight == 0
            service.check = check_upload
            r = c.post("/v1/check", json={"text": "Tổng 10 hồ sơ, gồm 4 hồ sơ và 5 hồ sơ."})
            assert r.status_code == 200 and r.json()["verdict"] == "fail"
    finally:
        service.close()


def test_a_failing_check_is_a_500_json():
    def broken(req):
        raise RuntimeError("Tổng 10 hồ sơ (a message quoting the draft)")

    app = create_app(Limits(workers=1), executor=InlineExecutor(), check_fn=broken)
    with client_for(app) as c:
        assert_error(c.post("/v1/check", json={"text": "abc"}), 500, "internal_error")
        assert app.state.service.admission.in_flight == 0


# ----------------------------------------------------------------------------- keys
def test_api_keys(tmp_path):
    key_file = tmp_path / "keys"
    key_file.write_text("# keys of the service\nkhoa-mot\n\nkhoa-hai\n", encoding="utf-8")
    keys = ApiKeys.from_file(key_file)
    app = create_app(Limits(workers=1), keys, executor=InlineExecutor())
    body = {"text": "Tổng 10 hồ sơ, gồm 4 hồ sơ và 5 hồ sơ."}
    with client_for(app) as c:
        r = c.post("/v1/check", json=body)
        assert_error(r, 401, "unauthorized")
        assert r.headers["www-authenticate"].startswith("Bearer")
        assert_error(c.post("/v1/check", json=body, headers={"x-api-key": "khoa-ba"}), 401, "unauthorized")
        assert_error(c.post("/v1/check", json=body, headers={"authorization": "Bearer khoa"}), 401, "unauthorized")
        assert_error(c.post("/v1/check", json=body, headers={"authorization": "Basic khoa-mot"}), 401, "unauthorized")
        assert c.post("/v1/check", json=body, headers={"authorization": "Bearer khoa-mot"}).status_code == 200
        assert c.post("/v1/check", json=body, headers={"x-api-key": "khoa-hai"}).status_code == 200
        for path in ("/v1/rules", "/v1/rules/AR001", "/v1/profiles", "/metrics"):
            assert_error(c.get(path), 401, "unauthorized")
            assert c.get(path, headers={"x-api-key": "khoa-mot"}).status_code == 200
        assert c.get("/healthz").status_code == 200  # for the load balancer
        page = c.get("/")
        assert page.status_code == 200 and 'id="api_key"' in page.text
        doc = c.get("/openapi.json").json()
        assert "401" in doc["paths"]["/v1/check"]["post"]["responses"]
    empty = tmp_path / "empty"
    empty.write_text("# none\n\n", encoding="utf-8")
    with pytest.raises(ValueError):
        ApiKeys.from_file(empty)


# ----------------------------------------------------------------------------- nothing stored, nothing logged
def test_nothing_is_written_to_disk_during_a_check(tmp_path, monkeypatch, seed_docx):
    """The check runs inline here, so every open, every temporary file and every os.open with a
    write flag in this process is seen; a large multipart upload (above any framework's spool
    threshold) and a text one."""
    import builtins
    import tempfile

    writes = []
    real_open, real_os_open = builtins.open, os.open

    def spy_open(file, mode="r", *args, **kwargs):
        if any(m in mode for m in "wax+"):
            writes.append(("open", str(file), mode))
        return real_open(file, mode, *args, **kwargs)

    def spy_os_open(path, flags, *args, **kwargs):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC):
            writes.append(("os.open", str(path), flags))
        return real_os_open(path, flags, *args, **kwargs)

    def refuse(name):
        def fn(*args, **kwargs):
            writes.append((name,))
            raise AssertionError(f"{name} called during a check")
        return fn

    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    app = create_app(Limits(workers=1, max_bytes=8 * 1024 * 1024), executor=InlineExecutor())
    big_text = (SEED.read_text(encoding="utf-8") + "\n") * 60  # 1.8 MB
    with client_for(app) as c:
        c.get("/healthz")
        monkeypatch.setattr(builtins, "open", spy_open)
        monkeypatch.setattr(os, "open", spy_os_open)
        for name in ("mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile"):
            monkeypatch.setattr(tempfile, name, refuse(name))
        r1 = c.post("/v1/check?format=docx", files={"file": ("a.docx", seed_docx, DOCX_TYPE)})
        r2 = c.post("/v1/check", files={"file": ("big.txt", big_text.encode("utf-8"))},
                    data={"select": "AR001"})
        r3 = c.post("/v1/check?format=html", json={"text": SEED.read_text(encoding="utf-8")})
    monkeypatch.undo()
    assert [r1.status_code, r2.status_code, r3.status_code] == [200, 200, 200], (r1.text[:200], r2.text[:200])
    assert [f["code"] for f in r2.json()["files"][0]["findings"]] == ["AR001"]  # as the CLI finds it
    assert writes == []
    assert list(temp.iterdir()) == []


def test_the_real_pool_writes_no_temporary_file(tmp_path, monkeypatch, seed_docx):
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))  # the spawned worker's temporary folder
    app = create_app(Limits(workers=1, queue=1))
    try:
        with client_for(app) as c:
            assert c.post("/v1/check?format=docx", files={"file": ("a.docx", seed_docx)}).status_code == 200
            assert c.post("/v1/check", files={"file": ("a.md", SEED.read_bytes())}).status_code == 200
    finally:
        app.state.service.close()
    assert list(temp.iterdir()) == []


def test_the_upload_is_not_in_the_logs(caplog):
    secret = "Tổng 17 hồ sơ MẬT-KHẨU-ĐỘC-NHẤT-8472, gồm 4 hồ sơ và 5 hồ sơ."
    name = "ten-tep-bi-mat-5531.txt"
    app = create_app(Limits(workers=1), executor=InlineExecutor())
    with caplog.at_level(logging.DEBUG):
        with client_for(app) as c:
            assert c.post("/v1/check", files={"file": (name, secret.encode("utf-8"))}).status_code == 200
            assert c.post("/v1/check", json={"text": secret, "filename": name, "lang": "xx"}).status_code == 400
            assert c.post("/v1/check", files={"file": (name, b"%PDF-1.4 " + secret.encode())}).status_code == 422
    records = [r.getMessage() for r in caplog.records]
    assert any("POST /v1/check 200" in m for m in records), records  # the service does log its requests
    text = caplog.text + "\n".join(records)
    for piece in ("MẬT-KHẨU", "8472", "ten-tep-bi-mat", "5531"):
        assert piece not in text


def test_no_external_url_and_a_strict_policy_on_the_page(client):
    vi = client.get("/")
    assert vi.status_code == 200 and '<html lang="vi">' in vi.text and "Kiểm tra dự thảo" in vi.text
    en = client.get("/?lang=en")
    assert '<html lang="en">' in en.text and "Check a report draft" in en.text
    for page in (vi.text, en.text):
        assert "http://" not in page and "https://" not in page and "<link" not in page
        assert 'src="' not in page
    csp = vi.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "connect-src 'self'" in csp and "unsafe" not in csp
    assert "cchc-2011-2020" in vi.text  # the report types to choose from


# ----------------------------------------------------------------------------- layering and the command
SERVICE = ROOT / "checker" / "service"


def test_service_never_imports_click_or_the_cli():
    import ast

    for path in SERVICE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [("." * node.level) + (node.module or "")]
            for n in names:
                assert not n.startswith("click"), (path.name, n)
                assert n not in ("..cli", "checker.cli"), (path.name, n)


def test_check_does_not_import_the_service_stack():
    code = ("import sys\nfrom checker.cli import main\n"
            "try:\n    main(['check', '--no-config', '--format', 'concise', sys.argv[1]])\n"
            "except SystemExit:\n    pass\n"
            "heavy = [m for m in ('starlette', 'uvicorn', 'prometheus_client', 'python_multipart', 'checker.service')"
            " if m in sys.modules]\nprint('HEAVY', heavy)\n")
    out = subprocess.run([sys.executable, "-c", code, str(ROOT / "samples" / "bao-cao-cchc-hop-le.md")],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert "HEAVY []" in out.stdout, out.stdout + out.stderr


def test_serve_without_the_extra_is_one_line_and_exit_2():
    code = ("import sys\n"
            "class Block:\n"
            "    def find_spec(self, name, path=None, target=None):\n"
            "        if name.split('.')[0] in ('starlette', 'uvicorn'):\n"
            "            raise ModuleNotFoundError(name)\n"
            "sys.meta_path.insert(0, Block())\n"
            "from checker.cli import main\nmain(['serve'])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "draftcheck[" not in lines[0] and "Traceback" not in out.stderr
    assert "pip install 'draftcheck-vn[service]'" in lines[0] and "starlette" in lines[0] and "uvicorn" in lines[0]


def test_missing_dependencies_is_empty_here():
    assert missing_dependencies() == []


def test_serve_refuses_an_empty_key_file(tmp_path):
    empty = tmp_path / "keys"
    empty.write_text("\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["serve", "--api-key-file", str(empty), "--port", "0"])
    assert res.exit_code == 2 and "không có khóa API" in res.output


def test_serve_on_a_port_in_use_is_exit_2_without_traceback():
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        out = subprocess.run([sys.executable, "-m", "checker", "serve", "--port", str(port), "--workers", "1"],
                             capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 2, out.stderr
    assert "Traceback" not in out.stderr
    assert f"draftcheck: 127.0.0.1:{port}: không lắng nghe được" in out.stderr


def test_app_from_env_for_several_uvicorn_workers(tmp_path, monkeypatch):
    from checker.service.app import app_from_env

    keys = tmp_path / "keys"
    keys.write_text("k1\n", encoding="utf-8")
    for name, value in (("WORKERS", "3"), ("QUEUE", "5"), ("MAX_BYTES", "1MB"), ("TIMEOUT", "7"),
                        ("API_KEY_FILE", str(keys))):
        monkeypatch.setenv("DRAFTCHECK_SERVICE_" + name, value)
    service = app_from_env().state.service
    assert (service.limits.workers, service.limits.queue, service.limits.max_bytes, service.limits.timeout) == \
        (3, 5, 1024 * 1024, 7.0)
    assert service.admission.capacity == 8 and service.api_keys.accepts("k1") and not service.api_keys.accepts("k2")
