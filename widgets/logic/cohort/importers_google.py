"""Google Forms CSV exports: a timestamp column first, the questions' texts as headers, answer
texts (or the numbers of a linear scale) as values.

Google names its own columns in the language of the form owner's account ("Timestamp",
"Horodateur", "Marca temporal" ...); those names live in ``content/files/google_forms.yaml`` so
that a school can add its language there. Google Forms exports no response id, so each response
is named ``<file>#<row>``. A collected e-mail address and a quiz score are never read.
"""

from __future__ import annotations

from functools import cache

from widgets import content
from widgets.content.models.google_forms import GoogleForms
from widgets.content.models.instrument import Instrument
from widgets.logic.cohort.mapping import normalise
from widgets.logic.cohort.reading import CsvRecords, DecodedFile
from widgets.logic.cohort.responses import Layout


@cache
def metadata_by_timestamp() -> dict[str, frozenset[str]]:
    """Google's own column names, normalised: each timestamp header with the metadata headers
    of the language (or languages) that use it."""
    metadata: dict[str, frozenset[str]] = {}
    for names in content.load(GoogleForms).languages.values():
        own = frozenset(map(normalise, names.metadata))
        for timestamp in map(normalise, names.timestamp):
            metadata[timestamp] = metadata.get(timestamp, frozenset()) | own
    return metadata


def detect(records: CsvRecords) -> bool:
    return normalise(records.rows[0][0]) in metadata_by_timestamp()


def layout_csv(decoded: DecodedFile, records: CsvRecords, instrument: Instrument) -> Layout:
    columns = records.rows[0]
    metadata = metadata_by_timestamp()[normalise(columns[0])]
    return Layout(
        file=decoded.name, format="google-forms", encoding=decoded.encoding,
        delimiter=records.delimiter, headers=columns, texts=columns, rows=records.rows[1:],
        numbers=records.numbers[1:], known_fields={columns[0]: "timestamp"},
        ignored=frozenset(h for h in columns[1:] if normalise(h) in metadata),
    )
