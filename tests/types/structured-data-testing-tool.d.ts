// The package ships no types: these cover what the tests use.
declare module 'structured-data-testing-tool' {
  /** One check the tool ran: a JMESPath-like path into the structured data found. */
  export interface SdttTest {
    test: string;
    description?: string;
    group?: string;
    expect?: unknown;
    warning?: boolean;
    error?: { message: string };
  }
  /** What a run found and how each test went. */
  export interface SdttResult {
    passed: SdttTest[];
    failed: SdttTest[];
    warnings: SdttTest[];
    structuredData: { jsonld: Record<string, unknown[]> };
  }
  /** A named set of tests. */
  export interface SdttPreset {
    name: string;
    description?: string;
    schema?: string;
    conditional?: { test: string };
    tests?: SdttTest[];
    presets?: SdttPreset[];
  }
  /** Tests HTML (or a URL); rejects with `{ res }` when any test failed. */
  export function structuredDataTest(input: string | Buffer, options: { presets?: SdttPreset[]; schemas?: string[]; tests?: SdttTest[]; auto?: boolean }): Promise<SdttResult>;
}
declare module 'structured-data-testing-tool/presets.js' {
  import type { SdttPreset } from 'structured-data-testing-tool';
  const presets: { Google: SdttPreset; Twitter: SdttPreset; Facebook: SdttPreset; SocialMedia: SdttPreset };
  export default presets;
}
