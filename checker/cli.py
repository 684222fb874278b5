"""Command line: ``draftcheck check|baseline|init|rules|explain|test-rules|config|profiles|extract``.

The only module that imports click. Exit codes: 0 no finding at or above ``--fail-on``;
1 findings; 2 usage, configuration, rule-file or unreadable-input error (one line on
stderr, never a traceback).
"""
from __future__ import annotations

import dataclasses
import os
import shlex
import sys
from dataclasses import field
from functools import lru_cache
from pathlib import Path

import click

from .records import record
from . import __version__
from .reporters import FILE_FORMATS
from .reporters import FORMATS as _FORMATS

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
SEVERITY_CHOICES = ("error", "warning", "info")
STDIN = "-"
# Formats a folder scan meets but cannot read: each is named on stderr and counted in the
# summary rather than passed over in silence (a folder of .doc files is not a clean folder).
# (suffix -> the key of its reason in the message catalogue)
UNREADABLE_FORMATS = {".doc": "cli.skip.doc", ".odt": "cli.skip.odt", ".pdf": "cli.skip.pdf", ".rtf": "cli.skip.rtf"}
IGNORE_FILE_LIMIT = 1 << 20  # a .gitignore larger than this is not a .gitignore


# ----------------------------------------------------------------------------- interface language
# The interface speaks Vietnamese unless asked otherwise (--lang en anywhere on the command
# line, else DRAFTCHECK_LANG=en). Every string is written in English in the code (help texts,
# click's own messages) and looked up in the catalogue checker/locale/cli.toml, data that a
# translator edits without touching code; a missing entry shows the English (and the test
# tests/test_review_lang.py fails).
from .i18n import LANG_ENV, LANGS, msg  # noqa: E402,F401 - the language and the message catalogue
from .i18n import current as interface_lang  # noqa: E402
from .i18n import env_lang as _env_lang  # noqa: E402
from .i18n import help_catalogue as _catalogue  # noqa: E402
from .i18n import chosen as _chosen, choose as _choose  # noqa: E402


def _t(text: str) -> str:
    """``text`` in the interface language (the English itself under --lang en)."""
    if not text or interface_lang() == "en":
        return text
    return _catalogue().get(" ".join(text.split()), text)


def _lang_in(args) -> str | None:
    """The value of ``--lang`` among raw command-line arguments (before ``--``), if valid."""
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args) and args[i + 1] in LANGS:
            return args[i + 1]
        if arg.startswith("--lang=") and arg[7:] in LANGS:
            return arg[7:]
    return None


def _config_lang(args) -> str | None:
    """``lang`` of the configuration governing the current folder (none with --no-config; a
    broken configuration is said by the command that reads it, not here)."""
    if "--no-config" in args:
        return None
    try:
        from .config import governing_config

        cfg = governing_config(os.path.join(os.getcwd(), "draft"))
    except Exception:  # noqa: BLE001 - the interface falls back to Vietnamese
        return None
    lang = cfg.base.get("lang") if cfg is not None else None
    return lang if lang in LANGS else None


def _click_gettext(message: str) -> str:
    # click's own messages ("Usage:", "No such option…") go through gettext; within a draftcheck
    # invocation they come from the catalogue, elsewhere (another click program) as they are
    return _t(message) if _chosen() is not None else message


def _click_ngettext(singular: str, plural: str, n: int) -> str:
    return _click_gettext(singular if n == 1 else plural)


def _install_click_translation() -> None:
    import importlib

    for name in ("core", "exceptions", "types", "parser", "decorators", "formatting", "termui", "utils"):
        try:
            module = importlib.import_module(f"click.{name}")
        except ImportError:
            continue
        if hasattr(module, "_"):
            module._ = _click_gettext
        if hasattr(module, "ngettext"):
            module.ngettext = _click_ngettext


_install_click_translation()


class _Localized:
    """Help rendered in the interface language: the command's help, each option's help and
    metavar, looked up at the moment the help is shown (the texts in the code are the English)."""

    def format_help(self, ctx, formatter):
        saved = [(self, "help", self.help), (self, "options_metavar", self.options_metavar)]
        if isinstance(self, click.Group):
            saved.append((self, "subcommand_metavar", self.subcommand_metavar))
        for param in self.params:
            saved.append((param, "help", getattr(param, "help", None)))
            saved.append((param, "metavar", param.metavar))
        try:
            for obj, attr, value in saved:
                if attr == "metavar":
                    try:
                        shown = obj.make_metavar(ctx)
                    except TypeError:  # click < 8.2: make_metavar() takes no context
                        shown = obj.make_metavar()
                    obj.metavar = _t(shown)
                elif value:
                    setattr(obj, attr, _t(value))
            # click makes the --help option once per command (8.1.8+), its text in the language
            # of the first invocation: it is given the text of this one
            help_option = self.get_help_option(ctx)
            if help_option is not None:
                saved.append((help_option, "help", help_option.help))
                help_option.help = _t("Show this message and exit.")
            return super().format_help(ctx, formatter)
        finally:
            for obj, attr, value in saved:
                setattr(obj, attr, value)

    def get_short_help_str(self, limit: int = 45) -> str:
        saved = self.help, self.short_help
        self.help, self.short_help = _t(self.help or ""), _t(self.short_help) if self.short_help else None
        try:
            return super().get_short_help_str(limit)
        finally:
            self.help, self.short_help = saved


class _Command(_Localized, click.Command):
    pass


class _Group(_Localized, click.Group):
    command_class = _Command
    group_class = type  # subgroups are _Group too

    def parse_args(self, ctx, args):
        if ctx.parent is None:  # the whole command line: --lang, else DRAFTCHECK_LANG, else the configuration
            _choose(_lang_in(args) or _env_lang() or _config_lang(args) or "vi")
        return super().parse_args(ctx, args)

    def main(self, *args, standalone_mode: bool = True, **kwargs):
        # a command line speaks one language from its start (before its arguments are parsed:
        # DRAFTCHECK_LANG, else vi); once it is over, library code speaks both again
        saved = _chosen()
        if saved is None:
            _choose(_env_lang() or "vi")
        try:
            return super().main(*args, standalone_mode=standalone_mode, **kwargs)
        finally:
            if standalone_mode:  # else main() below still has the errors to say, then puts it back
                _choose(saved)


def _fail(message: str) -> "click.exceptions.Exit":
    click.echo(f"draftcheck: {message}", err=True)
    return click.exceptions.Exit(EXIT_ERROR)


def _note(message: str, quiet: bool = False) -> None:
    """A notice on stderr (not an error): silenced by --quiet."""
    if not quiet:
        click.echo(f"draftcheck: {message}", err=True)


def _load_rules(rules_dir: str | None, select=(), ignore=()):
    from .ruleset import RuleError, load_ruleset

    try:
        rs = load_ruleset(rules_dir)
    except RuleError as e:
        raise _fail(msg("cli.rule-file-error", error=e)) from None
    if select or ignore:
        _check_codes(rs, list(select) + list(ignore))
        rs = rs.select(list(select), list(ignore))
    return rs


def _check_codes(rs, codes) -> None:
    known = [r.code for r in rs.rules] + [r.name for r in rs.rules]
    for p in codes:
        if not any(k.startswith(p.upper()) or k == p for k in known):
            raise _fail(msg("cli.unknown-code", code=p))


def _comma_list(ctx, param, values) -> tuple[str, ...]:
    """A repeatable option that also takes comma-separated lists (``--select AR001,ST020``)."""
    out: list[str] = []
    for value in values or ():
        out.extend(part.strip() for part in value.split(",") if part.strip())
    return tuple(out)


# ----------------------------------------------------------------------------- file selection
@record
class Found:
    """What a run takes: the files (``-`` for standard input), the files a folder scan passed
    over because their format cannot be read, and the paths named but left out by
    ``--force-exclude``."""

    files: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)


@lru_cache(maxsize=512)
def _globs(globs: tuple[str, ...]):
    from .config import compile_globs

    return compile_globs(list(globs))


def _relpath(path: str, base: str) -> str:
    return Path(os.path.relpath(path, base)).as_posix()


class _Excludes:
    """The exclude patterns in force for the paths one configuration governs: ``exclude``
    (the command line's, else the configuration's, else DEFAULT_EXCLUDE), then the
    configuration's and the command line's ``extend-exclude``. Each list keeps its own base
    folder: the configuration file's folder, the current folder for the command line, and
    for the defaults (names matched at any depth) the scanned folder itself.

    In a folder scan a pattern that matches the scanned folder itself is set aside for what
    is inside it (``draftcheck check build/`` checks ``build/``, as ruff does): a folder named
    on the command line is what the user asked for, and only ``--force-exclude`` refuses it."""

    def __init__(self, parts, scan_root: str | None = None):
        self.specs = []
        for base, globs in parts:
            if scan_root is not None and base is not None:
                rel_root = _relpath(scan_root, base)
                if rel_root != ".":
                    globs = tuple(g for g in globs if not _globs((g,)).match_file(rel_root + "/"))
            if globs:
                self.specs.append((base, _globs(tuple(globs))))

    def excluded(self, path: str, rel_default: str, is_dir: bool) -> bool:
        """``path``: absolute, symlinks of its folders resolved; ``rel_default``: the path the
        default (name) patterns are matched against."""
        for base, spec in self.specs:
            rel = rel_default if base is None else _relpath(path, base)
            if spec.match_file(rel + "/" if is_dir else rel):
                return True
        return False


def _exclude_parts(cfg, selection, cwd: str) -> list:
    from .config import DEFAULT_EXCLUDE

    parts = []
    if selection.exclude is not None:
        parts.append((cwd, selection.exclude))
    elif cfg is not None and cfg.selection.exclude is not None:
        parts.append((str(cfg.root), cfg.selection.exclude))
    else:
        parts.append((None, DEFAULT_EXCLUDE))
    if cfg is not None and cfg.selection.extend_exclude:
        parts.append((str(cfg.root), cfg.selection.extend_exclude))
    if selection.extend_exclude:
        parts.append((cwd, selection.extend_exclude))
    return parts


def _ignore_spec(path: str):
    """The patterns of one .gitignore (or .git/info/exclude) as pathspec's GitIgnoreSpec on
    RE2; None when there is no such regular file. A line git would not understand is left
    out, as git leaves it out, instead of failing the run."""
    import warnings

    import pathspec

    from .extract import InputError
    from .extract.reader import read_bounded

    if not os.path.isfile(path):
        return None
    try:
        data = read_bounded(path, IGNORE_FILE_LIMIT)
    except InputError:
        return None
    lines = data.decode("utf-8", "replace").splitlines()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return pathspec.GitIgnoreSpec.from_lines(lines, backend="re2")
        except Exception:  # noqa: BLE001 - some line does not compile: keep the others
            good = []
            for line in lines:
                try:
                    pathspec.GitIgnoreSpec.from_lines([line], backend="re2")
                except Exception:  # noqa: BLE001
                    continue
                good.append(line)
            return pathspec.GitIgnoreSpec.from_lines(good, backend="re2")


def _git_entry(folder: str, dirs=None, names=None) -> bool:
    if dirs is not None:
        return ".git" in dirs or ".git" in names
    return os.path.exists(os.path.join(folder, ".git"))


def _repo_start(repo: str) -> list:
    spec = _ignore_spec(os.path.join(repo, ".git", "info", "exclude"))
    return [(repo, spec)] if spec is not None else []


def _gitignored(stack, path: str, is_dir: bool) -> bool:
    """Whether git would ignore ``path``: the deepest ignore file with a pattern matching it
    decides, and within it the last matching pattern (a ``!`` line re-includes)."""
    for base, spec in reversed(stack):
        result = spec.check_file(_relpath(path, base) + ("/" if is_dir else ""))
        if result.include is not None:
            return bool(result.include)
    return False


def _ignore_stack_above(root: str):
    """The ignore files that govern the folder ``root`` from above it, up to the root of its
    git work tree (None outside one: like git, .gitignore files count only in a repository).
    When they ignore ``root`` itself, they are not applied inside it: the user named it."""
    d, chain = root, []
    while not _git_entry(d):
        parent = os.path.dirname(d)
        if parent == d:
            return None
        chain.append(parent)
        d = parent
    stack = _repo_start(d)
    for folder in reversed(chain):  # from the work tree's root down to root's parent
        spec = _ignore_spec(os.path.join(folder, ".gitignore"))
        if spec is not None:
            stack.append((folder, spec))
    return [] if stack and _gitignored(stack, root, True) else stack


def _scan(top: str, selection, cli_opts, cwd: str, found: Found) -> None:
    """The drafts in the folder ``top``, added to ``found``.

    A folder scan never leaves the folder: symlinked folders are not entered, and a
    symlinked file is taken only when its target is a regular file inside the scanned
    folder (``drafts/x.txt -> /etc/passwd`` is passed over), so nothing the user did not
    put under the folder can reach an output. Hidden files and folders are skipped, and so
    is what the excludes match and, in a git work tree, what .gitignore ignores (unless
    --no-respect-gitignore); a nested configuration file governs the folders below it."""
    from .config import config_in, governing_config
    from .extract import DOCX_SUFFIXES, TEXT_SUFFIXES

    suffixes = TEXT_SUFFIXES | DOCX_SUFFIXES
    root = os.path.realpath(top)
    top_cfg = governing_config(top, cli_opts)
    fixed_config = cli_opts.isolated or cli_opts.config is not None
    respect = selection.respect_gitignore
    if respect is None:
        respect = True if top_cfg is None or top_cfg.selection.respect_gitignore is None \
            else top_cfg.selection.respect_gitignore
    states = {top: (top_cfg, _ignore_stack_above(root) if respect else None)}
    matchers: dict = {}
    files, skipped = [], []
    for folder, dirs, names in os.walk(top, followlinks=False):
        cfg, stack = states.pop(folder)
        rel_folder = os.path.relpath(folder, top)
        rel_folder = "" if rel_folder == "." else Path(rel_folder).as_posix()
        real_folder = os.path.join(root, rel_folder) if rel_folder else root
        if folder != top and not fixed_config:
            cfg = config_in(folder) or cfg
        if respect:
            if _git_entry(folder, dirs, names) and (folder != top or stack is None):
                stack = _repo_start(real_folder)  # a repository of its own starts afresh
            if stack is not None:
                spec = _ignore_spec(os.path.join(folder, ".gitignore"))
                if spec is not None:
                    stack = stack + [(real_folder, spec)]
        key = cfg.path if cfg is not None else None
        if key not in matchers:
            matchers[key] = _Excludes(_exclude_parts(cfg, selection, cwd), root)
        excludes = matchers[key]

        def left_out(name: str, is_dir: bool) -> bool:
            real = os.path.join(real_folder, name)
            rel = f"{rel_folder}/{name}" if rel_folder else name
            return excludes.excluded(real, rel, is_dir) or bool(stack) and _gitignored(stack, real, is_dir)

        kept = []
        for d in dirs:
            if d.startswith(".") or left_out(d, True):
                continue
            kept.append(d)
            states[os.path.join(folder, d)] = (cfg, stack)
        dirs[:] = kept
        for name in names:
            suffix = os.path.splitext(name)[1].lower()
            if name.startswith(".") or (suffix not in suffixes and suffix not in UNREADABLE_FORMATS):
                continue
            if left_out(name, False):
                continue
            full = os.path.join(folder, name)
            if os.path.islink(full) and not _inside(os.path.realpath(full), root):
                continue
            if not os.path.isfile(full):  # follows a link inside the tree; devices and FIFOs are not files
                continue
            if suffix in UNREADABLE_FORMATS:
                skipped.append((full, msg(UNREADABLE_FORMATS[suffix])))
            else:
                files.append(full)
    found.files.extend(sorted(files))
    found.skipped.extend(sorted(skipped))


def _force_excluded(path: str, is_dir: bool, selection, cli_opts, cwd: str) -> bool:
    """``--force-exclude``: whether the excludes match a path named on the command line
    (matched as given, so ``vendor/x.md`` is excluded by ``vendor``)."""
    from .config import governing_config

    cfg = governing_config(path, cli_opts)
    force = selection.force_exclude
    if force is None:
        force = bool(cfg is not None and cfg.selection.force_exclude)
    if not force:
        return False
    absolute = os.path.abspath(path)
    real = os.path.join(os.path.realpath(os.path.dirname(absolute)), os.path.basename(absolute))
    rel = _relpath(real, cwd)
    if rel == ".." or rel.startswith("../"):
        rel = Path(real).as_posix().lstrip("/")
    return _Excludes(_exclude_parts(cfg, selection, cwd)).excluded(real, rel, is_dir)


def _discover(paths: tuple[str, ...], selection=None, cli_opts=None, stdin_filename: str | None = None) -> Found:
    """The files to check: each PATH named (``-``: standard input), and the drafts found in
    each folder named (see :func:`_scan`)."""
    from .config import CliOptions, FileSelection

    selection = selection or FileSelection()
    cli_opts = cli_opts or CliOptions()
    cwd = os.path.realpath(os.getcwd())
    found = Found()
    for p in paths:
        if p == STDIN:
            if stdin_filename and _force_excluded(stdin_filename, False, selection, cli_opts, cwd):
                found.excluded.append(stdin_filename)
            else:
                found.files.append(STDIN)
            continue
        is_dir = os.path.isdir(p)
        if _force_excluded(p, is_dir, selection, cli_opts, cwd):
            found.excluded.append(p)
        elif is_dir:
            _scan(p, selection, cli_opts, cwd, found)
        else:
            found.files.append(p)
    return found


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _refuse_output_onto_input(output: str, inputs: list[str], option: str = "-o",
                              names: list[str] | None = None) -> None:
    """``-o`` must never name a checked file, whatever the spelling: the same path through a
    symlink, a hard link, or another letter case on a case-insensitive file system all
    resolve to the same file (device and inode), which is compared before anything is written.
    With ``names``, ``output`` is a folder (made when missing) that will get those files: each
    of them is held to the same rule."""
    if names is not None:
        if os.path.exists(output) and not os.path.isdir(output):
            raise _fail(msg("cli.output-not-folder", output=output))
        for name in names:
            _refuse_one(os.path.join(output, name), inputs, option)
        return
    _refuse_one(output, inputs, option)
    if option != "-o":
        return  # a baseline's folder is created when missing
    folder = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(folder):
        raise _fail(msg("cli.output-folder-missing", output=output, folder=folder))


def _refuse_one(output: str, inputs: list[str], option: str) -> None:
    try:
        out_stat = os.stat(output)
    except FileNotFoundError:
        out_stat = None
    except OSError as e:
        raise _fail(msg("cli.cannot-write", option=option, output=output, reason=e.strerror)) from None
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
            raise _fail(msg("cli.output-is-input", option=option, output=output, input=f))


def _review_targets(output: str, display: list[str]) -> tuple[list[tuple[int, str]], bool]:
    """Where each .docx draft's reviewed copy goes, and whether ``output`` is a folder: the file
    ``output`` for one draft (unless it is a folder), else ``FOLDER/<name>.da-kiem-tra.docx`` for
    each, two drafts of the same name told apart by a number."""
    from .extract import DOCX_SUFFIXES
    from .reporters.docx_review import target_name

    drafts = [i for i, name in enumerate(display) if Path(name).suffix.lower() in DOCX_SUFFIXES]
    folder = os.path.isdir(output) or len(drafts) > 1 or output.endswith(("/", os.sep))
    if not folder:
        return [(i, output) for i in drafts], False
    taken: set[str] = set()
    out = []
    for i in drafts:
        name = target_name(display[i])
        stem, n = name[: -len(".docx")], 2
        while name.lower() in taken:
            name, n = f"{stem}-{n}.docx", n + 1
        taken.add(name.lower())
        out.append((i, os.path.join(output, name)))
    return out, True


def _write_reviews(run: "_Run", ctx, output: str, quiet: bool) -> None:
    """``--format docx``: write the reviewed copy of each .docx draft checked (atomically)."""
    from .reporters.docx_review import ReviewError, review_bytes

    wanted = dict(run.targets)
    for i, report in enumerate(run.reports):
        if report.error:
            continue  # said already, and there is nothing to comment
        if i not in wanted:
            _note(msg("cli.review-not-docx", path=run.paths[i]), quiet)
            continue
        target = wanted[i]
        try:
            data, count = review_bytes(report, ctx)
        except ReviewError as e:
            click.echo(f"draftcheck: {run.paths[i]}: {e}", err=True)
            run.had_error = True
            continue
        folder = os.path.dirname(os.path.abspath(target))
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError as e:
            raise _fail(msg("cli.cannot-make-folder", output=output, reason=e.strerror)) from None
        _write_atomically(target, lambda fh: fh.write(data), binary=True)
        _note(msg("cli.review-written", target=target, count=count), quiet)


def _color(output_is_file: bool) -> bool:
    if output_is_file or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="draftcheck", message="%(prog)s %(version)s")
def cli() -> None:
    """Check report drafts: figures, dates, required components (Vietnamese report-draft linter)."""


# ----------------------------------------------------------------------------- running a check
def _run_options(f):
    """The options that choose what is checked and how: shared by ``check`` and
    ``baseline create|update``, so that a baseline is made from exactly the run it hides."""
    options = [
        click.argument("paths", nargs=-1),
        click.option("--select", multiple=True, callback=_comma_list, metavar="CODE,…",
                     help="Only these rules (codes or prefixes; comma list, repeatable)."),
        click.option("--extend-select", multiple=True, callback=_comma_list, metavar="CODE,…",
                     help="Add these rules to the selection (from --select or the configuration)."),
        click.option("--ignore", multiple=True, callback=_comma_list, metavar="CODE,…",
                     help="Leave these rules out (comma list, repeatable; wins over the selection)."),
        click.option("--lang", type=click.Choice(["vi", "en"]), default=None,
                     help="Language of messages.  [default: vi]"),
        click.option("--rules", "rules_dir", type=click.Path(), default=None,
                     help="Rule directory (default: built-in)."),
        click.option("--report-date", type=click.DateTime(formats=["%Y-%m-%d", "%d/%m/%Y"]), default=None,
                     help="Date of the report when the draft does not say it (YYYY-MM-DD)."),
        click.option("--profile", default=None, help="Outline profile (default: chosen from the title and year)."),
        click.option("--draft/--final", "draft", default=None,
                     help="--final requires the number and date to be filled in.  [default: draft]"),
        click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None,
                     help="Use this configuration file for every path (default: draftcheck.toml or "
                          "[tool.draftcheck] in pyproject.toml, found by walking up from each file)."),
        click.option("--no-config", "isolated", is_flag=True, help="Ignore configuration files."),
        click.option("--exclude", multiple=True, callback=_comma_list, metavar="GLOB,…",
                     help="Leave out what these globs match (relative to the current folder), instead of "
                          "the configured or default excludes (.git, node_modules, .venv, venv, build, dist, …)."),
        click.option("--extend-exclude", multiple=True, callback=_comma_list, metavar="GLOB,…",
                     help="Leave out what these globs match, on top of the excludes."),
        click.option("--respect-gitignore/--no-respect-gitignore", "respect_gitignore", default=None,
                     help="Folder scans skip what .gitignore ignores.  [default: respect]"),
        click.option("--force-exclude/--no-force-exclude", "force_exclude", default=None,
                     help="Apply the excludes to paths named on the command line too (for pre-commit)."),
        click.option("--stdin-filename", default=None, metavar="NAME",
                     help="Read the draft from standard input ('-') under this name: its suffix chooses "
                          "the format (.md, .txt, .docx), its folder the configuration and [[overrides]]."),
        click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True, metavar="N",
                     help="Check files in parallel with N processes (0: one a CPU); output order stays stable."),
        click.option("--max-bytes", "max_bytes", default=None, metavar="SIZE",
                     help="Refuse inputs larger than SIZE (e.g. 20MB, 500k; default 20MB or $DRAFTCHECK_MAX_BYTES)."),
        click.option("--timeout", type=click.FloatRange(min=0), default=30.0, show_default=True, metavar="SECONDS",
                     help="Time budget per file; a file over it is reported as not checked (exit 2), the others "
                          "are unharmed. 0: no budget."),
        click.option("--max-memory", "max_memory", default="2GB", show_default=True, metavar="SIZE",
                     help="Memory the checking may take beyond the program itself (per process with --jobs); "
                          "a file over it is reported as not checked (exit 2), the others are unharmed."),
        click.option("-q", "--quiet", is_flag=True,
                     help="Print the findings and errors only: no summary, no notices."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


@record
class _Run:
    """One run of the checks: the reports in the order of ``paths`` (display names), their
    settings, and what discovery passed over."""

    paths: list[str]
    read_paths: list[str]  # what was read (a temporary file for standard input)
    settings: list
    reports: list
    base: object
    found: Found
    had_error: bool = False
    targets: list = field(default_factory=list)  # (index, path) of each reviewed copy (--format docx)


SEE_HELP = "see 'draftcheck --help'"


def _usage(message: str) -> "click.exceptions.Exit":
    return _fail(f"{message} ({msg('cli.see-help')})")


def _run(opts: dict, fail_on=None) -> _Run:
    """Check the files the options name; report errors on stderr (one line each)."""
    from .config import CliOptions, ConfigError, FileSelection, exclude_globs, resolve, validate

    paths = tuple(opts["paths"])
    stdin_filename = opts.get("stdin_filename")
    if stdin_filename and not paths:
        paths = (STDIN,)
    if not paths:
        raise _usage(msg("cli.missing-paths"))
    if paths.count(STDIN) > 1:
        raise _usage(msg("cli.stdin-once"))
    if stdin_filename and STDIN not in paths:
        raise _usage(msg("cli.stdin-filename-needs-dash"))
    if opts.get("max_bytes") is not None:
        _set_max_bytes(opts["max_bytes"])
    _set_max_memory(opts.get("max_memory", "2GB"))
    rules_dir = opts.get("rules_dir")
    select, ignore, extend = opts.get("select", ()), opts.get("ignore", ()), opts.get("extend_select", ())
    base = _load_rules(rules_dir)
    _check_codes(base, list(select) + list(ignore) + list(extend))
    config_file = opts.get("config_file")
    if config_file and not Path(config_file).is_file():
        raise _fail(msg("cli.config-not-found", path=config_file))
    report_date = opts.get("report_date")
    draft = opts.get("draft")
    cli_opts = CliOptions(select=tuple(select), ignore=tuple(ignore), profile=opts.get("profile"),
                          lang=opts.get("lang") or _env_lang(), report_date=report_date.date() if report_date else None,
                          fail_on=fail_on, final=None if draft is None else not draft, config=config_file,
                          isolated=bool(opts.get("isolated")))
    try:
        where = msg("cli.command-line")
        selection = FileSelection(
            exclude=exclude_globs(list(opts["exclude"]), where, "--exclude") if opts.get("exclude") else None,
            extend_exclude=exclude_globs(list(opts["extend_exclude"]), where, "--extend-exclude")
            if opts.get("extend_exclude") else (),
            respect_gitignore=opts.get("respect_gitignore"), force_exclude=opts.get("force_exclude"))
        found = _discover(paths, selection, cli_opts, stdin_filename)
    except ConfigError as e:
        raise _fail(msg("cli.config-error", error=e)) from None
    quiet = bool(opts.get("quiet"))
    for path, reason in found.skipped:
        _note(msg("cli.skipped", path=path, reason=reason), quiet)
    if not found.files:
        if found.excluded and not found.skipped:
            _note(msg("cli.all-excluded", count=len(found.excluded)), quiet)
            return _Run([], [], [], [], base, found)
        extra = msg("cli.no-drafts-skipped", count=len(found.skipped)) if found.skipped else ""
        raise _fail(msg("cli.no-drafts") + extra)
    display = [(stdin_filename or STDIN) if f == STDIN else f for f in found.files]
    settings = []
    checked: set = set()
    try:
        for name in display:
            s = resolve(name, cli_opts)
            if extend and s.select:  # no selection means every rule: nothing to add to
                s = dataclasses.replace(s, select=s.select + tuple(c for c in extend if c not in s.select))
            if s not in checked:
                validate(s, base)
                if s.profile is not None:
                    _check_profile(s.profile)
                checked.add(s)
            settings.append(s)
    except ConfigError as e:
        raise _fail(msg("cli.config-error", error=e)) from None
    stdin_tmp = None
    read_paths = list(found.files)
    pre_errors: dict[int, str] = {}
    if STDIN in found.files:
        i = found.files.index(STDIN)
        stdin_tmp, error = _stdin_to_file(stdin_filename)
        if error:
            pre_errors[i] = error
        else:
            read_paths[i] = stdin_tmp
    targets: list = []
    if opts.get("output"):
        # the file standard input stands for (an editor's buffer) is an input too
        named = [stdin_filename] if stdin_filename and os.path.exists(stdin_filename) else []
        inputs = [p for p in read_paths if p != STDIN] + named
        if opts.get("fmt") in FILE_FORMATS:
            targets, folder = _review_targets(opts["output"], display)
            _refuse_output_onto_input(opts["output"], inputs,
                                      names=[os.path.basename(t) for _, t in targets] if folder else None)
        elif os.path.isdir(opts["output"]):
            raise _fail(msg("cli.output-is-folder", output=opts["output"]))
        else:
            _refuse_output_onto_input(opts["output"], inputs)
    try:
        todo = [i for i in range(len(read_paths)) if i not in pre_errors]
        done = _run_files([read_paths[i] for i in todo], [settings[i] for i in todo], rules_dir, base,
                          opts.get("jobs", 1), opts.get("timeout", 30.0))
    finally:
        if stdin_tmp:
            import shutil

            shutil.rmtree(os.path.dirname(stdin_tmp), ignore_errors=True)
    from .engine import Report

    reports = [Report(path=display[i], error=pre_errors.get(i, "")) for i in range(len(read_paths))]
    for i, report in zip(todo, done):
        reports[i] = report.renamed(display[i]) if read_paths[i] != display[i] else report
    run = _Run(display, read_paths, settings, reports, base, found, targets=targets)
    for name, report in zip(display, reports):
        if report.error:
            click.echo(f"draftcheck: {name}: {report.error}", err=True)
            run.had_error = True
        if report.internal_errors:
            run.had_error = True
            for error in report.internal_errors:
                click.echo(f"draftcheck: {msg('cli.internal-error-file', path=name, error=error)}", err=True)
    return run


def _stdin_to_file(name: str | None) -> tuple[str | None, str]:
    """Standard input, read within the size limit, into a private temporary file whose
    suffix is that of ``--stdin-filename`` (so the reader takes it as .md, .txt or .docx);
    (path, "") or (None, the reason it could not be read)."""
    import tempfile

    from .extract import InputError
    from .extract.reader import check_size, default_max_bytes

    limit = default_max_bytes()
    stream = click.get_binary_stream("stdin")
    try:
        data = stream.read(limit + 1)
        check_size(len(data), limit)
    except InputError as e:
        return None, str(e)
    except OSError as e:
        return None, msg("cli.stdin-unreadable", reason=e.strerror)
    suffix = Path(name).suffix.lower() if name else ".txt"
    folder = tempfile.mkdtemp(prefix="draftcheck-stdin-")
    path = os.path.join(folder, "stdin" + (suffix or ".txt"))
    with open(path, "wb") as fh:
        fh.write(data)
    return path, ""


def _baseline_missing(path: str, paths) -> "click.exceptions.Exit":
    where = " ".join(shlex.quote(p) for p in paths) or "PATH…"
    return _fail(msg("cli.baseline-missing", path=path, paths=where, quoted=shlex.quote(path)))


@cli.command()
@click.option("--format", "--output-format", "fmt", type=click.Choice([*_FORMATS, *FILE_FORMATS]), default="full",
              show_default=True, help="Output format (--output-format: the same, as in ruff).")
@click.option("--fail-on", type=click.Choice(SEVERITY_CHOICES), default=None,
              help="Exit 1 when a finding of this severity or higher is found.  [default: error]")
@click.option("--min-severity", type=click.Choice(SEVERITY_CHOICES), default=None,
              help="Show only findings of this severity or higher (Vale's --minAlertLevel). The exit code "
                   "still judges every finding by --fail-on.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings are found (errors still exit 2).")
@click.option("--statistics", is_flag=True, help="Print how many findings each rule gave instead of the findings.")
@click.option("-o", "--output", type=click.Path(), default=None,
              help="Write the report to FILE instead of standard output; with --format docx, the reviewed "
                   "copy (a FOLDER for several drafts).")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False), default=None,
              help="Hide the findings recorded in FILE (made by 'draftcheck baseline create'); a missing "
                   "FILE is an error (exit 2).")
@click.option("--baseline-write", is_flag=True,
              help="Record the current findings in the --baseline FILE (created or replaced), then hide them.")
@_run_options
def check(**opts) -> None:
    """Check the drafts at PATHS (files or folders of .txt, .md, .docx; '-': standard input)."""
    from .model import SEVERITY_RANK
    from .reporters import RenderContext

    baseline_file = opts["baseline_file"]
    quiet = opts["quiet"]
    if opts["baseline_write"] and not baseline_file:
        raise _usage(msg("cli.baseline-write-needs-baseline"))
    if baseline_file and not opts["baseline_write"] and not Path(baseline_file).exists():
        raise _baseline_missing(baseline_file, opts["paths"])
    if opts["fmt"] in FILE_FORMATS and not opts["output"]:
        raise _usage(msg("cli.file-format-needs-output", fmt=opts["fmt"]))
    if opts["statistics"]:
        from .reporters.statistics import FORMATS as STAT_FORMATS

        if opts["fmt"] not in STAT_FORMATS:
            raise _usage(msg("cli.statistics-formats", formats=", ".join(STAT_FORMATS)))
    run = _run(opts, fail_on=opts["fail_on"])
    reports, settings = run.reports, run.settings
    stale = 0
    if baseline_file:
        from .baseline import BaselineError, apply_counting, load, write

        try:
            if opts["baseline_write"]:
                if run.had_error:
                    _note(msg("cli.baseline-not-written", path=baseline_file))
                else:
                    _refuse_output_onto_input(baseline_file, run.read_paths, "--baseline")
                    n = write(baseline_file, reports)
                    _note(msg("cli.baseline-written", path=baseline_file, count=n), quiet)
            if Path(baseline_file).exists():
                _, stale = apply_counting(reports, load(baseline_file), baseline_file)
        except BaselineError as e:
            raise _fail(str(e)) from None
        if stale:
            _note(msg("cli.baseline-stale", path=baseline_file, count=stale), quiet)
    # the gate judges every finding the baseline does not hide; --min-severity only trims the display
    failing = any(r.worst() >= SEVERITY_RANK[s.fail_on] for r, s in zip(reports, settings))
    below = 0
    if opts["min_severity"]:
        floor = SEVERITY_RANK[opts["min_severity"]]
        for r in reports:
            shown = [f for f in r.findings if SEVERITY_RANK[f.severity] >= floor]
            below += len(r.findings) - len(shown)
            r.findings = shown
    output = opts["output"]
    out_lang = opts["lang"] or (settings[0].lang if settings else "vi")
    ctx = RenderContext(lang=out_lang, tool_version=__version__, color=_color(bool(output)), rules=run.base,
                        quiet=quiet, fail_on=tuple(s.fail_on for s in settings), skipped=tuple(run.found.skipped),
                        below_min_severity=below, min_severity=opts["min_severity"] or "", baseline_stale=stale)
    if opts["statistics"]:
        from .reporters.statistics import render

        text = render(reports, ctx, opts["fmt"])
        if output:
            _write_atomically(output, lambda fh: fh.write(text))
        else:
            click.echo(text, nl=False)
    elif opts["fmt"] in FILE_FORMATS:
        _write_reviews(run, ctx, output, quiet)
        if not quiet:
            from .reporters import summary_line

            _note(summary_line(reports, ctx))
    else:
        _emit(opts["fmt"], reports, ctx, output)
    if run.had_error:
        raise click.exceptions.Exit(EXIT_ERROR)
    raise click.exceptions.Exit(EXIT_FINDINGS if failing and not opts["exit_zero"] else EXIT_OK)


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

        progress = Progress(TextColumn(f"draftcheck: {_t('checking')}"), BarColumn(), MofNCompleteColumn(),
                            TimeElapsedColumn(),
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

            from .i18n import choose

            # the workers speak the language of the command line whatever the start method
            with ProcessPoolExecutor(max_workers=workers, initializer=choose, initargs=(interface_lang(),)) as pool:
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


def _write_atomically(output: str, write, binary: bool = False) -> None:
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
        raise _fail(msg("cli.cannot-write", option="-o", output=output, reason=e.strerror)) from None
    try:
        with (os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8")) as fh:
            write(fh)
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(e, OSError):
            raise _fail(msg("cli.cannot-write", option="-o", output=output, reason=e.strerror)) from None
        raise


def _check_profile(name: str) -> None:
    try:
        from .profiles import load_profiles
    except ImportError:
        return
    try:
        names = [p.name for p in load_profiles()]
    except Exception as e:  # noqa: BLE001 - a bad profile file is a config error
        raise _fail(msg("cli.profile-file-error", error=e)) from None
    if name not in names:
        raise _fail(msg("cli.unknown-profile", name=name, names=", ".join(names)))


# ----------------------------------------------------------------------------- baselines
@cli.group("baseline")
def baseline_group() -> None:
    """Create, update and show a baseline: the findings accepted today, hidden by
    'check --baseline FILE' so that only new ones are reported."""


def _baseline_run(opts: dict, baseline_file: str) -> _Run:
    run = _run(opts)
    if run.had_error:
        raise _fail(msg("cli.baseline-not-written-fix", path=baseline_file))
    _refuse_output_onto_input(baseline_file, run.read_paths, "--baseline")
    return run


@baseline_group.command("create")
@_run_options
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False), required=True,
              help="The baseline file to create (refused when it exists: use 'baseline update').")
def baseline_create(baseline_file, **opts) -> None:
    """Record the current findings of PATHS in a new baseline file."""
    from .baseline import BaselineError, write

    if Path(baseline_file).exists():
        raise _fail(msg("cli.baseline-exists", path=baseline_file))
    run = _baseline_run(opts, baseline_file)
    try:
        n = write(baseline_file, run.reports)
    except BaselineError as e:
        raise _fail(str(e)) from None
    if not opts["quiet"]:
        click.echo(f"draftcheck: {msg('cli.baseline-created', path=baseline_file, count=n, files=len(run.reports))}")


@baseline_group.command("update")
@_run_options
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False), required=True,
              help="The baseline file to update (it must exist: use 'baseline create' first).")
def baseline_update(baseline_file, **opts) -> None:
    """Record again the current findings of PATHS in the baseline (entries of other files are kept)."""
    from .baseline import BaselineError, update

    if not Path(baseline_file).exists():
        raise _baseline_missing(baseline_file, opts["paths"])
    run = _baseline_run(opts, baseline_file)
    try:
        kept, added, removed = update(baseline_file, run.reports)
    except BaselineError as e:
        raise _fail(str(e)) from None
    if not opts["quiet"]:
        click.echo(f"draftcheck: {msg('cli.baseline-updated', path=baseline_file, kept=kept, added=added, removed=removed)}")


@baseline_group.command("show")
@click.argument("baseline_file", type=click.Path(dir_okay=False))
@click.option("--format", "--output-format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Output format.")
def baseline_show(baseline_file, fmt) -> None:
    """List what BASELINE_FILE hides: per file, rule code, quote and count."""
    import json

    from .baseline import BaselineError, grouped, load_entries

    try:
        rows = grouped(load_entries(baseline_file))
    except BaselineError as e:
        raise _fail(str(e)) from None
    total = sum(n for *_, n in rows)
    files = sorted({p for p, *_ in rows})
    if fmt == "json":
        click.echo(json.dumps({"baseline": baseline_file, "total": total, "files": len(files),
                               "findings": [{"path": p, "code": c, "quote": q, "count": n} for p, c, q, n in rows]},
                              ensure_ascii=False, indent=2))
        return
    current = None
    for path, code, quote, count in rows:
        if path != current:
            click.echo(path)
            current = path
        click.echo(f"  {code}  ×{count}  {quote}")
    click.echo(msg("cli.baseline-show-total", total=total, files=len(files), path=baseline_file))


# ----------------------------------------------------------------------------- init
STARTER_CONFIG = """\
# Cấu hình draftcheck (draftcheck configuration), tạo bởi 'draftcheck init'.
# Mọi khóa đều không bắt buộc: bỏ dấu # ở đầu dòng để dùng. Tùy chọn trên dòng lệnh thắng tệp này.
# 'draftcheck config TỆP' in cấu hình có hiệu lực cho một tệp.

# Mức phát hiện làm lệnh thoát với mã 1 (cổng CI không qua): error | warning | info
fail-on = "error"

# Ngôn ngữ của thông báo: vi | en
lang = "vi"

# Chỉ chạy các quy tắc này (mã hoặc tiền tố; 'draftcheck rules' liệt kê); bỏ trống: mọi quy tắc
# select = ["AR", "DT", "ST"]
# Bỏ các quy tắc này (thắng select)
# ignore = ["DT008"]

# Dàn ý báo cáo ('draftcheck profiles'); mặc định chọn theo tiêu đề và năm
# profile = "cchc-2011-2020"

# Ngày báo cáo, khi dự thảo không ghi
# report-date = 2020-05-20

# true: bản trình ký, số và ngày văn bản phải điền đủ
final = false

# --- Chọn tệp khi quét thư mục (như ruff) ---
# Mẫu tệp theo cú pháp .gitignore, tính từ thư mục chứa tệp này.
# Thêm vào danh sách loại trừ mặc định (.git, node_modules, .venv, venv, build, dist, __pycache__, …):
extend-exclude = []
# Hoặc thay hẳn danh sách mặc định:
# exclude = ["cu/", "nhap-*.md"]
# Bỏ qua những gì .gitignore bỏ qua (trong kho git)
respect-gitignore = true
# Áp dụng loại trừ cả với tệp được nêu tên trên dòng lệnh (pre-commit truyền từng tệp)
force-exclude = false

# --- Mức và tham số riêng của một quy tắc ---
# [rules.AR001]
# severity = "warning"
# params = { approx_relative = 0.05 }

# --- Cấu hình riêng cho một nhóm tệp (mục sau thắng mục trước) ---
# [[overrides]]
# files = ["phu-luc/**/*.md"]
# ignore = ["ST"]
"""


@cli.command()
@click.argument("folder", type=click.Path(file_okay=False), default=".")
def init(folder) -> None:
    """Write a starter draftcheck.toml (comments in Vietnamese) in FOLDER; never overwrites."""
    from .config import CONFIG_NAME, PYPROJECT, ConfigError, _config_in

    target = Path(folder) / CONFIG_NAME
    if not Path(folder).is_dir():
        raise _fail(msg("cli.folder-missing", folder=folder))
    if target.exists():
        raise _fail(msg("cli.init-exists", path=target))
    try:
        existing = _config_in(folder)
    except ConfigError:
        existing = None
    if existing and Path(existing).name == PYPROJECT:
        raise _fail(msg("cli.init-pyproject", path=existing, name=CONFIG_NAME))
    try:
        # O_EXCL: a file created since the check above is still not overwritten
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except FileExistsError:
        raise _fail(msg("cli.init-exists", path=target)) from None
    except OSError as e:
        raise _fail(msg("cli.cannot-write-file", path=target, reason=e.strerror)) from None
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(STARTER_CONFIG)
    click.echo(f"draftcheck: {msg('cli.init-created', path=target)}")


RULES_DIR_HELP = "Rule directory (default: built-in rules)."
LANG_HELP = "Language of the interface and messages. [default: vi]"


def _lang_option():
    return click.option("--lang", type=click.Choice(list(LANGS)), default=None, help=LANG_HELP)


def _shown_lang(lang: str | None) -> str:
    return lang or interface_lang()


@cli.command("rules")
@click.option("--rules", "rules_dir", type=click.Path(), default=None, help=RULES_DIR_HELP)
@_lang_option()
def rules_cmd(rules_dir, lang) -> None:
    """List the rule set."""
    from rich.console import Console
    from rich.table import Table

    lang = _shown_lang(lang)
    rs = _load_rules(rules_dir)
    table = Table(title=_t("draftcheck rules"))
    for col in ("Code", "Name", "Category", "Severity", "Summary"):
        table.add_column(_t(col), overflow="fold")
    for r in rs.rules:
        table.add_row(r.code, r.title_in(lang), _t(r.category), _t(r.severity), r.summary_in(lang))
    Console(highlight=False, no_color=bool(os.environ.get("NO_COLOR"))).print(table)


@cli.command()
@click.argument("code")
@click.option("--rules", "rules_dir", type=click.Path(), default=None, help=RULES_DIR_HELP)
@_lang_option()
def explain(code, rules_dir, lang) -> None:
    """Show what rule CODE checks, why, and an example."""
    lang = _shown_lang(lang)
    rs = _load_rules(rules_dir)
    rule = rs.by_code(code.upper()) or next((r for r in rs.rules if r.name == code), None)
    if rule is None:
        raise _fail(msg("cli.unknown-rule", code=code))
    click.echo(f"{rule.code} {rule.title_in(lang)}  [{_t(rule.category)}, {_t(rule.severity)}; {rule.name}]")
    click.echo()
    click.echo(f"{_t('What it checks')}: {rule.summary_in(lang)}")
    click.echo(f"{_t('Message')}: {rule.message.get(lang) or rule.message['vi']}")
    suggestion = rule.suggestion.get(lang) or rule.suggestion.get("vi")
    if suggestion:
        click.echo(f"{_t('Suggestion')}: {suggestion}")
    fire = next((c.text for c in rule.cases if c.fire), "")
    silent = next((c.text for c in rule.cases if not c.fire), "")
    if fire:
        click.echo(f"{_t('Example that is reported')}: {' '.join(fire.split())}")
    if silent:
        click.echo(f"{_t('Example that is not reported')}: {' '.join(silent.split())}")
    if lang == "en":  # the full description is written in English: shown when English is asked for
        click.echo()
        click.echo(rule.description.strip())


@cli.command("test-rules")
@click.option("--rules", "rules_dir", type=click.Path(), default=None, help=RULES_DIR_HELP)
@click.option("--select", multiple=True, callback=_comma_list, metavar="CODE,…",
              help="Only these rules (comma list, repeatable).")
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
                case = msg("cli.test-rules-fire" if result.case.fire else "cli.test-rules-silent")
                click.echo(msg("cli.test-rules-fail", code=rule.code, case=case, index=result.case.index,
                               detail=result.detail))
    click.echo(msg("cli.test-rules-total", passed=total - failures, failed=failures))
    raise click.exceptions.Exit(EXIT_FINDINGS if failures else EXIT_OK)


@cli.command("config")
@click.argument("path")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None,
              help="Use this configuration file instead of searching for one.")
@click.option("--no-config", "isolated", is_flag=True, help="Ignore configuration files.")
@click.option("--rules", "rules_dir", type=click.Path(), default=None, help=RULES_DIR_HELP)
def config_cmd(path, config_file, isolated, rules_dir) -> None:
    """Print the effective configuration for the file at PATH (after per-glob overrides)."""
    from .config import CliOptions, ConfigError, describe, resolve, validate

    base = _load_rules(rules_dir)
    if config_file and not Path(config_file).is_file():
        raise _fail(msg("cli.config-not-found", path=config_file))
    try:
        s = resolve(path, CliOptions(config=config_file, isolated=isolated))
        validate(s, base)
        if s.profile is not None:
            _check_profile(s.profile)
        click.echo(describe(path, s, base), nl=False)
    except ConfigError as e:
        raise _fail(msg("cli.config-error", error=e)) from None


@cli.command()
@_lang_option()
def profiles(lang) -> None:
    """List the outline profiles with their sections."""
    try:
        from .profiles import describe_profiles
    except ImportError:
        click.echo(_t("(no profiles)"))
        return
    # the labels in the interface language; the headings a draft is matched against stay as drafts write them
    click.echo(describe_profiles(lang=_shown_lang(lang)))


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


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, metavar="HOST",
              help="Address to listen on (127.0.0.1: this machine only).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, metavar="PORT",
              help="Port to listen on.")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True, metavar="N",
              help="Checks run at once, each in a worker process.")
@click.option("--queue", type=click.IntRange(min=0), default=8, show_default=True, metavar="N",
              help="Checks that may wait for a worker; beyond them the answer is 503 with Retry-After.")
@click.option("--max-bytes", "max_bytes", default="20MB", show_default=True, metavar="SIZE",
              help="Largest draft accepted; a larger upload is answered 413.")
@click.option("--timeout", type=click.FloatRange(min=0), default=30.0, show_default=True, metavar="SECONDS",
              help="Time budget per check, as in 'check --timeout'. 0: no budget.")
@click.option("--max-memory", "max_memory", default="2GB", show_default=True, metavar="SIZE",
              help="Memory each worker process may take, as in 'check --max-memory'.")
@click.option("--api-key-file", type=click.Path(dir_okay=False), default=None, metavar="FILE",
              help="Require an API key: FILE holds one key a line (Authorization: Bearer KEY or X-API-Key: KEY).")
def serve(host, port, workers, queue, max_bytes, timeout, max_memory, api_key_file) -> None:
    """Serve the checker over HTTP: POST /v1/check, and a page for reviewers at /."""
    from .service import missing_dependencies  # lazy: 'check' never pays for starlette or uvicorn

    missing = missing_dependencies()
    if missing:
        raise _fail(f"'serve' cần gói phụ service: pip install 'draftcheck-vn[service]' (thiếu {', '.join(missing)}) "
                    f"(the service extra is not installed)")
    from .extract.reader import parse_size
    from .service.server import ServeError, serve as run_server

    try:
        sizes = parse_size(max_bytes), parse_size(max_memory)
    except ValueError as e:
        raise _fail(f"--max-bytes/--max-memory: {e}") from None
    try:
        run_server(host=host, port=port, workers=workers, queue=queue, max_bytes=sizes[0], timeout=timeout,
                   max_memory=sizes[1], api_key_file=api_key_file)
    except ServeError as e:
        raise _fail(str(e)) from None


def main(argv=None) -> None:
    """Entry point: one-line errors in the chosen language, never a traceback."""
    saved = _chosen()
    if saved is None:
        _choose(_env_lang() or "vi")
    try:
        _main(argv)
    finally:
        _choose(saved)


def _main(argv) -> None:
    try:
        rc = cli.main(args=argv, prog_name="draftcheck", standalone_mode=False)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except click.UsageError as e:
        text = e.format_message().splitlines()[0] if e.format_message() else msg("cli.usage-error")
        click.echo(f"draftcheck: {text} ({msg('cli.see-help')})", err=True)
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
        click.echo(f"draftcheck: {msg('cli.internal-error', error=f'{type(e).__name__}: {e}')}", err=True)
        sys.exit(EXIT_ERROR)
    sys.exit(rc if isinstance(rc, int) else 0)
