import { describe, expect, it } from 'vitest';
import { WIDGET_ETAG, WIDGET_JS } from '../../src/http/assets/widget-bundle';
import { etagMatches, widgetRoutes } from '../../src/http/routes/widget-routes';

const app = widgetRoutes({
  demo: { title: 'Cổng thông tin điện tử tỉnh <Thử>', widgetAttributes: { 'data-agency': 'Sở Nội vụ "A"', title: 'Trợ lý', 'bad name': 'x' } },
});

describe('widgetRoutes', () => {
  it('serves widget.js with an ETag and a short public cache', async () => {
    const response = await app.request('/widget.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect(response.headers.get('etag')).toBe(WIDGET_ETAG);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(await response.text()).toBe(WIDGET_JS);
  });

  it('answers 304 with no body when If-None-Match matches', async () => {
    for (const header of [WIDGET_ETAG, `W/${WIDGET_ETAG}`, `"other", ${WIDGET_ETAG}`, '*']) {
      const response = await app.request('/widget.js', { headers: { 'if-none-match': header } });
      expect(response.status).toBe(304);
      expect(response.headers.get('etag')).toBe(WIDGET_ETAG);
      expect(await response.text()).toBe('');
    }
    expect((await app.request('/widget.js', { headers: { 'if-none-match': '"stale"' } })).status).toBe(200);
    expect(etagMatches(undefined, WIDGET_ETAG)).toBe(false);
  });

  it('serves the demo page under a strict CSP with one external script and no inline script', async () => {
    const response = await app.request('/');
    expect(response.status).toBe(200);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts).toEqual(['<script src="/widget.js" data-agency="Sở Nội vụ &quot;A&quot;" data-title="Trợ lý" defer>']);
    expect(html).toMatch(/<script src="\/widget\.js"[^>]*><\/script>/);
    expect(html).not.toMatch(/<style|style=|\son[a-z]+=/i);
    expect(html).toContain('Cổng thông tin điện tử tỉnh &lt;Thử&gt;');
    expect((await app.request('/demo.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('allows a separate API origin in connect-src', async () => {
    const separate = widgetRoutes({ demo: { title: 'T', widgetAttributes: { 'data-api-origin': 'https://api.example.vn/x' } } });
    const policy = (await separate.request('/')).headers.get('content-security-policy');
    expect(policy).toContain("connect-src 'self' https://api.example.vn;");
  });
});
