/**
 * Text from articles and notes as it may be printed to a terminal: control characters (escape sequences
 * that could move the cursor, retitle the window or hide text) become visible `\x1b`-style escapes. Tabs
 * and newlines inside a field become spaces, since the plain output uses them to separate fields and lines.
 */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\t\n\r]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** JSON for a terminal or a pipe: JSON.stringify escapes C0 controls but not C1 or bidi overrides; these are escaped too. */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Ends quietly when the reader of standard output goes away (`factcheck list | head -1`): a closed pipe is
 * not an error of the command, and no stack trace should follow it.
 */
export function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
}
