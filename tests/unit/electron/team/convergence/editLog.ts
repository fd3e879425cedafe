import type { ConflictRecord } from '../../../../../shared/team/conflictSchema';
import { slotKey, type Slot } from './slots';

/**
 * One edit the app acknowledged (its channel answered ok): who wrote what where, and what
 * that laptop showed in the field just before, which tells whether the writer had seen an
 * earlier edit (and so replaced it on purpose) or wrote beside it unaware.
 */
export interface Edit {
  seq: number;
  /** The drill's step. */
  step: number;
  replica: string;
  channel: string;
  slot: Slot;
  key: string;
  /** What was written, as words (a unique token such as `<B17>`, or several after "keep both"). */
  value: string;
  /** The field's words on that laptop just before the write. */
  sawBefore: string;
  /** Fields only their owner writes (a reviewer's own vote): the last write must be the final value. */
  owned: boolean;
}

export type CreatedKind = 'engagement' | 'retro' | 'goal' | 'nps' | 'fit-vote' | 'person' | 'week';

export interface Created {
  kind: CreatedKind;
  engagementId: string;
  id: string;
  replica: string;
  step: number;
  /** What it must still hold at the end (an NPS response is never edited), when checked. */
  content?: unknown;
}

/** A conflict the drill resolved, as its file was just before: both its sides were shown. */
export interface Resolved {
  step: number;
  replica: string;
  conflict: ConflictRecord;
}

/** Everything the drill did that the end state must account for. */
export class EditLog {
  readonly edits: Edit[] = [];
  readonly created: Created[] = [];
  readonly resolved: Resolved[] = [];
  /** Every conflict a laptop held after a sync, by id, with the step it was first seen: to tell a lost conflict from none. */
  readonly seen = new Map<string, Resolved>();
  #seq = 0;
  #token = 0;

  /** A number no other call gives (for ids the renderer makes, such as a person's). */
  serial(): number {
    this.#token += 1;
    return this.#token;
  }

  /** A value no other edit writes: `<A12>`, delimited so that one token is never part of another. */
  token(replica: string): string {
    return `<${replica}${this.serial()}>`;
  }

  edit(entry: Omit<Edit, 'seq' | 'key' | 'owned'> & { owned?: boolean }): void {
    this.#seq += 1;
    this.edits.push({ ...entry, owned: entry.owned ?? false, seq: this.#seq, key: slotKey(entry.slot) });
  }

  create(entry: Created): void {
    this.created.push(entry);
  }

  resolve(entry: Resolved): void {
    this.resolved.push(entry);
  }

  count(replica?: string): number {
    return replica === undefined ? this.edits.length : this.edits.filter((e) => e.replica === replica).length;
  }
}
