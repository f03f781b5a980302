"""`bot.allocator`: glibc's mmap threshold stays fixed, so large freed blocks go back to the system.

Each check runs in a fresh interpreter: glibc maps a block only when its heap has no free space for
it, and a test process that has run other tests has a heap full of holes."""

from __future__ import annotations

import ctypes
import subprocess
import sys

import pytest

from bot.allocator import MMAP_THRESHOLD_ENV, tune_allocator

# Allocates and frees 8 MiB (mapped: above the starting threshold), then holds 6 MiB: prints
# whether the 6 MiB were mapped on their own (1) or cut from the heap (0).
PROBE = """
import ctypes, sys
from bot.allocator import tune_allocator

class MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in ("arena", "ordblks", "smblks", "hblks",
        "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]

libc = ctypes.CDLL(None)
libc.mallinfo2.restype = MallInfo2
libc.malloc.restype = ctypes.c_void_p
libc.malloc.argtypes = (ctypes.c_size_t,)
libc.free.argtypes = (ctypes.c_void_p,)
if sys.argv[1] == "tuned":
    assert tune_allocator()
MiB = 1024 * 1024
libc.free(libc.malloc(8 * MiB))
before = libc.mallinfo2().hblkhd
block = libc.malloc(6 * MiB)
held = libc.mallinfo2().hblkhd
libc.free(block)
print(int(held - before >= 6 * MiB and held - libc.mallinfo2().hblkhd >= 6 * MiB))
"""


def mapped_after_a_larger_block_was_freed(mode: str) -> bool:
    """In a fresh interpreter (no MALLOC_ env), `mode` "tuned" or "as glibc starts"."""
    if not sys.platform.startswith("linux"):
        pytest.skip("glibc only")
    libc = ctypes.CDLL(None)
    if not hasattr(libc, "gnu_get_libc_version") or not hasattr(libc, "mallinfo2"):
        pytest.skip("glibc 2.33 or later only (mallinfo2)")
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, mode], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip() == "1"


def test_a_large_block_is_mapped_and_given_back_once_tuned() -> None:
    # Left to itself, glibc raises its mmap threshold to the size of a freed mapped block, so the
    # next large block comes from the heap (where, freed, it leaves a hole): the creep the soak
    # showed. Tuned, every block from 128 KiB up is mapped, and unmapped when freed.
    assert not mapped_after_a_larger_block_was_freed("as glibc starts")
    assert mapped_after_a_larger_block_was_freed("tuned")


def test_a_threshold_set_in_the_environment_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MMAP_THRESHOLD_ENV, str(4 * 1024 * 1024))
    assert not tune_allocator()
