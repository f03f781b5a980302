"""The Telegram transport's bodies: PTB's parameters sent as one JSON body carry the very values a
form body would (where the Bot API decodes each non-string from its JSON text)."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from adapters.telegram._http import json_body

# Any Unicode text that can be UTF-8 encoded (no lone surrogates), as PTB's parameters are.
TEXT = st.text(st.characters(exclude_categories=["Cs"]))
VALUES = st.one_of(
    TEXT,
    st.integers(),
    st.booleans(),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(TEXT, TEXT, max_size=3),
)


def _request(values: dict[str, Any]) -> RequestData:
    return RequestData([RequestParameter.from_input(name, value) for name, value in values.items()])


def _as_a_form_reads(request: RequestData) -> dict[str, Any]:
    """What the Bot API reads from PTB's form: strings as sent, other values decoded from JSON."""
    parameters = request.parameters
    return {
        name: text if isinstance(parameters[name], str) else json.loads(text)
        for name, text in request.json_parameters.items()
    }


@given(st.dictionaries(TEXT, VALUES, min_size=1, max_size=6))
def test_a_json_body_holds_what_a_form_body_did(values: dict[str, Any]) -> None:
    request = _request(values)
    body = json_body(request)
    assert body is not None
    assert json.loads(body) == _as_a_form_reads(request)


def test_a_reply_in_html_with_buttons_reads_back_as_it_was_sent() -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Quiz me", callback_data="q:1")]])
    request = _request(
        {
            "chat_id": -1001234,
            "text": "<b>Détente</b> & “peaceful coexistence” — 50% of 1/6\n• Łódź 🙂",
            "parse_mode": ParseMode.HTML,
            "link_preview_options": LinkPreviewOptions(is_disabled=True),
            "reply_markup": markup,
            "disable_notification": None,
        }
    )
    body = json_body(request)
    assert body is not None
    assert json.loads(body) == {
        "chat_id": -1001234,
        "text": "<b>Détente</b> & “peaceful coexistence” — 50% of 1/6\n• Łódź 🙂",
        "parse_mode": "HTML",
        "link_preview_options": {"is_disabled": True},
        "reply_markup": {"inline_keyboard": [[{"text": "Quiz me", "callback_data": "q:1"}]]},
    }


def test_no_parameters_no_body() -> None:
    assert json_body(RequestData([])) is None
