/** The Node logger: personal data masked in every field, and no argument shape makes it throw. */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createNodeLogger } from '../../../src/adapter/node/server';

function captured() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      callback();
    },
  });
  return { logger: createNodeLogger('info', destination), lines, records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

const SECRETS = ['001203004567', '0912 345 678', 'an.nguyen@example.com', '0987654321'];

describe('createNodeLogger', () => {
  it('masks CCCD, phone and e-mail in the message, in string fields and in nested arrays and objects', () => {
    const { logger, lines, records } = captured();
    logger.info({ question: 'CCCD 001203004567, gọi 0912 345 678', nested: { contacts: ['an.nguyen@example.com', { phone: '0987654321' }] } }, 'hỏi: an.nguyen@example.com');
    logger.warn({ error: new Error('could not reach 0912 345 678') }, 'warn');
    logger.error({ detail: 'CMND 001203004567' }, 'error');
    expect(lines).toHaveLength(3);
    for (const secret of SECRETS) expect(lines.join('\n')).not.toContain(secret);
    const [info, warn] = records();
    expect(info!.question).toBe('CCCD [số CCCD/CMND đã ẩn], gọi [số điện thoại đã ẩn]');
    expect(info!.msg).toBe('hỏi: [email đã ẩn]');
    expect(warn!.error).toBe('Error: could not reach [số điện thoại đã ẩn]');
  });

  it('keeps numbers (timestamps included) and ids, and never throws on a long number (it used to, masking the JSON text)', () => {
    const { logger, records } = captured();
    expect(() => logger.info({ chunks: 1874, ms: 12.5, at: 1795450368471, dense: false, none: null, requestId: 'Xk0912345678aQ' }, 'index loaded')).not.toThrow();
    const [record] = records();
    expect(record).toMatchObject({ chunks: 1874, ms: 12.5, at: 1795450368471, dense: false, none: null, requestId: 'Xk0912345678aQ', msg: 'index loaded' });
  });

  it('writes nothing below its level', () => {
    const lines: string[] = [];
    const logger = createNodeLogger('warn', new Writable({ write: (chunk, _encoding, callback) => (lines.push(String(chunk)), callback()) }));
    logger.info({ question: 'x' }, 'quiet');
    logger.warn({}, 'loud');
    expect(lines).toHaveLength(1);
  });
});
