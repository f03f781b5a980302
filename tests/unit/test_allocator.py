"""`bot.allocator`: glibc's mmap threshold stays fixed, so large freed blocks go back to the system."""

from __future__ import annotations

import ctypes
import sys

import pytest

from bot.allocator import MMAP_THRESHOLD_ENV, tune_allocator

MiB = 1024 * 1024


class MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


def glibc() -> ctypes.CDLL:
    if not sys.platform.startswith("linux"):
        pytest.skip("glibc only")
    libc = ctypes.CDLL(None)
    if not hasattr(libc, "gnu_get_libc_version") or not hasattr(libc, "mallinfo2"):
        pytest.skip("glibc 2.33 or later only (mallinfo2)")
    libc.mallinfo2.restype = MallInfo2
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = (ctypes.c_size_t,)
    libc.free.argtypes = (ctypes.c_void_p,)
    return libc


def test_a_large_block_is_still_mapped_after_a_larger_one_was_freed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Left to itself, glibc raises its mmap threshold to the size of a freed mapped block, so the
    # next 2 MiB block would come from the heap (where, freed, it leaves a hole): the creep the
    # soak showed. Tuned, every block from 128 KiB up is mapped and unmapped when freed.
    libc = glibc()
    monkeypatch.delenv(MMAP_THRESHOLD_ENV, raising=False)
    assert tune_allocator()
    first = libc.malloc(3 * MiB)
    libc.free(first)
    mapped_before = libc.mallinfo2().hblkhd
    block = libc.malloc(2 * MiB)
    mapped_while_held = libc.mallinfo2().hblkhd
    libc.free(block)
    assert mapped_while_held - mapped_before >= 2 * MiB  # mapped on its own, not cut from the heap
    assert mapped_while_held - libc.mallinfo2().hblkhd >= 2 * MiB  # and given back when freed


def test_a_threshold_set_in_the_environment_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MMAP_THRESHOLD_ENV, str(4 * MiB))
    assert not tune_allocator()
