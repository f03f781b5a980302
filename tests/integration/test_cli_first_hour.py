"""The command line and the console as a newcomer meets them (issue 17), run as new processes."""

from __future__ import annotations

import os
import pty
import select
import signal
import sys
import time
from pathlib import Path

from tests.integration.test_cli import ROOT, studybot

NOTES = ROOT / "docs" / "examples" / "plant-biology.md"


def test_the_command_line_suggests_commands_not_chat_commands() -> None:
    missing = studybot("explain", "zzzz").stdout
    assert "/topics" not in missing and "`studybot topics`" in missing
    listed = studybot("topics").stdout
    assert "/explain" not in listed and "`studybot explain`" in listed
    assert "1 topics" not in listed
    suggested = studybot("explain", "berlin").stdout
    assert "• 1." not in suggested and "• " not in suggested
    assert "  studybot explain 'Berlin Wall'" in suggested.splitlines()


def test_deck_check_counts_one_problem_in_the_singular(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: x\ntitle: X\ntopics:\n  - id: a\n    titel: A\n", encoding="utf-8")
    out = studybot("deck", "check", str(broken)).stdout
    assert "problem(s)" not in out
    first = out.splitlines()[0]
    assert first.endswith(" problem") or first.endswith(" problems")
    if first.split()[-2] == "1":
        assert first.endswith("1 problem")


def test_importing_an_empty_yaml_file_says_it_is_empty(tmp_path: Path) -> None:
    empty = tmp_path / "empty.yaml"
    empty.write_text("\n  \n", encoding="utf-8")
    result = studybot("deck", "import", str(empty))
    assert result.returncode == 1
    assert "the file is empty" in result.stderr
    assert "Red trivia" not in result.stderr


def test_console_deck_upload_takes_a_path_and_explains_itself(tmp_path: Path) -> None:
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'c.db'}"}
    out = studybot("chat", stdin=f"/deck upload\n/deck upload {NOTES}\n/topics\n", env=env).stdout
    how, _, rest = out.partition("now studies")
    assert "/deck upload PATH" in how and "--deck" in how
    assert "Telegram" not in how
    assert "Plant Biology" in rest and "Transpiration" in rest


def test_the_console_user_is_the_admin_and_says_so_classmates_are_students(
    tmp_path: Path,
) -> None:
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'c.db'}"}
    lines = "/help\n/daily set 08:00 UTC\n/as Ana\n/daily off\n/as\n/as you\n/daily off\n"
    out = studybot("chat", stdin=lines, env=env).stdout.splitlines()
    assert out[
        out.index("Daily question set: 08:00 UTC, every day; answers close at the next question.")
        - 1
    ] == (
        "You are this chat's admin: /daily, /deck upload and /report work. "
        "Anyone you speak as with /as NAME is a student."
    )  # the last line of /help
    assert "Now speaking as Ana, a student." in out
    assert "(only you see this) Only admins can change the daily question." in out
    assert (
        "You are Ana, a student: admin commands are refused. /as you to be the admin again. "
        "Use /as NAME to switch."
    ) in out
    assert "Now speaking as you, the admin." in out
    assert out[-1] == "Daily questions are off for this chat."


def test_the_console_can_start_as_a_student(tmp_path: Path) -> None:
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'c.db'}"}
    out = studybot(
        "chat", "--student", "--user", "Ms Patel", stdin="/daily now\n/help\n", env=env
    ).stdout.splitlines()
    assert out[0] == "(only you see this) Only admins can change the daily question."
    assert out[-1] == (
        "You are Ms Patel, a student: admin commands are refused "
        "(start without --student to be the chat's admin)."
    )


def test_console_charts_do_not_pile_up_in_tmp(tmp_path: Path) -> None:
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'c.db'}", "TMPDIR": str(tmp_path)}
    out = studybot("chat", stdin="/quiz 1\n/skip\n/progress\n", env=env).stdout
    saved = [line for line in out.splitlines() if "[chart saved to " in line]
    assert saved, out
    path = Path(saved[0].split("[chart saved to ", 1)[1].split(" until you leave", 1)[0])
    assert path.parent.parent == tmp_path
    assert not path.exists() and not path.parent.exists()  # removed when the chat ended
    assert not list(tmp_path.glob("studybot-*.png"))


def test_ctrl_c_at_the_prompt_leaves_without_waiting_for_enter(tmp_path: Path) -> None:
    """The chat waits at its prompt on a terminal; SIGINT ends it with 130, no Enter needed."""
    code, tail = _ctrl_c_at_the_prompt(tmp_path)
    assert code == 130, f"Ctrl-C did not end the chat with 130 (exit {code}); it wrote:\n{tail}"


def test_ctrl_c_ends_a_chat_started_with_sigint_ignored(tmp_path: Path) -> None:
    """A chat started from a background job of a shell without job control (a test runner or
    script run with `&`) inherits SIGINT ignored; on a terminal, Ctrl-C still ends it."""
    code, tail = _ctrl_c_at_the_prompt(tmp_path, ignore_sigint=True)
    assert code == 130, f"Ctrl-C did not end the chat with 130 (exit {code}); it wrote:\n{tail}"


# The chat's cleanup waits on something nothing will ever resolve, as one awaiting a worker
# thread that has stopped would.
_CLOSE_NEVER_ENDS = """
import asyncio, sys
from bot.app import App
async def close(self): await asyncio.get_running_loop().create_future()
App.close = close
from adapters import cli
sys.exit(cli.main(["chat"]))
"""


def test_ctrl_c_leaves_even_when_the_chats_cleanup_never_ends(tmp_path: Path) -> None:
    code, tail = _ctrl_c_at_the_prompt(tmp_path, child=_CLOSE_NEVER_ENDS)
    assert code == 130, f"Ctrl-C did not end the chat with 130 (exit {code}); it wrote:\n{tail}"
    assert "did not close in time" in tail


def _ctrl_c_at_the_prompt(
    tmp_path: Path, *, ignore_sigint: bool = False, child: str | None = None
) -> tuple[int | None, str]:
    """Start `studybot chat` (or the `child` program) on a terminal, send SIGINT at its prompt,
    and return its exit code and the end of what it wrote.

    The terminal is read all along, as a real one is: a child whose output nobody reads blocks
    once the terminal's buffer is full. A child still there at the deadline is asked for its
    threads' stacks (faulthandler, on SIGABRT), which the failure shows with everything it wrote.
    """
    pid, fd = pty.fork()
    if pid == 0:  # the child: studybot chat on a terminal
        os.chdir(ROOT)
        os.environ["DATABASE_URL"] = f"sqlite:///{tmp_path / 'c.db'}"
        os.environ["STUDYBOT_DECK"] = ""
        if ignore_sigint:
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # inherited across exec
        program = ["-c", child] if child else ["-m", "adapters.cli", "chat"]
        os.execv(sys.executable, [sys.executable, "-X", "faulthandler", *program])
    seen = b""
    code: int | None = None
    try:
        while b"> " not in seen:  # the prompt: it is now waiting for a line
            seen += os.read(fd, 4096)
        assert b"progress is kept in" in seen and b"c.db" in seen
        assert b"You are this chat's admin" in seen  # the startup line says who you are
        os.kill(pid, signal.SIGINT)
        deadline = time.monotonic() + 120  # a bound for a stuck child, not a speed target
        while code is None and time.monotonic() < deadline:
            seen += _drain(fd)
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                code = os.waitstatus_to_exitcode(status)
        if code is None:
            os.kill(pid, signal.SIGABRT)  # faulthandler prints every thread's stack, then it dies
            code = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
            seen += _drain(fd) + b"\n(still running at the deadline; stopped)"
        seen += _drain(fd)
    finally:
        os.close(fd)
    return code, seen.decode(errors="replace")[-4000:]


def _drain(fd: int) -> bytes:
    """What the child wrote to its terminal within 50 ms (b"" once it has closed it)."""
    if not select.select([fd], [], [], 0.05)[0]:
        return b""
    try:
        return os.read(fd, 65536)
    except OSError:  # EIO: the child is gone and the terminal closed
        return b""


def test_make_run_says_where_the_database_is(tmp_path: Path) -> None:
    env = {**os.environ, "DATABASE_URL": "", "XDG_DATA_HOME": str(tmp_path), "STUDYBOT_DECK": ""}
    env.pop("TELEGRAM_TOKEN", None)
    env.pop("DISCORD_TOKEN", None)
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(ROOT)
        os.execve(sys.executable, [sys.executable, "-m", "adapters.cli", "run"], env)
    seen = b""
    try:
        while b"> " not in seen:
            seen += os.read(fd, 4096)
        assert f"progress is kept in {tmp_path}".encode() in seen
        os.write(fd, b"/quit\n")
        assert os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0
    finally:
        os.close(fd)
