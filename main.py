"""Kliping: the desktop window, and headless subcommands (import, link, export, evaluate, ...)."""

from __future__ import annotations

import argparse
import os
import sys
import textwrap
from datetime import date
from pathlib import Path

COMMANDS = ("import", "link", "export", "evaluate", "train", "scores", "copy", "merge", "stats", "outlets")
# Gold files without text read their articles from here unless --corpus says otherwise.
DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "shared" / "corpus"


def _gui_parser() -> argparse.ArgumentParser:
    # The headless commands are listed from their own parser, so the list never falls behind.
    commands = next(a for a in _command_parser()._actions if isinstance(a, argparse._SubParsersAction))
    listing = "\n".join(textwrap.fill(c.help or "", 88, initial_indent=f"  {c.dest:<10}",
                                       subsequent_indent=" " * 12) for c in commands._choices_actions)
    parser = argparse.ArgumentParser(
        prog="main.py", description="Open the Kliping window.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=f"headless commands (main.py COMMAND -h for each):\n{listing}")
    parser.add_argument("project", nargs="?", type=Path,
                        help="project file (default: the one in your data folder)")
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png",
                        help="render the window offscreen to OUT.png and exit")
    parser.add_argument("--model", help="name or path of a spaCy pipeline to pre-annotate with")
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py")
    sub = parser.add_subparsers(dest="command", required=True)
    imp = sub.add_parser("import", help="import article files and folders, pre-annotated")
    imp.add_argument("project", type=Path)
    imp.add_argument("paths", nargs="+", type=Path)
    imp.add_argument("--model", help="name or path of a spaCy pipeline to pre-annotate with")
    link = sub.add_parser("link", help="suggest event cards across outlets and find near-duplicate "
                          "articles; confirmed links are kept as they are")
    link.add_argument("project", type=Path)
    link.add_argument("--threshold", type=float, help="lowest pair score to group mentions (default 0.5)")
    exp = sub.add_parser("export", help="export to .xlsx (workbook), .csv or a folder (one CSV per "
                         "sheet), .jsonl (one article a line) or .spacy (done articles, for training)")
    exp.add_argument("project", type=Path)
    exp.add_argument("out", type=Path)
    exp.add_argument("--status", action="append", default=[], help="only articles in this status "
                     "(new, in_progress, done, skipped); repeatable")
    exp.add_argument("--annotator", action="append", default=[], help="only articles this annotator "
                     "changed; repeatable")
    exp.add_argument("--outlet", action="append", default=[], help="only this outlet's articles; repeatable")
    exp.add_argument("--since", type=date.fromisoformat, help="published on or after YYYY-MM-DD")
    exp.add_argument("--until", type=date.fromisoformat, help="published on or before YYYY-MM-DD")
    exp.add_argument("--version", metavar="NAME", help="in a merged project, only NAME's version of each "
                     "article (its spans and roles); 'adjudicated' for the adjudicated version")
    ev = sub.add_parser("evaluate", help="score the project's spans against gold JSONL (P/R/F1 per label)")
    ev.add_argument("project", type=Path)
    ev.add_argument("gold", type=Path, help="gold .jsonl: an export, or text-free gold with a corpus")
    ev.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help="folder with the articles of a gold file without text (default: %(default)s)")
    tr = sub.add_parser("train", help="retrain the NER on the reviewed (done) articles and use it")
    tr.add_argument("project", type=Path)
    tr.add_argument("--max-minutes", type=float, default=5.0)
    sub.add_parser("scores", help="print the pre-annotation scores on the team's gold and public tests")
    cp = sub.add_parser("copy", help="write a project file with chosen articles for an annotator")
    cp.add_argument("project", type=Path)
    cp.add_argument("out", type=Path)
    cp.add_argument("--article", type=int, nargs="+", default=[], metavar="ID", help="article ids")
    cp.add_argument("--status", nargs="+", default=[], choices=("new", "in_progress", "done", "skipped"),
                    help="every article in these review statuses")
    cp.add_argument("--for", dest="for_annotator", metavar="NAME", help="the annotator the copy is for")
    mg = sub.add_parser("merge", help="merge annotators' copies into OUT (created if missing)")
    mg.add_argument("out", type=Path)
    mg.add_argument("inputs", nargs="+", type=Path, metavar="IN")
    st = sub.add_parser("stats", help="agreement between annotators of a merged project: spans, "
                                      "kappa, triggers, clusters (MUC, B-cubed, CEAF-e, CoNLL, BLANC)")
    st.add_argument("project", type=Path)
    ol = sub.add_parser("outlets", help="list the outlet names this project adds to the shipped table, or "
                        "add one (with its spellings) for the next imports")
    ol.add_argument("project", type=Path)
    ol.add_argument("--add", nargs="+", metavar=("NAME", "SPELLING"),
                    help='the name to show, then how pages write it: --add "Monitor Indonesia" MI '
                         "monitorindonesia.com")
    ol.add_argument("--remove", metavar="NAME", help="take an outlet out of the project's table")
    return parser


def _terminal_progress(done: int, total: int, name: str) -> None:
    print(f"\r[{done}/{total}] {name[:60]:<60}", end="" if done < total else "\n",
          file=sys.stderr, flush=True)


def _outlets(args: argparse.Namespace) -> int:
    from models.settings import add_project_outlet, project_outlets, remove_project_outlet

    if args.add:
        name, spellings = args.add[0].strip(), [s.strip() for s in args.add[1:] if s.strip()]
        if not name:
            print("--add needs the outlet's name first", file=sys.stderr)
            return 2
        add_project_outlet(name, spellings)
        print(f"{name}: added; articles imported from now on are read with it")
    if args.remove and not remove_project_outlet(args.remove):
        print(f"{args.project}: no outlet {args.remove!r} in this project's table", file=sys.stderr)
        return 1
    table = project_outlets()
    if not table:
        print("This project adds no outlets to the shipped table.")
    for name, spellings in sorted(table.items()):
        print(f"{name}: {', '.join(spellings) or '(its name only)'}")
    return 0


def run_command(args: argparse.Namespace) -> int:
    from models import db
    from models.errors import ProjectError

    if args.command == "scores":
        from exports.scoreboard import report

        print(report())
        return 0
    if args.command == "merge":
        return _merge(args)
    if args.command in ("link", "export", "evaluate", "train", "copy", "stats", "outlets") \
            and not args.project.exists():
        print(f"{args.project}: no such project file", file=sys.stderr)
        return 2
    try:
        db.open_project(args.project)
    except ProjectError as exc:
        print(exc, file=sys.stderr)
        return 2
    try:
        if args.command == "import":
            return _import(args)
        if args.command == "outlets":
            return _outlets(args)
        if args.command == "evaluate":
            return _evaluate(args)
        if args.command == "train":
            return _train(args)
        if args.command == "link":
            return _link(args)
        if args.command == "copy":
            return _copy(args)
        if args.command == "stats":
            return _stats()
        return _export(args)
    finally:
        db.close_project()


def _train(args: argparse.Namespace) -> int:
    from exports.model_training import train_project_model
    from nlp.scoring import format_scores

    def progress(step: int, best: float) -> None:
        print(f"\rstep {step:>6}  best dev F1 {max(best, 0):.3f}", end="", file=sys.stderr, flush=True)

    try:
        report = train_project_model(max_minutes=args.max_minutes, progress=progress)
    except ValueError as exc:
        print(f"{args.project}: {exc}", file=sys.stderr)
        return 2
    print(file=sys.stderr)
    print(f"Trained on {report.trained_on} reviewed articles; scored on {report.held_out} held out.")
    print("Before (entities on the held-out articles):")
    print(format_scores(report.before))
    print("After:")
    print(format_scores(report.after))
    print(f"New model: {report.model} (used for imports into this project from now on)")
    return 0


def _stats() -> int:
    from exports.agreement_report import project_agreement

    print("\n".join(project_agreement().lines()))
    return 0


def _link(args: argparse.Namespace) -> int:
    from exports.link_project import link_project

    report = link_project(progress=_terminal_progress, threshold=args.threshold)
    print(report.summary())
    return 0


def _copy(args: argparse.Namespace) -> int:
    from models.copies import article_ids_with_status, export_copy
    from models.errors import EditError, ProjectError

    ids = [*args.article, *article_ids_with_status(args.status)]
    if not ids:
        print("Choose the articles: --article ID... or --status STATUS... (none matched)", file=sys.stderr)
        return 2
    try:
        print(export_copy(ids, args.out, args.for_annotator).summary())
    except (EditError, ProjectError) as exc:
        print(exc, file=sys.stderr)
        return 2
    return 0


def _merge(args: argparse.Namespace) -> int:
    from models.errors import ProjectError
    from models.merge import merge_projects

    try:
        reports = merge_projects(args.out, args.inputs)
    except ProjectError as exc:
        print(exc, file=sys.stderr)
        return 2
    for report in reports:
        print(report.summary())
    return 0


def _import(args: argparse.Namespace) -> int:
    from exports.importer import import_files

    report = import_files(args.paths, progress=_terminal_progress, model=args.model)
    for skipped in report.skipped:
        print(f"skipped {skipped}", file=sys.stderr)
    for note in report.notes:
        print(note, file=sys.stderr)
    print(report.summary())
    return 0


def _export(args: argparse.Namespace) -> int:
    from exports.formats import export_any, export_format
    from models.adjudication import ADJUDICATED
    from models.filters import ArticleFilter

    if export_format(args.out) is None:
        print(f"{args.out}: the name must end in .xlsx, .csv, .jsonl or .spacy, or be a folder "
              "(one CSV per sheet)", file=sys.stderr)
        return 2
    version = ADJUDICATED if args.version == "adjudicated" else args.version
    spec = ArticleFilter(statuses=tuple(args.status), outlets=tuple(args.outlet),
                         annotators=tuple(args.annotator), date_from=args.since, date_to=args.until,
                         version=version)
    count = export_any(args.out, spec)
    print(f"Exported {count} article{'' if count == 1 else 's'} to {args.out}")
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from exports.evaluate import evaluate_project
    from exports.gold import GoldError, load_gold
    from nlp.scoring import format_scores

    try:
        gold = load_gold(args.gold, args.corpus)
    except GoldError as exc:
        print(exc, file=sys.stderr)
        return 2
    for problem in gold.problems:
        print(problem, file=sys.stderr)
    if not gold.documents:
        print(f"{args.gold}: no gold article could be read", file=sys.stderr)
        return 2
    scores = evaluate_project(gold.documents)
    for note in scores.notes:
        print(note, file=sys.stderr)
    print(f"Matched {scores.documents} of {len(gold.documents)} gold articles"
          + (f" ({gold.reanchored} re-anchored to a changed cleaner)" if gold.reanchored else "") + ".")
    print(format_scores(scores))
    return 0


def _no_display() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in COMMANDS:
        return run_command(_command_parser().parse_args(argv))
    args = _gui_parser().parse_args(argv)
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif _no_display():
        print("No display found: Kliping's window needs a desktop session. Headless, use "
              "'main.py import|export ...' or '--screenshot OUT.png'.", file=sys.stderr)
        return 2
    from desktop.app import run_gui

    return run_gui(args.project, model=args.model, screenshot=args.screenshot)


if __name__ == "__main__":
    sys.exit(main())
