"""Belonging Lab: the package behind the suite's notebooks.

Layers, each importing only the ones above it in this list:
``content`` (files + schemas) -> ``logic`` (plain Python and pandas) -> ``charts`` (Altair) ->
``ui`` (ipywidgets composites). ``serving``, ``runner`` and ``cli`` run the notebooks.
"""

__version__ = "0.1.0"
