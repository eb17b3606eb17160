// Builds the PWA from ui/ into pb_public/ (or checks that pb_public/ is what
// a build gives). Output names carry content hashes, so the build is
// reproducible byte for byte and hashed assets can be cached forever.
// index.html and sw.js keep their names: the server sends them with
// no-cache, so a new version is noticed; sw.js gets the build version and
// its precache list injected.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { REGIONS_URL } from './src/regions-url.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const ui = join(root, 'ui');
const committed = join(root, 'pb_public');
const budgetBytes = 50 * 1024; // critical path, gzipped

/**
 * The table of mutation kinds, read from docs/sync.md, where
 * `go test ./hooks/sync -update` writes it from hooks/sync/kinds.go: one
 * generated file serves the docs and the PWA, so a new kind changes no other.
 * Returns [{ type, collection, op, owners }].
 */
export async function mutationKinds() {
  const doc = await readFile(join(root, 'docs', 'sync.md'), 'utf8');
  const table = doc.split('<!-- mutation kinds: generated from hooks/sync/kinds.go -->\n')[1]?.split('<!-- end of mutation kinds -->')[0];
  if (!table) throw new Error('docs/sync.md: the generated table of mutation kinds is missing');
  const names = (cell) => [...cell.matchAll(/`([^`]+)`/g)].map(([, name]) => name);
  return table.trim().split('\n').slice(2).map((row) => {
    const [type, collection, op, owners] = row.split(' | ').map((cell) => cell.replace(/^\|\s*/, '').trim());
    return { type: names(type)[0], collection: names(collection)[0], op, owners: names(owners) };
  });
}

/** Lets ui/src import the kinds from docs/sync.md (ui/src/mutation-kinds.js). */
const mutationKindsFromDocs = {
  name: 'mutation-kinds',
  setup(b) {
    b.onLoad({ filter: /docs[\\/]sync\.md$/ }, async () => ({ contents: JSON.stringify({ kinds: await mutationKinds() }), loader: 'json' }));
  },
};

const common = {
  bundle: true,
  minify: true,
  target: ['es2020'],
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  plugins: [mutationKindsFromDocs],
};

/** Builds into out; returns the critical path's files and gzipped size. */
export async function buildInto(out) {
  await rm(out, { recursive: true, force: true });
  await mkdir(join(out, 'assets'), { recursive: true });
  await cp(join(ui, 'static'), out, { recursive: true });

  const result = await build({
    ...common,
    entryPoints: [join(ui, 'src', 'main.js'), join(ui, 'src', 'app.css')],
    format: 'esm',
    splitting: true,
    outdir: join(out, 'assets'),
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    metafile: true,
  });

  // A classic deferred script, run before main.js, for the request a first
  // visit needs (not inline: the Content-Security-Policy forbids that).
  const early = await build({
    ...common,
    entryPoints: [join(ui, 'src', 'early.js')],
    format: 'iife',
    outdir: join(out, 'assets'),
    entryNames: '[name]-[hash]',
    metafile: true,
  });
  const earlyJs = Object.keys(early.metafile.outputs)[0];

  const outputs = result.metafile.outputs;
  const asset = (path) => relative(out, join(root, path));
  const entry = (name) => Object.keys(outputs).find((path) => outputs[path].entryPoint?.endsWith(name));
  const js = entry('main.js');
  const css = entry('app.css');
  // Chunks that main.js imports statically are on the critical path too;
  // they are preloaded so that they do not wait for main.js to parse.
  const staticChunks = [];
  const visit = (path) => {
    for (const imported of outputs[path].imports) {
      if (imported.kind !== 'import-statement' || staticChunks.includes(imported.path)) continue;
      staticChunks.push(imported.path);
      visit(imported.path);
    }
  };
  visit(js);
  // The stylesheet goes into the page (ui/index.html) and is no file of its own.
  const style = (await readFile(join(root, css), 'utf8')).trim();
  await rm(join(root, css));
  const preload = staticChunks.map((path) => `<link rel="modulepreload" href="/${asset(path)}">\n`).join('');
  const html = (await readFile(join(ui, 'index.html'), 'utf8'))
    .replaceAll('{{js}}', '/' + asset(js))
    .replace('{{style}}', () => style)
    .replaceAll('{{early}}', '/' + asset(earlyJs))
    .replaceAll('{{regions}}', REGIONS_URL.replaceAll('&', '&amp;'))
    .replaceAll('{{preload}}', preload)
    .replace(/<!--[\s\S]*?-->\n/g, ''); // comments are for the source; every first visit downloads the page
  await writeFile(join(out, 'index.html'), html);

  // The service worker precaches exactly this build; its version changes
  // with any file's name or content, which makes the browser offer the update.
  const files = await list(out);
  const hash = createHash('sha256');
  for (const file of files) hash.update(file + '\0').update(await readFile(join(out, file))).update('\0');
  const version = hash.digest('hex').slice(0, 12);
  const precache = files.map((f) => (f === 'index.html' ? '/' : '/' + f));
  await build({
    ...common,
    entryPoints: [join(ui, 'src', 'sw.js')],
    format: 'iife',
    outfile: join(out, 'sw.js'),
    define: { __VERSION__: JSON.stringify(version), __PRECACHE__: JSON.stringify(precache) },
  });

  const critical = ['index.html', asset(earlyJs), asset(js), ...staticChunks.map(asset)];
  let gzipped = 0;
  for (const file of critical) gzipped += gzipSync(await readFile(join(out, file)), { level: 9 }).length;
  return { critical, gzipped, version };
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

// The mutation types the PWA names: those it queues, compares or switches on.
const typeUses = [/\bqueue\(\s*'([^']+)'/g, /\.type\s*[!=]==?\s*'([a-z_]+\.[a-z_]+)'/g, /\bcase\s+'([a-z_]+\.[a-z_]+)'/g, /^\s*'([a-z_]+\.[a-z_]+)':\s*\{/gm];

/**
 * Checks the PWA against the server's table of mutation kinds (docs/sync.md):
 * every type it names is a kind, and every kind has an action that queues it.
 * Returns the problems found.
 */
export async function mutationKindDrift() {
  const kinds = await mutationKinds();
  const known = new Set(kinds.map((kind) => kind.type));
  const queued = new Set();
  const problems = [];
  for (const file of await list(join(ui, 'src'))) {
    if (!file.endsWith('.js') || file.startsWith('i18n/')) continue;
    const source = await readFile(join(ui, 'src', file), 'utf8');
    for (const [i, pattern] of typeUses.entries()) {
      for (const [, type] of source.matchAll(pattern)) {
        if (!known.has(type)) problems.push(`ui/src/${file} names the mutation type ${type}, which hooks/sync/kinds.go does not have`);
        if (i === 0) queued.add(type);
      }
    }
  }
  for (const type of known) if (!queued.has(type)) problems.push(`no action in ui/src queues the mutation type ${type} of hooks/sync/kinds.go`);
  return problems;
}

async function main() {
  const check = process.argv.includes('--check');
  const drift = await mutationKindDrift();
  if (drift.length) {
    console.error('the PWA and the table of mutation kinds disagree:\n  ' + drift.join('\n  '));
    process.exit(1);
  }
  const out = check ? await mkdtemp(join(tmpdir(), 'mitwirken-build-')) : committed;
  const { critical, gzipped } = await buildInto(out);
  console.log(`critical path: ${(gzipped / 1024).toFixed(1)} KB gzipped (budget ${budgetBytes / 1024} KB): ${critical.join(', ')}`);
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
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
