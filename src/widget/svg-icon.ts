/** Small inline SVG icons built through the DOM (no markup parsing); they render without any emoji font. */

const svgNamespace = 'http://www.w3.org/2000/svg';

export const iconPaths = {
  chat: 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6.5a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01z',
  thumb: 'M2 10h4v11H2zm6 11h9.4a2 2 0 0 0 2-1.6l1.5-7.2A1.8 1.8 0 0 0 19.1 10H14l.8-4.1a1.7 1.7 0 0 0-3-1.4L8 10z',
};

export function svgIcon(pathData: string, className?: string): SVGElement {
  const svg = document.createElementNS(svgNamespace, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  if (className) svg.setAttribute('class', className);
  const path = document.createElementNS(svgNamespace, 'path');
  path.setAttribute('d', pathData);
  svg.append(path);
  return svg;
}
