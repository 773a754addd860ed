import { queryOptions, useQuery } from '@tanstack/react-query';
import { type CaptchaResponse, captchaResponseSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';
import { publicPublicityKeys } from './public-publicity-keys';

/** `GET /auth/captcha` for the objection form (a copy of `shared/captcha`'s: see captcha-field.tsx). */
export function getCaptcha(): Promise<CaptchaResponse> {
  return apiRequest('/auth/captcha', { schema: captchaResponseSchema, auth: false });
}

export function captchaQueryOptions() {
  // A captcha is single-use: never cached, never retried with the same image.
  return queryOptions({
    queryKey: publicPublicityKeys.captcha(),
    queryFn: getCaptcha,
    staleTime: 0,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
  });
}

export function useCaptcha(enabled: boolean) {
  return useQuery({ ...captchaQueryOptions(), enabled });
}
