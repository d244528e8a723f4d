/** WCAG contrast helpers, so any primary colour a portal configures keeps text at AA (4.5:1). */

export type Rgb = [number, number, number];

export function parseHexColour(value: string | null | undefined): Rgb | undefined {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((value ?? '').trim());
  if (!match?.[1]) return undefined;
  const hex = match[1].length === 3 ? match[1].replace(/./g, '$&$&') : match[1];
  return [0, 2, 4].map((offset) => parseInt(hex.slice(offset, offset + 2), 16)) as Rgb;
}

export function toHex(colour: Rgb): string {
  return '#' + colour.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('');
}

function luminance(colour: Rgb): number {
  const [red, green, blue] = colour.map((channel) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

export function contrastRatio(first: Rgb, second: Rgb): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const white: Rgb = [255, 255, 255];
const ink: Rgb = [17, 24, 39];

export interface Theme {
  /** Background of the launcher, header and user bubbles. */
  primary: string;
  /** Text drawn on the primary background. */
  onPrimary: string;
  /** The primary darkened until it reads as text on white (links, chips). */
  accent: string;
}

export function themeFor(primaryHex: string | null | undefined, fallback: string): Theme {
  const primary = parseHexColour(primaryHex) ?? parseHexColour(fallback) ?? [179, 27, 27];
  const onPrimary = contrastRatio(primary, white) >= 4.5 ? white : ink;
  let accent = primary;
  for (let step = 0; step < 20 && contrastRatio(accent, white) < 4.5; step++) {
    accent = accent.map((channel) => channel * 0.85) as Rgb;
  }
  return { primary: toHex(primary), onPrimary: toHex(onPrimary), accent: toHex(accent) };
}
