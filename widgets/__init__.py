"""Belonging Lab: the package behind the suite's notebooks.

Layers, each importing only the ones above it in this list:
``content`` (files + schemas) -> ``logic`` (plain Python and pandas) -> ``charts`` (Altair) ->
``ui`` (ipywidgets composites). ``serving``, ``runner`` and ``cli`` run the notebooks.
"""

import sys

# jsonschema builds rfc3987_syntax's IRI grammar when it is imported, if that optional package
# is installed (jupyter_events pulls it in): about 2.3 s in every kernel, before the first chart
# module had even started (Altair imports jsonschema), for "iri" formats that no schema of the
# suite uses. jsonschema treats the package as absent when its import fails. It is set here, in
# the package's first import, so that it holds whichever module a notebook imports first.
sys.modules.setdefault("rfc3987_syntax", None)

__version__ = "0.1.0"
