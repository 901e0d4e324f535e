"""The faculty cohort dashboard's logic: import survey exports, summarise, protect small groups.

- ``importing.import_responses``: the suite's own export, Qualtrics, REDCap or Google Forms files
  into one tidy table plus an ``ImportReport`` of everything imported, rejected or left unmapped;
- ``statistics``: component means with confidence intervals, distributions, Cronbach's alpha and
  pre/post comparisons, every breakdown passed through ``suppression``;
- ``survey_export``: the suite's items as a REDCap data dictionary, a Qualtrics Advanced Format
  TXT file or a plain CSV, so that a faculty member can run the survey in their own tool.
"""
