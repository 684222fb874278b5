"""Command line: ``draftcheck check|rules|explain|test-rules|profiles|extract``.

The only module that imports click. Exit codes: 0 no finding at or above ``--fail-on``;
1 findings; 2 usage, configuration, rule-file or unreadable-input error (one line on
stderr, never a traceback).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .reporters import FORMATS as _FORMATS

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
        _check_codes(rs, list(select) + list(ignore))
        rs = rs.select(list(select), list(ignore))
    return rs


def _check_codes(rs, codes) -> None:
    known = [r.code for r in rs.rules] + [r.name for r in rs.rules]
    for p in codes:
        if not any(k.startswith(p.upper()) or k == p for k in known):
            raise _fail(f"mã quy tắc không tồn tại: {p} (unknown rule code or prefix)")


def _discover(paths: tuple[str, ...]) -> list[str]:
    """The files to check: each PATH named, and the drafts found in each folder named.

    A folder scan never leaves the folder: symlinked folders are not entered, and a
    symlinked file is taken only when its target is a regular file inside the scanned
    folder (``drafts/x.txt -> /etc/passwd`` is passed over), so nothing the user did not
    put under the folder can reach an output. Hidden files and folders are skipped."""
    from .extract import DOCX_SUFFIXES, TEXT_SUFFIXES

    suffixes = TEXT_SUFFIXES | DOCX_SUFFIXES
    out = []
    for p in paths:
        if not os.path.isdir(p):
            out.append(p)
            continue
        root = os.path.realpath(p)
        found = []
        for folder, dirs, names in os.walk(p, followlinks=False):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for name in names:
                if name.startswith(".") or os.path.splitext(name)[1].lower() not in suffixes:
                    continue
                full = os.path.join(folder, name)
                if os.path.islink(full) and not _inside(os.path.realpath(full), root):
                    continue
                if os.path.isfile(full):  # follows a link inside the tree; devices and FIFOs are not files
                    found.append(full)
        out.extend(sorted(found))
    return out


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _refuse_output_onto_input(output: str, inputs: list[str]) -> None:
    """``-o`` must never name a checked file, whatever the spelling: the same path through a
    symlink, a hard link, or another letter case on a case-insensitive file system all
    resolve to the same file (device and inode), which is compared before anything is written."""
    try:
        out_stat = os.stat(output)
    except FileNotFoundError:
        out_stat = None
    except OSError as e:
        raise _fail(f"-o {output}: không ghi được ({e.strerror})") from None
    real_out = os.path.normcase(os.path.realpath(output))
    for f in inputs:
        same = os.path.normcase(os.path.realpath(f)) == real_out
        if not same and out_stat is not None:
            try:
                in_stat = os.stat(f)
            except OSError:
                continue
            same = (in_stat.st_dev, in_stat.st_ino) == (out_stat.st_dev, out_stat.st_ino)
        if same:
            raise _fail(f"-o {output}: là một tệp đang được kiểm tra ({f}), không ghi đè dự thảo "
                        f"(refusing to overwrite an input file)")
    folder = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(folder):
        raise _fail(f"-o {output}: thư mục {folder} không tồn tại (output folder does not exist)")


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
@click.option("--format", "fmt", type=click.Choice(list(_FORMATS)), default="full",
              show_default=True, help="Output format.")
@click.option("--fail-on", type=click.Choice(SEVERITY_CHOICES), default=None,
              help="Exit 1 when a finding of this severity or higher is found.  [default: error]")
@click.option("--select", multiple=True, metavar="CODE|PREFIX", help="Only these rules (repeatable).")
@click.option("--ignore", multiple=True, metavar="CODE|PREFIX", help="Leave these rules out (repeatable).")
@click.option("--lang", type=click.Choice(["vi", "en"]), default=None,
              help="Language of messages.  [default: vi]")
@click.option("--rules", "rules_dir", type=click.Path(), default=None, help="Rule directory (default: built-in).")
@click.option("--report-date", type=click.DateTime(formats=["%Y-%m-%d", "%d/%m/%Y"]), default=None,
              help="Date of the report when the draft does not say it (YYYY-MM-DD).")
@click.option("--profile", default=None, help="Outline profile (default: chosen from the title and year).")
@click.option("--draft/--final", "draft", default=None,
              help="--final requires the number and date to be filled in.  [default: draft]")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write the report to FILE instead of standard output.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None,
              help="Use this configuration file for every path (default: draftcheck.toml or "
                   "[tool.draftcheck] in pyproject.toml, found by walking up from each file).")
@click.option("--no-config", "isolated", is_flag=True, help="Ignore configuration files.")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False), default=None,
              help="Hide the findings recorded in FILE; when FILE does not exist, record the current ones in it.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
              help="Check files in parallel with N processes (0: one a CPU); output order stays stable.")
@click.option("--max-bytes", "max_bytes", default=None, metavar="SIZE",
              help="Refuse inputs larger than SIZE (e.g. 20MB, 500k; default 20MB or $DRAFTCHECK_MAX_BYTES).")
@click.option("--timeout", type=click.FloatRange(min=0), default=30.0, show_default=True, metavar="SECONDS",
              help="Time budget per file; a file over it is reported as not checked (exit 2), the others "
                   "are unharmed. 0: no budget.")
@click.option("--max-memory", "max_memory", default="2GB", show_default=True, metavar="SIZE",
              help="Memory the checking may take beyond the program itself (per process with --jobs); "
                   "a file over it is reported as not checked (exit 2), the others are unharmed.")
def check(paths, fmt, fail_on, select, ignore, lang, rules_dir, report_date, profile, draft, output,
          config_file, isolated, baseline_file, jobs, max_bytes=None, timeout=30.0, max_memory="2GB") -> None:
    """Check the drafts at PATHS (files or folders of .txt, .md, .docx)."""
    if max_bytes is not None:
        _set_max_bytes(max_bytes)
    _set_max_memory(max_memory)
    from .config import CliOptions, ConfigError, resolve, validate
    from .model import SEVERITY_RANK
    from .reporters import RenderContext

    base = _load_rules(rules_dir)
    _check_codes(base, list(select) + list(ignore))
    if config_file and not Path(config_file).is_file():
        raise _fail(f"{config_file}: không tìm thấy tệp cấu hình (configuration file not found)")
    cli_opts = CliOptions(select=tuple(select), ignore=tuple(ignore), profile=profile, lang=lang,
                          report_date=report_date.date() if report_date else None, fail_on=fail_on,
                          final=None if draft is None else not draft, config=config_file, isolated=isolated)
    files = _discover(paths)
    if not files:
        raise _fail("không tìm thấy dự thảo nào để kiểm tra (no drafts found)")
    if output:
        _refuse_output_onto_input(output, files)
    settings = []
    checked: set = set()
    try:
        for f in files:
            s = resolve(f, cli_opts)
            if s not in checked:
                validate(s, base)
                if s.profile is not None:
                    _check_profile(s.profile)
                checked.add(s)
            settings.append(s)
    except ConfigError as e:
        raise _fail(f"lỗi cấu hình: {e}") from None
    reports = _run_files(files, settings, rules_dir, base, jobs, timeout)
    had_error = False
    for f, report in zip(files, reports):
        if report.error:
            click.echo(f"draftcheck: {f}: {report.error}", err=True)
            had_error = True
        if report.internal_errors:
            had_error = True
            for msg in report.internal_errors:
                click.echo(f"draftcheck: {f}: lỗi nội bộ {msg}", err=True)
    if baseline_file:
        _baseline(baseline_file, reports)
    out_lang = lang or (settings[0].lang if settings else "vi")
    ctx = RenderContext(lang=out_lang, tool_version=__version__, color=_color(bool(output)), rules=base)
    _emit(fmt, reports, ctx, output)
    if had_error:
        raise click.exceptions.Exit(EXIT_ERROR)
    failing = any(r.worst() >= SEVERITY_RANK[s.fail_on] for r, s in zip(reports, settings))
    raise click.exceptions.Exit(EXIT_FINDINGS if failing else EXIT_OK)


def _set_max_bytes(value: str) -> None:
    """Validate ``--max-bytes`` and hand it to the reader (through the environment, so the
    worker processes of ``--jobs`` see it too)."""
    from .extract.reader import ENV_MAX_BYTES, parse_size

    try:
        size = parse_size(value)
    except ValueError as e:
        raise _fail(f"--max-bytes: {e}") from None
    previous = os.environ.get(ENV_MAX_BYTES)
    os.environ[ENV_MAX_BYTES] = str(size)

    def restore() -> None:  # the command may run in-process (tests, library use): leave no trace
        if previous is None:
            os.environ.pop(ENV_MAX_BYTES, None)
        else:
            os.environ[ENV_MAX_BYTES] = previous

    click.get_current_context().call_on_close(restore)


def _set_max_memory(value: str) -> None:
    """Bound the address space this process (and the ``--jobs`` workers it forks) may grow by,
    so that a crafted file raises MemoryError, reported for that file, instead of exhausting
    the machine. The bound is added to what the process already uses, so the command behaves
    the same run on its own or inside a larger program (a test runner); put back on exit."""
    from .extract.reader import parse_size

    try:
        budget = parse_size(value)
    except ValueError as e:
        raise _fail(f"--max-memory: {e}") from None
    try:
        import resource
    except ImportError:  # not a POSIX system: no bound can be set
        return
    used = _address_space_in_use()
    if used is None:
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = used + budget
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    if soft != resource.RLIM_INFINITY and soft <= limit:
        return  # already bounded more tightly by the caller
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        return
    click.get_current_context().call_on_close(lambda: resource.setrlimit(resource.RLIMIT_AS, (soft, hard)))


def _address_space_in_use() -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def _run_files(files, settings, rules_dir, base, jobs, timeout=None):
    """Check every file (in ``jobs`` processes when > 1), results in the order given; a
    progress bar on standard error when it is a terminal and there are more than a few files."""
    from .config import check_file, prime

    prime(rules_dir, base)
    known = frozenset(r.code for r in base.rules)
    workers = (os.cpu_count() or 1) if jobs == 0 else jobs
    workers = max(1, min(workers, len(files)))
    progress = None
    if len(files) > 3 and sys.stderr.isatty() and not os.environ.get("CI"):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        progress = Progress(TextColumn("draftcheck"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                            TextColumn("{task.description}"), console=Console(stderr=True), transient=True)
    results = [None] * len(files)
    if progress:
        progress.start()
        task = progress.add_task("", total=len(files))
    try:
        if workers == 1:
            for i, (f, s) in enumerate(zip(files, settings)):
                if progress:
                    progress.update(task, description=Path(f).name)
                results[i] = check_file(f, s, rules_dir, known, timeout=timeout)
                if progress:
                    progress.advance(task)
        else:
            from concurrent.futures import ProcessPoolExecutor, as_completed

            with ProcessPoolExecutor(max_workers=workers) as pool:
                futures = {pool.submit(check_file, f, s, rules_dir, known, True, timeout): i
                           for i, (f, s) in enumerate(zip(files, settings))}
                for fut in as_completed(futures):
                    i = futures[fut]
                    results[i] = fut.result()
                    if progress:
                        progress.update(task, description=Path(files[i]).name)
                        progress.advance(task)
    finally:
        if progress:
            progress.stop()
    return results


def _baseline(path: str, reports) -> None:
    from .baseline import BaselineError, apply, load, write

    try:
        if not Path(path).exists():
            n = write(path, reports)
            click.echo(f"draftcheck: đã ghi baseline {path} với {n} phát hiện (baseline written: {n} findings)",
                       err=True)
        apply(reports, load(path), path)
    except BaselineError as e:
        raise _fail(str(e)) from None


def _emit(fmt: str, reports, ctx, output: str | None) -> None:
    from .reporters import get

    module = get(fmt)
    if hasattr(module, "render"):
        text = module.render(reports, ctx)
        if output:
            _write_atomically(output, lambda fh: fh.write(text))
        else:
            click.echo(text, nl=False)
        return
    from rich.console import Console

    if output:
        _write_atomically(output, lambda fh: module.write(reports, ctx, Console(file=fh, color_system=None,
                                                                                 width=120)))
    else:
        module.write(reports, ctx, Console(color_system="auto" if ctx.color else None,
                                           force_terminal=ctx.color, no_color=not ctx.color,
                                           highlight=False))


def _write_atomically(output: str, write) -> None:
    """Write the report to a temporary file beside the target, then rename it over the target:
    an interrupted run leaves the old file (or none), never half a report. A symlinked target
    keeps its link; the file it points to is replaced."""
    import tempfile

    target = os.path.realpath(output)
    folder = os.path.dirname(target)
    try:
        mode = os.stat(target).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    try:
        fd, tmp = tempfile.mkstemp(prefix=".draftcheck-", suffix=".tmp", dir=folder)
    except OSError as e:
        raise _fail(f"-o {output}: không ghi được ({e.strerror})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            write(fh)
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(e, OSError):
            raise _fail(f"-o {output}: không ghi được ({e.strerror})") from None
        raise


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


@cli.command("config")
@click.argument("path")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None,
              help="Use this configuration file instead of searching for one.")
@click.option("--no-config", "isolated", is_flag=True, help="Ignore configuration files.")
@click.option("--rules", "rules_dir", type=click.Path(), default=None)
def config_cmd(path, config_file, isolated, rules_dir) -> None:
    """Print the effective configuration for the file at PATH (after per-glob overrides)."""
    from .config import CliOptions, ConfigError, describe, resolve, validate

    base = _load_rules(rules_dir)
    if config_file and not Path(config_file).is_file():
        raise _fail(f"{config_file}: không tìm thấy tệp cấu hình (configuration file not found)")
    try:
        s = resolve(path, CliOptions(config=config_file, isolated=isolated))
        validate(s, base)
        if s.profile is not None:
            _check_profile(s.profile)
        click.echo(describe(path, s, base), nl=False)
    except ConfigError as e:
        raise _fail(f"lỗi cấu hình: {e}") from None


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
