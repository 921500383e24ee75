import { describe, expect, it } from 'vitest';
import type { WorkbenchBridge } from '../../src/shared/ipc-contract.ts';
import { ExportState } from '../../src/renderer/src/lib/export-state.svelte.ts';
import { defaultSettings } from '../../src/shared/settings.ts';
import { deferred } from './helpers.ts';


function fakeApi(overrides: Partial<WorkbenchBridge>): WorkbenchBridge {
  const base: Partial<WorkbenchBridge> = {
    getSettings: async () => ({ ...defaultSettings(), reviewer: 'ana' }),
    previewExport: async () => '# preview',
    previewExportPart: async () => ({ text: '# preview', total: 9 }),
  };
  return { ...base, ...overrides } as WorkbenchBridge;
}

describe('export dialog state', () => {
  it('keeps a refused web address on screen when an earlier settings save finishes later', async () => {
    const slowSave = deferred();
    const api = fakeApi({
      saveSettings: async (s) => {
        await slowSave.promise;
        return s;
      },
      setDocumentUrl: async () => {
        throw new Error('Only http and https links can be saved.');
      },
    });
    const state = new ExportState(api, 'doc-1', null);
    await state.load();
    const settingSaved = state.setSetting('organisation', 'Coast Checks');
    await state.setUrl('javascript:alert(1)');
    expect(state.error).toContain('Only http and https links');
    slowSave.resolve();
    await settingSaved;
    expect(state.error).toContain('Only http and https links');
    expect(state.settings.organisation).toBe('Coast Checks');
  });

  it('clears a refusal once the same field is fixed, and shows a failed settings save beside it', async () => {
    let refuseUrl = true;
    const api = fakeApi({
      saveSettings: async () => {
        throw new Error('The settings file could not be written.');
      },
      setDocumentUrl: async () => {
        if (refuseUrl) throw new Error('Only http and https links can be saved.');
        return null as never;
      },
    });
    const state = new ExportState(api, 'doc-1', null);
    await state.load();
    await state.setUrl('ftp://x');
    await state.setSetting('reviewer', 'Ana');
    expect(state.error).toContain('Only http and https links');
    expect(state.error).toContain('could not be written');
    expect(state.settings.reviewer).toBe('ana');
    refuseUrl = false;
    await state.setUrl('https://news.example.com/a');
    expect(state.error).not.toContain('Only http');
    expect(state.error).toContain('could not be written');
    expect(state.url).toBe('https://news.example.com/a');
  });
});
