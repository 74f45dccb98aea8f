import { z } from 'zod';
import { AREAS } from '../plan/types';

const text = z.string().trim().min(1, 'không được để trống / must not be empty');

const activitySchema = z
  .object({
    activity: text,
    product: z.string(),
    lead: z.string(),
    coordinator: z.string(),
    deadline: z.string(),
  })
  .strict();

const taskSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'chỉ gồm chữ thường không dấu, số và "-" / lower-case letters, digits and "-"'),
    area: z.enum(AREAS),
    task: text,
    mandatory: z.boolean(),
    activities: z.array(activitySchema).min(1),
    sources: z.array(z.string()),
    /** Other words clerks use for the same task, so that a plan that has it in its own words is not told it lacks it. */
    aliases: z.array(text).optional(),
  })
  .strict();

/** A catalogue of standard tasks (DESIGN §8). */
export const catalogueSchema = z
  .object({
    version: z.union([z.string().min(1), z.number()]),
    /** The plans it is for: 2025 (up to 2025, the old apparatus) or 2026 (from 2026, two-level government). */
    edition: z.number().int().min(2000).max(2100).optional(),
    tasks: z.array(taskSchema).min(1),
  })
  .strict()
  .superRefine((catalogue, ctx) => {
    const seen = new Set<string>();
    catalogue.tasks.forEach((task, i) => {
      if (seen.has(task.id)) ctx.addIssue({ code: 'custom', path: ['tasks', i, 'id'], message: `trùng mã / duplicate id "${task.id}"` });
      seen.add(task.id);
    });
  });

export type Catalogue = z.infer<typeof catalogueSchema>;
export type StandardTask = Catalogue['tasks'][number];
export type StandardActivity = StandardTask['activities'][number];
