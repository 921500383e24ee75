import { writeFile } from 'node:fs/promises';
import { WorkbenchError } from '../../shared/errors.ts';
import { describeFsError } from './fs-errors.ts';

/** Writes an export where the user asked (the save dialog's path, or the CLI's --out), with a message on failure. */
export async function writeExportFile(path: string, text: string): Promise<string> {
  try {
    await writeFile(path, text, 'utf8');
  } catch (err) {
    throw new WorkbenchError('io', `The export could not be written to ${path}: ${describeFsError(err)}.`);
  }
  return path;
}

/** Where a Markdown report's sourcing chart is saved: beside it, "report.md" → "report-sourcing.svg". */
export function chartPathFor(reportPath: string): string {
  return `${reportPath.replace(/\.(?:md|markdown)$/i, '')}-sourcing.svg`;
}
