"""The benchmark, ``python -m tests.bench`` (``make bench``): the suite's speed and robustness
figures, measured on this machine. A development tool: the learners' package does not carry it.

Statistics, targets and the printed table (``stats``, ``targets``, ``table``) are plain Python
tested without a browser; the drivers (``server``, ``browser``, ``sessions``, ``commands``)
start Voila, drive Debian's Chromium through Playwright and time the suite's commands; ``cli``
(``__main__``) runs them in order and writes the JSON. Its texts are in
``tests/messages/bench.yaml``.
"""
