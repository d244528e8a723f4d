/** Page helpers shared by the browser tests: locate inside the widget's shadow root, ask and wait for the answer. */
import type { Locator, Page } from 'playwright-core';

/** Everything the widget draws, so page elements with the same class names never match. */
export function inWidget(page: Page): Locator {
  return page.locator('tro-ly-ao-noi-vu');
}

/** Types a question, sends it with Enter and waits until the answer's feedback buttons appear (the answer is done). */
export async function askAndWait(page: Page, text: string): Promise<void> {
  await inWidget(page).locator('.input').fill(text);
  await inWidget(page).locator('.input').press('Enter');
  await inWidget(page).locator('.message.assistant .actions .pill').first().waitFor();
}
