// test_report.mjs condenses what test.sh runs into counts and a summary.
//
//   go test -json ./... | node tests/test_report.mjs go <counts.json>
//     prints what plain `go test ./...` prints (the ok/FAIL line of each
//     package, and the output of failing tests only) and writes the counts of
//     passed, failed and skipped tests, with the lines of measured quality (precision@3, ARI), to counts.json.
//   node tests/test_report.mjs summary <counts.json> <browser-output> <seconds>
//     prints the summary; its last line keeps the form "N passed, N failed".
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';

const [mode, countsFile, browserFile, seconds] = process.argv.slice(2);

// figurePrefixes start the lines of measured quality that the Go tests print
// once each: duplicate finding on the tuning and held-out pairs, and themes.
const figurePrefixes = ['similar ideas over', 'themes over'];

async function reportGo() {
  const counts = { pass: 0, fail: 0, skip: 0, figures: [] };
  const buffered = new Map(); // package + test -> its output, shown only when it fails
  for await (const line of createInterface({ input: process.stdin })) {
    let event;
    try {
      event = JSON.parse(line);
    } catch {
      process.stdout.write(line + '\n'); // go vet or build errors come as plain text
      continue;
    }
    const key = `${event.Package} ${event.Test}`;
    if (event.Action === 'build-output') process.stdout.write(event.Output);
    if (event.Action === 'output') {
      if (figurePrefixes.some((p) => event.Output.startsWith(p))) counts.figures.push(event.Output.trim());
      if (!event.Test) {
        if (event.Output !== 'PASS\n') process.stdout.write(event.Output);
      } else {
        buffered.set(key, (buffered.get(key) ?? '') + event.Output);
      }
    }
    if (!event.Test && event.Action === 'fail') {
      // A panic or a timeout ends the package before its running test ends: show what it printed.
      for (const [k, out] of buffered) if (k.startsWith(`${event.Package} `)) process.stdout.write(out);
    }
    if (event.Test && ['pass', 'fail', 'skip'].includes(event.Action)) {
      counts[event.Action]++;
      if (event.Action === 'fail') process.stdout.write(buffered.get(key) ?? '');
      buffered.delete(key);
    }
  }
  writeFileSync(countsFile, JSON.stringify(counts));
}

function summary() {
  const go = existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8')) : { pass: 0, fail: 0, skip: 0, figures: [] };
  const output = existsSync(browserFile) ? readFileSync(browserFile, 'utf8') : '';
  // node --test prints "# pass N" (TAP, when piped) or "ℹ pass N" (spec, on a terminal).
  const browser = (name) => Number(output.match(new RegExp(`^(?:#|ℹ) ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  const b = { pass: browser('pass'), fail: browser('fail'), skip: browser('skipped') };
  const s = Number(seconds);
  console.log(`go tests: ${go.pass} passed, ${go.fail} failed, ${go.skip} skipped`);
  console.log(output ? `browser tests: ${b.pass} passed, ${b.fail} failed` : 'browser tests: not run');
  for (const figure of go.figures ?? []) console.log(figure);
  console.log(`wall time: ${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`);
  console.log(`summary: ${go.pass + b.pass} passed, ${go.fail + b.fail} failed, ${go.skip + b.skip} skipped`);
}

if (mode === 'go') await reportGo();
else if (mode === 'summary') summary();
else {
  console.error('usage: test_report.mjs go <counts.json> | summary <counts.json> <browser-output> <seconds>');
  process.exit(2);
}
