import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { API_METHODS } from '../../src/shared/ipc-contract.ts';
import { dispatch } from '../../src/main/ipc/dispatch.ts';
import { createHandlers, type Dialogs } from '../../src/main/ipc/handlers.ts';
import { WorkbenchService, type ServiceOptions } from '../../src/main/service/workbench-service.ts';

/** Results at least this long (in characters of JSON) cross the bridge deflated. */
const DEFLATE_FROM = 256 * 1024;

/** The built renderer, as electron-vite writes it. */
export const RENDERER_DIR = resolve('out/renderer');

/** The origin the built renderer is served from inside the test browser (no network is involved). */
export const APP_ORIGIN = 'http://workbench.test';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** What a test gets back: the real service behind the page, and the menu trigger main would use. */
export interface BridgedApp {
  service: WorkbenchService;
  /** Sends a menu command to the renderer, as the application menu does. */
  menu(command: string): Promise<void>;
  /** Closes the window and lets the library go, as quitting the app does (its background writes land first). */
  quit(): Promise<void>;
}

/**
 * Opens the built renderer in `page` with `window.api` bridged to the real main-side service over a real
 * store: every call goes through the same contract validation and dispatch as Electron's IPC. A reviewer is
 * named first, as after a first start; with `reviewer: null` the app asks for one, as on a first start.
 */
export async function openApp(page: Page, options: ServiceOptions, dialogs: Dialogs, { reviewer = 'Test Reviewer' }: { reviewer?: string | null } = {}): Promise<BridgedApp> {
  // Progress reaches the page as the app's main process sends it to the window.
  const onImportProgress = (p: unknown): void => void page.evaluate((v) => (window as unknown as { __workbenchProgress(v: unknown): void }).__workbenchProgress(v), p).catch(() => undefined);
  const service = await WorkbenchService.start({ onImportProgress, ...options });
  // A library whose settings cannot be read or written opens without (the app says why at its top).
  const settings = await service.getSettings().catch(() => null);
  if (reviewer && settings && !settings.reviewer) await service.saveSettings({ ...settings, reviewer }).catch(() => undefined);
  const handlers = createHandlers(service, dialogs);
  // Results cross as one JSON string: Playwright's per-value serializer is far slower than Electron's
  // structured clone on large documents, and would make the bridge, not the app, the thing measured. For the
  // same reason a large result crosses deflated: Playwright's channel carries about 7 MB a second (a
  // 2,218-claim document took 260 ms to cross, where the app's own work to show it takes under 100 ms).
  await page.exposeBinding('__workbenchInvoke', async (_source, method: unknown, args: unknown) => {
    const json = JSON.stringify(await dispatch(handlers, method, args));
    return json.length < DEFLATE_FROM ? json : { deflated: deflateRawSync(json, { level: 1 }).toString('base64') };
  });
  await page.addInitScript((methods: readonly string[]) => {
    type Result = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };
    const w = window as unknown as Record<string, unknown> & { __workbenchInvoke(m: string, a: unknown[]): Promise<string | { deflated: string }> };
    const listeners = new Set<(c: string) => void>();
    const progressListeners = new Set<(p: unknown) => void>();
    const api: Record<string, unknown> = {
      onMenuCommand(listener: (c: string) => void) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      onImportProgress(listener: (p: unknown) => void) {
        progressListeners.add(listener);
        return () => progressListeners.delete(listener);
      },
    };
    for (const m of methods) {
      // As the preload does: each verb resolves to its result as data, and the renderer unwraps it.
      api[m] = async (...args: unknown[]) => {
        const out = await w.__workbenchInvoke(m, args);
        if (typeof out === 'string') return JSON.parse(out) as Result;
        const bytes = Uint8Array.from(atob(out.deflated), (c) => c.charCodeAt(0));
        const text = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text();
        return JSON.parse(text) as Result;
      };
    }
    w.api = api;
    w.__workbenchMenu = (c: string) => listeners.forEach((l) => l(c));
    w.__workbenchProgress = (p: unknown) => progressListeners.forEach((l) => l(p));
  }, API_METHODS);
  await page.route(`${APP_ORIGIN}/**`, async (route) => {
    const path = normalize(decodeURIComponent(new URL(route.request().url()).pathname)).replace(/^\/+/, '');
    const file = join(RENDERER_DIR, path || 'index.html');
    if (!file.startsWith(RENDERER_DIR)) return route.fulfill({ status: 403 });
    try {
      await route.fulfill({ body: await readFile(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
    } catch {
      await route.fulfill({ status: 404 });
    }
  });
  await page.goto(`${APP_ORIGIN}/index.html`);
  return {
    service,
    menu: (command) => page.evaluate((c) => (window as unknown as { __workbenchMenu(c: string): void }).__workbenchMenu(c), command),
    // Why: a service left running folds its journal into the file later; a restart test must not race it.
    quit: async () => {
      await page.close();
      await service.flush();
    },
  };
}
