/** Headless Chromium against the real Node server (temp SQLite, shared test index); a few tests script /api/chat with page.route. */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Citation } from '../../src/protocol/chat-events';
import { useBrowserSuite } from './browser-suite';
import { artifactsDir, hasChromium } from './launch-chromium';
import { startSlowLinkProxy } from './slow-link-proxy';
import { askAndWait, inWidget } from './widget-page';

/** A procedure question: the real index answers it with a cited answer and a procedure card. */
const question = 'Thủ tục gia hạn giấy phép lao động?';
/** A question about the provincial plans: plan citations carry a title and section, no URL. */
const planQuestion = 'Khánh Hòa đặt mục tiêu tỷ lệ người dân hài lòng về giải quyết thủ tục hành chính là bao nhiêu?';

/** Which element has focus, looking through the widget's shadow root. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const host = document.querySelector('tro-ly-ao-noi-vu');
    const inner = host?.shadowRoot?.activeElement;
    if (document.activeElement === host && inner) return `widget:${inner.className || inner.tagName.toLowerCase()}${inner.closest('.panel') ? ':in-panel' : ''}`;
    return `page:${document.activeElement?.tagName.toLowerCase() ?? 'none'}`;
  });
}

function pageWithWidget(url: string, headExtra = '', withWidget = true): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Trang thử</title>${headExtra}</head><body><div class="content"><h1>Trang của cổng</h1><p>Nội dung</p></div>${withWidget ? `<script src="${url}/widget.js" data-agency="Sở Nội vụ" data-suggestions="Câu hỏi mẫu?" defer></script>` : ''}</body></html>`;
}

const hostileCss = `<style>
* { all: unset !important; font-size: 40px !important; line-height: 3 !important; font-family: "Comic Sans MS", cursive !important; color: lime !important; }
div, p, button, form, textarea, section { display: none !important; }
html { font-size: 5px !important; }
:root, * { --primary: lime; --accent: lime; --on-primary: lime; }
button { width: 500px !important; height: 500px !important; position: static !important; }
tro-ly-ao-noi-vu { display: none !important; opacity: 0 !important; }
</style>`;

describe.skipIf(!hasChromium)('widget in headless Chromium', () => {
  const { server, chromium } = useBrowserSuite();

  it('answers a plan question on the demo page with a streamed, cited answer, shows the source and stores feedback', async ({ onTestFinished }) => {
    const link = await startSlowLinkProxy(server().url);
    onTestFinished(() => link.close());
    const page = await chromium().context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      // Failed loads are checked by URL below (the browser's own favicon request may 404).
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) consoleErrors.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) consoleErrors.push(`${response.status()} ${response.url()}`);
    });
    await page.addInitScript(() => {
      const record = window as unknown as { violations: string[] };
      record.violations = [];
      document.addEventListener('securitypolicyviolation', (event) => record.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    const response = await page.goto(`${link.url}/`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    const launcher = inWidget(page).locator('.launcher');
    // The stylesheet applied under the strict CSP: the launcher has its 60px size.
    expect(await launcher.boundingBox()).toMatchObject({ width: 60, height: 60 });
    await page.screenshot({ path: path.join(artifactsDir, 'widget-demo-closed.png') });

    await launcher.click();
    await expect.poll(() => inWidget(page).locator('.panel').isVisible()).toBe(true);
    expect(await inWidget(page).locator('.list').textContent()).toContain('Tôi có thể giúp gì cho Quý vị?');
    expect(await inWidget(page).locator('.suggestion').count()).toBeGreaterThan(0);
    expect(await inWidget(page).locator('.footer').textContent()).toContain('CCCD');

    // Record every text the answer bubble shows, to see it grow while streaming, and what the widget reports.
    await page.evaluate(() => {
      const root = document.querySelector('tro-ly-ao-noi-vu')!.shadowRoot!;
      const record = window as unknown as { samples: string[]; answers: unknown[]; feedback: unknown[] };
      record.samples = [];
      record.answers = [];
      record.feedback = [];
      new MutationObserver(() => {
        const answers = root.querySelectorAll('.message.assistant .answer-text');
        const last = answers[answers.length - 1];
        if (last) record.samples.push(last.textContent ?? '');
      }).observe(root, { subtree: true, childList: true, characterData: true });
      window.TroLyAoNoiVu!.on('answer', (detail) => record.answers.push(detail));
      window.TroLyAoNoiVu!.on('feedback', (detail) => record.feedback.push(detail));
    });
    // The extractive engine sends its text-delta events at once; over a slow link (as on a cheap
    // phone) the browser reads the SSE stream in pieces, so the bubble visibly grows.
    link.slow = true;
    const chatResponse = page.waitForResponse((candidate) => candidate.url().endsWith('/api/chat'));
    await inWidget(page).locator('.input').fill(planQuestion);
    await inWidget(page).locator('.input').press('Enter');
    expect((await chatResponse).headers()['content-type']).toContain('text/event-stream');
    const chip = inWidget(page).locator('.message.assistant .chip').first();
    await chip.waitFor();
    await inWidget(page).locator('.message.assistant .actions .pill').first().waitFor();
    link.slow = false;
    const recorded = await page.evaluate(() => {
      const record = window as unknown as { samples: string[]; answers: Array<{ text: string; messageId: string; citations: Citation[] }> };
      return { samples: record.samples, answers: record.answers };
    });
    const finalText = (await inWidget(page).locator('.message.assistant .answer-text').last().textContent()) ?? '';
    expect(finalText).toContain('95%');
    expect(recorded.samples.some((sample) => sample.length > 0 && sample.length < finalText.length - 5)).toBe(true);
    const [answer] = recorded.answers;
    const citation = answer!.citations[0]!;
    expect(citation.source.title).toContain('Khánh Hòa');
    expect(citation.source.section).toBeTruthy();

    await chip.click();
    const source = inWidget(page).locator('.source');
    await source.waitFor();
    expect(await chip.getAttribute('aria-expanded')).toBe('true');
    const sourceText = (await source.textContent()) ?? '';
    expect(sourceText).toContain(`[${citation.n}] ${citation.source.title}`);
    expect(sourceText).toContain(`Mục: ${citation.source.section}`);
    // Opening the source scrolls the list so the source box starts inside it.
    const listBox = (await inWidget(page).locator('.list').boundingBox())!;
    const sourceBox = (await source.boundingBox())!;
    expect(sourceBox.y).toBeGreaterThanOrEqual(listBox.y);
    expect(sourceBox.y + Math.min(sourceBox.height, 80)).toBeLessThanOrEqual(listBox.y + listBox.height);
    // Plan citations have no URL; a procedure's official URL would be an http(s) link (not followed offline).
    const links = source.locator('a');
    if (citation.source.url) expect(await links.first().getAttribute('href')).toMatch(/^https?:\/\//);
    else expect(await links.count()).toBe(0);
    await page.screenshot({ path: path.join(artifactsDir, 'widget-demo-source.png') });

    await page.getByRole('button', { name: 'Không hài lòng' }).click();
    await inWidget(page).locator('.reason').fill('Cần thêm số liệu năm trước');
    await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await inWidget(page).locator('.actions', { hasText: 'Cảm ơn Quý vị đã đánh giá!' }).waitFor();
    const sent = await page.evaluate(() => (window as unknown as { feedback: Array<{ sessionId: string; messageId: string }> }).feedback);
    const stored = await server().store.listFeedback();
    expect(stored).toEqual([expect.objectContaining({ rating: 'down', reason: 'Cần thêm số liệu năm trước', messageId: answer!.messageId, sessionId: sent[0]!.sessionId })]);
    expect(stored[0]!.sessionId).toMatch(/^[\w-]{16,64}$/);
    await page.screenshot({ path: path.join(artifactsDir, 'widget-demo-answer.png') });

    // The conversation survives navigation (sessionStorage), panel and feedback state included.
    await page.reload();
    await inWidget(page).locator('.message.assistant .chip').first().waitFor();
    expect(await inWidget(page).locator('.panel').isVisible()).toBe(true);
    expect(await inWidget(page).locator('.message.user').textContent()).toContain(planQuestion);
    expect(await inWidget(page).locator('.actions', { hasText: 'Cảm ơn Quý vị đã đánh giá!' }).count()).toBe(1);

    // A new conversation starts over with the suggestions.
    await page.getByRole('button', { name: 'Bắt đầu cuộc trò chuyện mới' }).click();
    expect(await inWidget(page).locator('.message.user').count()).toBe(0);
    expect(await inWidget(page).locator('.suggestion').count()).toBeGreaterThan(0);

    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('keeps its layout on a host page with hostile global CSS, and leaks no globals', async () => {
    const parts = ['.launcher', '.panel', '.header', '.title', '.list', '.suggestion', '.input', '.send', '.footer'];
    // Each page is a fresh tab, so no sessionStorage state carries over between the two.
    const openPage = async (name: 'control' | 'hostile' | 'bare') => {
      const page = await chromium().context.newPage();
      await page.route(`${server().url}/__page/**`, (route) =>
        route.fulfill({ contentType: 'text/html; charset=utf-8', body: pageWithWidget(server().url, name === 'hostile' ? hostileCss : '', name !== 'bare') }),
      );
      await page.goto(`${server().url}/__page/${name}`);
      return page;
    };
    const measure = async (name: 'control' | 'hostile') => {
      const page = await openPage(name);
      // Measure at rest: no opening animation or hover scale in flight.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await inWidget(page).locator('.launcher').click();
      await page.mouse.move(0, 0);
      await inWidget(page).locator('.input').waitFor();
      const boxes: Record<string, unknown> = {};
      for (const part of parts) boxes[part] = await inWidget(page).locator(part).first().boundingBox();
      boxes.titleFont = await inWidget(page).locator('.title').evaluate((element) => getComputedStyle(element).fontSize);
      boxes.launcherColour = await inWidget(page).locator('.launcher').evaluate((element) => getComputedStyle(element).backgroundColor);
      await page.screenshot({ path: path.join(artifactsDir, `widget-${name}-page.png`) });
      await page.close();
      return boxes;
    };
    const control = await measure('control');
    const hostile = await measure('hostile');
    expect(control['.panel']).not.toBeNull();
    expect(hostile).toEqual(control);

    const bare = await openPage('bare');
    const bareGlobals = await bare.evaluate(() => Object.keys(window));
    await bare.close();
    const page = await openPage('control');
    await page.waitForFunction(() => 'TroLyAoNoiVu' in window);
    const widgetGlobals = await page.evaluate(() => Object.keys(window));
    expect(widgetGlobals.filter((key) => !bareGlobals.includes(key))).toEqual(['TroLyAoNoiVu']);
    await page.close();
  });

  it('renders an answer containing <img onerror> as text and fires nothing', async () => {
    const page = await chromium().context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const hostileAnswer = 'Xem ảnh <img src=x onerror="window.pwned=1;alert(1)"> tại đây [1].';
    const events = [
      { type: 'answer-start', sessionId: 'xss-session', messageId: 'x1' },
      { type: 'text-delta', delta: hostileAnswer },
      { type: 'citation', citation: { n: 1, text: '<script>window.pwned=2</script>', source: { docId: 'd', title: '<b onmouseover=alert(2)>Tiêu đề</b>', url: 'javascript:alert(3)' } } },
      { type: 'answer-end', refused: false, answer: hostileAnswer },
    ];
    await page.route('**/api/chat', (route) =>
      route.fulfill({ contentType: 'text/event-stream', body: events.map((event) => `event: ${event.type}\r\ndata: ${JSON.stringify(event)}\r\n\r\n`).join('') }),
    );
    await page.goto(`${server().url}/`);
    await inWidget(page).locator('.launcher').click();
    await askAndWait(page, 'Cho tôi xem ảnh');
    const answer = inWidget(page).locator('.message.assistant .answer-text').last();
    expect(await answer.textContent()).toContain('<img src=x onerror="window.pwned=1;alert(1)">');
    await inWidget(page).locator('.chip').first().click();
    await inWidget(page).locator('.source').waitFor();
    await inWidget(page).locator('.source').hover();
    const shadowImages = await page.evaluate(() => document.querySelector('tro-ly-ao-noi-vu')!.shadowRoot!.querySelectorAll('img, script, b').length);
    expect(shadowImages).toBe(0);
    expect(await inWidget(page).locator('.source a').count()).toBe(0);
    expect(await inWidget(page).locator('.source').textContent()).toContain('<b onmouseover=alert(2)>Tiêu đề</b>');
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('works keyboard-only: Tab to the launcher, Enter, type, Enter, focus trapped, Esc returns focus', async () => {
    const page = await chromium().context.newPage();
    await page.goto(`${server().url}/`);
    for (let presses = 0; presses < 80 && (await focused(page)) !== 'widget:launcher'; presses++) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('widget:launcher');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('widget:input:in-panel');
    await page.keyboard.type(question);
    await page.keyboard.press('Enter');
    await inWidget(page).locator('.message.assistant .actions .pill').first().waitFor();
    for (let presses = 0; presses < 25; presses++) {
      await page.keyboard.press(presses % 5 === 4 ? 'Shift+Tab' : 'Tab');
      expect(await focused(page)).toMatch(/:in-panel$/);
    }
    await page.keyboard.press('Escape');
    expect(await inWidget(page).locator('.panel').isVisible()).toBe(false);
    expect(await focused(page)).toBe('widget:launcher');
    expect(await inWidget(page).locator('.launcher').getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });

  it('fills a 360x640 phone screen, keeps the input visible and respects reduced motion', async () => {
    const page = await chromium().context.newPage();
    await page.setViewportSize({ width: 360, height: 640 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${server().url}/`);
    await inWidget(page).locator('.launcher').click();
    expect(await inWidget(page).locator('.panel').boundingBox()).toEqual({ x: 0, y: 0, width: 360, height: 640 });
    expect(await inWidget(page).locator('.launcher').isVisible()).toBe(false);
    expect(await inWidget(page).locator('.panel').evaluate((element) => getComputedStyle(element).animationName)).toBe('none');
    await askAndWait(page, question);
    const input = await inWidget(page).locator('.input').boundingBox();
    expect(input!.y + input!.height).toBeLessThanOrEqual(640);
    expect(input!.y).toBeGreaterThan(300);
    // The procedure card stacks its labels over their values, so long values keep the card's width.
    expect(await inWidget(page).locator('.card').count()).toBe(1);
    const card = (await inWidget(page).locator('.card').boundingBox())!;
    for (const value of await inWidget(page).locator('.card dd').all()) expect((await value.boundingBox())!.width).toBeGreaterThan(card.width * 0.8);
    await page.screenshot({ path: path.join(artifactsDir, 'widget-phone-360x640.png') });
    await page.close();
  });

  it('exposes window.TroLyAoNoiVu: open, ask, on(answer), close', async () => {
    const page = await chromium().context.newPage();
    await page.goto(`${server().url}/`);
    await page.waitForFunction(() => 'TroLyAoNoiVu' in window);
    const answer = await page.evaluate(
      (text) =>
        new Promise<{ text: string; events: string[] }>((resolve) => {
          const api = window.TroLyAoNoiVu!;
          const events: string[] = [];
          for (const name of ['open', 'question', 'close'] as const) api.on(name, () => events.push(name));
          const stop = api.on('answer', (detail) => {
            stop();
            api.close();
            resolve({ text: String(detail.text), events });
          });
          api.ask(text);
        }),
      question,
    );
    expect(answer.text).toContain('[1]');
    expect(answer.events).toEqual(['open', 'question', 'close']);
    expect(await inWidget(page).locator('.panel').isVisible()).toBe(false);
    await page.close();
  });

  it('offers a retry after a network error', async () => {
    const page = await chromium().context.newPage();
    await page.route('**/api/chat', (route) => route.abort('failed'));
    await page.goto(`${server().url}/`);
    await inWidget(page).locator('.launcher').click();
    await inWidget(page).locator('.input').fill(question);
    await inWidget(page).locator('.input').press('Enter');
    await inWidget(page).locator('.message.error').waitFor();
    await page.unroute('**/api/chat');
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await inWidget(page).locator('.message.assistant .chip').first().waitFor();
    expect(await inWidget(page).locator('.message.error').count()).toBe(0);
    await page.close();
  });
});
