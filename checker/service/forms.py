"""The body of ``POST /v1/check``, read in memory and never past its limit.

The body is streamed from the connection chunk by chunk and refused (413) as soon as it passes
the limit, or before any of it is read when ``Content-Length`` already says so. A multipart form
is parsed here, in memory, with python-multipart's push parser (no framework form parser, so
nothing is spooled to a temporary file whatever its size); a JSON body with ``json``.
"""
from __future__ import annotations

import json
from dataclasses import field

from ..records import record

MAX_PARTS = 32  # the file and a dozen option fields, with room to spare
MAX_FIELD_BYTES = 4096  # an option value (a profile name, a list of rule codes)
MAX_HEADER_BYTES = 8192


class BodyError(Exception):
    """A body that cannot be taken: ``code`` of checker.service.messages, and the detail."""

    def __init__(self, code: str, detail_vi: str = "", detail_en: str = ""):
        super().__init__(code)
        self.code, self.detail_vi, self.detail_en = code, detail_vi, detail_en


def declared_length(headers) -> int | None:
    value = headers.get("content-length")
    if value is None:
        return None
    value = value.strip()
    if not value.isdigit():
        raise BodyError("bad_option", "Content-Length không hợp lệ", "invalid Content-Length")
    return int(value)


def too_large(size: int, limit: int) -> BodyError:
    return BodyError("too_large", f"hơn {limit:,} byte".replace(",", "."), f"more than {limit:,} bytes")


async def read_limited(request, limit: int) -> bytes:
    """The whole body, refused as soon as it passes ``limit`` bytes (the rest is never read)."""
    size = declared_length(request.headers)
    if size is not None and size > limit:
        raise too_large(size, limit)
    chunks, total = [], 0
    async for chunk in request.stream():
        total += len(chunk)
        if total > limit:
            raise too_large(total, limit)
        chunks.append(chunk)
    return b"".join(chunks)


@record
class Upload:
    filename: str | None = None
    data: bytes | None = None
    fields: dict[str, str] = field(default_factory=dict)


def parse_json(body: bytes) -> Upload:
    try:
        value = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BodyError("bad_json") from None
    if not isinstance(value, dict):
        raise BodyError("bad_json", "cần một đối tượng JSON", "an object is expected")
    text = value.get("text")
    if text is not None and not isinstance(text, str):
        raise BodyError("bad_json", "'text' phải là chuỗi", "'text' must be a string")
    filename = value.get("filename")
    if filename is not None and not isinstance(filename, str):
        raise BodyError("bad_json", "'filename' phải là chuỗi", "'filename' must be a string")
    fields = {}
    for key, v in value.items():
        if key in ("text", "filename"):
            continue
        if isinstance(v, bool):
            fields[key] = "true" if v else "false"
        elif isinstance(v, (str, int, float)):
            fields[key] = str(v)
        elif isinstance(v, list) and all(isinstance(x, str) for x in v):
            fields[key] = ",".join(v)
        elif v is None:
            continue
        else:
            raise BodyError("bad_option", f"giá trị của '{key[:40]}' không hợp lệ", f"bad value for '{key[:40]}'")
    try:
        data = text.encode("utf-8") if text is not None else None
    except UnicodeEncodeError:  # a lone surrogate escaped in the JSON
        raise BodyError("bad_json", "'text' chứa ký tự không hợp lệ", "'text' holds an invalid character") from None
    return Upload(filename=filename, data=data, fields=fields)


def boundary_of(content_type: str) -> bytes:
    from python_multipart.multipart import parse_options_header

    _, params = parse_options_header(content_type)
    boundary = params.get(b"boundary")
    if not boundary or len(boundary) > 200:
        raise BodyError("bad_multipart", "thiếu boundary", "no boundary")
    return boundary


def parse_multipart(body: bytes, content_type: str) -> Upload:
    """The form's ``file`` part (its bytes and file name) and its text fields, all in memory."""
    from python_multipart.exceptions import MultipartParseError
    from python_multipart.multipart import MultipartParser, parse_options_header

    boundary = boundary_of(content_type)
    upload = Upload()
    state = {"headers": {}, "field": b"", "value": b"", "data": [], "size": 0, "parts": 0, "hsize": 0}

    def on_part_begin():
        state["parts"] += 1
        if state["parts"] > MAX_PARTS:
            raise BodyError("bad_multipart", "quá nhiều trường", "too many parts")
        state.update(headers={}, data=[], size=0, hsize=0)

    def on_header_field(data, start, end):
        state["field"] += data[start:end]
        _count_header(end - start)

    def on_header_value(data, start, end):
        state["value"] += data[start:end]
        _count_header(end - start)

    def _count_header(n):
        state["hsize"] += n
        if state["hsize"] > MAX_HEADER_BYTES:
            raise BodyError("bad_multipart", "tiêu đề phần quá dài", "part header too long")

    def on_header_end():
        state["headers"][state["field"].lower()] = state["value"]
        state["field"], state["value"] = b"", b""

    def on_part_data(data, start, end):
        state["data"].append(data[start:end])
        state["size"] += end - start

    def on_part_end():
        disposition = state["headers"].get(b"content-disposition", b"")
        _, params = parse_options_header(disposition)
        name = params.get(b"name", b"").decode("utf-8", "replace")
        content = b"".join(state["data"])
        if b"filename" in params or name == "file":
            if upload.data is not None:
                raise BodyError("bad_multipart", "chỉ một tệp mỗi lần", "one file a request")
            upload.data = content
            raw = params.get(b"filename")
            upload.filename = raw.decode("utf-8", "replace") if raw is not None else None
        elif name:
            if len(content) > MAX_FIELD_BYTES:
                raise BodyError("bad_option", f"trường '{name[:40]}' quá dài", f"field '{name[:40]}' too long")
            try:
                upload.fields[name] = content.decode("utf-8")
            except UnicodeDecodeError:
                raise BodyError("bad_option", f"trường '{name[:40]}' không phải UTF-8",
                                f"field '{name[:40]}' is not UTF-8") from None

    callbacks = {"on_part_begin": on_part_begin, "on_part_data": on_part_data, "on_part_end": on_part_end,
                 "on_header_field": on_header_field, "on_header_value": on_header_value,
                 "on_header_end": on_header_end}
    try:
        parser = MultipartParser(boundary, callbacks)
        parser.write(body)
        parser.finalize()
    except BodyError:
        raise
    except (MultipartParseError, ValueError, UnicodeDecodeError):
        raise BodyError("bad_multipart") from None
    return upload
