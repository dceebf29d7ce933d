"""A real headless Chromium (Debian's), driven by Playwright, that records every request."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urlparse

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


@dataclass
class PageLog:
    outside_requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)


@contextmanager
def browser_page(allowed_host: str) -> Iterator[tuple[object, PageLog]]:
    """A page whose requests to any host but ``allowed_host`` are recorded and blocked."""
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    log = PageLog()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page()

        def route(route_obj) -> None:
            url = route_obj.request.url
            host = urlparse(url).netloc
            if url.startswith(("data:", "blob:", "about:")) or host == allowed_host:
                route_obj.continue_()
            else:
                log.outside_requests.append(url)
                route_obj.abort()

        page.route("**/*", route)
        page.on("console", lambda msg: log.console_errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda error: log.console_errors.append(str(error)))
        try:
            yield page, log
        finally:
            browser.close()
