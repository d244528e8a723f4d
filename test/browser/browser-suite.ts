/** One Node assistant and one headless Chromium per describe block: started in beforeAll, both closed in afterAll. */
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, type LaunchedChromium } from './launch-chromium';
import { startTestAssistant, type TestAssistant } from './start-test-assistant';

export interface BrowserSuite {
  server(): TestAssistant;
  chromium(): LaunchedChromium;
}

/** Call inside a describe block; the accessors are valid inside its tests. */
export function useBrowserSuite(): BrowserSuite {
  let assistant: TestAssistant | undefined;
  let browser: LaunchedChromium | undefined;
  beforeAll(async () => {
    // Each is kept as soon as it starts, so afterAll closes it even if the other failed.
    await Promise.all([startTestAssistant().then((started) => (assistant = started)), launchChromium().then((launched) => (browser = launched))]);
    // Fail with the locator that hung, well before vitest's own timeout.
    browser!.context.setDefaultTimeout(8_000);
  });
  afterAll(async () => {
    await Promise.allSettled([browser?.close(), assistant?.close()]);
  });
  return { server: () => assistant!, chromium: () => browser! };
}
