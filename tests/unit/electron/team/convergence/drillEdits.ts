import {
  engagementCreate,
  engagementField,
  fitVote,
  npsAdd,
  personAdd,
  personRename,
  retroCreate,
  retroDate,
} from './engagementEdits';
import { goalCreate, goalField, goalScore, mvpStatus, saveNote, weekDay, type RecordEdit } from './recordEdits';

/** Edits by how often a person makes them: notes most, new engagements rarely. */
const EDITS: [weight: number, name: string, edit: RecordEdit][] = [
  [24, 'saveNote', saveNote],
  [8, 'mvpStatus', mvpStatus],
  [6, 'goalScore', goalScore],
  [8, 'goalField', goalField],
  [2, 'goalCreate', goalCreate],
  [12, 'weekDay', weekDay],
  [6, 'engagementField', engagementField],
  [2, 'personAdd', personAdd],
  [3, 'personRename', personRename],
  [3, 'retroCreate', retroCreate],
  [5, 'npsAdd', npsAdd],
  [6, 'fitVote', fitVote],
  [1, 'retroDate', retroDate],
  [1, 'engagementCreate', engagementCreate],
];

/** An edit drawn by weight; `weights` replaces the usual weight of the edits it names (0 leaves one out). */
export function drawEdit(rng: () => number, weights: Partial<Record<string, number>>): [string, RecordEdit] {
  const weightOf = (name: string, weight: number) => weights[name] ?? weight;
  const total = EDITS.reduce((sum, [weight, name]) => sum + weightOf(name, weight), 0);
  let roll = rng() * total;
  for (const [weight, name, edit] of EDITS) {
    roll -= weightOf(name, weight);
    if (roll < 0) return [name, edit];
  }
  return ['saveNote', saveNote];
}
