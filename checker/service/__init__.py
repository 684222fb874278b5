"""``draftcheck serve``: the checker as an HTTP service (an ASGI app on Starlette, served by uvicorn).

``POST /v1/check`` answers the ``--format json`` document (plus a ``verdict``), or the HTML page,
SARIF, or the reviewed .docx copy; ``/v1/rules``, ``/v1/profiles``, ``/healthz``, ``/metrics``,
``/openapi.json`` and a page at ``/`` for a reviewer. Stateless: nothing uploaded is stored or
logged, every check runs in a bounded process pool with a bounded queue, within the CLI's time
budget per file.

Importing this package costs nothing: starlette, uvicorn and prometheus_client are imported by
:mod:`checker.service.app` only (the ``service`` extra). Never imports click.
"""
from __future__ import annotations

import importlib.util

# import name -> distribution name (the ``service`` extra of pyproject.toml)
REQUIRED = {"starlette": "starlette", "uvicorn": "uvicorn", "prometheus_client": "prometheus-client",
            "python_multipart": "python-multipart"}


def missing_dependencies() -> list[str]:
    """The distributions of the ``service`` extra that are not installed (none: the service can run)."""
    out = []
    for module, dist in REQUIRED.items():
        try:
            found = importlib.util.find_spec(module) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            out.append(dist)
    return out
