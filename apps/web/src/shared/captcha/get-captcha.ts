import { queryOptions, useQuery } from '@tanstack/react-query';
import {
  type CaptchaResponse,
  captchaResponseSchema,
  type TextCaptchaResponse,
  textCaptchaResponseSchema,
} from '@zhicheng/contracts';
import { apiRequest } from '../../lib/api-client';
import { captchaKeys } from './captcha-keys';

/** The image captcha or its plain-text alternative (an arithmetic question, WCAG 3.3.8). */
export type CaptchaKind = 'image' | 'text';
export type AnyCaptcha = CaptchaResponse | TextCaptchaResponse;

export function getCaptcha(): Promise<CaptchaResponse> {
  return apiRequest('/auth/captcha', { schema: captchaResponseSchema, auth: false });
}

export function getTextCaptcha(): Promise<TextCaptchaResponse> {
  return apiRequest('/auth/captcha/text', { schema: textCaptchaResponseSchema, auth: false });
}

export function captchaQueryOptions(kind: CaptchaKind = 'image') {
  // A captcha is single-use: never cached, never retried with the same image.
  return queryOptions<AnyCaptcha>({
    queryKey: [...captchaKeys.captcha(), kind],
    queryFn: kind === 'text' ? getTextCaptcha : getCaptcha,
    staleTime: 0,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
  });
}

export function useCaptcha(enabled: boolean, kind: CaptchaKind = 'image') {
  return useQuery({ ...captchaQueryOptions(kind), enabled });
}
