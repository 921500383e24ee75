import { describe, expect, it } from 'vitest';
import { findAttribution } from '../../src/shared/extract/attribution.ts';
import { ATTRIBUTION_RULES } from '../../src/shared/extract/rules/index.ts';

describe('each attribution rule finds the source of the sentences written beside it', () => {
  it('has every rule named once and given at least one example', () => {
    const names = ATTRIBUTION_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of ATTRIBUTION_RULES) expect(rule.examples.length, rule.name).toBeGreaterThan(0);
  });

  for (const rule of ATTRIBUTION_RULES) {
    it.each(rule.examples.map((e) => [e.text, e]))(`${rule.name}: %s`, (_, example) => {
      const found = findAttribution(example.text, example.kind ?? 'sentence');
      expect({ rule: found?.rule, source: found?.source }).toEqual({ rule: rule.name, source: example.source });
    });
  }
});
