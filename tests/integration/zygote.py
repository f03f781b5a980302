"""Worker processes for the crash and multi-process tests, forked from a process that has imported
their code already: `Forked("tests.integration.answer_worker", URL, …)` instead of
`subprocess.Popen([python, "-m", "tests.integration.answer_worker", URL, …])`.

Why: these tests start about a hundred workers, and a new Python process spends most of its CPU
time importing the bot (SQLAlchemy, Alembic, the question builders): about a second each, several
times what most workers then do. The zygote (`python -m tests.integration.zygote`, one for each
test process, started on first use) imports the worker modules once and never opens a database,
a socket or an event loop; each request forks a fresh copy of it that runs the module as
`__main__` with its own argv, environment, working directory and stdin/stdout/stderr.

Before it serves, the zygote also builds the bundled deck's questions, grader and search index
once (`_warm`) and drops them: what it keeps are the module-level caches that work fills (the
lemma dictionary read from disk, the word caches of the question checks), about half a CPU-second
that every worker on that deck would otherwise spend first thing. Those caches are pure
memoisation: a worker computes the same questions and answers with them, only sooner.

What the tests rely on still holds: each worker is its own OS process with its own database
connections, its own pid to SIGKILL, and an exit status (`returncode`, negative for a signal, as
`subprocess` reports it); its stdout and stderr are pipes the test reads. The zygote forks a small
waiter for each worker, which reports the worker's pid and, once it ends, its status.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import runpy
import select
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import traceback
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parents[2]
# What the zygote imports before it forks anything: the worker modules (their __main__ code runs
# only in the forked worker).
PRELOAD = (
    "tests.integration.answer_worker",
    "tests.integration.battle_crash_worker",
    "tests.integration.daily_crash_worker",
    "tests.integration.daily_worker",
)
_MESSAGE = 1 << 20  # bytes: the largest request (argv and environment)


# -- the test's side -----------------------------------------------------------------------------


class _Zygote:
    """The running zygote of this test process, and the path of its socket."""

    def __init__(self) -> None:
        self.scratch = tempfile.mkdtemp(prefix="studybot-zygote-")
        self.path = os.path.join(self.scratch, "socket")
        # Its stdin stays open while this process lives: at EOF (this process is gone) it exits.
        self.process = subprocess.Popen(
            [sys.executable, "-m", __name__, self.path, *PRELOAD],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if line.strip() != "ready":
            self.process.kill()
            raise RuntimeError(f"the zygote did not start: {line!r}")
        atexit.register(self.stop)

    def stop(self) -> None:
        """Close its stdin: it waits for its workers to end (the tests kill theirs), then exits."""
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        with contextlib.suppress(OSError):
            os.unlink(self.path)
            os.rmdir(self.scratch)


_zygotes: list[_Zygote] = []  # this process's zygote, once started
_zygote_lock = threading.Lock()


def _running_zygote() -> _Zygote:
    with _zygote_lock:
        if not _zygotes or _zygotes[-1].process.poll() is not None:
            _zygotes.append(_Zygote())
        return _zygotes[-1]


class Forked:
    """A worker running `python -m MODULE ARGS…`, forked from the zygote; the parts of
    `subprocess.Popen` the tests use. stdout/stderr: a pipe (PIPE, the default) or this process's
    own (None); stdin is /dev/null."""

    def __init__(
        self,
        module: str,
        *args: str,
        stdout: int | None = subprocess.PIPE,
        stderr: int | None = subprocess.PIPE,
    ) -> None:
        self.args = [module, *args]
        self.returncode: int | None = None
        self.stdout: IO[str] | None = None
        self.stderr: IO[str] | None = None
        ends: list[int] = [os.open(os.devnull, os.O_RDONLY)]
        to_close = [ends[0]]
        readers: list[int] = []
        for wanted, own in ((stdout, 1), (stderr, 2)):
            if wanted == subprocess.PIPE:
                read, write = os.pipe()
                readers.append(read)
                ends.append(write)
                to_close.append(write)
            else:
                readers.append(-1)
                ends.append(own)
        request = {"module": module, "args": list(args), "cwd": str(ROOT), "env": dict(os.environ)}
        self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            self._socket.connect(_running_zygote().path)
            socket.send_fds(self._socket, [json.dumps(request).encode()], ends)
            reply = json.loads(self._socket.recv(_MESSAGE) or b"{}")
        finally:
            for fd in to_close:
                os.close(fd)
        if "pid" not in reply:
            for fd in readers:
                if fd >= 0:
                    os.close(fd)
            raise RuntimeError(f"the zygote could not start {module}: {reply}")
        self.pid: int = reply["pid"]
        if readers[0] >= 0:
            self.stdout = open(readers[0], encoding="utf-8")  # noqa: SIM115 - closed in wait()
        if readers[1] >= 0:
            self.stderr = open(readers[1], encoding="utf-8")  # noqa: SIM115

    def poll(self) -> int | None:
        """The exit status if the worker has ended, else None (without waiting)."""
        if self.returncode is None:
            ready, _, _ = select.select([self._socket], [], [], 0)
            if ready:
                self._read_status()
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        if self.returncode is None:
            ready, _, _ = select.select([self._socket], [], [], timeout)
            if not ready:
                raise subprocess.TimeoutExpired(self.args, timeout or 0)
            self._read_status()
        assert self.returncode is not None
        return self.returncode

    def kill(self) -> None:
        """SIGKILL the worker (nothing of it runs afterwards), unless it has ended already."""
        if self.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)

    def communicate(self, timeout: float | None = None) -> tuple[str, str]:
        """Read stdout and stderr to their end, then wait for the worker: (stdout, stderr)."""
        out: dict[str, str] = {}
        readers = [
            threading.Thread(target=lambda n=name, f=stream: out.__setitem__(n, f.read()))
            for name, stream in (("out", self.stdout), ("err", self.stderr))
            if stream is not None
        ]
        for reader in readers:
            reader.start()
        self.wait(timeout)
        for reader in readers:
            reader.join(timeout)
        return out.get("out", ""), out.get("err", "")

    def _read_status(self) -> None:
        message = self._socket.recv(_MESSAGE)
        # No message: the waiter is gone without a word (only if the zygote was killed).
        self.returncode = int(json.loads(message)["returncode"]) if message else -signal.SIGKILL
        self._socket.close()


def run(module: str, *args: str, timeout: float) -> subprocess.CompletedProcess[str]:
    """`subprocess.run([python, "-m", module, *args], capture_output=True, text=True)`, forked."""
    worker = Forked(module, *args)
    try:
        out, err = worker.communicate(timeout)
    except subprocess.TimeoutExpired:
        worker.kill()
        raise
    return subprocess.CompletedProcess(worker.args, worker.wait(), out, err)


# -- the zygote ----------------------------------------------------------------------------------


def _serve(path: str) -> None:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    server.bind(path)
    server.listen(64)
    print("ready", flush=True)
    while True:
        _reap(block=False)
        ready, _, _ = select.select([server, sys.stdin], [], [], 1.0)
        if sys.stdin in ready:  # the test process is done (or gone): so are we, once they end
            _reap(block=True)
            return
        if server not in ready:
            continue
        connection, _ = server.accept()
        try:
            message, fds, _, _ = socket.recv_fds(connection, _MESSAGE, 3)
        except OSError:
            connection.close()
            continue
        if os.fork() == 0:
            server.close()
            _wait_for_worker(connection, json.loads(message), fds)
        for fd in fds:
            os.close(fd)
        connection.close()


def _reap(*, block: bool) -> None:
    """Collect the waiters that have ended (all of them when `block`), so the CPU time they and
    their workers used is counted in this process's children, and in the test run's."""
    while True:
        try:
            pid, _ = os.waitpid(-1, 0 if block else os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _wait_for_worker(connection: socket.socket, request: dict[str, Any], fds: list[int]) -> None:
    """In the waiter: fork the worker, report its pid, then its exit status. Never returns."""
    try:
        worker = os.fork()
        if worker == 0:
            connection.close()
            _run_worker(request, fds)
        for fd in fds:
            os.close(fd)
        connection.send(json.dumps({"pid": worker}).encode())
        _, status = os.waitpid(worker, 0)
        connection.send(json.dumps({"returncode": os.waitstatus_to_exitcode(status)}).encode())
    except BaseException as exc:  # the test reads why instead of a pid
        with contextlib.suppress(OSError):
            connection.send(json.dumps({"error": repr(exc)}).encode())
    finally:
        os._exit(0)


def _run_worker(request: dict[str, Any], fds: list[int]) -> None:
    """In the worker: its stdio, directory, environment and argv, then the module as __main__."""
    code = 0
    try:
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
        for fd in fds:
            if fd > 2:
                os.close(fd)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        sys.argv = [request["module"], *request["args"]]
        sys.modules.pop(request["module"], None)  # it runs afresh as __main__, as `python -m` would
        runpy.run_module(request["module"], run_name="__main__", alter_sys=True)
    except SystemExit as exit_:
        if isinstance(exit_.code, int):
            code = exit_.code
        elif exit_.code is not None:
            print(exit_.code, file=sys.stderr)
            code = 1
    except BaseException:
        traceback.print_exc()
        code = 1
    finally:
        atexit._run_exitfuncs()
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
    os._exit(code)


def _warm() -> None:
    """Fill the module-level caches a worker's first quiz, push or lookup on the bundled deck
    would fill (see the module docstring); the deck, questions and index are dropped."""
    from bot.deck_builds import POOL_SEED
    from bot.grading import Grader
    from bot.questions import QuestionGenerator
    from knowledge.bundled import DEFAULT_DECK
    from knowledge.loader import load_deck
    from knowledge.search import DeckIndex

    deck = load_deck(DEFAULT_DECK)
    generator = QuestionGenerator(deck, seed=POOL_SEED)
    generator.all_candidates()
    Grader(generator.entities())
    index = DeckIndex(deck)
    index.lookup("berlin wall")
    index.ask("who built the wall?")


def main(argv: list[str]) -> None:
    path, *preload = argv
    for module in preload:
        __import__(module)
    _warm()
    if threading.active_count() != 1:  # a fork copies no other thread: none may be running
        raise RuntimeError("the zygote must not start threads before it forks")
    _serve(path)


if __name__ == "__main__":
    main(sys.argv[1:])
