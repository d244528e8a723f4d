/** Starts Debian's headless Chromium through playwright-core with the team's fixed flags and a fresh profile. */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);
export const artifactsDir = path.resolve('test-results');

if (!hasChromium) console.warn(`[browser tests] skipped: ${chromiumPath} is absent (apt-get install -y chromium)`);

export interface LaunchedChromium {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<LaunchedChromium> {
  const profile = await mkdtemp(path.join(tmpdir(), 'widget-chromium-'));
  await mkdir(artifactsDir, { recursive: true });
  // A persistent context is how playwright takes an explicit --user-data-dir; it is fresh per run.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
