"""``python -m widgets.cli``: the ``belonging-lab`` command without its console script (Binder's
postBuild, the tests and the benchmark start it so)."""

import sys

from widgets.cli import main

sys.exit(main())
