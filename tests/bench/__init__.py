"""``belonging-lab bench``: the suite's speed and robustness figures, measured on this machine.

Statistics, targets and the printed table (``stats``, ``targets``, ``table``) are plain Python
tested without a browser; the drivers (``server``, ``browser``, ``sessions``, ``commands``)
start Voila, drive Debian's Chromium through Playwright and time the suite's commands; ``cli``
runs them in order and writes the JSON.
"""
