import { formatDisplayDate } from '../dates';
import { escapeHtml, styleAttr } from '../html';
import type { Engagement } from '../model/engagement';
import { NOTE_SECTION_LABELS, type Goal, type Retro } from '../model/retro';
import { contentOf, type RetroMailContent } from '../mail/retroMail';
import { actionMeta, noteToHtml } from '../note/render';
import { REPORT_LOOK, type ReportRole } from '../project/reportHtml';
import { actionItems, wordCount } from '../retro/noteText';
import { carriedOverItems } from '../retro/rules';
import { printBody, type PrintDocument, type PrintPart } from './printDocument';

const h = escapeHtml;
/** Classes of the report's look (the print view's stylesheet has them), never a style attribute. */
const look = (...roles: ReportRole[]) => styleAttr(REPORT_LOOK, 'sheet', roles);

function headerPart({ engagement, retro, date }: RetroMailContent): PrintPart {
  const who = retro.attendees.map((a) => a.name).join(', ');
  return {
    name: 'header',
    blocks: [
      `<p${look('sub')}>Weekly retro · ${h(engagement.name)}${engagement.hostTeam ? ` · ${h(engagement.hostTeam)}` : ''}</p>`,
      `<h1${look('h1')}>Retro of ${h(date)}</h1>`,
      `<p${look('sub')}>Who came: ${who === '' ? 'nobody recorded' : h(who)}</p>`,
    ],
  };
}

function scoresPart({ scores }: RetroMailContent): PrintPart {
  const rows = scores.map(
    (s) => `<tr><td>${h(s.goal.title)}</td><td${look('num')}>${s.score}%</td><td>${h(s.note)}</td></tr>`,
  );
  return {
    name: 'scores',
    blocks: [
      `<h2${look('h2')}>Goal scores</h2>`,
      scores.length === 0
        ? `<p${look('empty')}>No goals were scored.</p>`
        : `<table${look('table')}><thead><tr><th>Goal</th><th${look('num')}>Score</th><th>Note</th></tr></thead>` +
          `<tbody>${rows.join('')}</tbody></table>`,
    ],
  };
}

/** The open items from earlier retros, as the meeting's "Open actions" step walks them. */
function carriedPart(content: RetroMailContent, retros: Retro[]): PrintPart | null {
  const items = carriedOverItems(retros, content.retro);
  if (items.length === 0) return null;
  const lines = items.map((item) => {
    const meta = [...actionMeta(item, content.options.personName), `from ${formatDisplayDate(item.retroDate)}`];
    return `<li class="task">&#9744; ${h(item.text || 'Untitled action item')} <span class="meta">(${h(meta.join(', '))})</span></li>`;
  });
  return {
    name: 'carried',
    blocks: [
      `<h2${look('h2')}>Open action items from earlier retros</h2>`,
      `<div${look('note')}><ul class="tasks">${lines.join('')}</ul></div>`,
    ],
  };
}

function notesParts({ retro, options, sections }: RetroMailContent): PrintPart[] {
  return sections.map((section) => {
    const note = retro.notes[section];
    const empty = wordCount(note) === 0 && actionItems(note).length === 0;
    const noteRoles: ReportRole[] = section === 'notes' ? ['note'] : ['note', section];
    return {
      name: section,
      blocks: [
        `<h2${look('h2')}>${h(NOTE_SECTION_LABELS[section])}</h2>`,
        `<div${look(...noteRoles)}>${empty ? `<p${look('empty')}>Nothing noted.</p>` : noteToHtml(note, 'sheet', options)}</div>`,
      ],
    };
  });
}

/**
 * A weekly retro as the PDF shows it, in the meeting's order, from what its mail is made of
 * (retroMail's content): who came, the goal scores, the MVP status, the items still open from
 * earlier retros, then the topics with each action item where it was written, owner and due
 * date beside it.
 */
export function retroPrintDocument(input: {
  engagement: Engagement;
  retro: Retro;
  goals: Goal[];
  /** Every retro of the engagement, for the items carried over into this one. */
  retros: Retro[];
  today: string;
}): PrintDocument {
  const content = contentOf(input);
  const carried = carriedPart(content, input.retros);
  const parts: PrintPart[] = [
    headerPart(content),
    scoresPart(content),
    ...(input.retro.mvpStatus
      ? [{ name: 'mvp', blocks: [`<h2${look('h2')}>MVP status</h2>`, `<p>${h(input.retro.mvpStatus)}</p>`] }]
      : []),
    ...(carried ? [carried] : []),
    ...notesParts(content),
    {
      name: 'footer',
      blocks: [`<footer${look('footer')}>Exported from Aux Desk on ${h(formatDisplayDate(input.today))}.</footer>`],
    },
  ];
  const title = `Retro of ${content.date} · ${input.engagement.name}`;
  return { title, footer: `${title} · Aux Desk`, html: printBody('retro', parts) };
}
