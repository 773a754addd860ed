import { useMutation } from '@tanstack/react-query';
import { mobileSchema, type smsCodeResponseSchema } from '@zhicheng/contracts';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isApiError } from '../../lib/api-error';
import { useCountdown } from './use-countdown';

export type SmsCodeSent = z.infer<typeof smsCodeResponseSchema>;
/** Asks the server to send a code to a mobile (which endpoint and purpose is the caller's business). */
export type SendSmsCode = (mobile: string) => Promise<SmsCodeSent>;

interface SmsCodeButtonProps {
  sendCode: SendSmsCode;
  /** The mobile as typed so far. */
  getMobile: () => string;
  /** A problem with the mobile (format, or the server's refusal) to show on its field. */
  onMobileError: (message: string) => void;
  /** Anything else that went wrong (too frequent, sending failed). */
  onError: (message: string) => void;
}

/** "获取验证码": sends a code to the mobile, then counts down until another may be sent. */
export function SmsCodeButton({ sendCode, getMobile, onMobileError, onError }: SmsCodeButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mutation = useMutation({ mutationFn: sendCode });
  const [left, startCountdown] = useCountdown();

  const send = async () => {
    const mobile = mobileSchema.safeParse(getMobile());
    if (!mobile.success) {
      onMobileError(mobile.error.issues[0]?.message ?? '');
      return;
    }
    try {
      const sent = await mutation.mutateAsync(mobile.data);
      startCountdown(sent.resendAfter);
      void message.success(t('sms.sent', { mobile: mobile.data, minutes: Math.round(sent.expiresIn / 60) }));
    } catch (error) {
      if (isApiError(error, 'sms_too_frequent')) {
        const retryAfter = Number(error.extensions.retryAfter);
        if (retryAfter > 0) startCountdown(retryAfter);
        onError(error.displayMessage);
      } else if (isApiError(error) && error.errors.some((e) => e.path === 'mobile')) {
        onMobileError(error.errors.find((e) => e.path === 'mobile')?.message ?? error.displayMessage);
      } else {
        onError(isApiError(error) ? error.displayMessage : t('errors.unknown'));
      }
    }
  };

  return (
    <Button
      onClick={() => void send()}
      disabled={left > 0}
      loading={mutation.isPending}
      style={{ minWidth: 132 }}
    >
      {left > 0 ? t('sms.resendIn', { seconds: left }) : t('sms.send')}
    </Button>
  );
}
