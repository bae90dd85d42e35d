"""`sottovoce review serve`: the review site, the bleeped audio and the marks API, on localhost.

The URL space mirrors the store, but only three things are reachable:
    GET  /review/...                  the built site (html)
    GET  /calls/<id>/audio.wav        the bleeped audio (byte ranges, so the player can seek)
    GET  /api/marks?call_id=<id>      that call's marks, without comments
    GET  /api/session                 the default reviewer name
    POST /api/marks                   save a mark (JSON; see marks.MarkRequest)
Everything else (transcript.json, report.json, the marks file, the salt, quarantine/) is 404.
A POST must be JSON from the same origin and the Host must be the server's own (no other web
page can save marks through the reviewer's browser). Nothing is cached by the browser
(`Cache-Control: no-store`); the access log names method, path and status, never a body.
"""
from __future__ import annotations

import json
import logging
import re
import sys
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Optional
from urllib.parse import parse_qs, unquote, urlsplit

from ..errors import MarkError
from . import marks as marks_mod
from .calls import call_ids

log = logging.getLogger("sottovoce.review")
MAX_BODY = 16 * 1024
CONTENT_TYPES = {".html": "text/html; charset=utf-8", ".wav": "audio/wav"}
RANGE_RE = re.compile(r"bytes=(\d*)-(\d*)$")


class ReviewServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, store_root: Path, host: str = "127.0.0.1", port: int = 8765, reviewer: str = ""):
        self.store_root = Path(store_root).resolve()
        self.reviewer = reviewer
        self.write_lock = threading.Lock()
        super().__init__((host, port), ReviewHandler)

    def handle_error(self, request, client_address) -> None:
        """A player that drops a connection mid-file is normal; anything else is logged by type
        only (a traceback's locals could hold a request body)."""
        err = sys.exc_info()[1]
        if not isinstance(err, (ConnectionResetError, BrokenPipeError)):
            log.warning("review serve: request failed (%s)", type(err).__name__)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{'localhost' if host in ('127.0.0.1', '::1', '0.0.0.0', '') else host}:{port}/"

    def allowed_host(self, header: Optional[str]) -> bool:
        if not header:
            return False
        name = header.rsplit(":", 1)[0] if not header.endswith("]") else header
        return name.strip("[]") in {"localhost", "127.0.0.1", "::1", str(self.server_address[0])}


class ReviewHandler(BaseHTTPRequestHandler):
    server: ReviewServer
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt: str, *args) -> None:  # the path without its query, never a body
        log.debug("review serve: %s", fmt % args)

    def log_request(self, code="-", size="-") -> None:
        log.info("review serve: %s %s %s", self.command, urlsplit(self.path).path, code)

    # --- responses
    def _headers(self, status: int, ctype: str, length: int, extra: Optional[dict] = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(length))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Frame-Options", "DENY")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()

    def _json(self, status: int, data: object) -> None:
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
        self._headers(status, "application/json; charset=utf-8", len(body))
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._json(status, {"error": message})

    # --- routing
    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        if not self.server.allowed_host(self.headers.get("Host")):
            return self._error(HTTPStatus.FORBIDDEN, "unexpected Host header")
        url = urlsplit(self.path)
        path = unquote(url.path)
        if path in ("/", "/review", "/review/"):
            self.send_response(HTTPStatus.FOUND)
            self.send_header("Location", "/review/index.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if path == "/api/session":
            return self._json(HTTPStatus.OK, {"reviewer": self.server.reviewer})
        if path == "/api/marks":
            call_id = (parse_qs(url.query).get("call_id") or [""])[0]
            read = marks_mod.load(self.server.store_root, call_id or None)
            return self._json(HTTPStatus.OK, {"marks": [marks_mod.public_view(m) for m in read.marks]})
        parts = path.split("/")
        if len(parts) >= 3 and parts[1] == "review":
            return self._file(self._inside(self.server.store_root / "review", parts[2:]))
        if len(parts) == 4 and parts[1] == "calls" and parts[3] == "audio.wav" and parts[2] in call_ids(
                self.server.store_root):
            return self._file(self.server.store_root / "calls" / parts[2] / "audio.wav")
        return self._error(HTTPStatus.NOT_FOUND, "not found")

    def do_POST(self) -> None:
        if not self.server.allowed_host(self.headers.get("Host")):
            return self._error(HTTPStatus.FORBIDDEN, "unexpected Host header")
        origin = self.headers.get("Origin")
        if origin is not None and origin != f"http://{self.headers.get('Host')}":
            return self._error(HTTPStatus.FORBIDDEN, "cross-origin request")
        if urlsplit(self.path).path != "/api/marks":
            return self._error(HTTPStatus.NOT_FOUND, "not found")
        if not (self.headers.get("Content-Type") or "").startswith("application/json"):
            return self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "send application/json")
        try:
            length = int(self.headers.get("Content-Length") or "")
        except ValueError:
            return self._error(HTTPStatus.LENGTH_REQUIRED, "Content-Length required")
        if not 0 < length <= MAX_BODY:
            return self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"a mark is at most {MAX_BODY} bytes")
        body = self.rfile.read(length)
        try:
            mark = marks_mod.resolve(marks_mod.request_from_json(body), self.server.store_root)
            with self.server.write_lock:
                marks_mod.append(self.server.store_root, mark)
        except MarkError as err:  # names fields, never values
            return self._error(HTTPStatus.BAD_REQUEST, str(err))
        except OSError as err:
            log.warning("review serve: could not save a mark (%s)", type(err).__name__)
            return self._error(HTTPStatus.INTERNAL_SERVER_ERROR, "could not write the marks file")
        self._json(HTTPStatus.CREATED, marks_mod.public_view(mark))

    # --- files
    @staticmethod
    def _inside(base: Path, parts: list[str]) -> Optional[Path]:
        if any(p in ("", ".", "..") or p.startswith(".") for p in parts):
            return None
        target = base.joinpath(*parts).resolve()
        return target if target.is_relative_to(base.resolve()) else None

    def _file(self, path: Optional[Path]) -> None:
        if path is None or not path.is_file() or path.suffix not in CONTENT_TYPES:
            return self._error(HTTPStatus.NOT_FOUND, "not found")
        size = path.stat().st_size
        start, end, status = 0, size - 1, HTTPStatus.OK
        extra = {"Accept-Ranges": "bytes"}
        wanted = self.headers.get("Range")
        if wanted:
            m = RANGE_RE.match(wanted.strip())
            if m is None or not (m.group(1) or m.group(2)):
                return self._range_error(size)
            if m.group(1):
                start = int(m.group(1))
                end = min(int(m.group(2)), size - 1) if m.group(2) else size - 1
            else:  # the last N bytes
                start = max(0, size - int(m.group(2)))
            if start >= size or end < start:
                return self._range_error(size)
            status = HTTPStatus.PARTIAL_CONTENT
            extra["Content-Range"] = f"bytes {start}-{end}/{size}"
        self._headers(status, CONTENT_TYPES[path.suffix], end - start + 1, extra)
        if self.command == "HEAD":
            return
        with open(path, "rb") as f:
            f.seek(start)
            left = end - start + 1
            while left > 0:
                chunk = f.read(min(left, 1 << 16))
                if not chunk:
                    break
                try:
                    self.wfile.write(chunk)
                except (BrokenPipeError, ConnectionResetError):  # the player moved on
                    return
                left -= len(chunk)

    def _range_error(self, size: int) -> None:
        self._headers(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE, "text/plain", 0, {"Content-Range": f"bytes */{size}"})


def serve(store_root: Path, host: str = "127.0.0.1", port: int = 8765, reviewer: str = "") -> ReviewServer:
    """A bound server; the caller runs `serve_forever()` (in a thread, for tests)."""
    return ReviewServer(store_root, host, port, reviewer)
