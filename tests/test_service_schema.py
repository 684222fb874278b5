"""schemathesis against the service's OpenAPI document (``GET /openapi.json``), in process over
ASGI: generated requests for every operation, and each answer must be no server error, have a
documented status and content type, and a body that conforms to the schema. Few examples an
operation (CI); ``SCHEMATHESIS_MAX_EXAMPLES`` raises them."""
from __future__ import annotations

import os
import warnings

import pytest

pytest.importorskip("starlette", reason="the service extra is not installed")
schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed")

from hypothesis import HealthCheck, settings  # noqa: E402

from checker.service.app import create_app  # noqa: E402
from checker.service.limits import Limits  # noqa: E402

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from schemathesis.checks import not_a_server_error  # noqa: E402
    from schemathesis.specs.openapi.checks import (  # noqa: E402
        content_type_conformance,
        response_schema_conformance,
        status_code_conformance,
    )

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
MAX_EXAMPLES = int(os.environ.get("SCHEMATHESIS_MAX_EXAMPLES", "12"))
APP = create_app(Limits(workers=1, queue=8, timeout=20, max_bytes=200_000))
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)
SEEN: dict[str, set[int]] = {}
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture(scope="module", autouse=True)
def _close_pool():
    yield
    APP.state.service.close()


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_openapi_document(case):
    response = case.call_and_validate(checks=CHECKS)
    assert response.status_code < 500
    SEEN.setdefault(f"{case.method} {case.operation.path}", set()).add(response.status_code)
    if os.environ.get("DBG"):
        print(case.media_type, case.query, response.status_code, response.text[:200])


def test_the_document_is_valid_openapi():
    # loading validated it; every operation of the app is in it
    operations = {(op.path, op.method.upper()) for op in (r.ok() for r in schema.get_all_operations())}
    assert ("/v1/check", "POST") in operations and ("/v1/rules/{code}", "GET") in operations
    assert operations == {("/", "GET"), ("/healthz", "GET"), ("/metrics", "GET"), ("/v1/check", "POST"),
                          ("/v1/profiles", "GET"), ("/v1/rules", "GET"), ("/v1/rules/{code}", "GET")}


def test_generated_checks_were_answered():
    """Run after the generated tests (file order): the check operation really was exercised,
    with drafts that were checked and requests that were refused."""
    if "POST /v1/check" not in SEEN:
        pytest.skip("the generated tests did not run (selected out)")
    statuses = SEEN["POST /v1/check"]
    assert 200 in statuses and any(400 <= s < 500 for s in statuses), statuses
