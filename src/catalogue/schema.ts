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
  })
  .strict();

/** A catalogue of standard tasks (DESIGN §8). */
export const catalogueSchema = z
  .object({
    version: z.union([z.string().min(1), z.number()]),
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
