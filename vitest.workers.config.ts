/** Tests inside workerd (Cloudflare's runtime) with local D1 and KV: `npm run test:workers`. */
import path from 'node:path';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

export default defineConfig(async () => {
  const migrations = await readD1Migrations(path.resolve('migrations'));
  return {
    plugins: [
      cloudflareTest({
        main: './src/adapter/workers/index.ts',
        wrangler: { configPath: './test/workers/wrangler.toml' },
        miniflare: { bindings: { TEST_MIGRATIONS: migrations } },
      }),
    ],
    test: {
      include: ['test/workers/**/*.test.ts'],
      globalSetup: ['test/workers/global-setup.ts'],
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  };
});
