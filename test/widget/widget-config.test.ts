import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHexColour, themeFor } from '../../src/widget/colour-contrast';
import { parsePollSeconds, parseSuggestions, readWidgetConfig } from '../../src/widget/widget-config';

const reader = (attributes: Record<string, string>) => (name: string) => attributes[name] ?? null;

describe('readWidgetConfig', () => {
  it('defaults the API origin to the script origin and uses Vietnamese defaults', () => {
    const config = readWidgetConfig(reader({}), 'https://troly.hungyen.gov.vn/widget.js');
    expect(config.apiOrigin).toBe('https://troly.hungyen.gov.vn');
    expect(config.greeting).toBe('Xin chào! Tôi là Trợ lý ảo Nội vụ. Tôi có thể giúp gì cho Quý vị?');
    expect(config.position).toBe('bottom-right');
    expect(config.suggestions).toEqual([]);
  });

  it('reads every attribute and drops unsafe URLs', () => {
    const config = readWidgetConfig(
      reader({
        'api-origin': 'https://api.example.vn/ignored/path',
        title: 'Trợ lý Sở Nội vụ',
        agency: 'Sở Nội vụ tỉnh Hưng Yên',
        logo: 'javascript:alert(1)',
        'primary-color': '#0b4f9c',
        suggestions: 'Thủ tục A?|Thủ tục B, C?',
        position: 'bottom-left',
        strings: '{"send":"Gửi đi","unknown":"x","retry":5}',
        hotline: '1900 1234',
      }),
      'https://cdn.example.vn/widget.js',
    );
    expect(config.apiOrigin).toBe('https://api.example.vn');
    expect(config.title).toBe('Trợ lý Sở Nội vụ');
    expect(config.strings.title).toBe('Trợ lý Sở Nội vụ');
    expect(config.logoUrl).toBeUndefined();
    expect(config.suggestions).toEqual(['Thủ tục A?', 'Thủ tục B, C?']);
    expect(config.position).toBe('bottom-left');
    expect(config.strings.send).toBe('Gửi đi');
    expect(config.strings.retry).toBe('Thử lại');
    expect(config.contactUrl).toBe('tel:19001234');
  });

  it('parses JSON suggestions and survives broken JSON', () => {
    expect(parseSuggestions('["Một", 2, " Hai "]')).toEqual(['Một', 'Hai']);
    expect(parseSuggestions('[broken')).toEqual([]);
    expect(readWidgetConfig(reader({ strings: '{oops' }), 'https://a.vn/widget.js').strings.send).toBe('Gửi');
  });

  it('polls a hand-off ticket every 20 s unless data-handoff-poll-seconds says otherwise, within 1 s to 10 min', () => {
    expect(readWidgetConfig(reader({}), 'https://a.vn/widget.js').handoffPollMs).toBe(20_000);
    expect(readWidgetConfig(reader({ 'handoff-poll-seconds': '1' }), 'https://a.vn/widget.js').handoffPollMs).toBe(1_000);
    expect(parsePollSeconds('0.01')).toBe(1_000);
    expect(parsePollSeconds('86400')).toBe(600_000);
    expect(parsePollSeconds('nhanh')).toBe(20_000);
    expect(parsePollSeconds(' ')).toBe(20_000);
  });
});

describe('themeFor', () => {
  it('keeps AA contrast for any primary colour', () => {
    for (const colour of ['#ffd500', '#b31b1b', '#0b4f9c', '#ffffff', '#7fdbff', 'not-a-colour']) {
      const theme = themeFor(colour, '#b31b1b');
      const primary = parseHexColour(theme.primary)!;
      expect(contrastRatio(primary, parseHexColour(theme.onPrimary)!)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(parseHexColour(theme.accent)!, [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
    }
    expect(themeFor('#ffd500', '#b31b1b').onPrimary).toBe('#111827');
  });
});
