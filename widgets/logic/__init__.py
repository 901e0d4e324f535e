"""Logic: scoring, models, validation, privacy and statistics in plain Python and pandas.

Nothing here imports ipywidgets, so every rule is tested with plain pytest, without a kernel.
"""
