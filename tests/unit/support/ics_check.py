"""An independent reading of an .ics file, with Python's standard library only.

Reads the file named on the command line (RFC 5545: CRLF lines, folded at 75 octets),
and prints JSON: per VEVENT its UID, SUMMARY, DESCRIPTION, CATEGORIES (split at unescaped
commas only), RRULE, DTSTAMP and its start and end as UTC instants, converted with the
IANA database (zoneinfo), not with the file's VTIMEZONE. Also reports any line that is
longer than 75 octets, not CRLF-terminated, or not valid UTF-8 on its own (a fold inside
a character).
"""
import json
import re
import sys
from datetime import datetime, timezone
from zoneinfo import ZoneInfo


def unfold(raw: bytes):
    problems = []
    physical = raw.split(b"\r\n")
    if physical[-1] != b"":
        problems.append("file does not end with CRLF")
    for line in physical:
        if b"\n" in line or b"\r" in line:
            problems.append("bare LF or CR in a line")
        if len(line) > 75:
            problems.append(f"line longer than 75 octets: {line[:30]!r}")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"line folded inside a character: {line[:30]!r}")
    # Unfold octets, then decode: a fold inside a character is reported above, not fatal here.
    logical = []
    for line in physical:
        if line.startswith((b" ", b"\t")) and logical:
            logical[-1] += line[1:]
        elif line:
            logical.append(line)
    logical = [line.decode("utf-8") for line in logical]
    return logical, problems


ESCAPED = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\"}


def unescape(value: str) -> str:
    """One pass over the TEXT value (RFC 5545 3.3.11), so that `\\\\n` stays a backslash + n."""
    return re.sub(r"\\([nN,;\\])", lambda m: ESCAPED[m.group(1)], value)


def text_list(value: str) -> list:
    """A multi-valued TEXT (CATEGORIES): split at commas that are not escaped, then unescape."""
    parts, current, i = [], "", 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            current += value[i : i + 2]
            i += 2
        elif value[i] == ",":
            parts.append(unescape(current))
            current, i = "", i + 1
        else:
            current += value[i]
            i += 1
    parts.append(unescape(current))
    return parts


def to_utc(params: dict, value: str) -> str:
    if value.endswith("Z"):
        moment = datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
    else:
        local = datetime.strptime(value, "%Y%m%dT%H%M%S")
        if "TZID" not in params:
            raise ValueError(f"floating time without TZID: {value}")
        moment = local.replace(tzinfo=ZoneInfo(params["TZID"]))
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def main(path: str) -> None:
    lines, problems = unfold(open(path, "rb").read())
    events = []
    current = None
    for line in lines:
        name_params, _, value = line.partition(":")
        name, *param_parts = name_params.split(";")
        params = dict(p.split("=", 1) for p in param_parts)
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            if name == "UID":
                current["uid"] = value
            elif name == "SUMMARY":
                current["summary"] = unescape(value)
            elif name == "DESCRIPTION":
                current["description"] = unescape(value)
            elif name == "CATEGORIES":
                current["categories"] = text_list(value)
            elif name == "DTSTAMP":
                current["dtstamp"] = to_utc(params, value)
            elif name == "RRULE":
                current["rrule"] = value
            elif name in ("DTSTART", "DTEND"):
                current[name.lower()] = to_utc(params, value)
                current[name.lower() + "_tzid"] = params.get("TZID")
    print(json.dumps({"events": events, "problems": problems}))


if __name__ == "__main__":
    main(sys.argv[1])
