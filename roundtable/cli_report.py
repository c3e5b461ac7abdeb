"""`roundtable export-data`, `import-status`, `report` and `series-text`: what the organiser
takes away from a series and what comes back (roundtable.report)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from roundtable.cli_support import open_store
from roundtable.errors import RoundtableError
from roundtable.terminal import shown, shown_lines


def _bundles(args: argparse.Namespace, store):
    from roundtable.insights.selection import select

    bundles = select(store, series=args.series, ids=args.ids)
    if not bundles:
        raise RoundtableError("There are no sessions to export: the library is empty.")
    return bundles


def _language(args: argparse.Namespace, bundles):
    from roundtable.domain.model import Language
    from roundtable.insights.summary import main_language

    return Language(args.language) if args.language else main_language(bundles)


def _cmd_export_data(args: argparse.Namespace) -> int:
    from roundtable.report.from_store import DATA_SUFFIXES, write_selection_data

    if Path(args.output).suffix.lower() not in DATA_SUFFIXES:
        args.usage_error("the file's name must end in .xlsx (the workbook) or .csv (the items)")
    with open_store(args) as store:
        bundles = _bundles(args, store)
        write_selection_data(store, bundles, args.output, _language(args, bundles))
    return 0


def _cmd_import_status(args: argparse.Namespace) -> int:
    from roundtable.report.status_import import apply_changes, read_changes

    with open_store(args, writes=not args.dry_run) as store:
        changes = read_changes(store, Path(args.file))
        if not args.dry_run:
            try:
                apply_changes(store, changes, datetime.now().astimezone())
            except RoundtableError as exc:  # a busy or full database: one transaction, undone
                raise RoundtableError(f"{exc} Nothing was changed.") from exc
        # After the writing, so that a list printed is a list of what happened.
        for change in changes:
            print(shown(change.describe()))
    count = len(changes)
    noun = "item" if count == 1 else "items"
    print(f"{count} {noun} {'would change' if args.dry_run else 'changed'}")
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from roundtable.domain.model import Language
    from roundtable.report.from_store import write_selection_report

    if Path(args.output).suffix.lower() != ".docx":
        # Else any file named there (a returned workbook, say) became a Word document.
        args.usage_error("the report is a Word document: the file's name must end in .docx")
    with open_store(args) as store:
        write_selection_report(
            store,
            _bundles(args, store),
            args.output,
            series=args.series,
            chatham_house=args.chatham_house,
            language=Language(args.language) if args.language else None,
            template=args.template,
        )
    return 0


def _cmd_series_text(args: argparse.Namespace) -> int:
    from roundtable.insights.selection import select

    with open_store(args, writes=args.set is not None) as store:
        select(store, series=args.series)  # an unknown series is refused, naming the known
        if args.set is None:
            print(shown_lines(store.series_text(args.series)))  # its paragraphs, no escapes
            return 0
        store.set_series_text(args.series, args.set)
    return 0


def add_report_commands(
    command: Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser],
    session_id: Callable[[str], int],
) -> None:
    """Add export-data, import-status, report and series-text through `command`."""

    def selection(sub: argparse.ArgumentParser) -> None:
        chosen = sub.add_mutually_exclusive_group()
        chosen.add_argument("--series", metavar="NAME", help="the sessions of this series")
        chosen.add_argument(
            "ids", nargs="*", type=session_id, default=[], metavar="ID", help="these sessions"
        )
        sub.add_argument(
            "--language", choices=["da", "en"], default=None,
            help="default: the language most of the sessions were held in",
        )  # fmt: skip

    sub = command(
        "export-data",
        _cmd_export_data,
        "write the sessions, participants, items and follow-up as a workbook (.xlsx) or the "
        "items as CSV",
    )
    sub.set_defaults(usage_error=sub.error)
    selection(sub)
    sub.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.xlsx or FILE.csv")

    sub = command(
        "import-status",
        _cmd_import_status,
        "bring back the statuses, owners, due dates and outcomes of a returned workbook",
    )
    sub.add_argument("file", metavar="FILE.xlsx")
    sub.add_argument("--dry-run", action="store_true", help="print the changes, write nothing")

    sub = command("report", _cmd_report, "write the synthesis report of a series in Word")
    selection(sub)
    sub.add_argument("-o", "--output", required=True, metavar="FILE.docx")
    sub.set_defaults(usage_error=sub.error)
    sub.add_argument(
        "--chatham-house",
        action="store_true",
        help="attribute statements to a sector only and name no participant or organisation "
        "(always so when any of the sessions was held under the rule)",
    )
    sub.add_argument(
        "--template",
        metavar="FILE.docx",
        default=None,
        help="an organisation's Word document or template (.docx, .dotx): its styles, header "
        "and footer are used, its text is not",
    )

    sub = command(
        "series-text", _cmd_series_text, "print or set the organiser's synthesis text of a series"
    )
    sub.add_argument("series", metavar="NAME")
    sub.add_argument("--set", metavar="TEXT", default=None, help="the new text ('' clears it)")
