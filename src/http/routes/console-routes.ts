/** The staff assistant page (/noi-bo), the admin console (/quan-tri) and their script and style files, under a strict CSP. */
import { Hono } from 'hono';
import { ADMIN_CONSOLE_JS, STAFF_CONSOLE_JS } from '../assets/console-bundle';
import { ADMIN_PAGE, CONSOLE_CSS, STAFF_PAGE } from '../assets/console-pages';

/** Same-origin only, no inline script or style, never framed: these pages hold a bearer token. */
export const CONSOLE_CONTENT_SECURITY_POLICY = [
  `default-src 'none'`,
  `script-src 'self'`,
  `style-src 'self'`,
  `img-src 'self' data:`,
  `connect-src 'self'`,
  `form-action 'self'`,
  `base-uri 'none'`,
  `frame-ancestors 'none'`,
].join('; ');

const pageHeaders = {
  'Content-Security-Policy': CONSOLE_CONTENT_SECURITY_POLICY,
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'X-Robots-Tag': 'noindex',
  'Referrer-Policy': 'no-referrer',
};
const assetHeaders = { 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' };

export function consoleRoutes(): Hono {
  const app = new Hono();
  // The pages are public shells: every piece of data behind them comes from APIs that check the token.
  app.get('/noi-bo', (context) => context.html(STAFF_PAGE, 200, pageHeaders));
  app.get('/quan-tri', (context) => context.html(ADMIN_PAGE, 200, pageHeaders));
  app.get('/console/staff.js', (context) => context.body(STAFF_CONSOLE_JS, 200, { ...assetHeaders, 'Content-Type': 'application/javascript; charset=utf-8' }));
  app.get('/console/admin.js', (context) => context.body(ADMIN_CONSOLE_JS, 200, { ...assetHeaders, 'Content-Type': 'application/javascript; charset=utf-8' }));
  app.get('/console/console.css', (context) => context.body(CONSOLE_CSS, 200, { ...assetHeaders, 'Content-Type': 'text/css; charset=utf-8' }));
  return app;
}
