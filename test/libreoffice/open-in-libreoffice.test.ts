import { DOCX, XLSX, type FileKind } from '../fixtures/file-kinds';
import { bundledCatalogue } from '../../src/catalogue/load';
import type { StandardTask } from '../../src/catalogue/schema';
import { planInsertion } from '../../src/plan/insert';
import { planProgress, type ProgressMode } from '../../src/plan/progress';
import { recognise } from '../../src/plan/recognise';
import type { Plan } from '../../src/plan/types';
import { SEED_LAYOUTS } from '../fixtures/seeds';
import { comparable, firstMissingInOrder, libreOfficeText } from './soffice';
import { installNodeZlib } from '../../src/cli/node-zlib';

// Written as the command line writes them: parts inflated and deflated by node's zlib.
installNodeZlib();

const KINDS: Array<FileKind & { mode: ProgressMode }> = [
  { ...DOCX, mode: 'appendix' },
  { ...DOCX, mode: 'columns' },
  { ...XLSX, mode: 'columns' },
];
const tasks = ['kh-tu-kiem-tra', 'de-an-06'].map((id) => bundledCatalogue(2025).tasks.find((t) => t.id === id) as StandardTask);

interface Written {
  name: string;
  inserted: Uint8Array;
  final: Uint8Array;
  plan: Plan;
  /** Activities the insertion added. */
  added: string[];
  statuses: string[];
}

/** Each seed layout with two catalogue tasks inserted, then progress written for mid-year. */
async function writeAll(): Promise<Written[]> {
  const written: Written[] = [];
  for (const kind of KINDS) {
    for (const seed of SEED_LAYOUTS) {
      const bytes = await kind.build(seed.spec());
      const doc = await kind.read(bytes);
      const original = recognise(doc) as Plan;
      const inserted = await kind.write(bytes, planInsertion(original, doc.tables, tasks).edits);
      const insertedDoc = await kind.read(inserted);
      const plan = recognise(insertedDoc) as Plan;
      // A plan that already has a Tiến độ column (seed 004) is evaluated in it.
      const mode = plan.columns.status === null ? kind.mode : 'columns';
      const progress = planProgress(plan, insertedDoc.tables, { asOf: `${plan.year}-06-30`, mode });
      const final = await kind.write(inserted, progress.edits);
      const before = new Set(original.rows.map((row) => row.activity));
      written.push({
        name: `seed-${seed.id}-${kind.mode}`,
        inserted,
        final,
        plan,
        added: plan.rows.map((row) => row.activity).filter((activity) => !before.has(activity)),
        statuses: progress.rows.map((row) => row.status).filter(Boolean),
      });
    }
  }
  return written;
}

describe('files written by cchc open in LibreOffice', () => {
  let written: Written[];
  let texts: Map<string, string>;

  beforeAll(async () => {
    written = await writeAll();
    const files = new Map<string, Uint8Array>();
    written.forEach((w, i) => {
      const ext = KINDS[Math.floor(i / SEED_LAYOUTS.length)].ext;
      files.set(`${w.name}-inserted.${ext}`, w.inserted);
      files.set(`${w.name}-progress.${ext}`, w.final);
    });
    texts = await libreOfficeText(files);
  }, 300_000);

  it('opens every file', () => {
    expect([...texts.keys()].length).toBe(written.length * 2);
  });

  it.each(KINDS.flatMap((kind) => SEED_LAYOUTS.map((seed) => [kind.ext, `seed-${seed.id}-${kind.mode}`] as const)))(
    '.%s %s: LibreOffice shows every activity in order, the inserted ones included, and the statuses written',
    (ext, name) => {
      const w = written.find((x) => x.name === name) as Written;
      for (const stage of ['inserted', 'progress']) {
        const text = comparable(texts.get(`${name}-${stage}.${ext}`) ?? '');
        expect(firstMissingInOrder(text, w.plan.rows.map((row) => row.activity))).toBeNull();
        expect(w.added.length).toBeGreaterThanOrEqual(2);
        expect(firstMissingInOrder(text, w.added)).toBeNull();
      }
      const progressText = comparable(texts.get(`${name}-progress.${ext}`) ?? '');
      for (const status of new Set(w.statuses)) expect(progressText).toContain(comparable(status));
    },
  );
});
