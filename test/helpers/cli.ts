import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runCli } from '../../src/cli/main';

const run = promisify(execFile);
/** The built command, as a clerk runs it (npm test builds it first). */
export const CCHC = join(__dirname, '../../bin/cchc.js');

/** `cchc ARGS` in a process of its own: exit code, stdout and stderr. */
export async function cchc(args: string[], env?: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CCHC, ...args], env ? { env } : {});
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** `cchc ARGS` in this process (the TypeScript sources): exit code and what it printed. */
export async function inProcess(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}
