import { parentPort } from 'node:worker_threads';
import type { Language } from '../i18n';
import { installNodeZlib } from './node-zlib';
import { reviewFile } from './review-file';

installNodeZlib();

/** A review worker: reads the files it is sent, one at a time, and answers with each result. */
parentPort?.on('message', (job: { index: number; file: string; asOf: string | null; lang: Language }) => {
  void reviewFile(job.file, job.asOf, job.lang).then((result) => parentPort?.postMessage({ index: job.index, result }));
});
