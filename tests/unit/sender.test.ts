import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../src/main/ipc/sender.ts';

const app = { url: 'file:///opt/Factcheck/resources/app.asar/out/renderer/index.html', isMainFrame: true, fromWorkbenchWindow: true };

describe('isTrustedSender', () => {
  it("answers the workbench window's own page", () => {
    expect(isTrustedSender(app, undefined)).toBe(true);
    expect(isTrustedSender({ ...app, url: 'http://localhost:5173/' }, 'http://localhost:5173')).toBe(true);
  });

  it.each([
    ['an iframe', { ...app, isMainFrame: false }],
    ['another window', { ...app, fromWorkbenchWindow: false }],
    ['a frame that is gone', { ...app, url: undefined }],
    ['a web page', { ...app, url: 'https://evil.example/index.html' }],
    ['another local file', { ...app, url: 'file:///home/user/Downloads/page.html' }],
    ['a data URL', { ...app, url: 'data:text/html,<script>x</script>' }],
    ['garbage', { ...app, url: 'not a url' }],
  ])('refuses %s', (_what, frame) => {
    expect(isTrustedSender(frame, undefined)).toBe(false);
  });

  it('in development, only the dev server origin', () => {
    expect(isTrustedSender({ ...app, url: 'http://localhost:5174/' }, 'http://localhost:5173')).toBe(false);
    expect(isTrustedSender(app, 'http://localhost:5173')).toBe(false);
  });
});
