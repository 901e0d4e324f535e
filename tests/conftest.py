"""Test-session set-up shared by every folder."""

import os
import tempfile


def pytest_configure(config):
    # Kernels, Voila and the notebooks' default state folder (~/.belonging-lab) all follow HOME:
    # point it at a scratch folder so a test run never reads or writes a real learner's answers.
    if "BELONGING_LAB_TEST_HOME" not in os.environ:
        home = tempfile.mkdtemp(prefix="belonging-lab-home-")
        os.environ["BELONGING_LAB_TEST_HOME"] = home
        os.environ["HOME"] = home
