import JSZip from 'jszip';
import { bundledCatalogue } from '../catalogue/load';
import { excelHost } from '../hosts/excel/excel-host';
import type { PlanHost } from '../hosts/host';
import { wordHost } from '../hosts/word/word-host';
import { planInsertion } from '../plan/insert';
import { planProgress } from '../plan/progress';
import { recognise } from '../plan/recognise';
import { FakeExcel } from '../../test/fakes/fake-excel';
import { FakeWord } from '../../test/fakes/fake-word';

export interface SyncCounts {
  check: number;
  insert: number;
  progress: number;
}

/** context.sync() calls of check, insert and progress through a host over a fake Office context. */
export async function countSyncs(host: PlanHost, fake: { syncs: number }): Promise<SyncCounts> {
  const catalogue = bundledCatalogue();
  const tasks = catalogue.tasks.filter((task) => ['kh-tuyen-truyen', 'cong-khai-tthc'].includes(task.id));
  const counted = async (operation: () => Promise<unknown>): Promise<number> => {
    fake.syncs = 0;
    await operation();
    return fake.syncs;
  };
  let source = await host.read();
  const check = fake.syncs;
  const plan = recognise(source);
  if (!plan) throw new Error('bench: no plan in the generated document');
  const insert = await counted(() => host.apply(planInsertion(plan, source.tables, tasks).edits));
  source = await host.read();
  const again = recognise(source);
  if (!again) throw new Error('bench: the plan was lost on insertion');
  const progress = await counted(() => host.apply(planProgress(again, source.tables, { asOf: '2025-06-30', mode: 'columns' }).edits));
  return { check, insert, progress };
}

/** Sync counts through the Word and Excel adapters on the same generated plan. */
export async function adapterSyncs(docx: Uint8Array, xlsx: Uint8Array): Promise<{ word: SyncCounts; excel: SyncCounts }> {
  const documentXml = await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string');
  if (!documentXml) throw new Error('bench: generated .docx has no document part');
  const word = new FakeWord(documentXml);
  const excel = await FakeExcel.fromXlsx(xlsx, 0);
  return {
    word: await countSyncs(wordHost(word.run, word.supports, 'bench.docx'), word),
    excel: await countSyncs(excelHost(excel.run, excel.supports, 'bench.xlsx'), excel),
  };
}
