import { describe, expect, it } from 'vitest';
import { buildConsole } from '../../scripts/build-console';
import { ADMIN_CONSOLE_JS, STAFF_CONSOLE_JS } from '../../src/http/assets/console-bundle';
import { consoleRoutes } from '../../src/http/routes/console-routes';

describe('console pages', () => {
  const app = consoleRoutes();

  it('serves /noi-bo and /quan-tri under a strict CSP with no inline script or style', async () => {
    for (const [path, script] of [['/noi-bo', '/console/staff.js'], ['/quan-tri', '/console/admin.js']] as const) {
      const response = await app.request(path);
      expect(response.status).toBe(200);
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toContain(`script-src 'self'`);
      expect(policy).toContain(`frame-ancestors 'none'`);
      expect(policy).not.toContain('unsafe-inline');
      expect(response.headers.get('cache-control')).toBe('no-store');
      const html = await response.text();
      expect(html).toContain(`<script src="${script}" defer></script>`);
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html).not.toMatch(/\sstyle=|<style|\son[a-z]+=/i);
      expect(html).toContain('lang="vi"');
      // Every form control has a label.
      for (const [, id] of html.matchAll(/<(?:input|textarea|select) id="([^"]+)"(?![^>]*type="hidden")/g)) expect(html, id).toContain(`for="${id}"`);
      const asset = await app.request(script);
      expect(asset.headers.get('content-type')).toContain('application/javascript');
    }
    expect((await app.request('/console/console.css')).headers.get('content-type')).toContain('text/css');
  });

  it('ships scripts built from src/console (run `node --import tsx scripts/build-console.ts` if not) without innerHTML or eval', async () => {
    const fresh = await buildConsole();
    expect(fresh.staff === STAFF_CONSOLE_JS).toBe(true);
    expect(fresh.admin === ADMIN_CONSOLE_JS).toBe(true);
    for (const code of [STAFF_CONSOLE_JS, ADMIN_CONSOLE_JS]) expect(code).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|\beval\(|new Function|localStorage/);
    expect(STAFF_CONSOLE_JS).toContain('sessionStorage');
  });
});
