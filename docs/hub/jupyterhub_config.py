# JupyterHub settings for Belonging Lab on one machine whose learners have local accounts
# (JupyterHub's LocalProcessSpawner). docs/deploy.md shows this file; the suite's hub test
# (tests/hub/) starts JupyterHub with it, adding only what a test needs (loopback ports, a
# scratch database, the DummyAuthenticator instead of your institution's sign-in).
c = get_config()  # noqa: F821

# Each learner's own Jupyter server runs under their own account.
c.JupyterHub.spawner_class = "localprocess"

# After signing in, a learner lands in JupyterLab; the suite's nbgitpuller links
# (`belonging-lab links --hub ...`) open a module in JupyterLab or as an app in Voila.
c.Spawner.default_url = "/lab"

# Everything a learner's server writes (pulled notebooks, notebooks they edit, their saved
# answers) is readable by that learner only, whatever the machine's default umask.
c.LocalProcessSpawner.popen_kwargs = {"umask": 0o077}
