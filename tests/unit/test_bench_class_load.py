"""The class-load figures' pure parts: the widget-protocol messages a simulated learner sends and
reads, and how one class's samples become figures and ratios. No server is started."""

import json

import pytest

from tests.bench import protocol
from tests.bench.classload import Accounts, compared, figures
from tests.bench.learner import Learner
from tests.bench.table import class_rows

PAGE = """<html><script id="jupyter-config-data" type="application/json">
{"baseUrl": "/hub/user/a/", "kernelId": "k-1"}</script>
<script type="application/vnd.jupyter.widget-view+json">{"model_id": "abc123", "version_major": 2}
</script></html>"""


def reply(msg_type, content, parent=""):
    return {"header": {"msg_type": msg_type}, "parent_header": {"msg_id": parent},
            "content": content}


def states(**models):
    return reply("comm_msg", {"comm_id": "c", "data": {"method": "update_states", "states": {
        model_id: {"model_name": name, "state": state} for model_id, (name, state)
        in models.items()}}})


def test_the_page_names_its_kernel_base_url_and_displayed_widgets():
    page = protocol.parse_page(PAGE)
    assert (page.kernel_id, page.base_url, page.view_models) == ("k-1", "/hub/user/a/",
                                                                 ("abc123",))


def test_a_page_without_a_kernel_is_recognised():
    assert protocol.parse_page("<html>500: Internal Server Error</html>") is None


def test_the_websocket_is_the_kernels_channels_under_the_base_url():
    page = protocol.parse_page(PAGE)
    assert protocol.channels_path(page, "s") == "/hub/user/a/api/kernels/k-1/channels?session_id=s"


def test_asking_for_the_widgets_opens_the_control_comm_and_requests_the_states():
    opened, asked = protocol.request_states("s")
    assert opened["header"]["msg_type"] == "comm_open"
    assert opened["content"]["target_name"] == "jupyter.widget.control"
    assert opened["metadata"] == {"version": "1.0.0"}
    assert asked["content"] == {"comm_id": opened["content"]["comm_id"],
                                "data": {"method": "request_states"}}
    assert json.loads(json.dumps(asked)) == asked


def test_a_change_is_an_update_of_the_state_on_the_models_comm():
    sent = protocol.update("m1", {"value": 3}, "s")
    assert (sent["header"]["msg_type"], sent["channel"]) == ("comm_msg", "shell")
    assert sent["content"] == {"comm_id": "m1", "data": {
        "method": "update", "state": {"value": 3}, "buffer_paths": []}}


def test_the_states_reply_gives_each_model_its_state_and_kind():
    found = protocol.states_of(states(m1=("IntSliderModel", {"value": 2})))
    assert found == {"m1": {"value": 2, "_model_name": "IntSliderModel"}}
    assert protocol.states_of(reply("status", {"execution_state": "idle"})) is None


def test_a_slider_is_changed_before_an_option_list_within_its_bounds():
    found = protocol.states_of(states(
        d=("DropdownModel", {"index": 0, "_options_labels": ["a", "b"]}),
        s=("IntSliderModel", {"value": 5, "min": 1, "max": 5})))
    assert protocol.first_control(found) == protocol.Control("s", "value", 1, 5)


def test_an_option_list_is_changed_by_its_index():
    found = protocol.states_of(states(
        d=("DropdownModel", {"index": 0, "_options_labels": ["a", "b", "c"]})))
    assert protocol.first_control(found) == protocol.Control("d", "index", 0, 2)


def test_a_page_without_controls_has_none_to_change():
    assert protocol.first_control(protocol.states_of(states(h=("HTMLModel", {})))) is None


def test_successive_changes_walk_through_the_values_and_wrap_round():
    control = protocol.Control("s", "value", 1, 5)
    assert [control.next_value(4, step) for step in (1, 2, 3)] == [5, 1, 2]


def test_chart_models_are_those_holding_a_chart():
    found = protocol.states_of(states(
        c=("HTMLModel", {"value": '<figure class="bl-chart" role="img">'}),
        t=("HTMLModel", {"value": "<p>text</p>"})))
    assert protocol.chart_models(found) == {"c"}


def test_a_chart_update_and_the_idle_after_a_change_are_recognised():
    update = reply("comm_msg", {"comm_id": "c", "data": {"method": "update", "state": {}}})
    assert protocol.updated_models(update) == {"c"}
    assert protocol.is_idle_after(reply("status", {"execution_state": "idle"}, "m"), "m")
    assert not protocol.is_idle_after(reply("status", {"execution_state": "busy"}, "m"), "m")


def test_a_class_gives_medians_p95s_and_per_learner_cpu_and_memory():
    learners = [Learner(0, 1000.0, [100.0, 120.0], "k0"), Learner(1, 3000.0, [140.0], "k1"),
                Learner(2, None, [], None, "page: timeout")]
    accounts = Accounts(cpu={"k0": 1.0, "k1": 2.0, "pool": 9.0},
                        rss_mb={"k0": 100.0, "k1": 120.0, "pool": 500.0})
    found = figures(learners, accounts, server_cpu=0.6)
    assert (found["interactive"], found["failures"]) == (2, ["page: timeout"])
    assert (found["tti_ms"]["median"], found["interaction_ms"]["n"]) == (2000.0, 3)
    assert found["cpu_s_per_learner"] == {"server": 0.2, "kernel": 1.5, "total": 1.7}
    assert found["kernel_mb_per_learner"] == 110.0


def class_of(tti_p95, cpu, memory):
    return {"tti_ms": {"median": tti_p95, "p95": tti_p95}, "cpu_s_per_learner": {"total": cpu},
            "kernel_mb_per_learner": memory}


def test_the_module_is_compared_with_the_baseline_as_ratios():
    assert compared(class_of(2000, 0.5, 50), class_of(3000, 1.5, 100)) == {
        "tti_p95": 1.5, "cpu_per_learner": 3.0, "kernel_memory": 2.0}


@pytest.mark.parametrize(("size", "target"), [("1", "<= 150"), ("30", "<= 300")])
def test_the_interaction_target_depends_on_how_many_are_connected(size, target):
    learners = [Learner(0, 1000.0, [100.0], "k0")]
    one = figures(learners, Accounts({"k0": 1.0}, {"k0": 50.0}), 0.1)
    one["kernels_left"] = {"after_vanishing": 1, "cull_idle_seconds": 30, "alive_at_end": 0,
                           "reclaimed_after_s": 40.0}
    table = class_rows({"module": "01.ipynb", "sizes": {size: {
        "baseline": one, "module": one, "ratios": compared(one, one)}}})
    latency = next(row for row in table if "interaction" in row.figure)
    assert (latency.target, latency.verdict) == (target, "met")
