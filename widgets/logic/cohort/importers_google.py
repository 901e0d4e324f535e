"""Google Forms CSV exports: a "Timestamp" column, the questions' texts as headers, answer
texts (or the numbers of a linear scale) as values.

Google Forms exports no response id, so each response is named ``<file>#<row>``. A collected
e-mail address and a quiz score are never read.
"""

from __future__ import annotations

from widgets.logic.cohort.reading import CsvRecords, DecodedFile
from widgets.logic.cohort.responses import Layout

TIMESTAMP = "Timestamp"
METADATA = frozenset({"Email Address", "Email address", "Score", "Total score"})


def detect(records: CsvRecords) -> bool:
    return records.rows[0][0].strip() == TIMESTAMP


def layout_csv(decoded: DecodedFile, records: CsvRecords, instrument) -> Layout:
    headers = records.rows[0]
    return Layout(
        file=decoded.name, format="google-forms", encoding=decoded.encoding,
        delimiter=records.delimiter, headers=headers, texts=headers, rows=records.rows[1:],
        numbers=records.numbers[1:], known_fields={headers[0]: "timestamp"}, ignored=METADATA,
    )
