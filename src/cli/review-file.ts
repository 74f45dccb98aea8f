import { basename } from 'node:path';
import { DocumentError } from '../hosts/errors';
import { translate, type Language } from '../i18n';
import { findingMessage } from '../i18n/findings';
import { planOverview, progressSummary } from '../plan/report';
import { reviewPlan, type ReviewedPlan } from '../plan/review';
import { validate } from '../plan/validate';
import { loadCatalogue, loadPlan } from './input';

/** One file of a review, as `review --json` prints it (DESIGN §7). */
export interface ReviewedFile {
  file: string;
  error: string | null;
  plan: ReturnType<typeof planOverview> | null;
  summary: ReturnType<typeof progressSummary>;
  counts: { error: number; warning: number; info: number };
  findings: Array<{ code: string; severity: string; row: number | null; section: string | null; number: string | null; field: string | null; message: string }>;
  review: ReviewedPlan | null;
}

/** Reads, recognises and checks one file; a file that cannot be read gives its one-line reason instead. */
export async function reviewFile(file: string, asOf: string | null, lang: Language): Promise<ReviewedFile> {
  const empty = { file, plan: null, summary: null, counts: { error: 0, warning: 0, info: 0 }, findings: [], review: null };
  try {
    const { plan } = await loadPlan(file);
    const catalogue = await loadCatalogue({}, plan.year);
    const findings = validate(plan, catalogue, { asOf });
    const report = planOverview(plan);
    const review = reviewPlan(plan, findings, catalogue, asOf);
    return {
      file,
      error: null,
      plan: report,
      summary: progressSummary(plan),
      counts: review.counts,
      findings: findings.map((finding) => {
        const row = finding.row === null ? null : plan.rows[finding.row];
        return {
          code: finding.code,
          severity: finding.severity,
          row: finding.row,
          section: row && row.section !== null ? plan.sections[row.section].title : null,
          number: row ? row.number || null : null,
          field: finding.field,
          message: findingMessage(finding, lang),
        };
      }),
      review,
    };
  } catch (error) {
    const reason = error instanceof DocumentError ? translate(lang, error.key, { name: basename(file), ...error.params }) : translate(lang, 'error.corruptFile');
    return { ...empty, error: reason };
  }
}
