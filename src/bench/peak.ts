/**
 * `node dist/src/bench/peak.js OUT SCRIPT ARGS…`: runs SCRIPT with ARGS as if started alone
 * and writes the process's peak resident memory (MB) to OUT when it exits.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const [out, script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(script), ...args];
process.on('exit', () => writeFileSync(out, String(Math.round(process.resourceUsage().maxRSS / 1024))));
void import(resolve(script));
