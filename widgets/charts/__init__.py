"""Chart functions: each takes tidy data and returns an Altair chart with a title, axis titles
and a ``description`` (its accessible name). Charts never read files; the UI decides where to
show them. The learner's browser draws a chart from its spec, with Vega libraries the suite
serves itself; :mod:`widgets.charts.render` draws SVG for pages without scripts. No chart
needs a CDN or any network access.
"""
