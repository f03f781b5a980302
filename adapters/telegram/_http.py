"""PTB's networking over aiohttp: a `telegram.request.BaseRequest`, PTB's documented extension point.

Why not PTB's default, httpx: profiled on this adapter's hot path, httpx/httpcore took about half of
every update's CPU time (httpcore's pool rescans its connections on every request, and without
`sniffio` installed it retries a failing import for every lock it makes). With it the bot handled at
best ~240 /explain updates/s on two cores; with this backend, ~900/s (benchmarks/bench_telegram.py).
Requests are what PTB builds and answers are what PTB parses: its parameters as one JSON body (one
of the Bot API's documented ways to pass them, except for uploads), or multipart when files are
uploaded. PTB's own transport form-encodes them, each non-string JSON-encoded first: aiohttp's
`urllib.parse.urlencode` then escapes every byte of a reply's HTML in a Python loop, a tenth of
an /explain update's CPU time, where `json.dumps` writes the body in C (`json_body`).
"""

from __future__ import annotations

import json

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

DEFAULT_TIMEOUT = 5.0
_JSON = {"Content-Type": "application/json"}
MEDIA_WRITE_TIMEOUT = 20.0


class AiohttpRequest(BaseRequest):
    """One aiohttp session, `pool_size` connections at most. Timeouts are PTB's: `read` bounds each
    wait for the server (PTB lengthens it for getUpdates' long poll), `connect` includes waiting for
    a free connection (`pool`)."""

    __slots__ = ("_connect", "_pool", "_pool_size", "_read", "_session", "_write")

    def __init__(
        self,
        *,
        pool_size: int = 64,
        read_timeout: float | None = DEFAULT_TIMEOUT,
        write_timeout: float | None = DEFAULT_TIMEOUT,
        connect_timeout: float | None = DEFAULT_TIMEOUT,
        pool_timeout: float | None = 1.0,
    ) -> None:
        self._pool_size = pool_size
        self._read = read_timeout
        self._write = write_timeout
        self._connect = connect_timeout
        self._pool = pool_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size),
                headers={"User-Agent": self.USER_AGENT},
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def do_request(  # noqa: PLR0917 — the signature BaseRequest defines
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: float | object | None = BaseRequest.DEFAULT_NONE,
        write_timeout: float | object | None = BaseRequest.DEFAULT_NONE,
        connect_timeout: float | object | None = BaseRequest.DEFAULT_NONE,
        pool_timeout: float | object | None = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = request_data is not None and request_data.contains_files
        read = _given(read_timeout, self._read)
        write = _given(write_timeout, MEDIA_WRITE_TIMEOUT if files else self._write)
        connect = _given(connect_timeout, self._connect)
        pool = _given(pool_timeout, self._pool)
        body = _body(request_data)
        headers = _JSON if isinstance(body, bytes) else None
        timeout = aiohttp.ClientTimeout(
            total=None,
            connect=_sum(connect, pool),
            sock_read=_sum(read, write),  # aiohttp has no write timeout: the read wait covers it
        )
        try:
            async with self._session.request(
                method, url, data=body, headers=headers, timeout=timeout
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error


def _given(value: float | object | None, default: float | None) -> float | None:
    if value is BaseRequest.DEFAULT_NONE:
        return default
    return value if value is None else float(value)  # type: ignore[arg-type]


def _sum(first: float | None, second: float | None) -> float | None:
    return None if first is None or second is None else first + second


def json_body(request_data: RequestData) -> bytes | None:
    """PTB's parameters as an application/json body: each value as PTB made it ready to send
    (`RequestData.parameters`: numbers, strings, lists and objects, with PTB's own objects
    already turned into dicts), so the Bot API reads the same values a form would have given it
    (where a non-string was JSON text to decode); None when there are none."""
    parameters = request_data.parameters
    if not parameters:
        return None
    return json.dumps(parameters, ensure_ascii=False, separators=(",", ":")).encode()


def _body(request_data: RequestData | None) -> aiohttp.FormData | bytes | None:
    if request_data is None:
        return None
    if not request_data.contains_files:
        return json_body(request_data)
    form = aiohttp.FormData()
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, (filename, content, mimetype) in request_data.multipart_data.items():
        form.add_field(name, content, filename=filename, content_type=mimetype)
    return form
