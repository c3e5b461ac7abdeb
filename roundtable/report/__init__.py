"""What the organiser takes away from a series: the synthesis report in Word, and all the
data as a workbook (or CSV) whose follow-up sheet can come back with new statuses.

The command line (roundtable.cli_report) and the overview call the same functions; the
figures come from roundtable.insights, so the report, the window and `roundtable insights`
never disagree. openpyxl and python-docx are imported on first use, not with this package.
"""
