/**
 * Hand-off round trip in headless Chromium on the real demo page: AI notice first, a question, "Liên hệ cán bộ",
 * the ticket code shown, an officer's answer through the staff API reaching the widget by its poll, and the
 * conversation reference in the footer that an admin uses to export the citizen's data.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AI_DISCLOSURE } from '../../src/channels/ai-disclosure';
import { createUserToken } from '../../src/services/user-tokens';
import { useBrowserSuite } from './browser-suite';
import { artifactsDir, hasChromium } from './launch-chromium';
import { askAndWait, inWidget } from './widget-page';

/** A procedure question the real index answers; the officer's answer below is the test's own text. */
const question = 'Thủ tục xét tặng danh hiệu Lao động tiên tiến?';
const officerAnswer = 'Hồ sơ nộp tại bộ phận một cửa của Sở Nội vụ; Quý vị gọi 0258 3822 123 nếu cần hỏi thêm.';

describe.skipIf(!hasChromium)('hand-off to an officer in headless Chromium', () => {
  const { server, chromium } = useBrowserSuite();

  async function callApi(role: 'staff' | 'admin', pathAndQuery: string, body?: unknown): Promise<Record<string, unknown>> {
    const { token } = await createUserToken(server().store, { role, name: role === 'staff' ? 'Cán bộ tiếp nhận' : 'Quản trị' });
    const response = await fetch(`${server().url}${pathAndQuery}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as Record<string, unknown>;
  }

  it('discloses the AI, opens a ticket, shows its code, delivers the officer answer and shows the conversation reference', async () => {
    const page = await chromium().context.newPage();
    const failures: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) failures.push(`${response.status()} ${response.url()}`);
    });
    // The real demo page, with a 1 s poll instead of the default 20 s so the officer's answer arrives within the test.
    await page.route(`${server().url}/`, async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      expect(html).toContain('<script src="/widget.js"');
      await route.fulfill({ response, body: html.replace('<script src="/widget.js"', '<script src="/widget.js" data-handoff-poll-seconds="1"') });
    });
    await page.goto(`${server().url}/`);
    await inWidget(page).locator('.launcher').click();

    // The first bubble says who answers and what the answer is worth, before any question.
    const firstBubble = inWidget(page).locator('.list .message.assistant').first();
    expect(await firstBubble.textContent()).toContain(AI_DISCLOSURE);
    expect(AI_DISCLOSURE).toMatch(/trí tuệ nhân tạo/);
    expect(AI_DISCLOSURE).toMatch(/tham khảo/);
    // No conversation yet, so no reference to quote.
    expect(await inWidget(page).locator('.ref').isVisible()).toBe(false);

    await askAndWait(page, question);
    const reference = inWidget(page).locator('.ref');
    await reference.waitFor();
    expect(await reference.textContent()).toContain('Mã cuộc trò chuyện');
    const sessionId = (await inWidget(page).locator('.ref-id').textContent()) ?? '';
    expect(sessionId).toMatch(/^[\w-]{16,64}$/);
    const stored = await page.evaluate(() => Object.values(sessionStorage).map((value) => JSON.parse(value) as { sessionId?: string }));
    expect(stored.map((state) => state.sessionId)).toContain(sessionId);

    await page.getByRole('button', { name: 'Liên hệ cán bộ' }).click();
    const confirmation = inWidget(page).locator('.message.assistant', { hasText: /NV-[A-Z2-9]{6}/ });
    await confirmation.waitFor();
    const code = /NV-[A-Z2-9]{6}/.exec((await confirmation.textContent()) ?? '')![0];

    // The officer finds the ticket in the queue, with the citizen's question, and answers it.
    const queue = (await callApi('staff', '/api/staff/tickets?status=open')) as { tickets: Array<{ code: string; channel: string }> };
    expect(queue.tickets).toEqual([expect.objectContaining({ code, channel: 'widget' })]);
    expect(JSON.stringify(queue.tickets[0])).toContain('Lao động tiên tiến');
    const answered = (await callApi('staff', `/api/staff/tickets/${code}/answer`, { answer: officerAnswer })) as { ticket: { status: string } };
    expect(answered.ticket.status).toBe('answered');

    // The widget's poll brings the answer, labelled with the ticket code, and the live region reads it out.
    const delivered = inWidget(page).locator('.message.assistant', { hasText: officerAnswer });
    await delivered.waitFor();
    expect(await delivered.textContent()).toContain(`Cán bộ trả lời (${code}): ${officerAnswer}`);
    expect(await inWidget(page).locator('.sr[aria-live]').textContent()).toContain(officerAnswer);
    await page.screenshot({ path: path.join(artifactsDir, 'widget-handoff-answered.png') });

    // The reference the citizen sees is what the admin's export looks up: the conversation and its ticket.
    const exported = (await callApi('admin', `/api/admin/personal-data?sessionId=${encodeURIComponent(sessionId)}`)) as {
      counts: { messages: number; tickets: number };
      tickets: Array<{ code: string }>;
    };
    expect(exported.counts.messages).toBeGreaterThanOrEqual(2);
    expect(exported.tickets.map((ticket) => ticket.code)).toEqual([code]);

    // The answer is not shown twice: once answered, the widget stops polling.
    const polls: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/handoff/')) polls.push(request.url());
    });
    await page.waitForTimeout(1_500);
    expect(polls).toEqual([]);
    expect(await inWidget(page).locator('.message.assistant', { hasText: officerAnswer }).count()).toBe(1);

    // A new conversation has no id until its first answer.
    await page.getByRole('button', { name: 'Bắt đầu cuộc trò chuyện mới' }).click();
    expect(await reference.isVisible()).toBe(false);
    expect(failures).toEqual([]);
    await page.close();
  });
});
