"""Download UN documents by symbol: official PDFs and the UN's Akoma Ntoso XML.

PDF: ``{UN_DOCS}/api/symbol/access?s=<SYMBOL>&l=<lang>&t=pdf``. XML: the UN's public GitHub
repository UNxml/GAresolutions, through the GitHub contents API of the session and language
folder (file names carry job numbers, so the folder is listed first). Transient failures are
retried; a download goes to a temporary file renamed only when complete, so no partial
file is left behind. Base addresses are settings, so tests point them at a local server.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import httpx

__all__ = ["FetchError", "FetchSettings", "fetch_document", "LANGUAGE_FOLDERS"]

LANGUAGE_FOLDERS = {"en": "English", "fr": "French", "es": "Spanish", "ar": "Arabic", "zh": "Chinese", "ru": "Russian"}
_SYMBOL = re.compile(r"^A/RES/(\d{1,3})/(\d{1,4})$")


class FetchError(Exception):
    """A document could not be downloaded; the message says which and why."""


@dataclass(frozen=True)
class FetchSettings:
    un_docs: str = os.environ.get("MANDATES_UN_DOCS_URL", "https://documents.un.org")
    github_api: str = os.environ.get("MANDATES_GITHUB_API_URL", "https://api.github.com")
    repository: str = "UNxml/GAresolutions"
    branch: str = "main"
    attempts: int = 3
    backoff: float = 0.5
    timeout: float = 60.0


def _get(client: httpx.Client, url: str, settings: FetchSettings, **params: str) -> httpx.Response:
    last: Exception | None = None
    for attempt in range(settings.attempts):
        try:
            response = client.get(url, params=params or None, follow_redirects=True)
        except httpx.TransportError as error:
            last = error
        else:
            if response.status_code < 500 and response.status_code != 429:
                if response.status_code >= 400:
                    raise FetchError(f"{response.request.url} answered {response.status_code}")
                return response
            last = FetchError(f"{response.request.url} answered {response.status_code}")
        time.sleep(settings.backoff * (2 ** attempt))
    host = httpx.URL(url).host
    raise FetchError(f"cannot reach {host} after {settings.attempts} attempts ({last}); are you offline?")


def _save(target: Path, content: bytes) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def _pdf(client: httpx.Client, symbol: str, lang: str, to: Path, settings: FetchSettings) -> Path:
    response = _get(client, settings.un_docs.rstrip("/") + "/api/symbol/access", settings, s=symbol, l=lang, t="pdf")
    if not response.content.startswith(b"%PDF"):
        raise FetchError(f"{symbol} ({lang}): the answer is not a PDF")
    return _save(to / f"{symbol.replace('/', '_')}-{lang}.pdf", response.content)


def _xml(client: httpx.Client, symbol: str, lang: str, to: Path, settings: FetchSettings) -> Path:
    match = _SYMBOL.match(symbol)
    if not match:
        raise FetchError(f"{symbol}: the UN's XML exists for General Assembly resolutions (A/RES/NN/NNN)")
    folder = f"{match.group(1)}session/{LANGUAGE_FOLDERS[lang]}"
    listing = _get(client, f"{settings.github_api.rstrip('/')}/repos/{settings.repository}/contents/{folder}",
                   settings, ref=settings.branch).json()
    prefix = symbol.replace("/", "_") + "-"
    entry = next((e for e in listing if isinstance(e, dict) and e.get("name", "").startswith(prefix)), None)
    if entry is None or not entry.get("download_url"):
        raise FetchError(f"{symbol} ({lang}): not in {settings.repository}/{folder}")
    response = _get(client, entry["download_url"], settings)
    if b"<akomaNtoso" not in response.content[:2000]:
        raise FetchError(f"{symbol} ({lang}): the answer is not Akoma Ntoso XML")
    return _save(to / entry["name"], response.content)


def fetch_document(symbol: str, *, lang: str, fmt: Literal["xml", "pdf"], to: Path,
                   settings: FetchSettings | None = None, client: httpx.Client | None = None) -> Path:
    """Download one document; returns its path. Raises :class:`FetchError`."""
    if lang not in LANGUAGE_FOLDERS:
        raise FetchError(f"language {lang!r}: use one of {', '.join(LANGUAGE_FOLDERS)}")
    settings = settings or FetchSettings()
    own = client is None
    client = client or httpx.Client(timeout=settings.timeout, headers={"User-Agent": "mandate-graph"})
    try:
        download: Callable = _pdf if fmt == "pdf" else _xml
        return download(client, symbol.strip(), lang, to, settings)
    finally:
        if own:
            client.close()
