"""docs/deploy.md shows the hub configuration that the hub test (tests/hub/) runs with."""

from tests.hub.conftest import HUB_CONFIG as HUB_TEST_CONFIG
from widgets.paths import REPO_ROOT

GUIDE = REPO_ROOT / "docs" / "deploy.md"
HUB_CONFIG = REPO_ROOT / "docs" / "hub" / "jupyterhub_config.py"


def test_the_guide_shows_the_hub_configuration_the_hub_test_uses():
    shown = f"```python\n{HUB_CONFIG.read_text(encoding='utf-8')}```\n"
    assert shown in GUIDE.read_text(encoding="utf-8")


def test_the_hub_test_loads_the_configuration_the_guide_shows():
    assert HUB_TEST_CONFIG == HUB_CONFIG
