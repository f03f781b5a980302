"""The `studybot` command line: chat, one-shot lookups, deck tools, and starting the bots."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot.clean import clean_text
from knowledge.bundled import resolve_deck_path
from knowledge.deck_files import check_deck_file, open_deck_file
from knowledge.loader import DeckError
from knowledge.model import Deck

if TYPE_CHECKING:
    from bot.app import App
    from bot.replies import Reply

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def _print(*values: object, file: TextIO | None = None) -> None:
    """`print`, minus anything that would act on the reader's terminal: what the CLI prints can
    carry a user's query or file name, and `ESC [2J` in one must not clear their screen."""
    print(clean_text(" ".join(str(value) for value in values)), file=file or sys.stdout)


# `quiz sample`'s default seed; `deck import` counts questions with it too, so the two agree.
SAMPLE_SEED = 1


def _load(path_arg: str | None) -> Deck:
    path = resolve_deck_path(path_arg)
    try:
        return open_deck_file(path)
    except DeckError as error:
        _print(f"studybot: cannot load the deck {path}:", file=sys.stderr)
        for problem in error.problems:
            _print(f"  {problem}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE) from None


def _cmd_chat(args: argparse.Namespace) -> int:
    from adapters.console import ConsoleChat
    from adapters.console._chat import fd_lines
    from adapters.console._interrupt import EXIT_INTERRUPTED, run_chat
    from bot.app import AppConfig, build_app
    from bot.store import StoreError

    deck = _load(args.deck)
    fast = bool(getattr(args, "fast_timers", False))

    async def chat() -> None:
        config = AppConfig(database_url=args.database_url, fast_timers=fast)
        app = await build_app(config, deck=deck)
        admin = not bool(getattr(args, "student", False))
        console = ConsoleChat(app.engine, user=args.user, admin=admin)
        try:
            app.connect(console.messenger)  # battle rounds and pushes print as they come
            interactive = sys.stdin.isatty()
            if interactive:
                console.banner()
                _print(f"(progress is kept in {_where(app)})", file=sys.stderr)
            await console.run(
                fd_lines(sys.stdin.fileno()),
                prompt=interactive,
                tick_every=0.1 if fast else 1.0,
                linger=lambda: app.battles.busy,
            )
        finally:
            console.close()
            await app.close()

    try:
        interrupted = run_chat(chat(), interactive=sys.stdin.isatty())
    except (ValueError, StoreError) as error:
        _print(f"studybot: cannot open the database: {error}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_INTERRUPTED if interrupted else EXIT_OK


def _where(app: App) -> str:
    from bot.store import SqlStore

    return app.store.where if isinstance(app.store, SqlStore) else "memory only"


def _one_shot(args: argparse.Namespace, *, ask: bool) -> int:
    from bot import explain
    from bot.replies import Choices
    from bot.wording import SHELL
    from knowledge.search import DeckIndex

    deck = _load(args.deck)
    index = DeckIndex(deck, eager=ask)  # /explain never needs the /ask index
    query = clean_text(" ".join(args.query))
    topic: str | None = None
    if ask:
        asked = explain.answer_question(deck, index, query, SHELL)
        reply, topic, status = asked.reply, asked.topic, asked.status
    else:
        reply = explain.explain(deck, index, query, SHELL)
        lookup = index.lookup(query) if query.strip() else None
        if lookup is not None and lookup.status == "match" and lookup.best is not None:
            topic = lookup.best.title
        status = lookup.status if lookup is not None else "none"
    shown = _shell_text(reply)
    if args.json:
        options = [option.label for option in reply.options] if isinstance(reply, Choices) else []
        payload = {
            "query": explain.echo(query),  # capped: a 10 MB query is not printed back whole
            "status": status,
            "topic": topic,
            "text": shown,
            "options": options,
        }
        import json  # here: most one-shot runs print text

        _print(json.dumps(payload, ensure_ascii=False))
    else:
        _print(shown)
    return EXIT_OK


def _shell_text(reply: Reply) -> str:
    """A reply as a shell user reads it: suggestions become the commands that would show them."""
    from bot.replies import Choices
    from bot.wording import SHELL

    if not isinstance(reply, Choices):
        return reply.fallback.plain
    suggested = [
        f"  {SHELL.command('explain', option.label, bare=True)}" for option in reply.options
    ]
    return "\n".join([reply.body.plain, *suggested])


def _cmd_quiz_sample(args: argparse.Namespace) -> int:
    from bot.questions import QuestionGenerator, QuestionKind, format_sample

    if args.n < 1:
        _print("studybot: --n must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    kinds = None
    if args.kinds:
        names = [name.strip().replace("-", "_") for name in args.kinds.split(",") if name.strip()]
        known = [kind.value for kind in QuestionKind]
        unknown = [name for name in names if name not in known]
        if unknown or not names:
            _print(
                f"studybot: unknown question kind {', '.join(unknown) or '(none)'}; "
                f"the kinds are {', '.join(known)}",
                file=sys.stderr,
            )
            return EXIT_USAGE
        kinds = [QuestionKind(name) for name in names]
    deck = _load(args.deck)
    questions = QuestionGenerator(deck, seed=args.seed).generate(args.n, kinds=kinds)
    _print(format_sample(questions))
    if len(questions) < args.n:
        _print(
            f"(the deck gave {len(questions)} distinct questions of {args.n} asked)",
            file=sys.stderr,
        )
    return EXIT_OK


def _cmd_topics(args: argparse.Namespace) -> int:
    from bot.explain import topics_list
    from bot.wording import SHELL

    _print(topics_list(_load(args.deck), SHELL).plain)
    return EXIT_OK


def _cmd_deck_check(args: argparse.Namespace) -> int:
    from bot.wording import count

    failed = 0
    for raw in args.paths:
        problems = check_deck_file(raw)
        if problems:
            failed += 1
            _print(f"{raw}: {count(len(problems), 'problem')}")
            for problem in problems:
                _print(f"  {problem}")
        else:
            _print(f"{raw}: ok")
    return EXIT_INVALID if failed else EXIT_OK


def _cmd_deck_import(args: argparse.Namespace) -> int:
    from bot.questions import QuestionGenerator
    from knowledge.importers import (
        DeckImportError,
        dump_deck,
        import_file_with_report,
        report_lines,
    )
    from knowledge.loader import parse_deck

    try:
        imported = import_file_with_report(
            args.file, format=args.format, separator=args.sep, card_separator=args.card_sep
        )
    except (DeckImportError, OSError) as error:
        _print(f"studybot: cannot import {args.file}: {error}", file=sys.stderr)
        return EXIT_INVALID
    rendered = dump_deck(imported.mapping)
    target = args.output or "<output>"
    try:
        deck = parse_deck(rendered, str(target))
    except DeckError as error:  # an importer bug; say so rather than write a broken deck
        _print(f"studybot: the imported deck does not validate:\n{error}", file=sys.stderr)
        return EXIT_INVALID
    # Counted as `quiz sample` counts (its default seed): the distinct questions a quiz can ask.
    made = QuestionGenerator(deck, seed=SAMPLE_SEED).distinct_count()
    report = report_lines(imported.report, deck, made)
    if args.output:
        Path(args.output).write_text(rendered, encoding="utf-8")
        _print("\n".join([f"wrote {args.output}", *report]))
    else:  # the report rides along as YAML comments, so the output is still a deck file
        sys.stdout.write("".join(f"# {clean_text(entry)}\n" for entry in report) + rendered)
    return EXIT_OK


def _cmd_run(args: argparse.Namespace) -> int:
    which = args.platform
    if which == "auto":
        wanted = [
            name for name in ("telegram", "discord") if os.environ.get(f"{name.upper()}_TOKEN")
        ]
        if not wanted:
            _print(
                "No TELEGRAM_TOKEN or DISCORD_TOKEN set: starting the console chat.",
                file=sys.stderr,
            )
            return _cmd_chat(args)
    both = bool(os.environ.get("TELEGRAM_TOKEN") and os.environ.get("DISCORD_TOKEN"))
    if which in {"all", "auto"} and both:
        from adapters._runtime import run_each

        return run_each(["telegram", "discord"], deck=args.deck)
    if which == "discord" or (which in {"all", "auto"} and os.environ.get("DISCORD_TOKEN")):
        from adapters.discord import run_discord

        return run_discord(deck=args.deck)
    if which == "telegram" or (which in {"all", "auto"} and os.environ.get("TELEGRAM_TOKEN")):
        from adapters.telegram import run_telegram

        return run_telegram(deck=args.deck)
    _print(
        f"studybot: `run {which}` needs TELEGRAM_TOKEN and/or DISCORD_TOKEN set; "
        "without them, `studybot chat` runs studybot in this terminal.",
        file=sys.stderr,
    )
    return EXIT_USAGE


def _cmd_health(args: argparse.Namespace) -> int:
    from adapters._health import health

    return health(args.platform, deck=args.deck, database_url=args.database_url, as_json=args.json)


def _cmd_export(args: argparse.Namespace) -> int:
    from adapters._export import export

    return export(
        args.chat,
        platform=args.platform,
        fmt=args.format,
        output=args.output,
        database_url=args.database_url or os.environ.get("DATABASE_URL") or None,
    )


def _days(value: str) -> int:
    try:
        days = int(value)
    except ValueError:
        days = -1
    if days < 0:
        raise argparse.ArgumentTypeError(f"a whole number of days (0 or more), not {value!r}")
    return days


def _cmd_db_migrate(args: argparse.Namespace) -> int:
    from adapters._runtime import migrate_once
    from bot.store._migrate import head_revision

    problem = migrate_once(args.database_url or os.environ.get("DATABASE_URL") or None)
    if problem is not None:
        print(f"studybot: cannot migrate the database: {problem}", file=sys.stderr)
        return EXIT_INVALID
    print(f"database migrated to {head_revision()}")
    return EXIT_OK


def _cmd_db_clean(args: argparse.Namespace) -> int:
    """Housekeeping once, now: what every bot process also does every few hours."""
    import asyncio
    from datetime import UTC, datetime

    from bot.housekeeping import UNUSED_DECK_DAYS, clean
    from bot.store import SqlStore, StoreError

    days = UNUSED_DECK_DAYS if args.unused_days is None else args.unused_days

    async def run() -> tuple[tuple[str, ...], int]:
        async with await SqlStore.open(
            args.database_url or os.environ.get("DATABASE_URL")
        ) as store:
            done = await clean(store, datetime.now(UTC), unused_days=days)
        return done.decks, done.uploads

    try:
        decks, uploads = asyncio.run(run())
    except (ValueError, StoreError) as error:
        print(f"studybot: cannot open the database: {error}", file=sys.stderr)
        return EXIT_INVALID
    print(f"deleted {len(decks)} unused uploaded deck{'' if len(decks) == 1 else 's'}")
    for deck_id in decks:
        _print(f"  {deck_id}")
    print(f"forgot {uploads} counted upload{'' if uploads == 1 else 's'} older than a day")
    return EXIT_OK


def _deck_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--deck", metavar="PATH", help="deck YAML (default: $STUDYBOT_DECK, else bundled)"
    )


def _add_chat(chat: argparse.ArgumentParser) -> None:
    _deck_option(chat)
    chat.add_argument(
        "--user", default="you", help="who you are speaking as (switch with /as NAME)"
    )
    chat.add_argument(
        "--student",
        action="store_true",
        help="speak as a student (by default you are the chat's admin: /daily, /deck upload work)",
    )
    chat.add_argument(
        "--database-url",
        metavar="URL",
        help="default: $DATABASE_URL, else a SQLite file in your data dir",
    )
    chat.add_argument(
        "--fast-timers",
        action="store_true",
        help="short battle timers (30 s lobby, 10 s rounds), for trying /battle alone",
    )
    chat.set_defaults(func=_cmd_chat)


def _add_one_shot(one: argparse.ArgumentParser, *, ask: bool) -> None:
    _deck_option(one)
    one.add_argument("query", nargs="+", metavar="QUERY")
    one.add_argument("--json", action="store_true", help="print one JSON object")
    one.set_defaults(func=partial(_one_shot, ask=ask))


def _add_topics(topics: argparse.ArgumentParser) -> None:
    _deck_option(topics)
    topics.set_defaults(func=_cmd_topics)


def _add_quiz(quiz: argparse.ArgumentParser) -> None:
    quiz_sub = quiz.add_subparsers(dest="quiz_command", required=True, metavar="ACTION")
    sample = quiz_sub.add_parser(
        "sample", help="print generated questions with answers, for review"
    )
    _deck_option(sample)
    sample.add_argument("--n", type=int, default=60, help="how many questions (default 60)")
    sample.add_argument(
        "--seed", type=int, default=SAMPLE_SEED, help="the generator's seed (default 1)"
    )
    sample.add_argument(
        "--kinds",
        default="",
        metavar="KIND[,KIND…]",
        help="only these kinds of question (cloze, choice, reason, true_false, …)",
    )
    sample.set_defaults(func=_cmd_quiz_sample)


def _add_deck(deck: argparse.ArgumentParser) -> None:
    deck_sub = deck.add_subparsers(dest="deck_command", required=True, metavar="ACTION")
    check = deck_sub.add_parser(
        "check", help="validate deck files (YAML decks, or notes as --deck reads them)"
    )
    check.add_argument("paths", nargs="+", metavar="PATH")
    check.set_defaults(func=_cmd_deck_check)
    imp = deck_sub.add_parser(
        "import",
        help="turn notes, Markdown, TSV/CSV, Anki packages or trivia lists into a deck",
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("-o", "--output", metavar="OUT", help="write the deck here (default: stdout)")
    imp.add_argument(
        "--format",
        choices=_import_formats(),
        metavar="FORMAT",
        default=None,
        help="%(choices)s (default: guessed)",
    )
    imp.add_argument(
        "--sep",
        metavar="SEP",
        help="between term and definition in card lists: tab, comma, semicolon, or the characters "
        "(e.g. ' - ' or ---); default: detected",
    )
    imp.add_argument(
        "--card-sep",
        metavar="SEP",
        help="between cards in card lists: newline, semicolon, or the characters; default: detected",
    )
    imp.set_defaults(func=_cmd_deck_import)


def _add_run(run: argparse.ArgumentParser) -> None:
    run.add_argument(
        "platform", nargs="?", default="auto", choices=("auto", "telegram", "discord", "all")
    )
    _deck_option(run)
    run.add_argument("--user", default="you", help=argparse.SUPPRESS)
    run.add_argument("--database-url", metavar="URL", help=argparse.SUPPRESS)
    run.set_defaults(func=_cmd_run)


def _add_health(health: argparse.ArgumentParser) -> None:
    health.add_argument("platform", nargs="?", choices=("telegram", "discord"), default=None)
    _deck_option(health)
    health.add_argument("--database-url", metavar="URL", help="default: $DATABASE_URL")
    health.add_argument("--json", action="store_true", help="print one JSON object")
    health.set_defaults(func=_cmd_health)


def _add_db(db: argparse.ArgumentParser) -> None:
    db_sub = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    migrate = db_sub.add_parser(
        "migrate", help="bring the database to the newest schema (bots also do it at start)"
    )
    migrate.add_argument("--database-url", metavar="URL", help="default: $DATABASE_URL")
    migrate.set_defaults(func=_cmd_db_migrate)
    cleanup = db_sub.add_parser(
        "clean",
        help="delete uploaded decks no chat uses (last uploaded over --unused-days ago) and "
        "forget old upload counts (bots also do it every 6 hours)",
    )
    cleanup.add_argument("--database-url", metavar="URL", help="default: $DATABASE_URL")
    cleanup.add_argument(
        "--unused-days", type=_days, default=None, metavar="N",
        help="keep a deck no chat uses for N days after its last upload (default 30)",
    )  # fmt: skip
    cleanup.set_defaults(func=_cmd_db_clean)


def _add_export(exp: argparse.ArgumentParser) -> None:
    exp.add_argument("--chat", required=True, metavar="ID", help="the chat (group) id")
    exp.add_argument("--platform", choices=("telegram", "discord", "console"), default=None)
    exp.add_argument("--format", choices=("csv", "json"), default="csv")
    exp.add_argument("-o", "--output", metavar="FILE", help="default: stdout")
    exp.add_argument("--database-url", metavar="URL", help="default: $DATABASE_URL")
    exp.set_defaults(func=_cmd_export)


# Every command, in the order `studybot --help` lists them: name, help, what adds its arguments.
_COMMANDS: tuple[tuple[str, str, Callable[[argparse.ArgumentParser], None]], ...] = (
    ("chat", "talk to studybot in this terminal", _add_chat),
    ("explain", "show the notes on a topic", partial(_add_one_shot, ask=False)),
    ("ask", "answer a question", partial(_add_one_shot, ask=True)),
    ("topics", "list the deck's topics", _add_topics),
    ("quiz", "quiz tools", _add_quiz),
    ("deck", "check or import decks", _add_deck),
    ("run", "start the bots (the console when no token is set)", _add_run),
    (
        "health",
        "check the database, the deck and (named) a running bot: exit 0 healthy, 1 not",
        _add_health,
    ),
    ("db", "database upkeep", _add_db),
    (
        "export",
        "a chat's quiz answers, battle results, daily answers and progress",
        _add_export,
    ),
)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser. Given the command a line starts with, the parser has only that
    command: argparse parses the rest of the line with that command's parser alone, so the result
    is the same, and building every command's arguments (each `add_argument` formats a help line
    to check it) was a tenth of a one-shot `studybot explain`'s start-up. Any other first word
    (none, `--help`, a typo) gets every command, for the listing or the error."""
    parser = argparse.ArgumentParser(
        prog="studybot", description="Revision notes turned into explanations, answers and quizzes."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    chosen = [entry for entry in _COMMANDS if entry[0] == command] or _COMMANDS
    for name, helptext, add_arguments in chosen:
        add_arguments(sub.add_parser(name, help=helptext))
    return parser


class _ImportFormats(Sequence[str]):
    """The importers' format names, read only when argparse checks or lists them: importing every
    importer would cost a one-shot `studybot explain` a third of its start-up."""

    def _names(self) -> Sequence[str]:
        from knowledge.importers import FILE_FORMATS

        return FILE_FORMATS

    def __getitem__(self, index: int) -> str:  # type: ignore[override]
        return self._names()[index]

    def __len__(self) -> int:
        return len(self._names())

    def __contains__(self, value: object) -> bool:
        return value in self._names()


def _import_formats() -> Sequence[str]:
    return _ImportFormats()


def main(argv: Sequence[str] | None = None) -> int:
    line = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(line[0] if line else None).parse_args(line)
    try:
        result: int = args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `studybot explain … | head -1`: the reader left; say nothing more
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    return result


if __name__ == "__main__":
    raise SystemExit(main())
