import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers.ts';

const run = promisify(execFile);

/** Runs a project script with Node; never throws on a non-zero exit. */
async function script(file: string, args: string[] = [], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [file, ...args], { env, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A loopback port that nothing listens on: connecting to it is refused, as with the network cut off. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('npm start, first step: the Electron runtime', () => {
  it('says in one line why the runtime cannot be had, and exits non-zero, when the download cannot connect', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      // An empty install folder and cache: the runtime is missing, as on a fresh machine.
      ELECTRON_OVERRIDE_DIST_PATH: await tempDir('no-electron'),
      electron_config_cache: await tempDir('no-electron-cache'),
      ELECTRON_MIRROR: `http://127.0.0.1:${await closedPort()}/`,
    };
    const ran = await script('scripts/ensure-electron.mjs', [], env);
    expect(ran.code).not.toBe(0);
    const lines = ran.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^npm start: could not download Electron [\d.]+'s runtime \(.+\)\. Check the network connection/);
    expect(ran.stderr).not.toMatch(/\n\s+at |TypeError|node:internal/);
  });
});

describe('installer configuration', () => {
  it('passes electron-builder\'s own schema and names every target, the icon, the seeds and the CLI', async () => {
    const ran = await script('scripts/check-packaging.mjs');
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('electron-builder.yml is valid');
  });

  it('refuses a configuration that breaks the packager\'s schema, naming the option', async () => {
    const bad = join(await tempDir('packaging'), 'electron-builder.yml');
    await writeFile(bad, (await readFile('electron-builder.yml', 'utf8')).replace('oneClick: false', 'oneClick: sometimes'));
    const ran = await script('scripts/check-packaging.mjs', [bad]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/not a valid electron-builder configuration[\s\S]*oneClick/);
  });

  it('refuses a configuration whose installers would lack the seeds or a target', async () => {
    const bad = join(await tempDir('packaging'), 'electron-builder.yml');
    await writeFile(bad, (await readFile('electron-builder.yml', 'utf8')).replace('    - deb\n', '').replace('to: seeds', 'to: samples'));
    const ran = await script('scripts/check-packaging.mjs', [bad]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain('linux does not build deb');
    expect(ran.stderr).toContain('resources/seeds is not shipped');
  });
});
