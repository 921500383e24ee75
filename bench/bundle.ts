import { build } from 'esbuild';

/**
 * Bundles a TypeScript entry into one ES module for Node, with its own `require` for the CommonJS packages
 * it carries. The banner's import is renamed: sources that import createRequire themselves keep their name.
 */
export async function bundleForNode(entry: string, outfile: string): Promise<void> {
  const banner = { js: "import { createRequire as bundleCreateRequire } from 'module'; const require = bundleCreateRequire(import.meta.url);" };
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'silent', banner, external: ['node-sqlite3-wasm'] });
}
