/** What each part of the bench report is made of: a row per figure, against its goal. */
export interface Row {
  figure: string;
  value: string;
  comparison: string;
  goal: string;
  met: boolean | null;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (value: number) => `${value} ms`;

/** Reads a number of the part at a dotted path. */
export type Probe = (part: string, key: string) => number;

/** add(figure, value, comparison, goal, met) appends a row to `out`. */
export function adder(out: Row[]) {
  return (figure: string, value: string, comparison: string, goal: string, met: boolean | null) =>
    out.push({ figure, value, comparison, goal, met });
}
