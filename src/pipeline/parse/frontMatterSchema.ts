// The front matter a Markdown seed may carry, checked by zod. It lives with the parser that uses
// it, not in the shared model, so the browser bundle never carries zod.
import { z } from 'zod';

/** Front matter as a seed may give it; unknown keys are allowed and ignored. */
export const frontMatterSchema = z.object({
  title: z.string().trim().min(1, 'title is empty').optional(),
  date: z.string().optional(),
  byline: z.string().optional(),
  author: z.string().optional(),
  source: z.string().optional(),
  url: z.string().optional(),
  topics: z.union([z.array(z.string()), z.string()]).optional(),
  description: z.string().optional(),
  dek: z.string().optional(),
  image: z.string().optional(),
  caption: z.string().optional(),
});
export type FrontMatter = z.infer<typeof frontMatterSchema>;
