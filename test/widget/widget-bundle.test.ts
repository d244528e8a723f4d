import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildWidget, gzipBudgetBytes } from '../../scripts/build-widget';
import { WIDGET_ETAG, WIDGET_JS } from '../../src/http/assets/widget-bundle';

describe('widget bundle', () => {
  it('is up to date with src/widget (run `npm run build:widget` if not)', async () => {
    const fresh = await buildWidget();
    expect(fresh.etag).toBe(WIDGET_ETAG);
    expect(fresh.code === WIDGET_JS).toBe(true);
  });

  it('stays within 15 KB gzipped and carries no zod, eval or innerHTML', () => {
    const gzipBytes = gzipSync(WIDGET_JS, { level: 9 }).length;
    console.log(`widget.js: ${WIDGET_JS.length} bytes, ${gzipBytes} bytes gzipped`);
    expect(gzipBytes).toBeLessThanOrEqual(gzipBudgetBytes);
    expect(WIDGET_JS).not.toMatch(/zod|ZodError|\beval\(|new Function|innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });
});
