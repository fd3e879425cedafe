"""A third reading of an .ics file, with the python3-icalendar package (Debian's).

Reads the file named on the command line and prints JSON: the calendar's name, and per
VEVENT its UID, SUMMARY, DESCRIPTION, DTSTAMP and its start and end as UTC instants
(icalendar resolves TZID with pytz, not the file's VTIMEZONE). Not CATEGORIES: icalendar
4.0.3 splits it at every comma, escaped or not (vCategory.from_ical unescapes, then
splits), so ical.js and ics_check.py read that one.
"""
import json
import sys
from datetime import timezone

import icalendar


def utc(value) -> str:
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def main(path: str) -> None:
    calendar = icalendar.Calendar.from_ical(open(path, "rb").read())
    events = []
    for event in calendar.walk("VEVENT"):
        events.append(
            {
                "uid": str(event["UID"]),
                "summary": str(event["SUMMARY"]),
                "description": str(event.get("DESCRIPTION", "")),
                "dtstamp": utc(event.decoded("DTSTAMP")),
                "dtstart": utc(event.decoded("DTSTART")),
                "dtend": utc(event.decoded("DTEND")),
            }
        )
    print(json.dumps({"name": str(calendar.get("X-WR-CALNAME", "")), "events": events}))


if __name__ == "__main__":
    main(sys.argv[1])
