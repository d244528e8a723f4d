/** Serves /widget.js (ETag, 304, short cache), the demo portal page at / under a strict CSP, and /demo.css. */
import { Hono } from 'hono';
import { DEMO_PAGE_CSS, renderDemoPage, type DemoPageOptions } from '../assets/demo-page';
import { WIDGET_ETAG, WIDGET_JS } from '../assets/widget-bundle';

export interface WidgetRoutesOptions {
  demo: DemoPageOptions;
}

/** If-None-Match may list several tags, weak ones (W/"…") or `*`. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}

function originOf(value: string | undefined): string | undefined {
  try {
    return value ? new URL(value).origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The widget needs no inline script and no 'unsafe-inline' style: its CSS is a constructable
 * stylesheet inside the shadow root and its colours are set through CSSOM.
 */
export function demoContentSecurityPolicy(apiOrigin?: string): string {
  const connect = apiOrigin ? `'self' ${apiOrigin}` : `'self'`;
  return [
    `default-src 'self'`,
    `script-src 'self'`,
    `style-src 'self'`,
    `img-src 'self' data: https:`,
    `connect-src ${connect}`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `form-action 'self'`,
    `frame-ancestors 'self'`,
  ].join('; ');
}

export function widgetRoutes(options: WidgetRoutesOptions): Hono {
  const app = new Hono();
  const page = renderDemoPage(options.demo);
  const attributes = options.demo.widgetAttributes;
  const policy = demoContentSecurityPolicy(originOf(attributes['data-api-origin'] ?? attributes['api-origin']));
  const scriptHeaders = {
    ETag: WIDGET_ETAG,
    'Cache-Control': 'public, max-age=300',
    'X-Content-Type-Options': 'nosniff',
    // Portals on other origins embed the script, including ones that send COEP or use SRI.
    'Cross-Origin-Resource-Policy': 'cross-origin',
    'Access-Control-Allow-Origin': '*',
  };

  app.get('/widget.js', (context) => {
    if (etagMatches(context.req.header('if-none-match'), WIDGET_ETAG)) return context.body(null, 304, scriptHeaders);
    return context.body(WIDGET_JS, 200, { ...scriptHeaders, 'Content-Type': 'application/javascript; charset=utf-8' });
  });
  app.get('/demo.css', (context) =>
    context.body(DEMO_PAGE_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=300' }),
  );
  app.get('/', (context) =>
    context.html(page, 200, {
      'Content-Security-Policy': policy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    }),
  );
  return app;
}
