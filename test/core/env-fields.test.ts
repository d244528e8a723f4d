/** Environment fields shared by the Node and Workers schemas: TRUST_PROXY as a number of proxies, old on/off spellings kept. */
import { describe, expect, it } from 'vitest';
import { readNodeSettings } from '../../src/adapter/node/config';
import { proxyHops } from '../../src/core/env-fields';

describe('proxyHops (TRUST_PROXY)', () => {
  it.each([
    [undefined, 0],
    ['', 0],
    ['0', 0],
    ['false', 0],
    ['no', 0],
    ['1', 1],
    ['true', 1],
    ['yes', 1],
    [' 2 ', 2],
    ['3', 3],
  ])('%j → %i proxies', (value, expected) => {
    expect(proxyHops.parse(value)).toBe(expected);
  });

  it.each(['-1', 'nginx', '1.5', '100'])('refuses %j with a message naming the variable', (value) => {
    const parsed = proxyHops.safeParse(value);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain('TRUST_PROXY');
  });
});

describe('Node settings for the live index and shared rate limits', () => {
  it('defaults to SQLite-backed rate limits and a two-second pointer poll', () => {
    const settings = readNodeSettings({ ROOT_DIR: '/srv/tro-ly' });
    expect(settings.RATE_LIMIT_STORE).toBe('sqlite');
    expect(settings.INDEX_POLL_SECONDS).toBe(2);
    expect(settings.TRUST_PROXY).toBe(0);
  });

  it('reads memory limits, a poll interval and two proxies; refuses an unknown store', () => {
    const settings = readNodeSettings({ ROOT_DIR: '/srv/tro-ly', RATE_LIMIT_STORE: 'memory', INDEX_POLL_SECONDS: '0', TRUST_PROXY: '2' });
    expect([settings.RATE_LIMIT_STORE, settings.INDEX_POLL_SECONDS, settings.TRUST_PROXY]).toEqual(['memory', 0, 2]);
    expect(() => readNodeSettings({ RATE_LIMIT_STORE: 'redis' })).toThrow(/RATE_LIMIT_STORE/);
  });
});
