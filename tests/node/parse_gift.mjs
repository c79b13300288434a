// Parse a GIFT file with gift-pegjs (a third-party parser) and print the questions as JSON.
// Used by tests/test_export_gift.py: node parse_gift.mjs FILE.gift
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { parse } = require("gift-pegjs");

const text = readFileSync(process.argv[2], "utf8");
try {
  process.stdout.write(JSON.stringify(parse(text)));
} catch (err) {
  const where = err.location ? ` at line ${err.location.start.line}` : "";
  process.stderr.write(`gift-pegjs: ${err.message}${where}\n`);
  process.exit(1);
}
