"""configure-jupyter: what it writes into an environment's Jupyter configuration."""

import json

from widgets.serving.jupyter_config import configure


def server_config(prefix) -> dict:
    return json.loads((prefix / "etc" / "jupyter" / "jupyter_server_config.json").read_text())


def test_the_server_gets_the_suites_kernel_culling(tmp_path):
    configure(tmp_path)
    assert server_config(tmp_path)["MappingKernelManager"] == {
        "cull_idle_timeout": 900, "cull_interval": 60, "cull_connected": False}


def test_the_environments_own_server_settings_are_kept(tmp_path):
    config_dir = tmp_path / "etc" / "jupyter"
    config_dir.mkdir(parents=True)
    (config_dir / "jupyter_server_config.json").write_text(json.dumps(
        {"ServerApp": {"shutdown_no_activity_timeout": 600},
         "MappingKernelManager": {"buffer_offline_messages": False}}))
    configure(tmp_path)
    settings = server_config(tmp_path)
    assert settings["ServerApp"] == {"shutdown_no_activity_timeout": 600}
    assert settings["MappingKernelManager"]["buffer_offline_messages"] is False
    assert settings["MappingKernelManager"]["cull_interval"] == 60
