// Shared harness of the browser tests: a real Mitwirken server with demo data
// on 127.0.0.1, and Debian's chromium driven by playwright-core.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Starts the server on a fresh data directory; returns { url, stop }. */
export async function startServer({ demo = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'mitwirken-browser-'));
  const binary = join(dir, 'mitwirken');
  execFileSync('go', ['build', '-o', binary, '.'], { cwd: root, stdio: 'inherit' });
  const port = await freePort();
  const args = ['serve', `--http=127.0.0.1:${port}`, `--dir=${join(dir, 'pb_data')}`];
  if (demo) args.push('--demo');
  const proc = spawn(binary, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const res = await fetch(url + '/api/health');
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || proc.exitCode !== null) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    async stop() {
      proc.kill('SIGTERM');
      await new Promise((r) => proc.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Launches Debian's chromium headless, without any traffic beyond localhost. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/**
 * Starts a server (see startServer) and the browser before a test file's
 * tests, then runs setup(env) for the file's own fixtures, and stops both
 * after the tests. Returns env, { server, browser }, filled in by then.
 * One hook does it all: node:test does not wait for one top-level before
 * hook to finish before it starts the next.
 */
export function serverAndBrowser({ setup, ...options } = {}) {
  const env = {};
  before(async () => {
    env.server = await startServer(options);
    env.browser = await launchBrowser();
    await setup?.(env);
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
}
