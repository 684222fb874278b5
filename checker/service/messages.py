"""The service's error answers: ``{"error": {"code", "message_vi", "message_en"}}``, as data.

Every error the service gives has a stable ``code`` (for a program), a Vietnamese message (the
default language of everything a person sees) and an English one. ``detail`` adds what this
request got wrong (an option's name, the limit) to both messages.
"""
from __future__ import annotations

# code -> (HTTP status, Vietnamese, English)
ERRORS: dict[str, tuple[int, str, str]] = {
    "bad_json": (400, "Nội dung JSON không hợp lệ", "The JSON body is not valid"),
    "bad_multipart": (400, "Nội dung multipart/form-data không hợp lệ", "The multipart/form-data body is not valid"),
    "incomplete_body": (400, "Nội dung gửi lên không trọn vẹn (kết nối bị ngắt)",
                        "The body did not arrive whole (the connection was closed)"),
    "missing_input": (400, "Thiếu dự thảo: gửi tệp trong trường 'file' (multipart) hoặc 'text' (JSON)",
                      "No draft: send a file in the 'file' field (multipart) or 'text' (JSON)"),
    "bad_option": (400, "Tùy chọn không hợp lệ", "Invalid option"),
    "unknown_rule": (400, "Mã quy tắc không tồn tại", "Unknown rule code or prefix"),
    "unknown_profile": (400, "Dàn ý (loại báo cáo) không tồn tại", "Unknown profile"),
    "unsupported_filename": (415, "Chỉ nhận tệp .docx, .txt, .md", "Only .docx, .txt and .md files are accepted"),
    "unsupported_media_type": (415, "Kiểu nội dung không được hỗ trợ: gửi multipart/form-data hoặc application/json",
                               "Unsupported content type: send multipart/form-data or application/json"),
    "format_unavailable": (400, "Bản có nhận xét (.docx) chỉ tạo được cho dự thảo .docx",
                           "The reviewed copy (.docx) can only be made for a .docx draft"),
    "not_acceptable": (406, "Không có định dạng trả lời phù hợp với tiêu đề Accept",
                       "No answer format matches the Accept header"),
    "unauthorized": (401, "Thiếu hoặc sai khóa API (Authorization: Bearer … hoặc X-API-Key)",
                     "Missing or wrong API key (Authorization: Bearer … or X-API-Key)"),
    "not_found": (404, "Không tìm thấy", "Not found"),
    "rule_not_found": (404, "Không có quy tắc với mã này", "No rule has this code"),
    "method_not_allowed": (405, "Phương thức không được phép", "Method not allowed"),
    "too_large": (413, "Dự thảo quá lớn", "The draft is too large"),
    "unreadable_input": (422, "Không đọc được dự thảo", "The draft cannot be read"),
    "time_budget_exceeded": (422, "Vượt quá thời gian cho phép, dự thảo không được kiểm tra hết",
                             "Time budget exceeded: the draft was not fully checked"),
    "memory_limit_exceeded": (422, "Vượt quá giới hạn bộ nhớ, dự thảo không được kiểm tra hết",
                              "Memory limit exceeded: the draft was not fully checked"),
    "review_failed": (422, "Không tạo được bản có nhận xét", "The reviewed copy could not be made"),
    "internal_error": (500, "Lỗi nội bộ của dịch vụ", "Internal error of the service"),
    "queue_full": (503, "Dịch vụ đang bận, hàng đợi đã đầy; hãy thử lại sau ít giây",
                   "The service is busy and its queue is full; try again in a few seconds"),
    "check_timeout": (504, "Kiểm tra không xong trong thời gian cho phép", "The check did not finish in time"),
}


def error_body(code: str, detail_vi: str = "", detail_en: str = "") -> dict:
    """The JSON body of the error ``code`` (an unknown code is an internal error)."""
    _, vi, en = ERRORS.get(code, ERRORS["internal_error"])
    if detail_vi or detail_en:
        vi = f"{vi}: {detail_vi or detail_en}"
        en = f"{en}: {detail_en or detail_vi}"
    return {"error": {"code": code if code in ERRORS else "internal_error", "message_vi": vi, "message_en": en}}


def status_of(code: str) -> int:
    return ERRORS.get(code, ERRORS["internal_error"])[0]


def split_bilingual(message: str) -> tuple[str, str]:
    """The checker's one-line messages read ``Vietnamese … (English …)``: the two halves (the
    whole line for both when it has no English in brackets at its end)."""
    text = " ".join(message.split())
    if not text.endswith(")"):
        return text, text
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        ch = text[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            depth -= 1
            if depth == 0:
                vi, en = text[:i].rstrip(" ;,"), text[i + 1:-1].strip()
                return (vi or text), (en or text)
    return text, text
