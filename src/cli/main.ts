import { DocumentError } from '../hosts/errors';
import { languageOf, translate, type Language } from '../i18n';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Runs `cchc` with its arguments; resolves to the exit code (DESIGN §7). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const lang = languageFromArgs(rest);
  const asked = rest[rest.indexOf('--lang') + 1];
  if (rest.includes('--lang') && asked !== 'vi' && asked !== 'en') {
    io.err(translate('vi', 'cli.badLang', { value: asked ?? '' }));
    return 2;
  }
  try {
    // Each command loads what it uses when it runs: a clerk pays start-up on every call.
    if (command === 'check') return await (await import('./check')).check(rest, io);
    if (command === 'insert') return await (await import('./insert')).insert(rest, io);
    if (command === 'catalogue') return await (await import('./catalogue')).catalogue(rest, io);
    if (command === 'progress') return await (await import('./progress')).progress(rest, io);
    if (command === 'new') return await (await import('./new')).newCommand(rest, io);
    if (command === 'fix') return await (await import('./fix')).fix(rest, io);
    // The conversion Unikey's converter does by hand, as the one fix it is.
    if (command === 'convert-unicode') return await (await import('./fix')).fix([...rest, '--code', 'old-encoding'], io);
    if (command === 'review') return await (await import('./review')).review(rest, io);
    io.err(command ? translate(lang, 'cli.unknownCommand', { name: command }) : translate(lang, 'cli.usage'));
    if (command) io.err(translate(lang, 'cli.usage'));
    return 2;
  } catch (error) {
    if (error instanceof DocumentError) {
      io.err(translate(lang, error.key, error.params));
      return 2;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`${translate(lang, 'cli.badOption', { name: error.message })}\n${translate(lang, 'cli.usage')}`);
      return 2;
    }
    throw error;
  }
}

function languageFromArgs(args: readonly string[]): Language {
  const at = args.indexOf('--lang');
  return at >= 0 ? languageOf(args[at + 1]) : 'vi';
}
