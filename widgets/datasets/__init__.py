"""The data layer: the suite's SYNTHETIC sample datasets, their generator and their loader.

``generate.write_samples`` makes the CSVs from a seed; ``loader.load`` reads one back as a
pandas DataFrame, checked against the Frictionless table schema in ``datasets/datapackage.json``.
Nothing here imports ipywidgets or the logic, charts or ui layers.
"""
