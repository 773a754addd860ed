import { useMutation } from '@tanstack/react-query';
import type { ObjectionCreate } from '@zhicheng/contracts';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

const createdSchema = z.object({ id: z.string() });

/** `POST /public/objections` (no login, captcha, rate-limited): an objection to a publicised result. */
export function createObjection(body: ObjectionCreate): Promise<{ id: string }> {
  return apiRequest('/public/objections', { method: 'POST', body, schema: createdSchema, auth: false });
}

export function useCreateObjection() {
  return useMutation({ mutationFn: createObjection });
}
