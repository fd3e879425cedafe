import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import ICAL from 'ical.js';
import { z } from 'zod';

/** Three independent readings of an .ics file, none of them sharing code with the writer. */

export interface IcalJsEvent {
  uid: string;
  summary: string;
  description: string | null;
  categories: string[];
  stamp: string;
  start: string;
  end: string;
  tzid: string | null;
  rrule: string | null;
  occurrences: string[];
}

/** Reads an .ics with ical.js, resolving TZIDs through the file's own VTIMEZONE. */
export function parseWithIcalJs(text: string): IcalJsEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  try {
    return calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      const occurrences: string[] = [];
      if (event.isRecurring()) {
        const iterator = event.iterator();
        // Past the last occurrence ical.js returns nothing (its typings leave that out).
        const nextOf = (): unknown => iterator.next();
        for (let next = nextOf(); next instanceof ICAL.Time; next = nextOf())
          occurrences.push(next.toJSDate().toISOString());
      }
      const rrule = component.getFirstPropertyValue('rrule');
      const tzid = component.getFirstProperty('dtstart')?.getParameter('tzid');
      const stamp = component.getFirstPropertyValue('dtstamp');
      const description = component.getFirstPropertyValue('description');
      return {
        uid: event.uid,
        summary: event.summary,
        description: typeof description === 'string' ? description : null,
        categories: component.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
        stamp: stamp instanceof ICAL.Time ? stamp.toJSDate().toISOString() : '',
        start: event.startDate.toJSDate().toISOString(),
        end: event.endDate.toJSDate().toISOString(),
        tzid: typeof tzid === 'string' ? tzid : null,
        rrule: rrule ? rrule.toString() : null,
        occurrences,
      };
    });
  } finally {
    for (const zone of calendar.getAllSubcomponents('vtimezone')) {
      const tzid = zone.getFirstPropertyValue('tzid');
      if (typeof tzid === 'string') ICAL.TimezoneService.remove(tzid);
    }
  }
}

const StdlibReading = z.object({
  events: z.array(
    z.object({
      uid: z.string(),
      summary: z.string(),
      description: z.string().optional(),
      categories: z.array(z.string()).optional(),
      dtstamp: z.string(),
      dtstart: z.string(),
      dtend: z.string(),
      dtstart_tzid: z.string().nullable(),
      rrule: z.string().optional(),
    }),
  ),
  problems: z.array(z.string()),
});
export type StdlibReading = z.infer<typeof StdlibReading>;

/** A second reading: Python's standard library (ics_check.py) with the system's IANA database. */
export function parseWithPython(file: string): StdlibReading {
  const script = path.resolve(import.meta.dirname, 'ics_check.py');
  return StdlibReading.parse(JSON.parse(execFileSync('python3', [script, file], { encoding: 'utf8' })));
}

const IcalendarReading = z.object({
  name: z.string(),
  events: z.array(
    z.object({
      uid: z.string(),
      summary: z.string(),
      description: z.string(),
      dtstamp: z.string(),
      dtstart: z.string(),
      dtend: z.string(),
    }),
  ),
});
export type IcalendarReading = z.infer<typeof IcalendarReading>;

/**
 * The first Python that has Debian's python3-icalendar: a pyenv `python3` on the PATH may
 * shadow the system one, which is where apt installs it.
 */
function pythonWithIcalendar(): string {
  for (const candidate of ['python3', '/usr/bin/python3']) {
    if (spawnSync(candidate, ['-c', 'import icalendar'], { stdio: 'ignore' }).status === 0) return candidate;
  }
  throw new Error('No python3 can import icalendar: install python3-icalendar (apt-get install python3-icalendar).');
}

/** A third reading: the python3-icalendar package (see ics_icalendar.py for what it leaves out). */
export function parseWithIcalendar(file: string): IcalendarReading {
  const script = path.resolve(import.meta.dirname, 'ics_icalendar.py');
  return IcalendarReading.parse(JSON.parse(execFileSync(pythonWithIcalendar(), [script, file], { encoding: 'utf8' })));
}

/** Every physical line (RFC 5545 §3.1) with its length in octets. */
export function physicalLines(contents: string): { line: string; octets: number }[] {
  return contents
    .split('\r\n')
    .slice(0, -1)
    .map((line) => ({ line, octets: Buffer.byteLength(line, 'utf8') }));
}
