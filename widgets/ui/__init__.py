"""Thin ipywidgets composites that wire logic and charts together for the notebooks.

Every label and message here comes from content files; any text a person typed or uploaded
is escaped before it is shown.
"""
