import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** esbuild's account of the built command (out/cli/meta.json, written by scripts/build-cli.mjs). */
interface Meta {
  outputs: Record<string, { entryPoint?: string; inputs: Record<string, unknown>; imports: Array<{ path: string; kind: string; external?: boolean }> }>;
}

const meta = JSON.parse(readFileSync('out/cli/meta.json', 'utf8')) as Meta;

/** The sources and packages a process loads from the output files holding `source` (or the entry), before any import() runs. */
function loadedWith(start: (output: string) => boolean): { sources: string[]; packages: string[] } {
  const stack = Object.keys(meta.outputs).filter(start);
  expect(stack.length).toBeGreaterThan(0);
  const seen = new Set<string>();
  const packages = new Set<string>();
  while (stack.length) {
    const out = stack.pop()!;
    if (seen.has(out)) continue;
    seen.add(out);
    for (const i of meta.outputs[out]!.imports) {
      if (i.kind !== 'import-statement') continue;
      if (i.external) packages.add(i.path);
      else stack.push(i.path);
    }
  }
  return { sources: [...seen].flatMap((o) => Object.keys(meta.outputs[o]!.inputs)), packages: [...packages] };
}

/** The extractor and article readers, the search index and the report writers (word lists and option names are small). */
const HEAVY_SOURCES = /src\/shared\/extract\/(?!lists\/)|src\/main\/import\/|src\/main\/search\/search-index|src\/shared\/report\/(?!report-options)/;
const HEAVY_PACKAGES = /^(compromise|flexsearch|minisearch|pg|htmlparser2|linkedom|@mozilla\/readability|marked|proper-lockfile)(\/|$)/;

describe('the factcheck command loads only what a command runs', () => {
  it('starts (help, usage) without the library, the extractor, search, reports or pg', () => {
    const { sources, packages } = loadedWith((o) => meta.outputs[o]!.entryPoint === 'src/cli/run.ts');
    expect(sources.filter((s) => HEAVY_SOURCES.test(s) || /src\/main\/(store|owner)\/|workbench-service/.test(s))).toEqual([]);
    expect(packages.filter((p) => HEAVY_PACKAGES.test(p) || p === 'lowdb')).toEqual([]);
  });

  it('opens the library to list or mark without the extractor, search, reports or pg', () => {
    const { sources, packages } = loadedWith((o) => Object.keys(meta.outputs[o]!.inputs).includes('src/main/service/workbench-service.ts'));
    expect(sources).toContain('src/main/store/library-store.ts');
    expect(sources.filter((s) => HEAVY_SOURCES.test(s))).toEqual([]);
    expect(packages.filter((p) => HEAVY_PACKAGES.test(p))).toEqual([]);
  });
});
