"""Qualtrics CSV exports: three header rows (export tags, question texts, import ids).

Answers may be exported as numbers (the choices' recode values, 1-5 for a survey made from the
suite's Advanced Format file) or as choice texts. ``ResponseId`` becomes the response id and
``RecordedDate`` the timestamp, read in the time zone the third header row names. Preview and
test responses are rejected. Qualtrics writes -99 for a question a respondent saw and left
unanswered; it is read as a skipped answer (an empty cell), like the empty cells of questions
never shown. Qualtrics' other metadata columns (including the names, e-mail
addresses and locations it can record) are never read.
"""

from __future__ import annotations

import json
import zoneinfo

from widgets.content.models.instrument import Instrument
from widgets.logic.cohort.import_report import Rejection
from widgets.logic.cohort.reading import CsvRecords, DecodedFile
from widgets.logic.cohort.responses import Layout

KNOWN_FIELDS = {"ResponseId": "response_id", "RecordedDate": "timestamp"}
METADATA = frozenset({
    "StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)",
    "Finished", "RecipientLastName", "RecipientFirstName", "RecipientEmail",
    "ExternalReference", "ExternalDataReference", "LocationLatitude", "LocationLongitude",
    "DistributionChannel", "UserLanguage", "Q_RecaptchaScore", "Q_RelevantIDDuplicate",
    "Q_RelevantIDDuplicateScore", "Q_RelevantIDFraudScore", "Q_RelevantIDLastStartDate",
})
NOT_RESPONSES = frozenset({"Survey Preview", "Survey Test", "1", "2"})
SKIPPED = frozenset({"-99"})  # "seen but unanswered", in every answer and text column


def detect(records: CsvRecords) -> bool:
    return len(records.rows) >= 3 and any(
        cell.strip().startswith('{"ImportId"') for cell in records.rows[2]
    )


def layout_csv(decoded: DecodedFile, records: CsvRecords, instrument: Instrument) -> Layout:
    headers, texts, import_ids = records.rows[:3]
    texts = [*texts, *headers[len(texts):]][: len(headers)]
    layout = Layout(
        file=decoded.name, format="qualtrics", encoding=decoded.encoding,
        delimiter=records.delimiter, headers=headers, texts=texts, rows=[], numbers=[],
        known_fields=KNOWN_FIELDS, ignored=METADATA, timezone=time_zone(import_ids),
    )
    status = headers.index("Status") if "Status" in headers else None
    answers = [i for i, h in enumerate(headers) if h not in METADATA and h not in KNOWN_FIELDS]
    for row, number in zip(records.rows[3:], records.numbers[3:], strict=True):
        if status is not None and status < len(row) and row[status].strip() in NOT_RESPONSES:
            layout.rejections.append(Rejection(decoded.name, number, None, row[status],
                                               "cohort.reason_preview"))
            continue
        layout.rows.append(unanswered_emptied(row, answers))
        layout.numbers.append(number)
    return layout


def unanswered_emptied(row: list[str], answers: list[int]) -> list[str]:
    """The row with each "seen but unanswered" code in an answer or text column emptied."""
    if SKIPPED.isdisjoint(row):
        return row
    row = list(row)
    for i in answers:
        if i < len(row) and row[i] in SKIPPED:
            row[i] = ""
    return row


def time_zone(import_ids: list[str]) -> str | None:
    """The zone that the third header row gives for dates, when it names a known one."""
    for cell in import_ids:
        try:
            zone = json.loads(cell).get("timeZone")
            return str(zoneinfo.ZoneInfo(zone))
        except (ValueError, AttributeError, TypeError, zoneinfo.ZoneInfoNotFoundError):
            continue
    return None
