"""A git repository served over smart HTTP on 127.0.0.1, as a campus git server would serve the
suite to a hub: ``git http-backend`` (git's own CGI program) behind Python's HTTP server."""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

BACKEND_SECONDS = 120


def backend_environment(handler: BaseHTTPRequestHandler, root: Path, body: bytes
                        ) -> dict[str, str]:
    path, _, query = handler.path.partition("?")
    environment = {
        "GIT_PROJECT_ROOT": str(root),
        "GIT_HTTP_EXPORT_ALL": "1",
        "PATH": "/usr/bin:/bin",
        "REQUEST_METHOD": handler.command,
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "CONTENT_TYPE": handler.headers.get("Content-Type", ""),
        "CONTENT_LENGTH": str(len(body)),
        "REMOTE_ADDR": handler.client_address[0],
    }
    for header in ("Content-Encoding", "Git-Protocol"):
        if header in handler.headers:
            environment["HTTP_" + header.upper().replace("-", "_")] = handler.headers[header]
    return environment


def request_body(handler: BaseHTTPRequestHandler) -> bytes:
    """The body, also when git sends it in chunks (large fetch negotiations)."""
    if handler.headers.get("Transfer-Encoding", "").lower() != "chunked":
        return handler.rfile.read(int(handler.headers.get("Content-Length") or 0))
    chunks = []
    while size := int(handler.rfile.readline().split(b";")[0].strip(), 16):
        chunks.append(handler.rfile.read(size))
        handler.rfile.readline()
    handler.rfile.readline()
    return b"".join(chunks)


def cgi_response(output: bytes) -> tuple[int, list[tuple[str, str]], bytes]:
    """Status, headers and body of a CGI program's output."""
    separator = b"\r\n\r\n" if b"\r\n\r\n" in output else b"\n\n"
    head, _, body = output.partition(separator)
    status, headers = 200, []
    for line in head.decode("latin-1").splitlines():
        name, _, value = line.partition(":")
        if name.lower() == "status":
            status = int(value.split()[0])
        elif name:
            headers.append((name, value.strip()))
    return status, headers, body


def handler_for(root: Path) -> type[BaseHTTPRequestHandler]:
    class GitHandler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.run_backend()

        def do_POST(self) -> None:
            self.run_backend()

        def run_backend(self) -> None:
            body = request_body(self)
            result = subprocess.run(["git", "http-backend"], input=body, capture_output=True,
                                    env=backend_environment(self, root, body),
                                    timeout=BACKEND_SECONDS, check=False)
            status, headers, payload = cgi_response(result.stdout)
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the hub's log says what the learners' servers fetched."""

    return GitHandler


@contextmanager
def served(root: Path) -> Iterator[str]:
    """Serve the repositories under ``root``; yields the server's base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(root))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def bare_clone(source: Path, folder: Path, branch: str) -> Path:
    """A fresh bare clone of ``source``'s committed HEAD, with that commit as ``branch``."""
    commit = subprocess.run(["git", "-C", str(source), "rev-parse", "HEAD"], check=True,
                            capture_output=True, text=True).stdout.strip()
    subprocess.run(["git", "clone", "--quiet", "--bare", "--no-tags", str(source), str(folder)],
                   check=True, capture_output=True)
    git = ["git", "-C", str(folder)]
    subprocess.run([*git, "update-ref", f"refs/heads/{branch}", commit], check=True)
    subprocess.run([*git, "symbolic-ref", "HEAD", f"refs/heads/{branch}"], check=True)
    return folder
