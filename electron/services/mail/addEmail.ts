import type { Attendee } from '../../../shared/model/retro';
import type { EngagementFile } from '../../../shared/model/files';
import type { MailNote } from '../../../shared/model/mail';
import type { EngagementRepository } from '../engagements';
import { AppError } from '../errors';

/**
 * The compose dialog's "Ana Lima · add email": the address goes where the model keeps it.
 * An attendee who is one of the engagement's people gets it on the person (People shows it)
 * and on this retro's attendee (the mail's To is built from the attendees); a guest listed
 * only on the retro gets it on that attendee alone. An address another person already has
 * is refused, as the engagement form refuses it.
 */
export function addAttendeeEmail(
  engagements: EngagementRepository,
  now: () => Date,
  request: { engagementId: string; note: MailNote; name: string; email: string },
): void {
  const { engagementId, note, name, email } = request;
  const doc = engagements.readDoc(engagementId);
  const attendees = attendeesOf(doc, note);
  // The project retro with no attendees recorded is mailed to everyone involved: the people.
  const attendee = attendees
    ? attendees.find((a) => a.name === name && a.email === '')
    : doc.engagement.people.find((p) => p.name === name && p.email === '');
  if (!attendee) throw new AppError('not-found', `${name} already has an address, or is no longer an attendee.`);
  const personId = attendees ? (attendee as Attendee).personId : (attendee as { id: string }).id;
  const taken = doc.engagement.people.find((p) => p.id !== personId && p.email.toLowerCase() === email.toLowerCase());
  if (taken) {
    throw new AppError('invalid-payload', `${email} is already ${taken.name}’s address. Check it, or use another.`);
  }
  const withEmail = (list: readonly Attendee[]) =>
    list.map((a) => (a.name === name && a.email === '' ? { ...a, email } : a));
  engagements.mutateDoc(engagementId, (current) => {
    const people = current.engagement.people.map((p) => (p.id === personId && p.email === '' ? { ...p, email } : p));
    const engagement =
      personId === null ? current.engagement : { ...current.engagement, people, updatedAt: now().toISOString() };
    // The survey goes to the host team from People: the person is all there is to update.
    if (note.kind === 'survey') return { ...current, engagement };
    if (note.kind === 'project') {
      const retro = current.project.retro;
      return {
        ...current,
        engagement,
        project: { ...current.project, retro: { ...retro, attendees: withEmail(retro.attendees) } },
      };
    }
    return {
      ...current,
      engagement,
      retro: {
        ...current.retro,
        retros: current.retro.retros.map((r) =>
          r.id === note.retroId ? { ...r, attendees: withEmail(r.attendees) } : r,
        ),
      },
    };
  });
}

/** The attendees the mail goes to; null for the survey and a project retro with none recorded (then: the people). */
function attendeesOf(doc: Readonly<EngagementFile>, note: MailNote): readonly Attendee[] | null {
  if (note.kind === 'survey') return null;
  if (note.kind === 'project') return doc.project.retro.attendees.length ? doc.project.retro.attendees : null;
  const retro = doc.retro.retros.find((r) => r.id === note.retroId && r.deletedAt === null);
  if (!retro) throw new AppError('not-found', 'That retro no longer exists.');
  return retro.attendees;
}
