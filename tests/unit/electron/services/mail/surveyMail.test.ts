import { describe, expect, it } from 'vitest';
import { defaultSurvey } from '../../../../../shared/mail/surveyMail';
import type { MailNote } from '../../../../../shared/model/mail';
import type { NpsSurvey } from '../../../../../shared/model/projectRetro';
import { person, validInput } from '../../../support/fixtures';
import { smtpSettings, useMailWorlds, type MailWorld } from '../../../support/mailWorld';
import { parseWithPostalMime, parseWithPython } from '../../../support/mime';
import { useTempDir } from '../../../support/tempDir';

/** An engagement with a host team: Kenji and Zoë with addresses, Ana without; Ada and Grace are the aux side. */
async function hostTeamEngagement(world: MailWorld) {
  return world.call(
    'engagements:create',
    validInput({
      name: 'Checkout <MVP>',
      people: [
        person({ id: 'a-1', name: 'Ada Lovelace', email: 'ada@example.com', role: 'engineer' }),
        person({ id: 'a-2', name: 'Grace Hopper', email: 'grace@example.com', role: 'advisor' }),
        person({ id: 'h-1', name: 'Kenji Sato', email: 'kenji@example.com', role: 'host-developer' }),
        person({ id: 'h-2', name: 'Zoë Ångström', email: 'zoe@example.com', role: 'tech-lead' }),
        person({ id: 'h-3', name: 'Ana Lima', email: '', role: 'host-pm' }),
      ],
    }),
  );
}

const surveyNote = (survey: NpsSurvey): MailNote => ({ kind: 'survey', survey });

const TO = [
  { name: 'Kenji Sato', email: 'kenji@example.com' },
  { name: 'Zoë Ångström', email: 'zoe@example.com' },
];

describe('the NPS survey mail to the host team', () => {
  const tempDir = useTempDir();
  const worlds = useMailWorlds();

  it('goes to the host team with an address, lists the one without, and asks the question on a 0–10 scale', async () => {
    const world = await worlds.open(tempDir());
    const engagement = await hostTeamEngagement(world);
    const settings = await world.call('settings:get', {});
    const survey = defaultSurvey(settings.teamName, engagement.name);
    expect(survey.question).toBe('How likely are you to recommend Aux Eng?');
    const mail = await world.call('mail:compose', { engagementId: engagement.id, note: surveyNote(survey) });
    expect(mail.subject).toBe('One question about Checkout <MVP>');
    expect(mail.to).toEqual(TO);
    expect(mail.missingEmail).toEqual(['Ana Lima']);
    expect(mail.text).toContain('How likely are you to recommend Aux Eng?\n\n0  1  2  3  4  5  6  7  8  9  10\n');
    expect(mail.text).toContain('0 = Not at all likely, 10 = Extremely likely');
    expect(mail.text).toContain('Reply to this email with your score from 0 to 10');
    // The engagement's name is text, not markup, in the HTML part.
    expect(mail.html).toContain('on Checkout &lt;MVP&gt; is wrapping up');
    expect(mail.html).not.toMatch(/<script|<img|<form|<input/i);
  });

  it('asks about the team named in Settings, and carries the question as edited', async () => {
    const world = await worlds.open(tempDir());
    const engagement = await hostTeamEngagement(world);
    const settings = await world.call('settings:update', {
      ...(await world.call('settings:get', {})),
      teamName: 'Platform Guild',
    });
    const survey = defaultSurvey(settings.teamName, engagement.name);
    expect(survey.question).toBe('How likely are you to recommend Platform Guild?');
    const edited = { ...survey, question: 'How likely are you to recommend Platform Guild to another team?' };
    const mail = await world.call('mail:compose', { engagementId: engagement.id, note: surveyNote(edited) });
    expect(mail.text).toContain('How likely are you to recommend Platform Guild to another team?');
    expect(mail.text).not.toContain('Aux Eng');
  });

  it('saves an .eml that Python’s email package reads: the form link, the scale, no mail log recorded', async () => {
    const world = await worlds.open(tempDir());
    const engagement = await hostTeamEngagement(world);
    await world.call('mail:saveAuthor', { author: { name: 'Ada Lovelace', email: 'ada@example.com' } });
    const survey: NpsSurvey = {
      ...defaultSurvey('Aux Eng', engagement.name),
      message: 'Hi all,\n\nThank you for ten good weeks. <b>One</b> question & a comment box:',
      formUrl: 'https://forms.gle/Xy7pQ?usp=send&lang=en',
    };
    const headers = { to: TO, cc: [], subject: 'How did we do? — Checkout' };
    const { path } = await world.call('mail:saveEml', {
      engagementId: engagement.id,
      note: surveyNote(survey),
      headers,
    });
    expect(path).not.toBeNull();
    const saved = world.platform.saved.at(-1);
    if (!saved) throw new Error('nothing saved');
    const raw = Buffer.from(saved.contents, 'utf8');
    const python = parseWithPython(raw);
    expect(python.defects).toEqual([]);
    expect(python.parts).toEqual(['text/plain', 'text/html']);
    expect(python.subject).toBe('How did we do? — Checkout');
    expect(python.to).toEqual(TO);
    expect(python.xUnsent).toBe('1');
    expect(python.text).toContain('Hi all,\n\nThank you for ten good weeks. <b>One</b> question & a comment box:');
    expect(python.text).toContain('How likely are you to recommend Aux Eng?');
    expect(python.text).toContain('Answer here: https://forms.gle/Xy7pQ?usp=send&lang=en');
    expect(python.text).not.toContain('Reply to this email');
    expect(python.html).toContain('<a href="https://forms.gle/Xy7pQ?usp=send&amp;lang=en"');
    expect(python.html).toContain('&lt;b&gt;One&lt;/b&gt; question &amp; a comment box:');
    expect(python.html?.match(/<td [^>]*>\d+<\/td>/g)?.map((td) => td.replace(/<[^>]+>/g, ''))).toEqual(
      Array.from({ length: 11 }, (_, i) => String(i)),
    );
    const postal = await parseWithPostalMime(raw);
    expect(postal.text).toBe(python.text);
    // Nothing to record it on: neither the project retro's log nor a weekly retro's.
    expect((await world.call('project:get', { engagementId: engagement.id })).retro.mailLog).toEqual([]);
    // The way out is remembered for the next mail, as for the notes.
    expect((await world.call('settings:get', {})).mailMethod).toBe('eml');
  });

  it('sends through SMTP from the outbox, to the host team', async () => {
    const world = await worlds.open(tempDir());
    const server = await worlds.server();
    await world.call('mail:saveSettings', smtpSettings(server.port));
    const engagement = await hostTeamEngagement(world);
    const survey = defaultSurvey('Aux Eng', engagement.name);
    const item = await world.call('mail:send', {
      engagementId: engagement.id,
      note: surveyNote(survey),
      headers: { to: TO, cc: [], subject: 'One question about Checkout' },
    });
    expect(item.retroId).toBeNull();
    await world.waitForState(item.id, 'sent');
    expect(server.received).toHaveLength(1);
    const received = server.received[0];
    if (!received) throw new Error('nothing received');
    const message = parseWithPython(received.raw);
    expect(message.xUnsent).toBeNull();
    expect(message.text).toContain('How likely are you to recommend Aux Eng?');
    expect((await world.call('project:get', { engagementId: engagement.id })).retro.mailLog).toEqual([]);
  });

  it('opens a mailto: link with the question in its body', async () => {
    const world = await worlds.open(tempDir());
    const engagement = await hostTeamEngagement(world);
    const survey = defaultSurvey('Aux Eng', engagement.name);
    const { truncated } = await world.call('mail:mailto', {
      engagementId: engagement.id,
      note: surveyNote(survey),
      headers: { to: TO, cc: [], subject: 'One question' },
    });
    expect(truncated).toBe(false);
    const url = new URL(world.platform.externals.at(-1) ?? '');
    expect(url.protocol).toBe('mailto:');
    expect(url.searchParams.get('body')).toContain('How likely are you to recommend Aux Eng?\r\n');
  });

  it('saves an address added in the dialog to People, and the survey then goes to Ana too', async () => {
    const world = await worlds.open(tempDir());
    const engagement = await hostTeamEngagement(world);
    const note = surveyNote(defaultSurvey('Aux Eng', engagement.name));
    const mail = await world.call('mail:addEmail', {
      engagementId: engagement.id,
      note,
      name: 'Ana Lima',
      email: 'ana@example.com',
    });
    expect(mail.to).toEqual([...TO.slice(0, 2), { name: 'Ana Lima', email: 'ana@example.com' }]);
    expect(mail.missingEmail).toEqual([]);
    const saved = await world.call('engagements:get', { id: engagement.id });
    expect(saved.people.find((p) => p.id === 'h-3')?.email).toBe('ana@example.com');
  });

  it('refuses a form link that is not https, a question with a line break or none, and changes nothing', async () => {
    const world = await worlds.open(tempDir());
    const engagement = await hostTeamEngagement(world);
    await world.call('mail:saveAuthor', { author: { name: 'Ada Lovelace', email: 'ada@example.com' } });
    const survey = defaultSurvey('Aux Eng', engagement.name);
    const headers = { to: TO, cc: [], subject: 'One question' };
    const cases: [Partial<NpsSurvey>, string][] = [
      [{ formUrl: 'javascript:alert(1)' }, 'Enter the form’s https:// link, or leave it empty for answers by reply.'],
      [
        { formUrl: 'http://forms.example.com/x' },
        'Enter the form’s https:// link, or leave it empty for answers by reply.',
      ],
      [
        { formUrl: 'https://user:secret@forms.example.com/' },
        'Enter the form’s https:// link, or leave it empty for answers by reply.',
      ],
      [
        { question: 'How likely?\r\nBcc: everyone@example.com' },
        'The question cannot contain line breaks or control characters.',
      ],
      [{ question: '   ' }, 'Enter the question.'],
      [{ message: 'Hello\u0007' }, 'The message cannot contain control characters.'],
    ];
    for (const [change, message] of cases) {
      const refused = await world.fail(
        'mail:saveEml',
        { engagementId: engagement.id, note: { kind: 'survey', survey: { ...survey, ...change } }, headers },
        'invalid-payload',
      );
      expect(Object.values(refused.fieldErrors ?? {})).toEqual([message]);
    }
    expect(world.platform.saved).toEqual([]);
    expect((await world.call('settings:get', {})).mailMethod).toBeNull();
  });

  it('has nothing to confirm as sent: “I sent it” is for notes with a mail log', async () => {
    const world = await worlds.open(tempDir());
    const engagement = await hostTeamEngagement(world);
    await world.fail(
      'mail:confirmSent',
      { engagementId: engagement.id, note: surveyNote(defaultSurvey('Aux Eng', engagement.name)) },
      'invalid-payload',
    );
  });
});
