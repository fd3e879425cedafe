import { mulberry32 } from '../../support/prng';

/** Seeded choices for generated edits: the same seed, the same edits, on every run. */
export class Dice {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)] as T;
  }
  text(): string {
    return `${this.pick(['Ship', 'Fix', 'Pair on', 'Test', 'Demo'])} ${this.pick(['deploys', 'refunds', 'CI', 'the API'])} ${this.int(100)}`;
  }
  date(): string {
    return `2026-0${3 + this.int(3)}-${String(1 + this.int(28)).padStart(2, '0')}`;
  }
  time(): string {
    return `${this.date()}T${String(8 + this.int(10)).padStart(2, '0')}:${String(this.int(60)).padStart(2, '0')}:00.000Z`;
  }
}
