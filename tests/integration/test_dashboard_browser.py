"""The class dashboard in a real browser (headless Chromium): reading, sorting, retiring, refusals."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.report import Scope
from tests.integration.browser import chromium, require_browser
from tests.integration.dashboard_site import Site, serve_dashboard


@pytest.fixture
async def site(tmp_path: Path) -> AsyncIterator[Site]:
    require_browser()
    async with serve_dashboard(tmp_path) as served:
        yield served


def table_rows(driver: object, table_id: str) -> list[list[str]]:
    from selenium.webdriver.common.by import By

    rows = driver.find_elements(By.CSS_SELECTOR, f"#{table_id} tbody tr")  # type: ignore[attr-defined]
    return [[cell.text for cell in row.find_elements(By.CSS_SELECTOR, "th, td")] for row in rows]


async def test_teacher_reads_the_charts_data_tables(site: Site) -> None:
    link = site.link()

    def visit() -> tuple[list[list[str]], list[list[str]], str, int]:
        from selenium.webdriver.common.by import By

        with chromium() as driver:
            driver.get(link)
            topics = table_rows(driver, "topic-accuracy")
            heat = table_rows(driver, "heatmap")
            title = driver.title
            bars = len(driver.find_elements(By.CSS_SELECTOR, "svg.chart g.bar"))
            return topics, heat, title, bars

    topics, heat, title, bars = await asyncio.to_thread(visit)
    assert title == "Class dashboard — GCSE Chemistry — Rates and Energy"
    assert ["Electrolysis", "1", "4", "25%"] in topics
    assert ["Rates of reaction", "3", "3", "100%"] in topics
    assert bars == len(topics)
    amir = next(row for row in heat if row[0] == "Amir")
    assert "50%" in amir and "100%" in amir


async def test_sorting_a_table_with_javascript(site: Site) -> None:
    link = site.link()

    def visit() -> tuple[list[str], list[str]]:
        from selenium.webdriver.common.by import By

        with chromium() as driver:
            driver.get(link)
            before = [row[0] for row in table_rows(driver, "topic-accuracy")]
            driver.find_element(
                By.CSS_SELECTOR, "#topic-accuracy button[aria-label='Sort by % right']"
            ).click()
            after = [row[0] for row in table_rows(driver, "topic-accuracy")]
            return before, after

    before, after = await asyncio.to_thread(visit)
    assert sorted(before) == sorted(after)
    assert after[0] == "Electrolysis"  # lowest share right first


async def test_the_report_reads_with_javascript_off(site: Site) -> None:
    link = site.link()

    def visit() -> tuple[list[list[str]], int]:
        from selenium.webdriver.common.by import By

        with chromium(javascript=False) as driver:
            driver.get(link)
            buttons = len(driver.find_elements(By.CSS_SELECTOR, "#topic-accuracy th button"))
            return table_rows(driver, "students"), buttons

    students, sort_buttons = await asyncio.to_thread(visit)
    assert sort_buttons == 0  # no script ran
    assert [row[0] for row in students][:3] == ['<img src=x onerror="alert(1)">', "Amir", "Bella"]


async def test_teacher_retires_a_question_with_a_click(site: Site) -> None:
    link = site.link(scope=Scope.EDIT) + "/deck"
    question = site.missed.id

    def visit() -> tuple[str, str, str]:
        from selenium.common.exceptions import WebDriverException
        from selenium.webdriver.common.by import By
        from selenium.webdriver.remote.webdriver import WebDriver
        from selenium.webdriver.remote.webelement import WebElement
        from selenium.webdriver.support.ui import WebDriverWait

        row_at = (By.CSS_SELECTOR, f'tr[data-question="{question}"]')
        with chromium() as driver:
            driver.get(link)
            row = driver.find_element(*row_at)
            before = row.find_elements(By.TAG_NAME, "td")[3].text
            row.find_element(By.CSS_SELECTOR, "button[type=submit]").click()

            def reloaded(driver: WebDriver) -> WebElement | None:
                """The row once the page has loaded again with the question's new state."""
                found = driver.find_element(*row_at)
                return found if found.find_elements(By.TAG_NAME, "td")[3].text != before else None

            # The click posts the form and the browser loads the deck page again. While it does,
            # Chromium can answer any call about the old page with an error: those are waited
            # through (120 s bounds a hung page only; a loaded machine takes its time).
            row = WebDriverWait(driver, 120, ignored_exceptions=(WebDriverException,)).until(
                reloaded
            )
            after = row.find_elements(By.TAG_NAME, "td")[3].text
            button = row.find_element(By.CSS_SELECTOR, "button[type=submit]").text
            return before, after, button

    before, after, button = await asyncio.to_thread(visit)
    assert (before, after) == ("in use", "retired")
    assert button.startswith("Bring back")


async def test_forged_and_expired_links_are_refused_in_the_browser(site: Site) -> None:
    genuine = site.link()
    forged = genuine[:-3] + ("xyz" if not genuine.endswith("xyz") else "abc")
    site.clock.advance(hours=13)
    expired = genuine

    def visit() -> tuple[str, str]:
        from selenium.webdriver.common.by import By

        with chromium() as driver:
            driver.get(forged)
            first = driver.find_element(By.CSS_SELECTOR, "[role=alert]").text
            driver.get(expired)
            second = driver.find_element(By.CSS_SELECTOR, "[role=alert]").text
            return first, second

    forged_text, expired_text = await asyncio.to_thread(visit)
    assert forged_text == "This link is not valid."
    assert expired_text.startswith("This link has expired.")


async def test_every_control_has_a_name_and_the_page_a_language(site: Site) -> None:
    link = site.link(scope=Scope.EDIT)

    def visit() -> tuple[str | None, list[str], bool]:
        from selenium.webdriver.common.by import By

        with chromium() as driver:
            driver.get(link)
            lang = driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
            names = [
                (
                    button.get_attribute("aria-label") or button.get_attribute("textContent") or ""
                ).strip()
                for button in driver.find_elements(By.TAG_NAME, "button")
            ]
            driver.find_element(By.TAG_NAME, "body").send_keys("\t")
            skip = driver.switch_to.active_element.get_attribute("class") == "skip"
            return lang, names, skip

    lang, names, skip_first = await asyncio.to_thread(visit)
    assert lang == "en"
    assert names and all(names)
    assert skip_first  # the first Tab reaches "Skip to the report"
