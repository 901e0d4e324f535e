"""Typed content: one module per content file, each holding the frozen dataclasses that
:func:`widgets.content.load` builds from it. A model names its file in ``FILE``; its fields are
named like the file's keys. Groups of labels stay ``Texts`` (a label's key is written once, in
the file, and its schema's ``required`` list)."""

Texts = dict[str, str]
