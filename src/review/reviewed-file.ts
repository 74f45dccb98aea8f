import type { Catalogue } from '../catalogue/schema';
import { DocumentError } from '../hosts/errors';
import { translate, type Language } from '../i18n';
import { findingMessage } from '../i18n/findings';
import { planOverview, progressSummary } from '../plan/report';
import { reviewPlan, type ReviewedPlan } from '../plan/review';
import type { Plan } from '../plan/types';
import { validate } from '../plan/validate';

/** One file of a review, as `review --json` prints it (DESIGN §7) and the preview's Tổng hợp shows it. */
export interface ReviewedFile {
  file: string;
  error: string | null;
  plan: ReturnType<typeof planOverview> | null;
  summary: ReturnType<typeof progressSummary>;
  counts: { error: number; warning: number; info: number };
  findings: Array<{ code: string; severity: string; row: number | null; section: string | null; number: string | null; field: string | null; message: string }>;
  review: ReviewedPlan | null;
}

/** A recognised plan checked and summed up for the province's review, findings in the UI language. */
export function reviewedFile(file: string, plan: Plan, catalogue: Catalogue, asOf: string | null, lang: Language): ReviewedFile {
  const findings = validate(plan, catalogue, { asOf });
  const review = reviewPlan(plan, findings, catalogue, asOf);
  return {
    file,
    error: null,
    plan: planOverview(plan),
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
}

/** A file the review could not read: its one-line reason in the UI language, and nothing else. */
export function unreadableFile(file: string, name: string, error: unknown, lang: Language): ReviewedFile {
  const reason = error instanceof DocumentError ? translate(lang, error.key, { name, ...error.params }) : translate(lang, 'error.corruptFile');
  return { file, error: reason, plan: null, summary: null, counts: { error: 0, warning: 0, info: 0 }, findings: [], review: null };
}
