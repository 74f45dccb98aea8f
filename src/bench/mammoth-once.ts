/** `node dist/src/bench/mammoth-once.js FILE`: mammoth.extractRawText on a .docx, in a process of its own (the peer a clerk would otherwise run). */
import mammoth from 'mammoth';

mammoth.extractRawText({ path: process.argv[2] }).then(
  () => undefined,
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  },
);
