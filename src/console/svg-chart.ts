/** Small accessible SVG charts built with DOM calls (no library, no inline style): bars per day and a rate line with a target. */

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 640;
const HEIGHT = 180;
const PADDING = { left: 36, right: 8, top: 10, bottom: 24 };

function node<Tag extends keyof SVGElementTagNameMap>(tag: Tag, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[Tag] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

function frame(label: string): SVGSVGElement {
  const svg = node('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': label, class: 'chart' });
  svg.append(node('title', {}, label));
  return svg;
}

export interface Point {
  label: string;
  value: number | null;
}

/** Bars, one per day; the accessible label carries the numbers for screen readers. */
export function barChart(points: Point[], label: string): SVGSVGElement {
  const svg = frame(label);
  const max = Math.max(1, ...points.map((point) => point.value ?? 0));
  const plotWidth = WIDTH - PADDING.left - PADDING.right;
  const plotHeight = HEIGHT - PADDING.top - PADDING.bottom;
  const step = plotWidth / Math.max(1, points.length);
  svg.append(node('text', { x: 2, y: PADDING.top + 8, class: 'axis' }, String(max)), node('text', { x: 2, y: HEIGHT - PADDING.bottom, class: 'axis' }, '0'));
  points.forEach((point, index) => {
    const height = ((point.value ?? 0) / max) * plotHeight;
    const bar = node('rect', { x: PADDING.left + index * step + 1, y: PADDING.top + plotHeight - height, width: Math.max(1, step - 2), height, class: 'bar' });
    bar.append(node('title', {}, `${point.label}: ${point.value ?? 0}`));
    svg.append(bar);
  });
  if (points.length > 0) {
    svg.append(node('text', { x: PADDING.left, y: HEIGHT - 6, class: 'axis' }, points[0]!.label));
    svg.append(node('text', { x: WIDTH - PADDING.right, y: HEIGHT - 6, class: 'axis', 'text-anchor': 'end' }, points[points.length - 1]!.label));
  }
  return svg;
}

/** A 0–100% line (days without ratings leave gaps) and a dashed target line. */
export function rateChart(points: Point[], target: number, label: string): SVGSVGElement {
  const svg = frame(label);
  const plotWidth = WIDTH - PADDING.left - PADDING.right;
  const plotHeight = HEIGHT - PADDING.top - PADDING.bottom;
  const x = (index: number) => PADDING.left + (points.length <= 1 ? plotWidth / 2 : (index / (points.length - 1)) * plotWidth);
  const y = (rate: number) => PADDING.top + (1 - rate) * plotHeight;
  svg.append(node('text', { x: 2, y: PADDING.top + 8, class: 'axis' }, '100%'), node('text', { x: 2, y: HEIGHT - PADDING.bottom, class: 'axis' }, '0%'));
  svg.append(node('line', { x1: PADDING.left, x2: WIDTH - PADDING.right, y1: y(target), y2: y(target), class: 'target' }));
  svg.append(node('text', { x: WIDTH - PADDING.right, y: y(target) - 4, class: 'axis', 'text-anchor': 'end' }, `Mục tiêu ${Math.round(target * 100)}%`));
  const segments: string[][] = [[]];
  points.forEach((point, index) => {
    if (point.value === null) return void segments.push([]);
    segments[segments.length - 1]!.push(`${x(index).toFixed(1)},${y(point.value).toFixed(1)}`);
    const dot = node('circle', { cx: x(index), cy: y(point.value), r: 3, class: 'dot' });
    dot.append(node('title', {}, `${point.label}: ${Math.round(point.value * 100)}%`));
    svg.append(dot);
  });
  const path = segments.filter((segment) => segment.length > 0).map((segment) => `M${segment.join('L')}`).join('');
  if (path) svg.append(node('path', { d: path, class: 'line' }));
  return svg;
}
