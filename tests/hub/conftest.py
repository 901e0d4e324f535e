"""A real JupyterHub on 127.0.0.1 for the hub tests, started with the configuration that
docs/deploy.md shows (docs/hub/jupyterhub_config.py) plus what only a test needs: loopback
ports, a scratch database, the DummyAuthenticator and the project-local configurable-http-proxy
that `make test-deps` installs from npm. The hub is a server of the harness the browser tests
share (tests/harness.py: a free port, HOME and the log in a scratch folder, a wait until its API
answers). The suite's repository is served to the learners'
servers over smart HTTP (tests/hub/git_http.py), from a fresh clone of the committed HEAD, and
learners follow the links `belonging-lab links --hub ...` prints.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import psutil
import pytest
from playwright.sync_api import Browser, Page

from tests import harness
from tests.browser.conftest import wait_for_app
from tests.harness import Server, free_port
from tests.hub.git_http import bare_clone, served
from widgets.logic.action_plan import STATE_FILE
from widgets.paths import REPO_ROOT

HUB_CONFIG = REPO_ROOT / "docs" / "hub" / "jupyterhub_config.py"
PROXY = REPO_ROOT / "build" / "node" / "node_modules" / ".bin" / "configurable-http-proxy"
REPOSITORY = "belonging-lab.git"
BRANCH = "main"
# The hub stops each learner's server (interrupt, then terminate, then kill: up to 20 s) first.
HUB_STOP_SECONDS = 30
# From a link to a rendered module: the hub starts the learner's server, nbgitpuller clones the
# repository and Voila runs the notebook, on a machine whose two cores other tests share.
PAGE_TIMEOUT_MS = 150_000
SAVE_SECONDS = 60
REFLECTION = "06_reflection_and_action_plan.ipynb"
ANSWER_FIELD = "Your answer to question 3"
TYPED = "I will ask my preceptor about the team huddle"


def proxy_command() -> str:
    if not PROXY.exists():
        pytest.fail(f"configurable-http-proxy is missing at {PROXY}: run `make test-deps`.")
    return str(PROXY)


def config_file(folder: Path, settings: dict[str, Any]) -> Path:
    """A JupyterHub config that loads the guide's file, then sets ``settings``
    (``{"Class.trait": value}``)."""
    lines = ["c = get_config()  # noqa: F821", f"load_subconfig({str(HUB_CONFIG)!r})  # noqa: F821"]
    lines += [f"c.{name} = {value!r}" for name, value in settings.items()]
    path = folder / "jupyterhub_config.py"
    path.write_text("\n".join(lines) + "\n")
    return path


def hub_settings(folder: Path, port: int, learner_settings: dict[str, Any]) -> dict[str, Any]:
    """The hub on ``port`` (its internal API and the proxy's on free ones), its state in
    ``folder``, and ``learner_settings``."""
    hub_port, api_port = free_port(), free_port()
    return {
        "JupyterHub.bind_url": f"http://127.0.0.1:{port}",
        "JupyterHub.hub_bind_url": f"http://127.0.0.1:{hub_port}",
        "ConfigurableHTTPProxy.api_url": f"http://127.0.0.1:{api_port}",
        "ConfigurableHTTPProxy.command": [proxy_command()],
        "JupyterHub.db_url": f"sqlite:///{folder / 'jupyterhub.sqlite'}",
        "JupyterHub.cookie_secret_file": str(folder / "jupyterhub_cookie_secret"),
        "JupyterHub.authenticator_class": "dummy",
        "Spawner.http_timeout": 120,
        "Spawner.start_timeout": 150,
        **learner_settings,
    }


def stop_hub(hub: Server) -> None:
    """Stop the hub (it stops the proxy and the learners' servers), then anything it started
    that is still running: the processes it started are known by their ids."""
    try:
        started = psutil.Process(hub.process.pid).children(recursive=True)
    except psutil.NoSuchProcess:
        started = []
    harness.stop(hub.process, HUB_STOP_SECONDS)
    for process in started:
        with suppress(psutil.NoSuchProcess):
            process.kill()
    psutil.wait_procs(started, timeout=10)


@contextmanager
def running_hub(folder: Path, learner_settings: dict[str, Any]) -> Iterator[Server]:
    """JupyterHub with the guide's configuration and ``learner_settings`` (how learners'
    servers start), on free loopback ports, stopped with everything it started; the wait is
    inside ``try`` so that a start cut short (Ctrl-C while it waits) stops it too."""
    port = free_port()
    config = config_file(folder, hub_settings(folder, port, learner_settings))
    hub = harness.start([sys.executable, "-m", "jupyterhub", "-f", str(config)], port, folder,
                        name="jupyterhub", cwd=folder, ready="hub/api/", wait=False)
    try:
        hub.wait_until_serving()
        yield hub
    finally:
        stop_hub(hub)


@contextmanager
def served_repository(folder: Path) -> Iterator[str]:
    """The suite's committed HEAD, freshly cloned, served over smart HTTP; yields its URL."""
    bare_clone(REPO_ROOT, folder / REPOSITORY, BRANCH)
    with served(folder) as base_url:
        yield f"{base_url}/{REPOSITORY}"


@contextmanager
def hub_with_links(folders: pytest.TempPathFactory, learner_settings: dict[str, Any]
                   ) -> Iterator[tuple[Server, list[str]]]:
    """The suite's repository served and a hub whose learners' servers start with
    ``learner_settings``; yields the hub and the links `belonging-lab links --hub` prints."""
    with (served_repository(folders.mktemp("git")) as repo_url,
          running_hub(folders.mktemp("hub"), learner_settings) as running):
        yield running, launch_links(running.url, repo_url)


def launch_links(hub_url: str, repo_url: str) -> list[str]:
    """Every hub link that `belonging-lab links --hub ...` prints."""
    printed = subprocess.run(
        [sys.executable, "-m", "widgets.cli", "links", "--repo", repo_url, "--branch", BRANCH,
         "--hub", hub_url], check=True, capture_output=True, text=True).stdout
    return [url for url in re.findall(r"https?://\S+", printed) if url.startswith(hub_url)]


def link_to(links: list[str], interface: str, notebook: str) -> str:
    """The link that opens ``notebook`` in ``interface`` ("voila/render" or "lab/tree")."""
    (found,) = [url for url in links if f"urlpath={interface}/" in url and notebook in url]
    return found


def signed_in(chromium: Browser, link: str, learner: str) -> Page:
    """A new browser profile that follows ``link``; the hub asks the learner to sign in
    first (any password opens the DummyAuthenticator), then sends them on."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(PAGE_TIMEOUT_MS)
    page.goto(link)
    page.fill("#username_input", learner)
    page.fill("#password_input", "any password")
    page.click("#login_submit")
    return page


def jupyter_paths(prefix: Path) -> dict[str, str]:
    """Where the learners' Jupyter servers find the settings configure-jupyter wrote."""
    return {"JUPYTER_CONFIG_PATH": str(prefix / "etc" / "jupyter"),
            "JUPYTER_PATH": str(prefix / "share" / "jupyter")}


def answer_in_module_06(page: Page, home: Path) -> Path:
    """Type an answer in module 06, open in ``page``; returns the file in ``home`` where the
    module saved it."""
    wait_for_app(page)
    page.get_by_label(ANSWER_FIELD).fill(TYPED)
    page.get_by_label(ANSWER_FIELD).press("Tab")
    saved = home / ".belonging-lab" / STATE_FILE
    deadline = time.monotonic() + SAVE_SECONDS
    while not (saved.exists() and TYPED in saved.read_text(encoding="utf-8")):
        assert time.monotonic() < deadline, "module 06 did not save the typed answer"
        time.sleep(0.5)
    return saved


def sees_no_answer(page: Page) -> bool:
    """Module 06 is open with the answer field empty and the typed text nowhere."""
    wait_for_app(page)
    field = page.get_by_label(ANSWER_FIELD)
    field.wait_for(state="visible")
    return field.input_value() == "" and TYPED not in page.inner_text("body")
