/**
 * Where the timeline's labels go so that none overlaps another or is cut: a pure layout over
 * estimated text boxes (no DOM), shared by the timeline view and its unit test. The geometry
 * mirrors the stylesheet (renderer/styles/app.css, .tl-item*): change one, change the other.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Boxes closer than this count as touching: "+2✓1" must read as two counters. */
export const LABEL_GAP = 4;

/** True when the boxes overlap or come within `gap` of each other. */
export function intersects(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
}

/**
 * A generous width for text in the timeline's 12px semibold type: wide letters and symbols
 * are counted wide, so a real label is never longer than its box (the old flat estimate let
 * "MVP in production" run past the edge and under its neighbours).
 */
export function textWidth(text: string, fontPx = 12): number {
  let em = 0;
  for (const ch of text) {
    if (/[il.,:;'|!\s]/.test(ch)) em += 0.32;
    else if (/[fjrt()[\]-]/.test(ch)) em += 0.42;
    else if (/[mwMW@%✓]/.test(ch)) em += 0.95;
    else if (/[A-Z]/.test(ch)) em += 0.72;
    else em += 0.6;
  }
  return Math.ceil(em * fontPx);
}

/** How an item is drawn: marker then label on one line, or marker above a centred label. */
export type LabelShape = 'row' | 'column';

export interface LabelBand {
  /** The band's top edge in the canvas. */
  top: number;
  rows: number;
  rowGap: number;
  shape: LabelShape;
  /** The marker's size in px (the largest drawn in the band). */
  marker: number;
  /** Row shape: how far right of the marker's centre the label starts (left of it, flipped). */
  labelOffset: number;
}

export interface LabelRequest {
  band: string;
  x: number;
  label: string;
  /** The row tried first (items of one day stack; actions closed sit under those created). */
  preferredRow: number;
}

export interface LabelPlacement {
  row: number;
  showLabel: boolean;
  /** Row shape only: the label goes left of the marker (no room on the right). */
  flip: boolean;
  marker: Box;
  /** The label's box when it is shown. */
  label: Box | null;
}

export interface LabelLayoutInput {
  bands: Record<string, LabelBand>;
  items: readonly LabelRequest[];
  /** The canvas width: no label may go past either edge. */
  width: number;
  /** Boxes labels must keep clear of: the Today line and its text. */
  obstacles: readonly Box[];
}

/** Markers sit 14px below the band's top, then one row gap per row (ItemButton draws them there). */
export function rowCentre(band: LabelBand, row: number): number {
  return band.top + 14 + row * band.rowGap;
}

const LABEL_H = 16;

function boxesAt(band: LabelBand, x: number, row: number, text: string, flip: boolean): { marker: Box; label: Box } {
  const cy = rowCentre(band, row);
  const w = textWidth(text);
  const m = band.marker;
  if (band.shape === 'column') {
    // translate(-50%, -8px): the marker on top, the label centred under it (its top moves
    // with the marker's size, 12 or 16px, so the box covers both).
    return {
      marker: { x: x - m / 2, y: cy - 8, w: m, h: m },
      label: { x: x - w / 2, y: cy + 5, w, h: LABEL_H + 4 },
    };
  }
  const marker = { x: x - m / 2, y: cy - m / 2, w: m, h: m };
  const off = band.labelOffset;
  return { marker, label: { x: flip ? x - off - w : x + off, y: cy - LABEL_H / 2, w, h: LABEL_H } };
}

const inside = (b: Box, width: number) => b.x >= 0 && b.x + b.w <= width;

/** The rows to try: the preferred one first, then the others from the top. */
function rowOrder(preferred: number, rows: number): number[] {
  const first = Math.max(0, Math.min(preferred, rows - 1));
  return [first, ...Array.from({ length: rows }, (_, r) => r).filter((r) => r !== first)];
}

/**
 * Greedy in the given (date) order: each label takes the first row, preferred one first, where
 * it keeps LABEL_GAP clear of every label and marker already placed, of the obstacles and of
 * the edges, on the right of its marker or else flipped to the left. When no row fits, only
 * the marker is drawn (the label and summary show on hover and focus), in a row where it
 * covers no label. So no two labels ever intersect, whatever the density.
 */
export function layoutLabels({ bands, items, width, obstacles }: LabelLayoutInput): LabelPlacement[] {
  const labels: Box[] = [];
  const markers: Box[] = [];
  const clear = (b: Box, others: readonly Box[]) => others.every((o) => !intersects(b, o, LABEL_GAP));
  return items.map((item): LabelPlacement => {
    const band = bands[item.band];
    if (!band) throw new Error(`No band "${item.band}" for the label "${item.label}"`);
    const order = rowOrder(item.preferredRow, band.rows);
    for (const row of order) {
      for (const flip of band.shape === 'row' ? [false, true] : [false]) {
        const { marker, label } = boxesAt(band, item.x, row, item.label, flip);
        const fits =
          item.label !== '' &&
          inside(label, width) &&
          clear(label, labels) &&
          clear(label, markers) &&
          clear(label, obstacles) &&
          clear(marker, labels);
        if (!fits) continue;
        labels.push(label);
        markers.push(marker);
        return { row, showLabel: true, flip, marker, label };
      }
    }
    const row = order.find((r) => clear(boxesAt(band, item.x, r, '', false).marker, labels)) ?? order[0] ?? 0;
    const { marker } = boxesAt(band, item.x, row, '', false);
    markers.push(marker);
    return { row, showLabel: false, flip: false, marker, label: null };
  });
}

export interface AxisLabel {
  x: number;
  text: string;
}

/** Axis labels that would run into the previous one shown are left out (the tick line stays). */
export function layoutAxisLabels(
  labels: readonly AxisLabel[],
  width: number,
  top: number,
  fontPx = 11,
): (Box | null)[] {
  let end = -Infinity;
  return labels.map(({ x, text }) => {
    if (text === '') return null;
    const box = { x: x + 4, y: top, w: textWidth(text, fontPx), h: fontPx + 2 };
    if (box.x < end + LABEL_GAP * 2 || box.x + box.w > width) return null;
    end = box.x + box.w;
    return box;
  });
}
