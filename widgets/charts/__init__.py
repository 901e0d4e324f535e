"""Chart functions: each takes tidy data and returns an Altair chart with a title, axis titles
and a ``description`` (its accessible name). Charts never read files; the UI decides where to
show them. Rendering to SVG happens in :mod:`widgets.charts.render`, in the kernel, so no chart
needs a CDN or any network access.
"""
