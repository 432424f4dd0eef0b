/**
 * Horizontal bar charts as inline SVG, drawn here rather than by a charting library: four bar
 * charts need no dependency, the page stays self-contained and readable offline, and text is real
 * text (selectable, in the workbook's language).
 */

export interface Bar {
  label: string;
  value: number;
  /** What is written at the bar's end (the value formatted for the locale). */
  text: string;
  color?: string;
}

/** Text escaped for HTML and SVG. */
export const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A bar chart of `bars`; negative values grow left of the zero line. */
export function barChart(
  title: string,
  bars: readonly Bar[],
  options: { width?: number; color?: string; reference?: { value: number; label: string } } = {},
): string {
  const width = options.width ?? 640;
  const rowHeight = 26;
  const top = 36;
  const labelWidth = 170;
  const textWidth = 130;
  const plot = width - labelWidth - textWidth;
  const height = top + bars.length * rowHeight + 16;
  const values = [...bars.map((b) => b.value), options.reference?.value ?? 0, 0];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const x = (v: number) => labelWidth + ((v - min) / span) * plot;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" class="chart">`,
    `<text x="0" y="20" class="chart-title">${esc(title)}</text>`,
  ];
  bars.forEach((b, i) => {
    const y = top + i * rowHeight;
    const x0 = x(Math.min(0, b.value));
    const w = Math.max(1, Math.abs(x(b.value) - x(0)));
    parts.push(
      `<text x="${labelWidth - 8}" y="${y + 17}" text-anchor="end" class="label">${esc(b.label)}</text>`,
      `<rect x="${x0.toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowHeight - 8}" fill="${b.color ?? options.color ?? '#2a62b5'}"><title>${esc(`${b.label}: ${b.text}`)}</title></rect>`,
      `<text x="${(Math.max(x(b.value), x(0)) + 6).toFixed(1)}" y="${y + 17}" class="value">${esc(b.text)}</text>`,
    );
  });
  parts.push(
    `<line x1="${x(0).toFixed(1)}" x2="${x(0).toFixed(1)}" y1="${top}" y2="${top + bars.length * rowHeight}" class="axis"/>`,
  );
  if (options.reference) {
    const rx = x(options.reference.value).toFixed(1);
    parts.push(
      `<line x1="${rx}" x2="${rx}" y1="${top - 4}" y2="${top + bars.length * rowHeight}" class="reference"/>`,
      `<text x="${rx}" y="${top - 6}" text-anchor="middle" class="small">${esc(options.reference.label)}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
