"""The C allocator's settings for a long-running bot process: why its memory stays flat.

glibc's malloc serves a large block (128 KiB and up) with its own mmap and unmaps it when it is
freed, but then raises that threshold to the freed block's size (up to 32 MiB), so later blocks of
that size come from the heap instead. /progress draws its chart with matplotlib in worker threads:
each chart allocates and frees canvas and PNG buffers of a few MiB. After the first, they were cut
from the threads' heaps between small blocks that live on, and the holes they left were seldom
reused or given back: resident memory climbed about 13 MiB per quarter of a 10-minute soak while
the memory in use (and Python's, by tracemalloc) stayed flat. Fixing the threshold at its starting
value turns the adjustment off, so large blocks are always mapped and given back to the system when
freed, and the heaps keep only small blocks. Bounding the arenas (MALLOC_ARENA_MAX=2) or calling
malloc_trim did not stop the climb; this did (docs/reliability.md, "Memory over time").

The setting is made with mallopt through ctypes when the app is built (`build_app`). A process
started with MALLOC_MMAP_THRESHOLD_ in its environment keeps that value. Elsewhere than glibc
(musl, macOS) nothing is changed.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys

log = logging.getLogger(__name__)

M_MMAP_THRESHOLD = -3  # from glibc's <malloc.h>
MMAP_THRESHOLD_BYTES = 128 * 1024  # glibc's own starting value
MMAP_THRESHOLD_ENV = "MALLOC_MMAP_THRESHOLD_"


def tune_allocator() -> bool:
    """Fix glibc's mmap threshold (see the module docstring); True when it was set now. Safe to
    call more than once and from any thread."""
    if not sys.platform.startswith("linux") or MMAP_THRESHOLD_ENV in os.environ:
        return False
    try:
        libc = ctypes.CDLL(None)  # the process's own C library
    except OSError:
        return False
    if not hasattr(libc, "gnu_get_libc_version") or not hasattr(libc, "mallopt"):
        return False  # not glibc: musl's mallopt does nothing, others have none
    mallopt = libc.mallopt
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    done = bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES))
    if not done:
        log.warning("could not set the C allocator's mmap threshold; memory may creep")
    return done
