"""Command line: ``draftcheck check|rules|explain|test-rules|profiles|extract``.

The only module that imports click. Exit codes: 0 no finding at or above ``--fail-on``;
1 findings; 2 usage, configuration, rule-file or unreadable-input error (one line on
stderr, never a traceback).
"""
from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

import click

from . import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
SEVERITY_CHOICES = ("error", "warning", "info")


def _fail(message: str) -> "click.exceptions.Exit":
    click.echo(f"draftcheck: {message}", err=True)
    return click.exceptions.Exit(EXIT_ERROR)


def _load_rules(rules_dir: str | None, select=(), ignore=()):
    from .ruleset import RuleError, load_ruleset

    try:
        rs = load_ruleset(rules_dir)
    except RuleError as e:
        raise _fail(f"lỗi tệp quy tắc: {e}") from None
    if select or ignore:
        known = [r.code for r in rs.rules] + [r.name for r in rs.rules]
        for p in list(select) + list(ignore):
            if not any(k.startswith(p.upper()) or k == p for k in known):
                raise _fail(f"mã quy tắc không tồn tại: {p} (unknown rule code or prefix)")
        rs = rs.select(list(select), list(ignore))
    return rs


def _discover(paths: tuple[str, ...]) -> list[str]:
    from .extract import DOCX_SUFFIXES, TEXT_SUFFIXES

    out = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            found = sorted(
                str(f) for f in path.rglob("*")
                if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES | DOCX_SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(path).parts)
            )
            out.extend(found)
        else:
            out.append(p)
    return out


def _color(output_is_file: bool) -> bool:
    if output_is_file or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="draftcheck")
def cli() -> None:
    """Kiểm tra dự thảo báo cáo: số liệu, ngày tháng, thể thức (Vietnamese report-draft linter)."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["full", "concise", "json"]), default="full",
              show_default=True, help="Output format.")
@click.option("--fail-on", type=click.Choice(SEVERITY_CHOICES), default="error", show_default=True,
              help="Exit 1 when a finding of this severity or higher is found.")
@click.option("--select", multiple=True, metavar="CODE|PREFIX", help="Only these rules (repeatable).")
@click.option("--ignore", multiple=True, metavar="CODE|PREFIX", help="Leave these rules out (repeatable).")
@click.option("--lang", type=click.Choice(["vi", "en"]), default="vi", show_default=True,
              help="Language of messages.")
@click.option("--rules", "rules_dir", type=click.Path(), default=None, help="Rule directory (default: built-in).")
@click.option("--report-date", type=click.DateTime(formats=["%Y-%m-%d", "%d/%m/%Y"]), default=None,
              help="Date of the report when the draft does not say it (YYYY-MM-DD).")
@click.option("--profile", default=None, help="Outline profile (default: chosen from the title and year).")
@click.option("--draft/--final", "draft", default=True, show_default=True,
              help="--final requires the number and date to be filled in.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write the report to FILE instead of standard output.")
def check(paths, fmt, fail_on, select, ignore, lang, rules_dir, report_date, profile, draft, output) -> None:
    """Check the drafts at PATHS (files or folders of .txt, .md, .docx)."""
    from .engine import Options, Report, run
    from .extract import InputError, read_path
    from .model import SEVERITY_RANK
    from .reporters import RenderContext, get, worst_rank

    rules = _load_rules(rules_dir, select, ignore)
    if profile is not None:
        _check_profile(profile)
    opts = Options(lang=lang, report_date=report_date.date() if report_date else None, profile=profile,
                   final=not draft)
    files = _discover(paths)
    if not files:
        raise _fail("không tìm thấy dự thảo nào để kiểm tra (no drafts found)")
    reports = []
    had_error = False
    for f in files:
        try:
            doc = read_path(f)
        except InputError as e:
            click.echo(f"draftcheck: {f}: {e}", err=True)
            reports.append(Report(path=f, error=str(e)))
            had_error = True
            continue
        report = run(doc, rules, opts)
        if report.internal_errors:
            had_error = True
            for msg in report.internal_errors:
                click.echo(f"draftcheck: {f}: lỗi nội bộ {msg}", err=True)
        reports.append(report)
    ctx = RenderContext(lang=lang, tool_version=__version__, color=_color(bool(output)), rules=rules)
    _emit(fmt, reports, ctx, output)
    if had_error:
        raise click.exceptions.Exit(EXIT_ERROR)
    worst = worst_rank(reports)
    raise click.exceptions.Exit(EXIT_FINDINGS if worst >= SEVERITY_RANK[fail_on] else EXIT_OK)


def _emit(fmt: str, reports, ctx, output: str | None) -> None:
    from .reporters import get

    module = get(fmt)
    if hasattr(module, "render"):
        text = module.render(reports, ctx)
        if output:
            Path(output).write_text(text, encoding="utf-8")
        else:
            click.echo(text, nl=False)
        return
    from rich.console import Console

    if output:
        with open(output, "w", encoding="utf-8") as fh:
            module.write(reports, ctx, Console(file=fh, color_system=None, width=120))
    else:
        module.write(reports, ctx, Console(color_system="auto" if ctx.color else None,
                                           force_terminal=ctx.color, no_color=not ctx.color,
                                           highlight=False))


def _check_profile(name: str) -> None:
    try:
        from .profiles import load_profiles
    except ImportError:
        return
    try:
        names = [p.name for p in load_profiles()]
    except Exception as e:  # noqa: BLE001 - a bad profile file is a config error
        raise _fail(f"lỗi tệp hồ sơ mục: {e}") from None
    if name not in names:
        raise _fail(f"hồ sơ không tồn tại: {name} (unknown profile); có: {', '.join(names)}")


@cli.command("rules")
@click.option("--rules", "rules_dir", type=click.Path(), default=None)
@click.option("--lang", type=click.Choice(["vi", "en"]), default="vi")
def rules_cmd(rules_dir, lang) -> None:
    """List the rule set."""
    from rich.console import Console
    from rich.table import Table

    rs = _load_rules(rules_dir)
    table = Table(title="draftcheck rules")
    for col in ("Code", "Name", "Category", "Severity", "Kind", "Summary"):
        table.add_column(col, overflow="fold")
    for r in rs.rules:
        table.add_row(r.code, r.name, r.category, r.severity, r.kind, r.summary)
    Console(highlight=False, no_color=bool(os.environ.get("NO_COLOR"))).print(table)


@cli.command()
@click.argument("code")
@click.option("--rules", "rules_dir", type=click.Path(), default=None)
def explain(code, rules_dir) -> None:
    """Show what rule CODE checks, why, and an example."""
    rs = _load_rules(rules_dir)
    rule = rs.by_code(code.upper()) or next((r for r in rs.rules if r.name == code), None)
    if rule is None:
        raise _fail(f"mã quy tắc không tồn tại: {code} (unknown rule)")
    click.echo(f"{rule.code} {rule.name}  [{rule.category}, {rule.severity}, kind={rule.kind}]")
    click.echo(f"vi: {rule.message['vi']}")
    click.echo(f"en: {rule.message['en']}")
    click.echo()
    click.echo(rule.description.strip())


@cli.command("test-rules")
@click.option("--rules", "rules_dir", type=click.Path(), default=None)
@click.option("--select", multiple=True, metavar="CODE|PREFIX")
def test_rules(rules_dir, select) -> None:
    """Run every rule's own test cases (must fire / must stay silent)."""
    from .testing import run_rule_cases

    rs = _load_rules(rules_dir, select)
    failures = 0
    total = 0
    for rule in rs.rules:
        for result in run_rule_cases(rule):
            total += 1
            if not result.ok:
                failures += 1
                click.echo(f"FAIL {rule.code} {'fire' if result.case.fire else 'silent'}[{result.case.index}]: "
                           f"{result.detail}")
    click.echo(f"{total - failures} passed, {failures} failed")
    raise click.exceptions.Exit(EXIT_FINDINGS if failures else EXIT_OK)


@cli.command()
def profiles() -> None:
    """List the outline profiles with their sections."""
    try:
        from .profiles import describe_profiles
    except ImportError:
        click.echo("(no profiles)")
        return
    click.echo(describe_profiles())


@cli.command()
@click.argument("path")
def extract(path) -> None:
    """Print the text rendering the checker reads (line numbers, block kinds)."""
    from .extract import InputError, read_path, render

    try:
        doc = read_path(path)
    except InputError as e:
        raise _fail(f"{path}: {e}") from None
    click.echo(render(doc), nl=False)


def main(argv=None) -> None:
    """Entry point: one-line errors, never a traceback."""
    try:
        rc = cli.main(args=argv, prog_name="draftcheck", standalone_mode=False)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except click.UsageError as e:
        msg = e.format_message().splitlines()[0] if e.format_message() else "usage error"
        click.echo(f"draftcheck: {msg} (xem 'draftcheck --help')", err=True)
        sys.exit(EXIT_ERROR)
    except click.Abort:
        sys.exit(EXIT_ERROR)
    except click.ClickException as e:
        click.echo(f"draftcheck: {e.format_message()}", err=True)
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(EXIT_ERROR)
    except Exception as e:  # noqa: BLE001 - the contract: one line, exit 2, no traceback
        click.echo(f"draftcheck: lỗi nội bộ: {type(e).__name__}: {e}", err=True)
        sys.exit(EXIT_ERROR)
    sys.exit(rc if isinstance(rc, int) else 0)
