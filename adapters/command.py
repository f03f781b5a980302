"""The `studybot` command as a process: the console script's entry point.

A lookup (`studybot explain`, `ask`, `topics`) is a process of a tenth of a second that loads its
modules, one deck and its index, prints one reply and exits. What it makes either lives until the
exit or is freed by reference counting when dropped: the cyclic collector has nothing to find. Its
collections while the modules load (about forty) and its passes over the whole heap at interpreter
exit were about 15 % of the command's CPU time. Such a process runs with the collector off and,
when the command is done, moves what is alive out of its reach (`gc.freeze`), so the exit does not
walk it again (the memory goes back with the process). Exit still runs as usual: atexit handlers,
streams flushed and closed.

Every other command (chats and bots that run for hours, deck imports that make and drop a lot)
keeps the collector as Python sets it while it runs, and freezes what is alive when it ends too:
the collection at interpreter exit walked a chat's whole heap, so `/quit` or Ctrl-C left the
terminal waiting two seconds for a process that had nothing more to do. `adapters.cli.main`
itself never touches the collector: tests call it in their own process.
"""

from __future__ import annotations

import contextlib
import gc
import sys

from adapters._class_code import cached_class_code

LOOKUPS = frozenset({"explain", "ask", "topics"})


def main() -> int:
    """Run the command line in `sys.argv` (the `studybot` console script)."""
    lookup = sys.argv[1] in LOOKUPS if len(sys.argv) > 1 else False
    if lookup:
        gc.disable()  # before the imports: they are most of what the process allocates
    try:
        # A lookup's dataclasses compile their methods once per install, not once per run.
        with cached_class_code() if lookup else contextlib.nullcontext():
            from adapters.cli import main as run_command

            return run_command()
    finally:
        gc.freeze()


if __name__ == "__main__":
    raise SystemExit(main())
