import { useMutation } from '@tanstack/react-query';
import { type ObjectionCreate, type ObjectionCreated, objectionCreatedSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';

/** `POST /public/objections` (no login, captcha, rate-limited): an objection to a publicised result. */
export function createObjection(body: ObjectionCreate): Promise<ObjectionCreated> {
  return apiRequest('/public/objections', {
    method: 'POST',
    body,
    schema: objectionCreatedSchema,
    auth: false,
  });
}

export function useCreateObjection() {
  return useMutation({ mutationFn: createObjection });
}
