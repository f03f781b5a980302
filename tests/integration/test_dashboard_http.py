"""The class dashboard over real HTTP on 127.0.0.1: what a teacher sees, and every security rule."""

from __future__ import annotations

import base64
import json
import re
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from adapters.dashboard import RateLimit
from bot.events import Command, User
from bot.report import Scope
from tests.integration.dashboard_site import CLASS, OTHER_CLASS, Site, serve_dashboard

TEACHER_ID = "100"


@pytest.fixture
async def site(tmp_path: Path) -> AsyncIterator[Site]:
    async with serve_dashboard(tmp_path) as served:
        yield served


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def get(http: aiohttp.ClientSession, url: str) -> tuple[int, str, dict[str, str]]:
    async with http.get(url, allow_redirects=False) as response:
        return response.status, await response.text(), dict(response.headers)


def csrf_of(page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found is not None, "no form on the page"
    return found.group(1)


async def test_report_page_shows_the_class_with_data_tables(
    site: Site, http: aiohttp.ClientSession
) -> None:
    status, page, headers = await get(http, site.link())
    assert status == 200
    assert 'data-figure="active">3</strong> of <strong data-figure="students">4</strong>' in page
    assert "Not answering lately: Chloe" in page
    assert '<table id="topic-accuracy"' in page
    assert '<th scope="row">Electrolysis</th><td>1</td><td>4</td><td>25%</td>' in page
    assert '<table id="heatmap"' in page and '<svg role="img"' in page
    assert site.missed.prompt in page.replace("&#x27;", "'")
    assert "Zara" not in page  # another chat's student
    assert headers["Cache-Control"] == "no-store"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert "Retire" not in page  # a read-only link has no actions


async def test_names_from_users_are_shown_as_text(site: Site, http: aiohttp.ClientSession) -> None:
    _, page, _ = await get(http, site.link())
    assert "<img src=x" not in page
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in page


async def test_forged_signature_is_refused(site: Site, http: aiohttp.ClientSession) -> None:
    link = site.link()
    body, signature = link.rsplit("/", 1)[1].split(".")
    forged = f"{site.url}/d/{body}.{signature[:-2]}{'AA' if signature[-2:] != 'AA' else 'BB'}"
    status, page, _ = await get(http, forged)
    assert status == 403
    assert "This link is not valid." in page


async def test_another_chats_id_in_the_link_is_refused(
    site: Site, http: aiohttp.ClientSession
) -> None:
    token = site.link().rsplit("/", 1)[1]
    body, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    claims["c"] = OTHER_CLASS.id
    tampered = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    status, page, _ = await get(http, f"{site.url}/d/{tampered}.{signature}")
    assert status == 403
    assert "Zara" not in page
    # A genuine link for the other chat shows that chat only.
    status, other, _ = await get(http, site.link(OTHER_CLASS))
    assert status == 200
    assert "Zara from 9C" in other and "Amir" not in other


async def test_expired_link_is_refused(site: Site, http: aiohttp.ClientSession) -> None:
    link = site.link()
    site.clock.advance(hours=12, seconds=1)
    status, page, _ = await get(http, link)
    assert status == 403
    assert "This link has expired" in page


async def test_revoked_link_is_refused(site: Site, http: aiohttp.ClientSession) -> None:
    link = site.link()
    teacher = User("test", TEACHER_ID, "Teacher", is_admin=True)
    await site.app.engine.handle(Command(teacher, CLASS, "dashboard", "revoke"))
    status, page, _ = await get(http, link)
    assert status == 403
    assert "This link was turned off" in page
    fresh = await site.app.engine.handle(Command(teacher, CLASS, "dashboard", ""))
    token = fresh[0].fallback.plain.split("/d/", 1)[1].split()[0]
    status, _, _ = await get(http, f"{site.url}/d/{token}")  # a link sent after the revoke works
    assert status == 200


async def test_retiring_a_question_needs_an_edit_link_and_the_csrf_token(
    site: Site, http: aiohttp.ClientSession
) -> None:
    read = site.link()
    _, read_page, _ = await get(http, read + "/deck")
    edit = site.link(scope=Scope.EDIT)
    _, edit_page, _ = await get(http, edit + "/deck")
    token = csrf_of(edit_page)
    form = {"question": site.missed.id, "retire": "yes", "back": "deck"}

    async with http.post(edit + "/retire", data=form, allow_redirects=False) as missing:
        assert missing.status == 403
        assert "This form has expired" in await missing.text()
    wrong = {**form, "csrf": token[:-1] + ("A" if token[-1] != "A" else "B")}
    async with http.post(edit + "/retire", data=wrong, allow_redirects=False) as bad:
        assert bad.status == 403
    read_form = {**form, "csrf": site.signer.csrf_token(read.rsplit("/", 1)[1])}
    async with http.post(read + "/retire", data=read_form, allow_redirects=False) as readonly:
        assert readonly.status == 403  # a genuine form token, but the link is read-only
        assert "This link is read-only" in await readonly.text()
    async with http.post(read + "/retire", data={**form, "csrf": token}) as crossed:
        assert crossed.status == 403  # the edit link's token does not fit the read link
    assert "Retire" not in read_page

    async with http.post(
        edit + "/retire", data={**form, "csrf": token}, allow_redirects=False
    ) as done:
        assert done.status == 303
        assert done.headers["Location"].endswith("/deck")
    _, after, _ = await get(http, edit + "/deck")
    row = re.search(rf'<tr data-question="{site.missed.id}">.*?</tr>', after)
    assert row is not None and "<td>retired</td>" in row.group(0)
    assert "Bring back" in row.group(0)


async def test_a_retired_question_is_no_longer_asked_in_that_chat(
    site: Site, http: aiohttp.ClientSession
) -> None:
    edit = site.link(scope=Scope.EDIT)
    _, page, _ = await get(http, edit + "/deck")
    form = {"question": site.missed.id, "retire": "yes", "csrf": csrf_of(page)}
    async with http.post(edit + "/retire", data=form, allow_redirects=False) as done:
        assert done.status == 303
    student = User("test", "1", "Amir")
    runtime = await site.app.engine.library.for_chat(CLASS)
    asked: set[str] = set()
    for _ in range(6):
        await site.app.engine.handle(Command(student, CLASS, "quiz", "Electrolysis 20"))
        session = runtime.quiz.session_for(student, CLASS)
        assert session is not None
        asked.update(question.id for question in session.questions)
        await site.app.engine.handle(Command(student, CLASS, "stop", ""))
    assert asked, "the quiz asked nothing"
    assert site.missed.id not in asked
    # In another chat the question is still asked.
    other: set[str] = set()
    for _ in range(6):
        await site.app.engine.handle(Command(student, OTHER_CLASS, "quiz", "Electrolysis 20"))
        session = runtime.quiz.session_for(student, OTHER_CLASS)
        assert session is not None
        other.update(question.id for question in session.questions)
        await site.app.engine.handle(Command(student, OTHER_CLASS, "stop", ""))
    assert site.missed.id in other


async def test_a_question_of_another_deck_cannot_be_retired(
    site: Site, http: aiohttp.ClientSession
) -> None:
    edit = site.link(scope=Scope.EDIT)
    _, page, _ = await get(http, edit + "/deck")
    form = {"question": "not-a-question", "retire": "yes", "csrf": csrf_of(page)}
    async with http.post(edit + "/retire", data=form, allow_redirects=False) as response:
        assert response.status == 404


async def test_rate_limit_answers_429(tmp_path: Path, http: aiohttp.ClientSession) -> None:
    async with serve_dashboard(tmp_path, rate=RateLimit(requests=3, seconds=60)) as site:
        link = site.link()
        codes = [(await get(http, link))[0] for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        status, page, headers = await get(http, link)
        assert status == 429 and headers["Retry-After"] == "60"
        assert "Too many requests" in page


def test_a_big_deck_is_shown_a_page_of_topics_at_a_time() -> None:
    from adapters.dashboard._pages import TOPICS_PER_PAGE, deck_page
    from knowledge.loader import parse_deck

    topics = "\n".join(
        f"  - id: t{n}\n    title: Topic number {n}\n    facts:\n      - Fact {n} about river basins"
        for n in range(60)
    )
    deck = parse_deck(f"deck:\n  id: big\n  title: Big deck\ntopics:\n{topics}\n", "big")
    first = deck_page(deck, {}, frozenset(), base="/d/x", scope=Scope.READ, csrf="c")
    assert first.count('<section class="topic"') == TOPICS_PER_PAGE
    assert "Page 1 of 3" in first and 'href="/d/x/deck?page=2"' in first
    last = deck_page(deck, {}, frozenset(), base="/d/x", scope=Scope.READ, csrf="c", page_number=99)
    assert last.count('<section class="topic"') == 60 - 2 * TOPICS_PER_PAGE
    assert "Page 3 of 3" in last and "Topic number 59" in last and "Next topics" not in last
