"""Download UN documents by symbol: official PDFs and the UN's Akoma Ntoso XML.

PDF: ``{UN_DOCS}/api/symbol/access?s=<SYMBOL>&l=<lang>&t=pdf``. XML: the UN's public GitHub
repository UNxml/GAresolutions, through the GitHub contents API of the session and language
folder (file names carry job numbers, so the folder is listed first). Transient failures are
retried; a download streams in chunks to a temporary file (refused past
``MANDATES_MAX_DOCUMENT_MB``) renamed only when complete, so no partial file is left behind and
a large answer is never held in memory. A file name taken from the listing is used only if it
is a plain name that stays inside ``--to``. Base addresses are settings, so tests point them at
a local server.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Literal

import httpx

from loaders.limits import max_bytes

__all__ = ["FetchError", "FetchSettings", "fetch_document", "safe_target", "LANGUAGE_FOLDERS"]

LANGUAGE_FOLDERS = {"en": "English", "fr": "French", "es": "Spanish", "ar": "Arabic", "zh": "Chinese", "ru": "Russian"}
_SYMBOL = re.compile(r"^A/RES/(\d{1,3})/(\d{1,4})$")
#: What a UN document symbol may hold (A/RES/79/1, E/CN.6/2024/L.3, S/RES/2719 (2023)).
_ANY_SYMBOL = re.compile(r"^[A-Za-z0-9][A-Za-z0-9/.()\-_ ]{0,99}$")
#: A file name from a listing: one plain name ending in .xml, no folder, not hidden.
_FILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,200}\.xml$")
#: Bytes read at a time from a download.
CHUNK = 1 << 16
#: A GitHub folder listing larger than this is not a listing.
MAX_LISTING_BYTES = 16 * 2**20


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
    max_bytes: int = field(default_factory=lambda: max_bytes("document"))


def _stream(client: httpx.Client, url: str, settings: FetchSettings, out: BinaryIO, *, limit: int,
            **params: str) -> None:
    """GET ``url`` into ``out`` in chunks, retrying transient failures; refuses past ``limit`` bytes."""
    last: Exception | None = None
    for attempt in range(settings.attempts):
        out.seek(0)
        out.truncate()
        try:
            with client.stream("GET", url, params=params or None, follow_redirects=True) as response:
                if response.status_code < 500 and response.status_code != 429:
                    if response.status_code >= 400:
                        raise FetchError(f"{response.request.url} answered {response.status_code}")
                    size = 0
                    for chunk in response.iter_bytes(CHUNK):
                        size += len(chunk)
                        if size > limit:
                            raise FetchError(f"{response.request.url} sent more than {limit / 2**20:g} MB "
                                             "(raise MANDATES_MAX_DOCUMENT_MB to allow it)")
                        out.write(chunk)
                    return
                last = FetchError(f"{response.request.url} answered {response.status_code}")
        except httpx.TransportError as error:
            last = error
        time.sleep(settings.backoff * (2 ** attempt))
    host = httpx.URL(url).host
    raise FetchError(f"cannot reach {host} after {settings.attempts} attempts ({last}); are you offline?")


def _save(client: httpx.Client, url: str, settings: FetchSettings, target: Path, looks_right: Callable[[bytes], bool],
          refusal: str, **params: str) -> Path:
    """Download ``url`` to ``target`` through a temporary file, renamed only when complete and
    only if its first bytes pass ``looks_right``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".fetch-", suffix=".part")
    try:
        with os.fdopen(handle, "w+b") as out:
            _stream(client, url, settings, out, limit=settings.max_bytes, **params)
            out.seek(0)
            if not looks_right(out.read(2000)):
                raise FetchError(refusal)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def _listing(client: httpx.Client, url: str, settings: FetchSettings, **params: str) -> list:
    with tempfile.TemporaryFile() as out:
        _stream(client, url, settings, out, limit=MAX_LISTING_BYTES, **params)
        out.seek(0)
        try:
            listing = json.load(out)
        except ValueError:
            raise FetchError(f"{url}: the folder listing is not JSON") from None
    if not isinstance(listing, list):
        raise FetchError(f"{url}: the folder listing is not a list")
    return listing


def safe_target(to: Path, name: object) -> Path:
    """``to / name`` for a plain file name from a listing; :class:`FetchError` for anything that
    could leave ``to`` (separators, ``..``, absolute paths) or is not an XML file name.

    >>> safe_target(Path("/d"), "A_RES_78_311-2412313F.xml")
    PosixPath('/d/A_RES_78_311-2412313F.xml')
    >>> safe_target(Path("/d"), "A_RES_78_311-../../x.xml")
    Traceback (most recent call last):
    ...
    loaders.fetch.FetchError: the listing names an unsafe file name 'A_RES_78_311-../../x.xml'; nothing written
    """
    if not isinstance(name, str) or not _FILE_NAME.fullmatch(name) or ".." in name or Path(name).name != name:
        raise FetchError(f"the listing names an unsafe file name {str(name)[:120]!r}; nothing written")
    root = to.resolve()
    target = (root / name).resolve()
    if target.parent != root:
        raise FetchError(f"the listing names a file outside {to}: {name[:120]!r}; nothing written")
    return target


def _pdf(client: httpx.Client, symbol: str, lang: str, to: Path, settings: FetchSettings) -> Path:
    return _save(client, settings.un_docs.rstrip("/") + "/api/symbol/access", settings,
                 to / f"{symbol.replace('/', '_')}-{lang}.pdf",
                 lambda head: head.startswith(b"%PDF"), f"{symbol} ({lang}): the answer is not a PDF",
                 s=symbol, l=lang, t="pdf")


def _xml(client: httpx.Client, symbol: str, lang: str, to: Path, settings: FetchSettings) -> Path:
    match = _SYMBOL.match(symbol)
    if not match:
        raise FetchError(f"{symbol}: the UN's XML exists for General Assembly resolutions (A/RES/NN/NNN)")
    folder = f"{match.group(1)}session/{LANGUAGE_FOLDERS[lang]}"
    listing = _listing(client, f"{settings.github_api.rstrip('/')}/repos/{settings.repository}/contents/{folder}",
                       settings, ref=settings.branch)
    prefix = symbol.replace("/", "_") + "-"
    entry = next((e for e in listing if isinstance(e, dict) and str(e.get("name", "")).startswith(prefix)), None)
    if entry is None or not isinstance(entry.get("download_url"), str):
        raise FetchError(f"{symbol} ({lang}): not in {settings.repository}/{folder}")
    target = safe_target(to, entry["name"])
    return _save(client, entry["download_url"], settings, target, lambda head: b"<akomaNtoso" in head,
                 f"{symbol} ({lang}): the answer is not Akoma Ntoso XML")


def fetch_document(symbol: str, *, lang: str, fmt: Literal["xml", "pdf"], to: Path,
                   settings: FetchSettings | None = None, client: httpx.Client | None = None) -> Path:
    """Download one document; returns its path. Raises :class:`FetchError`."""
    if lang not in LANGUAGE_FOLDERS:
        raise FetchError(f"language {lang!r}: use one of {', '.join(LANGUAGE_FOLDERS)}")
    symbol = symbol.strip()
    if not _ANY_SYMBOL.fullmatch(symbol):
        raise FetchError(f"{symbol[:40]!r}{'…' if len(symbol) > 40 else ''} ({len(symbol)} characters) is not "
                         "a UN document symbol (letters, digits, / . ( ) - _ and spaces, at most 100 characters)")
    settings = settings or FetchSettings()
    own = client is None
    client = client or httpx.Client(timeout=settings.timeout, headers={"User-Agent": "mandate-graph"})
    try:
        download: Callable = _pdf if fmt == "pdf" else _xml
        return download(client, symbol, lang, to, settings)
    finally:
        if own:
            client.close()
