"""The `roundtable` command: opens the app, or runs one command against the data folder.

Exit status: 0 on success, 1 when input is refused or an operation fails (with a short
message on stderr), 2 for usage errors. Nothing here imports Qt: `--version` and `--help`
stay instant, and the commands run on machines without a display.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from roundtable import __version__
from roundtable.cli_support import PROG, open_store
from roundtable.cli_support import err as _err
from roundtable.errors import RoundtableError
from roundtable.terminal import shown

_ID_MAX = 2**63 - 1  # SQLite's largest integer


# -- commands ------------------------------------------------------------------------


def _cmd_app(args: argparse.Namespace) -> int:
    from roundtable import warm_fonts
    from roundtable.paths import DATABASE_NAME, resolve_data_dir
    from roundtable.storage.early_read import EarlyRead

    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    # The library's list is read while Qt loads (about 100 ms) instead of after it.
    early = EarlyRead.start(data_dir / DATABASE_NAME)
    warm_fonts.start()  # the first text widget would read fontconfig's files otherwise
    # Loading Qt and the window makes objects that live as long as the app: collecting
    # garbage among them costs the first paint about 10 ms and frees next to nothing. The
    # app turns collections back on once the library is painted.
    gc.disable()
    try:
        from roundtable.app import run  # Qt is loaded only for the window

        return run(data_dir, early)
    finally:
        gc.enable()


def _cmd_list(args: argparse.Namespace) -> int:
    from roundtable.cli_sessions import cmd_list

    return cmd_list(args)


def _cmd_search(args: argparse.Namespace) -> int:
    from roundtable.cli_sessions import cmd_search

    return cmd_search(args)


def _cmd_import(args: argparse.Namespace) -> int:
    from roundtable.sessionfile import read_session_file

    refused = 0
    with open_store(args, writes=True) as store:
        for name in args.files:
            try:
                result = read_session_file(name)
                imported = store.import_session(result.bundle, as_new=args.as_new)
            except RoundtableError as exc:
                refused += 1
                _err(str(exc))
                continue
            for entry in result.ignored:
                _err(f"{name}: ignored {entry}")
            if imported.outcome == "unchanged" and result.bundle.session.revision != (
                imported.session.revision
            ):
                _err(f"{name}: the stored copy is newer; nothing changed")
            session = imported.session
            print(f"{session.id}\t{shown(session.title)}\t{imported.outcome}")
    return 1 if refused else 0


def _cmd_sync(args: argparse.Namespace) -> int:
    from roundtable.sessionfile.sync import sync_folder

    with open_store(args, writes=True) as store:
        report = sync_folder(store, Path(args.folder))
    for moved in report.moved:
        print(f"{moved.session_id}\t{shown(moved.title)}\t{moved.outcome}")
    for problem in report.invalid:
        _err(f"skipped {problem} (tried again when the file changes)")
    count = len(report.moved)
    noun = "session" if count == 1 else "sessions"
    print(f"{count} {noun} moved: {len(report.imported)} in, {len(report.written)} out")
    return 1 if report.invalid else 0


def _export_format(args: argparse.Namespace) -> str:
    """The format asked for; without --format, a .docx file name means Word."""
    if args.format:
        return args.format
    return "docx" if args.output.lower().endswith(".docx") else "json"


def _cmd_export(args: argparse.Namespace) -> int:
    from roundtable.errors import NotFound

    fmt = _export_format(args)
    if fmt == "json":
        # Refused rather than ignored: a session file keeps every name, and nobody should
        # think --chatham-house made it anonymous.
        given = [
            option
            for option, value in (
                ("--chatham-house", args.chatham_house),
                ("--language", args.language),
                ("--template", args.template),
            )
            if value
        ]
        if given:
            verb = "applies" if len(given) == 1 else "apply"
            args.usage_error(f"{', '.join(given)} {verb} only to the Word minutes (--format docx)")
    elif args.output == "-":
        args.usage_error("the Word minutes are written to a file: give its name with -o FILE")

    from roundtable import exports
    from roundtable.domain.model import Language

    with open_store(args) as store:
        try:
            if fmt == "docx":
                exports.export_minutes(
                    store,
                    args.id,
                    args.output,
                    chatham_house=args.chatham_house,
                    language=Language(args.language) if args.language else None,
                    template=args.template,
                )
            elif args.output == "-":
                sys.stdout.write(exports.session_file_text(store, args.id))
            else:
                exports.export_session_file(store, args.id, args.output)
        except NotFound as exc:
            raise NotFound(f"{exc} '{PROG} list' shows the sessions and their ids.") from None
    return 0


def _cmd_backup(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        store.backup_to(Path(args.output))
    print(f"Backed up to {args.output}")
    return 0


# -- parsing -------------------------------------------------------------------------


def _session_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a session id is a number, not {text!r}") from None
    if not 1 <= value <= _ID_MAX:
        raise argparse.ArgumentTypeError(f"no session has the id {text}: ids are 1 or more")
    return value


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 1 <= value <= 10_000:
        raise argparse.ArgumentTypeError("must be 1–10000")
    return value


def build_parser() -> argparse.ArgumentParser:
    data_dir_help = "the data folder (default: $ROUNDTABLE_DATA_DIR, else the per-user data folder)"
    # Accepted before or after the command; SUPPRESS keeps a later one from erasing an
    # earlier one.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=data_dir_help)

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Capture and minutes for roundtable dialogues. Without a command, "
        "opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help=data_dir_help)
    parser.set_defaults(handler=_cmd_app)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, handler: Callable[[argparse.Namespace], int], summary: str):
        sub = commands.add_parser(name, parents=[common], help=summary, description=summary)
        sub.set_defaults(handler=handler)
        return sub

    sub = command(
        "import",
        _cmd_import,
        "import session files: a new session, or an update of the stored one with the same uid",
    )
    sub.add_argument("files", nargs="+", metavar="FILE")
    sub.add_argument(
        "--as-new",
        action="store_true",
        help="store each file as a new session with new uids, even when it is already stored",
    )

    sub = command(
        "sync",
        _cmd_sync,
        "keep a shared folder in step: write newer sessions there, import newer files",
    )
    sub.add_argument("folder", metavar="FOLDER", help="the shared folder (OneDrive, Dropbox, …)")

    sub = command("list", _cmd_list, "list the sessions, newest first")
    sub.add_argument("--json", action="store_true", help="print a JSON list")
    sub.add_argument("--series", metavar="NAME", help="only the sessions of this series")

    sub = command(
        "export", _cmd_export, "write a session to a file: the session file or the minutes"
    )
    sub.set_defaults(usage_error=sub.error)
    sub.add_argument("id", type=_session_id, metavar="ID", help="the session id (see list)")
    sub.add_argument(
        "--format",
        choices=["json", "docx"],
        default=None,
        help="json: the session file; docx: the Word minutes (default: docx when FILE ends "
        "in .docx, else json)",
    )
    sub.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="the file to write (- for stdout, json only)",
    )
    minutes = sub.add_argument_group("the Word minutes")
    minutes.add_argument(
        "--chatham-house",
        action="store_true",
        help="attribute statements to a sector only and name no participant or organisation "
        "(always so when the session was held under the rule)",
    )
    minutes.add_argument(
        "--language", choices=["da", "en"], default=None, help="default: the session's language"
    )
    minutes.add_argument(
        "--template",
        metavar="FILE.docx",
        default=None,
        help="an organisation's Word document or template (.docx, .dotx): its styles, header "
        "and footer are used, its text is not",
    )

    sub = command("search", _cmd_search, "find sessions and items by their words")
    sub.add_argument("query", nargs="+", metavar="QUERY")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.add_argument("--limit", type=_limit, default=50, help="at most this many of each")

    sub = command("backup", _cmd_backup, "copy the whole database to a file")
    sub.add_argument("-o", "--output", required=True, metavar="FILE")

    # Not needed to open the app.
    from roundtable.cli_insights import add_insight_commands
    from roundtable.cli_recovery import add_recovery_commands
    from roundtable.cli_report import add_report_commands

    add_recovery_commands(command)
    add_insight_commands(command, _session_id)
    add_report_commands(command, _session_id)
    return parser


def _app_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments when they only open the app: no command, at most --data-dir. Every start
    comes here, and building every command's parser would cost it about 10 ms."""
    if not argv:
        return argparse.Namespace(data_dir=None, handler=_cmd_app)
    if len(argv) == 2 and argv[0] == "--data-dir" and not argv[1].startswith("-"):
        return argparse.Namespace(data_dir=argv[1], handler=_cmd_app)
    if len(argv) == 1 and argv[0].startswith("--data-dir="):
        return argparse.Namespace(data_dir=argv[0].removeprefix("--data-dir="), handler=_cmd_app)
    return None  # the full parser decides, and explains


def main(argv: Sequence[str] | None = None) -> int:
    # A console that cannot show a character gets a replacement, not a crash.
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    args = _app_arguments(sys.argv[1:] if argv is None else argv)
    if args is None:
        args = build_parser().parse_args(argv)
    try:
        status = args.handler(args)
        if sys.stdout is not None:  # None when started without one (pythonw, `>&-`)
            sys.stdout.flush()  # here, where a closed pipe can still be handled
        return status
    except RoundtableError as exc:
        _err(str(exc))
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader stopped early (`roundtable list | head`): not worth a message. Point
        # stdout at /dev/null so the interpreter's final flush does not complain either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as exc:  # a bug: still no traceback in the user's face
        from roundtable.crash_report import write_crash_report
        from roundtable.storage.faults import as_fault

        folder = getattr(args, "data_dir", None)
        fault = as_fault(exc, Path(folder) if folder else None)
        if fault is not None:  # a storage error raised outside the store
            _err(str(fault))
            return 1
        report = write_crash_report(exc, Path(folder) if folder else None)
        where = f" The details are in {report}." if report else ""
        _err(f"unexpected error ({type(exc).__name__}: {exc}). Please report it.{where}")
        return 1
