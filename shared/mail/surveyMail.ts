import type { Engagement } from '../model/engagement';
import type { NpsSurvey } from '../model/projectRetro';
import { hostTeam } from '../planner/pairing';
import { escapeHtml as h, WRAP_LONG_WORDS } from '../html';
import { NPS_SCALE_ENDS, npsQuestion } from '../project/npsQuestion';
import type { RetroMail } from './retroMail';

const FONT = "-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
const SCORES = Array.from({ length: 11 }, (_, i) => i);
const BY_REPLY = 'Reply to this email with your score from 0 to 10 and, if you like, a sentence on why.';

/** The survey the compose dialog starts from: the playbook's question about the user's team (Settings' teamName). */
export function defaultSurvey(teamName: string, engagementName: string): NpsSurvey {
  return {
    question: npsQuestion(teamName),
    message:
      `Hello,\n\nOur engagement with you on ${engagementName} is wrapping up, and we would like to know ` +
      'how it went for you. One question, a minute at most. Every answer is read, the critical ones most of all.',
    formUrl: '',
  };
}

export function defaultSurveySubject(engagementName: string): string {
  return `One question about ${engagementName}`;
}

/** The plain-text part: the message, the question, its scale and how to answer. */
function surveyText(survey: NpsSurvey): string {
  const lines = [
    survey.message,
    '',
    survey.question,
    '',
    SCORES.join('  '),
    `0 = ${NPS_SCALE_ENDS.low}, 10 = ${NPS_SCALE_ENDS.high}`,
    '',
  ];
  lines.push(
    survey.formUrl ? `Answer here: ${survey.formUrl}` : BY_REPLY,
    '',
    'Thank you!',
    '',
    '—',
    'Sent with Aux Desk',
  );
  // A message left empty leaves no blank lines above the question.
  return lines.join('\n').replace(/^\n+/, '');
}

function paragraphs(message: string): string[] {
  return message
    .split(/\r\n?|\n/)
    .join('\n')
    .split(/\n{2,}/)
    .filter((p) => p.trim() !== '')
    .map((p) => `<p style="margin:0 0 12px;">${p.split('\n').map(h).join('<br>')}</p>`);
}

/** The 0–10 scale as a row of boxes: a picture of the question, not buttons (a mail has no form). */
function scaleHtml(): string {
  const cell = 'padding:6px 0;width:32px;text-align:center;font-weight:600;border:1px solid #8c959f;border-radius:4px;';
  return [
    '<table role="presentation" style="border-collapse:separate;border-spacing:4px 0;margin:0 0 4px -4px;"><tr>',
    ...SCORES.map((n) => `<td style="${cell}">${n}</td>`),
    '</tr></table>',
    `<p style="margin:0 0 16px;font-size:13px;color:#5b5f66;">0 = ${h(NPS_SCALE_ENDS.low)}, 10 = ${h(NPS_SCALE_ENDS.high)}</p>`,
  ].join('');
}

/** The HTML part, styled inline for mail clients (no remote images, no scripts). */
function surveyHtml(survey: NpsSurvey, subject: string): string {
  const answer = survey.formUrl
    ? `<p style="margin:0 0 12px;"><a href="${h(survey.formUrl)}" style="color:#0b57d0;font-weight:600;">Answer the survey</a><br><span style="font-size:13px;color:#5b5f66;">${h(survey.formUrl)}</span></p>`
    : `<p style="margin:0 0 12px;">${h(BY_REPLY)}</p>`;
  return [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${h(subject)}</title></head>`,
    '<body style="margin:0;padding:0;background:#f7f7f5;">',
    `<div style="max-width:640px;margin:0 auto;padding:24px;font-family:${FONT};font-size:15px;line-height:1.5;color:#1f2328;background:#ffffff;${WRAP_LONG_WORDS}">`,
    ...paragraphs(survey.message),
    `<p style="margin:20px 0 10px;font-size:18px;font-weight:600;">${h(survey.question)}</p>`,
    scaleHtml(),
    answer,
    '<p style="margin:0 0 12px;">Thank you!</p>',
    '<p style="margin:24px 0 0;font-size:12px;color:#8a8d93;">Sent with Aux Desk</p>',
    '</div></body></html>',
  ].join('\n');
}

/**
 * The project NPS survey as a mail to the host team (its developers, tech lead, product
 * people and manager, as the playbook sends it "to the host team: engineers and product"):
 * those with an address in To, the others listed so the dialog can add theirs.
 */
export function composeSurveyMail(input: { engagement: Engagement; survey: NpsSurvey; subject?: string }): RetroMail {
  const { engagement, survey } = input;
  const team = hostTeam(engagement.people);
  const subject = input.subject ?? defaultSurveySubject(engagement.name);
  return {
    subject,
    to: team.filter((p) => p.email !== '').map((p) => ({ name: p.name, email: p.email })),
    missingEmail: team.filter((p) => p.email === '').map((p) => p.name),
    html: surveyHtml(survey, subject),
    text: surveyText(survey),
  };
}
