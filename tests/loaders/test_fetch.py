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

    def log_message(self, *args) -> None:
        pass

    def _send(self, status: int, body: bytes, content_type: str = "application/octet-stream") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        url = urlparse(self.path)
        if type(self).failures_left > 0:
            type(self).failures_left -= 1
            return self._send(503, b"busy")
        if url.path == "/api/symbol/access":
            query = parse_qs(url.query)
            path = self.corpus / "pdf" / (query["s"][0].replace("/", "_") + ".pdf")
            if query.get("l") == ["en"] and path.is_file():
                return self._send(200, path.read_bytes(), "application/pdf")
            return self._send(404, b"no such document")
        prefix = "/repos/UNxml/GAresolutions/contents/"
        if url.path.startswith(prefix):
            folder = self.corpus / "akn" / url.path[len(prefix):]
            listing = [{"name": p.name, "download_url": f"http://{self.headers['Host']}/raw/{p.relative_to(self.corpus / 'akn')}"}
                       for p in sorted(folder.glob("*.xml"))]
            return self._send(200, json.dumps(listing).encode(), "application/json")
        if url.path.startswith("/raw/"):
            path = self.corpus / "akn" / url.path[len("/raw/"):]
            return self._send(200, path.read_bytes(), "application/xml") if path.is_file() else self._send(404, b"")
        self._send(404, b"")


@pytest.fixture()
def un_server(shared_corpus):
    _UnLikeServer.corpus = shared_corpus
    _UnLikeServer.failures_left = 0
    server = ThreadingHTTPServer(("127.0.0.1", 0), _UnLikeServer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _fetch(base: str, *args: str):
    env = {"MANDATES_UN_DOCS_URL": base, "MANDATES_GITHUB_API_URL": base, "PATH": "/usr/bin:/bin"}
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
