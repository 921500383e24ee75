import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/shared/decode-text.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('decodes UTF-8 with and without BOM', () => {
    expect(decodeText(bytes('Café'), 'a.txt')).toBe('Café');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Hi')]), 'a.txt')).toBe('Hi');
  });

  it('refuses empty, binary and invalid files by name', () => {
    expect(() => decodeText(new Uint8Array(), 'empty.txt')).toThrow(/empty\.txt.*empty/);
    expect(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]), 'photo.txt')).toThrow(/photo\.txt.*not a text file/);
    expect(() => decodeText(new Uint8Array([0x48, 0x69, 0xff, 0xfe, 0x41]), 'latin.txt')).toThrow(/latin\.txt.*not valid UTF-8/);
    expect(() => decodeText(bytes('  \n\n '), 'blank.txt')).toThrow(/blank\.txt/);
  });
});
