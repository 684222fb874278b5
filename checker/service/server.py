"""Run the service with uvicorn (``draftcheck serve``): one process that answers HTTP, and its
pool of worker processes that check. No click here: the CLI parses the options."""
from __future__ import annotations

import logging

from .limits import ApiKeys, Limits


class ServeError(Exception):
    """The service cannot start: one line for the user."""


def serve(host: str = "127.0.0.1", port: int = 8000, workers: int = 2, queue: int = 8,
          max_bytes: int | None = None, timeout: float = 30.0, max_memory: int = 2 * 1024 ** 3,
          api_key_file: str | None = None) -> None:
    import uvicorn

    from .app import create_app

    keys = ApiKeys()
    if api_key_file:
        try:
            keys = ApiKeys.from_file(api_key_file)
        except OSError as e:
            raise ServeError(f"--api-key-file {api_key_file}: không đọc được ({e.strerror})") from None
        except (ValueError, UnicodeDecodeError) as e:
            raise ServeError(f"--api-key-file {e}") from None
    defaults = Limits()
    limits = Limits(max_bytes=max_bytes or defaults.max_bytes, timeout=timeout, workers=workers, queue=queue,
                    max_memory=max_memory)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    app = create_app(limits, keys)
    # uvicorn's access log prints the query string: our own line (method, route, status, ms) replaces it
    config = uvicorn.Config(app, host=host, port=port, access_log=False, log_level="info",
                            server_header=False, timeout_graceful_shutdown=5)
    server = uvicorn.Server(config)
    try:
        server.run()
    except OSError as e:
        raise ServeError(f"{host}:{port}: không lắng nghe được ({e.strerror or e}) (cannot listen)") from None
    except SystemExit:  # uvicorn exits by itself when it cannot bind: the CLI's exit 2, one line
        raise ServeError(f"{host}:{port}: không lắng nghe được, cổng đang được dùng? "
                         f"(cannot listen: is the port in use?)") from None
    if not server.started:
        raise ServeError(f"{host}:{port}: không khởi động được (could not start)")
