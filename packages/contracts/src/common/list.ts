import { z } from 'zod';

/** `?limit=&cursor=` on every list: default 20, at most 100. */
export const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1, 'limit 至少为 1').max(100, 'limit 最大为 100').default(20),
  cursor: z.string().max(200).optional(),
});

/** `{ items, nextCursor, total }`: the shape of every list response. */
export function listResponseSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable(), total: z.number().int() });
}
