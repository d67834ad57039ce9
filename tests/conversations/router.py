"""Routes Rasa's action calls to one of several action servers, by the conversation's sender id.

Conversations that need other settings (a default region, wrong credentials)
get their own action server; one Rasa server (one model load) serves them all.
A sender id ``region_in--case-1234`` goes to the action server of group ``region_in``.
"""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SEPARATOR = "--"


class _Handler(BaseHTTPRequestHandler):
    server: ActionRouter

    def log_message(self, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        sender = json.loads(body).get("tracker", {}).get("sender_id", "")
        group = sender.split(SEPARATOR, 1)[0] if SEPARATOR in sender else "default"
        target = self.server.targets.get(group, self.server.targets["default"])
        # Rasa's own Authorization header (endpoints: headers) goes on: the action servers check it.
        headers = {"Content-Type": "application/json"}
        if self.headers.get("Authorization"):
            headers["Authorization"] = self.headers["Authorization"]
        request = urllib.request.Request(target, data=body, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=120) as answer:
                status, data = answer.status, answer.read()
        except urllib.error.HTTPError as err:
            status, data = err.code, err.read()
        except OSError as err:
            status, data = 502, json.dumps({"error": str(err)}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class ActionRouter(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, targets: dict[str, str]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.targets = targets
        self.url = f"http://127.0.0.1:{self.server_address[1]}/webhook"
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.shutdown()
        self.server_close()
