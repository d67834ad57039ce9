"""The web chat page: a small local HTTP server for `webchat/index.html` and the rasa-webchat widget.

It serves three files only (the page, the widget's bundle from webchat/node_modules and a
config.js naming the Rasa server's socket.io address), never the folder, so nothing
else under webchat/ is exposed. ``/?lang=es`` serves the page as a Spanish site would, with
``<html lang="es">``: the widget sends the page's language, and the bot answers in it.
"""

from __future__ import annotations

import json
import re
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tools.stack import ROOT

WEBCHAT = ROOT / "webchat"
WIDGET = WEBCHAT / "node_modules" / "rasa-webchat" / "lib" / "index.js"
_LANG = re.compile(r"(?:^|&)lang=([a-z]{2}(?:-[A-Z]{2})?)(?:&|$)")


class WebChatServer:
    """Serves the page on ``127.0.0.1:port`` from a thread; the page talks to ``socket_url``."""

    def __init__(self, socket_url: str, port: int = 0, host: str = "127.0.0.1") -> None:
        if not WIDGET.is_file():
            raise FileNotFoundError(f"{WIDGET} is missing: `make setup` installs it (npm ci in webchat/)")
        config = f"window.CONTACT_CAPTURE = {json.dumps({'socketUrl': socket_url})};\n".encode()
        files = {
            "/": ((WEBCHAT / "index.html").read_bytes(), "text/html; charset=utf-8"),
            "/config.js": (config, "text/javascript; charset=utf-8"),
            "/webchat.js": (WIDGET.read_bytes(), "text/javascript; charset=utf-8"),
        }

        page = files["/"][0]

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                path, _, query = self.path.partition("?")
                found = files.get(path)
                if found is None:
                    self.send_error(HTTPStatus.NOT_FOUND)
                    return
                body, kind = found
                lang = _LANG.search(query) if path == "/" else None
                if lang:  # the page as a site in that language serves it
                    body = page.replace(b'<html lang="en">', f'<html lang="{lang.group(1)}">'.encode(), 1)
                self.send_response(HTTPStatus.OK)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass  # a page load is not news

        self._server = ThreadingHTTPServer((host, port), Handler)
        self.url = f"http://{host}:{self._server.server_address[1]}/"
        # The one origin the Rasa server grants CORS to (its --cors).
        self.origin = self.url.rstrip("/")
        self._thread = threading.Thread(target=self._server.serve_forever, name="web-chat", daemon=True)

    def start(self) -> WebChatServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> WebChatServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
