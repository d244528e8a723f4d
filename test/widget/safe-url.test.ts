import { describe, expect, it } from 'vitest';
import { safeContactUrl, safeHttpUrl } from '../../src/widget/safe-url';

describe('safeHttpUrl', () => {
  it('keeps http and https links', () => {
    expect(safeHttpUrl('https://dichvucong.gov.vn/p/home')).toBe('https://dichvucong.gov.vn/p/home');
    expect(safeHttpUrl('/van-ban/1', 'http://127.0.0.1:8787/widget.js')).toBe('http://127.0.0.1:8787/van-ban/1');
  });

  it('rejects javascript:, data: and other schemes however they are spelled', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd', '', 42, undefined]) {
      expect(safeHttpUrl(url, 'https://example.vn/')).toBeUndefined();
    }
  });
});

describe('safeContactUrl', () => {
  it('allows a hotline tel: link from configuration but still no javascript:', () => {
    expect(safeContactUrl('tel:1900 1234')).toBe('tel:19001234');
    expect(safeContactUrl('javascript:alert(1)')).toBeUndefined();
  });
});
