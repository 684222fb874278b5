"""``--format junit``: JUnit XML for CI test reports. A test suite a file, a test case a
finding: a failure when the finding is at or above ``--fail-on`` (what fails the gate fails
the test, nothing else), otherwise a passing case that carries the finding in its
properties and system-out; suppressed findings as skipped cases with their reason, a clean
file as one passing case, an unreadable file as an error."""
from __future__ import annotations

from xml.etree import ElementTree as ET

from ..model import SEVERITY_RANK
from . import RenderContext, is_word, summary, where


def _case_name(f, r=None, lang: str = "vi") -> str:
    """``CODE 12:3 message``; for a .docx the place in Word's terms instead of the line."""
    msg = f.message if len(f.message) <= 80 else f.message[:79] + "…"
    place = where(r, f, lang) if r is not None and is_word(r) else f"{f.span.line}:{f.span.column}"
    return f"{f.code} {place} {msg}"


def render(reports, ctx: RenderContext) -> str:
    en = ctx.lang == "en"
    s = summary(reports, ctx)
    root = ET.Element("testsuites", name="draftcheck")
    tot_tests = tot_fail = tot_err = tot_skip = 0
    for index, r in enumerate(reports):
        fail_rank = ctx.fail_on_rank(index)
        suite = ET.SubElement(root, "testsuite", name=r.path)
        tests = failures = errors = skipped = 0
        props = ET.SubElement(suite, "properties")
        ET.SubElement(props, "property", name="suppressed", value=str(len(r.suppressed)))
        ET.SubElement(props, "property", name="baselined", value=str(len(getattr(r, "baselined", ()))))
        if r.error:
            case = ET.SubElement(suite, "testcase", name="read", classname=r.path)
            ET.SubElement(case, "error", message=r.error, type="unreadable").text = r.error
            tests, errors = 1, 1
        for f in r.findings:
            case = ET.SubElement(suite, "testcase", name=_case_name(f, r, ctx.lang),
                                 classname=r.path, file=r.path, line=str(f.span.line))
            body = [f.message]
            if is_word(r):
                body.append(("Where: " if en else "Vị trí: ") + where(r, f, ctx.lang))
            if f.excerpt:
                body.append(("Quote: " if en else "Trích: ") + f.excerpt)
            if f.suggestion:
                body.append(("Suggestion: " if en else "Gợi ý: ") + f.suggestion)
            tests += 1
            if SEVERITY_RANK[f.severity] >= fail_rank:
                ET.SubElement(case, "failure", message=f.message, type=f.severity).text = "\n".join(body)
                failures += 1
            else:  # below --fail-on: reported, not failed
                case_props = ET.SubElement(case, "properties")
                for name, value in (("code", f.code), ("severity", f.severity), ("line", str(f.span.line)),
                                    ("column", str(f.span.column)), ("where", where(r, f, ctx.lang))):
                    ET.SubElement(case_props, "property", name=name, value=value)
                ET.SubElement(case, "system-out").text = f"{f.severity}: " + "\n".join(body)
        for f in r.suppressed:
            by = f.data.get("suppressed_by", {})
            reason = by.get("reason") or ("(no reason)" if en else "(không ghi lý do)")
            case = ET.SubElement(suite, "testcase", name=_case_name(f, r, ctx.lang),
                                 classname=r.path, file=r.path, line=str(f.span.line))
            ET.SubElement(case, "skipped", message=(f"suppressed: {reason}" if en else f"đã tắt: {reason}")).text = f.message
            tests += 1
            skipped += 1
        if not tests:
            ET.SubElement(suite, "testcase", name="draftcheck", classname=r.path)
            tests = 1
        suite.set("tests", str(tests))
        suite.set("failures", str(failures))
        suite.set("errors", str(errors))
        suite.set("skipped", str(skipped))
        tot_tests += tests
        tot_fail += failures
        tot_err += errors
        tot_skip += skipped
    root.set("tests", str(tot_tests))
    root.set("failures", str(tot_fail))
    root.set("errors", str(tot_err))
    root.set("skipped", str(tot_skip))
    root.set("suppressed", str(s["suppressed"]))
    root.set("baselined", str(s["baselined"]))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
