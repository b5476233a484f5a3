#!/usr/bin/env node
// Throughput of Microsoft Recognizers-Text's French datetime model (npm package
// @microsoft/recognizers-text-date-time, pinned in package.json) on a list of texts.
//
// Usage:
//   npm ci --prefix benchmarks/peers            # once; installs into benchmarks/peers/node_modules
//   node benchmarks/peers/recognizers_datetime.js TEXTS.json [--repeat N] [--warmup K]
//
// TEXTS.json is a JSON array of strings. Each text goes through
// recognizeDateTime(text, Culture.French, DateTimeOptions.None, 2021-04-05) once per pass.
// Before timing, the first K texts (default 5) are recognised once: that builds the French
// model, which the library caches in a static map, so timed calls pay for recognition only.
// With --repeat N (default 1) the whole list is timed N times and the fastest pass is kept.
//
// Prints one JSON line: {"chars": N, "seconds": S, "matches": M, ...} where chars counts Unicode
// code points (as Python's len() does), seconds is the wall time of the fastest pass and matches
// is the number of datetime results in that pass.
"use strict";

const fs = require("fs");
const path = require("path");
const {
  recognizeDateTime,
  Culture,
  DateTimeOptions,
} = require("@microsoft/recognizers-text-date-time");

const REFERENCE_DATE = new Date(2021, 3, 5); // 2021-04-05, local midnight (months are 0-based)

function parseArgs(argv) {
  const args = { file: null, repeat: 1, warmup: 5 };
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--repeat") args.repeat = parseInt(argv[++i], 10);
    else if (a === "--warmup") args.warmup = parseInt(argv[++i], 10);
    else if (a === "-h" || a === "--help") args.help = true;
    else if (args.file === null) args.file = a;
    else throw new Error(`unexpected argument ${a}`);
  }
  if (!(args.repeat >= 1) || !(args.warmup >= 0)) {
    throw new Error("--repeat must be >= 1, --warmup >= 0");
  }
  return args;
}

function recognizeAll(texts) {
  let matches = 0;
  for (const text of texts) {
    matches += recognizeDateTime(text, Culture.French, DateTimeOptions.None, REFERENCE_DATE).length;
  }
  return matches;
}

function main() {
  const args = parseArgs(process.argv);
  if (args.help || args.file === null) {
    process.stderr.write(
      "usage: node recognizers_datetime.js TEXTS.json [--repeat N] [--warmup K]\n");
    process.exit(args.help ? 0 : 2);
  }
  const texts = JSON.parse(fs.readFileSync(args.file, "utf8"));
  if (!Array.isArray(texts) || !texts.every((t) => typeof t === "string")) {
    throw new Error(`${args.file}: expected a JSON array of strings`);
  }
  const chars = texts.reduce((n, t) => n + Array.from(t).length, 0);

  recognizeAll(texts.slice(0, args.warmup)); // builds and caches the French model

  let best = Infinity;
  let matches = 0;
  for (let r = 0; r < args.repeat; r++) {
    const t0 = process.hrtime.bigint();
    const m = recognizeAll(texts);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (seconds < best) {
      best = seconds;
      matches = m;
    }
  }

  const pkg = require(path.join(
    path.dirname(require.resolve("@microsoft/recognizers-text-date-time")), "..", "package.json"));
  process.stdout.write(JSON.stringify({
    chars,
    seconds: best,
    matches,
    texts: texts.length,
    repeat: args.repeat,
    package: `${pkg.name}@${pkg.version}`,
    node: process.version,
    reference_date: "2021-04-05",
  }) + "\n");
}

main();
