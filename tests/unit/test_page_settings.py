"""What a Voila page gets from the server to explain a broken connection (static/faults.js)."""

import yaml

from widgets.content import FILES_DIR
from widgets.serving.page_settings import EXTENSION_KEY, page_settings


def test_the_banner_gets_every_text_of_the_connection_file_as_written():
    written = yaml.safe_load((FILES_DIR / "connection.yaml").read_text(encoding="utf-8"))
    del written["schema"]
    assert page_settings(None)[EXTENSION_KEY]["texts"] == written
