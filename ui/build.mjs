// Builds the PWA from ui/ into pb_public/ (or checks that pb_public/ is what
// a build gives). Output names carry content hashes, so the build is
// reproducible byte for byte and hashed assets can be cached forever.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const ui = join(root, 'ui');
const committed = join(root, 'pb_public');
const budgetBytes = 50 * 1024; // critical path, gzipped

async function buildInto(out) {
  await rm(out, { recursive: true, force: true });
  await mkdir(join(out, 'assets'), { recursive: true });
  await cp(join(ui, 'static'), out, { recursive: true });

  const result = await build({
    entryPoints: [join(ui, 'src', 'main.js'), join(ui, 'src', 'app.css')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2020'],
    splitting: true,
    outdir: join(out, 'assets'),
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    metafile: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
  });

  const outputs = Object.entries(result.metafile.outputs);
  const entry = (name) => relative(out, join(root, outputs.find(([, o]) => o.entryPoint?.endsWith(name))[0]));
  const js = entry('main.js');
  const css = entry('app.css');
  const html = (await readFile(join(ui, 'index.html'), 'utf8'))
    .replaceAll('{{js}}', '/' + js)
    .replaceAll('{{css}}', '/' + css);
  await writeFile(join(out, 'index.html'), html);

  // The service worker precaches exactly this build.
  const files = (await list(out)).filter((f) => f !== 'sw.js');
  const version = createHash('sha256').update(files.join('\n') + html).digest('hex').slice(0, 12);
  const sw = join(out, 'sw.js');
  const swSource = await readFile(sw, 'utf8').catch(() => null);
  if (swSource !== null) {
    await writeFile(sw, swSource.replaceAll('{{version}}', version).replaceAll('"{{files}}"', JSON.stringify(files.map((f) => '/' + f))));
  }

  const critical = [html, await readFile(join(out, js)), await readFile(join(out, css))];
  const gzipped = critical.reduce((sum, part) => sum + gzipSync(part, { level: 9 }).length, 0);
  return { gzipped, version };
}

async function list(dir, base = dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await list(path, base)));
    else found.push(relative(base, path));
  }
  return found.sort();
}

async function differences(a, b) {
  const [left, right] = [await list(a), await list(b)];
  const diff = [];
  for (const f of new Set([...left, ...right])) {
    if (!left.includes(f) || !right.includes(f)) diff.push(`${f}: only in ${left.includes(f) ? 'the build' : 'pb_public'}`);
    else if (!(await readFile(join(a, f))).equals(await readFile(join(b, f)))) diff.push(`${f}: differs`);
  }
  return diff;
}

const check = process.argv.includes('--check');
const out = check ? await mkdtemp(join(tmpdir(), 'mitwirken-build-')) : committed;
const { gzipped } = await buildInto(out);
console.log(`critical path: ${(gzipped / 1024).toFixed(1)} KB gzipped (budget ${budgetBytes / 1024} KB)`);
if (gzipped > budgetBytes) {
  console.error('the critical path is over budget');
  process.exit(1);
}
if (check) {
  const diff = await differences(out, committed);
  await rm(out, { recursive: true, force: true });
  if (diff.length) {
    console.error('pb_public/ is not the build of ui/ (run `npm run build` and commit):\n  ' + diff.join('\n  '));
    process.exit(1);
  }
  console.log('pb_public/ matches the build of ui/');
}
