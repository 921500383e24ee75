import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/factcheck.ts';
import { tempDir } from './helpers.ts';

const COMMANDS = ['__proto__', 'constructor', 'toString', 'import', 'list', 'mark', 'report', 'search', 'restore', 'extract', 'help', 'nonsense', ''];
const FLAGS = ['--document', '--claim', '--status', '--note', '--format', '--out', '--url', '--json', '--limit', '--from', '--to', '--no-unreviewed', '--dismissed', '--article', '--help', '-h', '--', '--unknown', '-x'];
const VALUES = ['', ' ', '1', '0', '-1', '0x2', '1e0', '99999999999', 'verified', 'Bogus', 'md', 'claimreview', 'x'.repeat(5000), '../../etc/passwd', '/dev/zero', '/', 'seeds/biden-ukraine-strikes.txt', 'javascript:alert(1)', 'https://example.org/a', '\u001b[2J', '\u0000', 'ünïcödé', '2026-13-45', 'null', '{}', '__proto__'];

let previous: string | undefined;
beforeAll(async () => {
  previous = process.env.FACTCHECK_DATA_DIR;
  process.env.FACTCHECK_DATA_DIR = await tempDir('cli-fuzz');
});
afterAll(() => {
  if (previous === undefined) delete process.env.FACTCHECK_DATA_DIR;
  else process.env.FACTCHECK_DATA_DIR = previous;
});

describe('fuzzing the CLI arguments of every command', () => {
  it('answers every call with 0, 1 or 2 and a message, never a stack trace', { timeout: 300_000 }, async () => {
    const args = fc.tuple(fc.constantFrom(...COMMANDS), fc.array(fc.oneof(fc.constantFrom(...FLAGS), fc.constantFrom(...VALUES), fc.string({ maxLength: 12 })), { maxLength: 7 }));
    await fc.assert(
      fc.asyncProperty(args, async ([command, rest]) => {
        let out = '';
        let err = '';
        const code = await main(command === '' ? rest : [command, ...rest], { out: (s) => (out += s), err: (s) => (err += s) });
        expect([0, 1, 2]).toContain(code);
        if (code !== 0) expect(err.length).toBeGreaterThan(0);
        expect(`${out}${err}`).not.toMatch(/\n\s+at |TypeError|ReferenceError|RangeError|Unexpected error|\[object Object\]|undefined is not/);
        // eslint-disable-next-line no-control-regex -- control characters are what is looked for
        expect(err).not.toMatch(/[\u0000\u001b]/);
      }),
      { numRuns: 150 },
    );
  });
});
