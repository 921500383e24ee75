import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/ipc/dispatch.ts';
import { createHandlers } from '../../src/main/ipc/handlers.ts';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { API_METHODS, wrapBridge } from '../../src/shared/ipc-contract.ts';
import { codeOf, WorkbenchError } from '../../src/shared/errors.ts';
import { VALIDATORS } from '../../src/shared/ipc-validate.ts';
import { tempDir } from './helpers.ts';

async function handlers() {
  const svc = await WorkbenchService.start({ dataDir: await tempDir('ipc'), seedsDir: 'seeds' });
  return { svc, h: createHandlers(svc, { chooseReportPath: async () => null, chooseArticleFiles: async () => [] }) };
}

describe('dispatch', () => {
  it('refuses unknown methods and non-list arguments', async () => {
    const { h } = await handlers();
    expect(await dispatch(h, 'deleteEverything', [])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dispatch(h, 'getLibrary', 'x')).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it.each([
    ['getDocument', []],
    ['getDocument', [42]],
    ['getDocument', ['../../etc/passwd']],
    ['getDocument', ['x'.repeat(100_000)]],
    ['editClaim', ['doc', 'c1', { kind: 'status', status: 'approved' }]],
    ['editClaim', ['doc', 'c1']],
    ['editClaim', ['doc', { id: 'c1' }, { kind: 'status', status: 'verified' }]],
    ['editClaim', ['doc', 'c1', { kind: 'delete-everything' }]],
    ['editClaim', ['doc', 'c1', { kind: 'note', note: 42 }]],
    ['editClaim', ['doc', 'c1', { kind: 'note', note: 'x'.repeat(20_001) }]],
    ['editClaim', ['doc', 'c1', { kind: 'add-evidence', url: 'javascript:alert(1)', title: '', excerpt: '' }]],
    ['editClaim', ['doc', 'c1', { kind: 'add-evidence', url: 'data:text/html,<script>1</script>', title: '', excerpt: '' }]],
    ['editClaim', ['doc', 'c1', { kind: 'add-evidence', url: 'file:///etc/passwd', title: '', excerpt: '' }]],
    ['editClaim', ['doc', 'c1', { kind: 'attribution', source: '   ', anonymous: false }]],
    ['editClaim', ['doc', 'c1', { kind: 'dismiss', dismissed: 'yes' }]],
    ['editClaim', ['doc', 'c1', null]],
    ['addClaim', ['doc', 10, 5]],
    ['addClaim', ['doc', -1, 5]],
    ['addClaim', ['doc', 0, 1.5]],
    ['addClaim', ['doc', 0, 10_000]],
    ['importDropped', [[]]],
    ['importDropped', [[{ name: 'a.txt', bytes: 'not bytes' }]]],
    ['importDropped', [Array.from({ length: 51 }, () => ({ name: 'a.txt', bytes: new Uint8Array(1) }))]],
    ['importText', ['   ']],
    ['importText', [42]],
    ['deleteDocument', ['../index']],
    ['restoreDocument', []],
    ['exportReport', [null]],
    ['exportReport', ['doc']],
    ['getLibrary', ['extra']],
  ])('refuses malformed arguments: %s %j', async (method, args) => {
    const { h } = await handlers();
    const r = await dispatch(h, method, args);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('invalid-argument');
  });

  it('answers valid calls for every verb, and unknown ids with not-found', async () => {
    const { h } = await handlers();
    const lib = await dispatch(h, 'getLibrary', []);
    expect(lib.ok).toBe(true);
    const id = lib.ok ? (lib.value as { documents: { id: string }[] }).documents[0]!.id : '';
    expect((await dispatch(h, 'getDocument', [id])).ok).toBe(true);
    expect((await dispatch(h, 'editClaim', [id, 'c2', { kind: 'status', status: 'verified' }])).ok).toBe(true);
    expect((await dispatch(h, 'undo', [id])).ok).toBe(true);
    expect((await dispatch(h, 'redo', [id])).ok).toBe(true);
    expect((await dispatch(h, 'importFiles', [])).ok).toBe(true);
    expect(await dispatch(h, 'exportReport', [id, { format: 'csv', includeUnreviewed: true, includeDismissed: false, includeArticle: false }])).toEqual({ ok: true, value: { saved: false } });
    expect(await dispatch(h, 'previewExport', [id, { format: 'pdf', includeUnreviewed: true, includeDismissed: false, includeArticle: false }])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dispatch(h, 'saveSettings', [{ reviewer: 'A', organisation: 'B', organisationUrl: 'javascript:x' }])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dispatch(h, 'setDocumentUrl', [id, 'file:///etc/passwd'])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dispatch(h, 'getDocument', ['missing-doc'])).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(Object.keys(VALIDATORS).sort()).toEqual([...API_METHODS].sort());
  });
});

describe('errors crossing the bridge', () => {
  it('arrive in the renderer as WorkbenchErrors with their code, whatever the bridge keeps of an Error', async () => {
    const raw = Object.fromEntries(API_METHODS.map((m) => [m, async () => ({ ok: false, error: { code: 'io', message: 'The disk is full.' } })]));
    const api = wrapBridge({ ...raw, onMenuCommand: () => () => undefined, onImportProgress: () => () => undefined } as never);
    const err = await api.editClaim('d', 'c', { kind: 'status', status: 'verified' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbenchError);
    expect(codeOf(err)).toBe('io');
    expect((err as Error).message).toBe('The disk is full.');
    expect(codeOf(new Error('io'))).toBeNull();
  });
});
