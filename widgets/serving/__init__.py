"""Serving the suite through Voila: configuration, template and the fixes that keep kernels
from leaking or stalling on this stack (see ``patches``)."""
