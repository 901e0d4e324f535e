"""``python -m tests.bench`` (``make bench``, ``make bench-class``) from the repository's root."""

import sys

from tests.bench.cli import main

sys.exit(main())
