"""mandates fetch against a local HTTP server that serves ../shared/corpus under the UN's URL layout."""

import json
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest


class _UnLikeServer(BaseHTTPRequestHandler):
    corpus: Path
    failures_left: int = 0
    #: File names the folder listing gives instead of the real ones (a hostile listing).
    listed_names: list[str] | None = None
    #: The symbol whose PDF never ends.
    endless = "A/RES/1/1"

    def log_message(self, *args) -> None:
        pass

    def _send(self, status: int, body: bytes, content_type: str = "application/octet-stream") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _send_endless(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/pdf")
        self.end_headers()
        self.wfile.write(b"%PDF-1.7\n")
        try:
            while True:
                self.wfile.write(b"0" * 65536)
        except OSError:  # the client hung up
            pass

    def do_GET(self) -> None:
        url = urlparse(self.path)
        if type(self).failures_left > 0:
            type(self).failures_left -= 1
            return self._send(503, b"busy")
        if url.path == "/api/symbol/access":
            query = parse_qs(url.query)
            if query["s"] == [self.endless]:
                return self._send_endless()
            path = self.corpus / "pdf" / (query["s"][0].replace("/", "_") + ".pdf")
            if query.get("l") == ["en"] and path.is_file():
                return self._send(200, path.read_bytes(), "application/pdf")
            return self._send(404, b"no such document")
        prefix = "/repos/UNxml/GAresolutions/contents/"
        if url.path.startswith(prefix):
            folder = self.corpus / "akn" / url.path[len(prefix):]
            listing = [{"name": p.name, "download_url": f"http://{self.headers['Host']}/raw/{p.relative_to(self.corpus / 'akn')}"}
                       for p in sorted(folder.glob("*.xml"))]
            if self.listed_names is not None:
                listing = [{**entry, "name": name} for entry, name in zip(listing, self.listed_names)]
            return self._send(200, json.dumps(listing).encode(), "application/json")
        if url.path.startswith("/raw/"):
            path = self.corpus / "akn" / url.path[len("/raw/"):]
            return self._send(200, path.read_bytes(), "application/xml") if path.is_file() else self._send(404, b"")
        self._send(404, b"")


@pytest.fixture()
def un_server(shared_corpus):
    _UnLikeServer.corpus = shared_corpus
    _UnLikeServer.failures_left = 0
    _UnLikeServer.listed_names = None
    server = ThreadingHTTPServer(("127.0.0.1", 0), _UnLikeServer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _fetch(base: str, *args: str, **env: str):
    env = {"MANDATES_UN_DOCS_URL": base, "MANDATES_GITHUB_API_URL": base, "PATH": "/usr/bin:/bin", **env}
    return subprocess.run([sys.executable, "-m", "cli", "fetch", "--quiet", *args], capture_output=True, text=True,
                          timeout=120, env=env)


def test_fetch_xml_in_two_languages_and_a_pdf(un_server, shared_corpus, tmp_path):
    result = _fetch(un_server, "A/RES/78/311", "--lang", "en,fr", "--to", str(tmp_path))
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in tmp_path.iterdir())
    assert len(names) == 2 and names[1] == "A_RES_78_311-2412313F.xml" and names[0].startswith("A_RES_78_311-")
    french = next(tmp_path.glob("*F.xml"))
    assert french.read_bytes() == (shared_corpus / "akn/78session/French" / french.name).read_bytes()
    pdf = _fetch(un_server, "A/RES/79/325", "--format", "pdf", "--to", str(tmp_path))
    assert pdf.returncode == 0 and (tmp_path / "A_RES_79_325-en.pdf").read_bytes()[:4] == b"%PDF"


def test_transient_failures_are_retried(un_server, tmp_path):
    _UnLikeServer.failures_left = 2
    result = _fetch(un_server, "A/RES/79/325", "--format", "pdf", "--to", str(tmp_path))
    assert result.returncode == 0, result.stderr


def test_missing_documents_and_offline_give_clear_errors_and_no_partial_file(un_server, tmp_path):
    missing = _fetch(un_server, "A/RES/79/999", "--format", "pdf", "--to", str(tmp_path))
    assert missing.returncode == 1 and "404" in missing.stderr
    offline = _fetch("http://127.0.0.1:9", "A/RES/79/325", "--format", "pdf", "--to", str(tmp_path))
    assert offline.returncode == 1 and "offline" in offline.stderr
    assert list(tmp_path.iterdir()) == []


def _files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


@pytest.mark.parametrize("name", [
    "A_RES_78_311-/../../escape.xml",
    "A_RES_78_311-/../../../../../../../../tmp/escape.xml",
    "A_RES_78_311-\\..\\escape.xml",
    "A_RES_78_311-..",
])
def test_a_hostile_listing_cannot_write_outside_the_target_folder(un_server, tmp_path, name):
    _UnLikeServer.listed_names = [name]
    to = tmp_path / "a" / "b" / "to"
    result = _fetch(un_server, "A/RES/78/311", "--lang", "fr", "--to", str(to))
    assert result.returncode == 1 and "unsafe file name" in result.stderr
    assert _files_under(tmp_path) == [] and not Path("/tmp/escape.xml").exists()


def test_absolute_or_dotted_listing_names_are_refused_before_any_path_is_made(tmp_path):
    from loaders.fetch import FetchError, safe_target

    for name in ["/etc/passwd.xml", "..", "../x.xml", "a/b.xml", ".hidden.xml", "x.xml\x00", None, "x" * 300 + ".xml"]:
        with pytest.raises(FetchError, match="unsafe file name"):
            safe_target(tmp_path, name)
    assert safe_target(tmp_path, "A_RES_78_311-2412313F.xml") == tmp_path.resolve() / "A_RES_78_311-2412313F.xml"


def test_a_huge_symbol_fails_alone_and_the_others_are_fetched(un_server, tmp_path):
    result = _fetch(un_server, "A" * 5000, "A/RES/79/325", "--format", "pdf", "--to", str(tmp_path))
    assert result.returncode == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1 and "not a UN document symbol" in errors[0] and len(errors[0]) < 300
    assert [p.name for p in tmp_path.iterdir()] == ["A_RES_79_325-en.pdf"]


def test_a_download_past_the_size_limit_is_refused_without_a_partial_file(un_server, tmp_path):
    result = _fetch(un_server, _UnLikeServer.endless, "A/RES/79/325", "--format", "pdf", "--to", str(tmp_path),
                    MANDATES_MAX_DOCUMENT_MB="2")
    assert result.returncode == 1 and "more than 2 MB" in result.stderr and "MANDATES_MAX_DOCUMENT_MB" in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["A_RES_79_325-en.pdf"]
