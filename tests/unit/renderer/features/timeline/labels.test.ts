import { describe, expect, it } from 'vitest';
import { addDaysIso } from '../../../../../shared/dates';
import { emptyProjectSection, type Milestone } from '../../../../../shared/model/projectRetro';
import type { Goal, Retro } from '../../../../../shared/model/retro';
import { buildTimeline, type Timeline } from '../../../../../shared/project/timeline';
import {
  intersects,
  LABEL_GAP,
  layoutAxisLabels,
  textWidth,
  type Box,
} from '../../../../../shared/project/timelineLabels';
import { AXIS_H } from '../../../../../renderer/features/timeline/lanes';
import {
  layoutItems,
  makeScale,
  ticks,
  todayObstacle,
  zoomLevels,
} from '../../../../../renderer/features/timeline/scale';
import { doc, retro, taskItem, taskList } from '../../../support/notes';
import { mulberry32 } from '../../../support/prng';

/** The full timeline's goal band height (TimelineView): the lanes start below it. */
const LANES_TOP = AXIS_H + 112;
const TITLES = ['Kick-off', 'MVP in production', 'Load test passed', 'Line coverage 80%', 'Go', 'WWWWWW MMMM'];

function goal(id: string): Goal {
  return {
    id,
    title: `Goal ${id}`,
    kind: 'technical',
    metric: '',
    baseline: '',
    target: '',
    productionAdoption: false,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}

/** A weekly retro, some weeks two (dense weeks), each with 0-5 action items, some closed in the days after. */
function retrosOf(rand: () => number, start: string, weeks: number, goals: Goal[]): Retro[] {
  const out: Retro[] = [];
  for (let w = 0; w < weeks; w++) {
    const perWeek = rand() < 0.25 ? 2 : 1;
    for (let k = 0; k < perWeek; k++) {
      const date = addDaysIso(start, w * 7 + 4 - k * 2);
      const items = Array.from({ length: Math.floor(rand() * 6) }, (_, i) =>
        taskItem(
          rand() < 0.5
            ? { id: `t${i}`, checked: true, closedOn: addDaysIso(date, 1 + Math.floor(rand() * 6)) }
            : { id: `t${i}` },
          `Action ${i}`,
        ),
      );
      out.push(
        retro({
          id: `r${w}-${k}`,
          date,
          goalScores: goals.map((g) => ({ goalId: g.id, score: Math.floor(rand() * 101), note: '' })),
          notes: {
            wentWell: doc(taskList(...items)),
            wentPoorly: doc(),
            doNextTime: doc(),
            notes: doc(),
          },
        }),
      );
    }
  }
  return out;
}

function engagementOf(seed: number, weeks: number): Timeline {
  const rand = mulberry32(seed);
  const start = addDaysIso('2026-01-05', Math.floor(rand() * 60));
  const end = addDaysIso(start, weeks * 7 - 3);
  const goals = Array.from({ length: 1 + Math.floor(rand() * 4) }, (_, i) => goal(`g${i}`));
  const milestones: Milestone[] = Array.from({ length: Math.floor(rand() * 9) }, (_, i) => ({
    id: `m${i}`,
    // Bunched in the first weeks now and then, so the staircase runs out of rows.
    date: addDaysIso(start, Math.floor(rand() * (rand() < 0.3 ? 10 : weeks * 7))),
    kind: 'custom',
    title: TITLES[Math.floor(rand() * TITLES.length)] ?? 'Go',
    note: '',
    createdAt: '2026-01-01T00:00:00.000Z',
  }));
  return buildTimeline({
    engagement: { startDate: start, endDate: end },
    goals,
    retros: retrosOf(rand, start, weeks, goals),
    project: {
      ...emptyProjectSection(),
      milestones,
      mvpTargetDate: rand() < 0.7 ? addDaysIso(start, Math.floor(rand() * weeks * 7)) : null,
      retro: {
        ...emptyProjectSection().retro,
        date: rand() < 0.8 ? addDaysIso(end, -1 - Math.floor(rand() * 5)) : null,
      },
    },
  });
}

interface Drawn {
  what: string;
  box: Box;
}

/** Every label drawn at one zoom level, in canvas coordinates: items, axis labels and the Today text. */
function drawnAt(timeline: Timeline, pxPerDay: number, today: string) {
  const scale = makeScale(timeline.from, timeline.to, pxPerDay);
  const xs = timeline.items.map((i) => scale.x(i.date));
  const todayX = scale.x(today);
  const layout = layoutItems(timeline.items, xs, scale.width, todayX);
  const drawn: Drawn[] = [];
  layout.forEach((place, i) => {
    if (place.label)
      drawn.push({ what: timeline.items[i]?.label ?? '', box: { ...place.label, y: place.label.y + LANES_TOP } });
  });
  const axis = ticks(scale, timeline.from, timeline.to);
  layoutAxisLabels(
    axis.map((t) => ({ x: t.x, text: t.label })),
    scale.width,
    AXIS_H - 21,
  ).forEach((box, i) => {
    if (box) drawn.push({ what: `axis ${axis[i]?.label ?? ''}`, box });
  });
  // TimelineBackground draws "Today" 4px right of its line, baseline AXIS_H + 10, 11px bold.
  drawn.push({ what: 'Today', box: { x: todayX + 4, y: AXIS_H - 1, w: textWidth('Today', 12), h: 13 } });
  return { drawn, layout, width: scale.width, todayLine: { ...todayObstacle(todayX), y: LANES_TOP, h: 1000 } };
}

describe('timeline label layout on generated engagements of 4 to 26 weeks', () => {
  it('never lets two labels meet, a label cross the Today line, or one run past an edge', () => {
    let shown = 0;
    let hidden = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const weeks = 4 + (seed % 23);
      const timeline = engagementOf(seed, weeks);
      const today = addDaysIso(timeline.start, Math.floor(mulberry32(seed * 7)() * weeks * 7));
      for (const viewWidth of [800, 1200]) {
        for (const pxPerDay of zoomLevels(timeline.from, timeline.to, viewWidth)) {
          const { drawn, layout, width, todayLine } = drawnAt(timeline, pxPerDay, today);
          for (let a = 0; a < drawn.length; a++) {
            const first = drawn[a];
            if (!first) continue;
            expect(first.box.x, `${first.what} cut at the left (seed ${seed})`).toBeGreaterThanOrEqual(0);
            expect(first.box.x + first.box.w, `${first.what} cut at the right (seed ${seed})`).toBeLessThanOrEqual(
              width,
            );
            if (first.what !== 'Today' && intersects(first.box, todayLine))
              expect.fail(`"${first.what}" crosses the Today line (seed ${seed}, ${weeks} weeks, ${pxPerDay} px/day)`);
            for (let b = a + 1; b < drawn.length; b++) {
              const second = drawn[b];
              if (second && intersects(first.box, second.box))
                expect.fail(
                  `"${first.what}" meets "${second.what}" (seed ${seed}, ${weeks} weeks, ${pxPerDay} px/day)`,
                );
            }
          }
          shown += layout.filter((p) => p.showLabel).length;
          hidden += layout.filter((p) => !p.showLabel).length;
        }
      }
    }
    // Not vacuous: most labels are drawn, some are left for hover and focus in the dense weeks.
    expect(shown).toBeGreaterThan(hidden);
    expect(hidden).toBeGreaterThan(0);
  });

  it('keeps LABEL_GAP between neighbours, so counters such as "+2" and "✓1" never touch', () => {
    const layout = layoutItems(
      [
        { lane: 'actions', kind: 'actions-created', label: '+2', stack: 0 },
        { lane: 'actions', kind: 'actions-created', label: '+2', stack: 0 },
      ],
      [100, 130],
      2000,
    );
    const [a, b] = layout.map((p) => p.label);
    expect(a && b).toBeTruthy();
    if (a && b && a.y === b.y) expect(b.x - (a.x + a.w)).toBeGreaterThanOrEqual(LABEL_GAP);
  });

  it('moves the project retro label off the Today line, or hides it', () => {
    const [place] = layoutItems(
      [{ lane: 'retros', kind: 'project-retro', label: 'Project retro', stack: 0 }],
      [500],
      2000,
      510,
    );
    expect(place?.label === null || !intersects(place?.label ?? { x: 0, y: 0, w: 0, h: 0 }, todayObstacle(510))).toBe(
      true,
    );
    expect(place?.showLabel).toBe(false);
  });

  it('puts alternate retro percentages a row down when weeks are narrow', () => {
    const items = ['17%', '22%', '30%', '43%'].map((label) => ({
      lane: 'retros' as const,
      kind: 'retro',
      label,
      stack: 0,
    }));
    const layout = layoutItems(items, [100, 127, 154, 181], 2000);
    expect(layout.map((p) => [p.row, p.showLabel])).toEqual([
      [0, true],
      [1, true],
      [0, true],
      [1, true],
    ]);
  });
});
