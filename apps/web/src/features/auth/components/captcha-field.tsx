import { ReloadOutlined } from '@ant-design/icons';
import type { CaptchaResponse } from '@zhicheng/contracts';
import { Button, Spin } from 'antd';
import Input from 'antd/es/input/Input';
import type { Control } from 'react-hook-form';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/form-field';
import type { LoginFormValues } from './login-form-schema';

interface CaptchaFieldProps {
  control: Control<LoginFormValues>;
  captcha: CaptchaResponse | undefined;
  loading: boolean;
  failed: boolean;
  onRefresh: () => void;
}

function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** The image captcha the server asks for after repeated failures: answer, image and "new image". */
export function CaptchaField({ control, captcha, loading, failed, onRefresh }: CaptchaFieldProps) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name="captchaAnswer"
      render={({ field, fieldState }) => (
        <FormField
          id="login-captcha"
          label={t('login.captcha')}
          error={fieldState.error?.message ?? (failed ? t('login.captchaLoadFailed') : undefined)}
          required
        >
          {(control) => (
            <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
              <Input
                {...control}
                ref={field.ref}
                name={field.name}
                value={field.value ?? ''}
                onChange={field.onChange}
                onBlur={field.onBlur}
                placeholder={t('login.captchaPlaceholder')}
                autoComplete="off"
                maxLength={16}
                size="large"
                style={{ flex: 1, minWidth: 0 }}
              />
              <div className="captcha-image" aria-live="polite" aria-busy={loading}>
                {loading || !captcha ? (
                  <>
                    <Spin size="small" />
                    <span className="sr-only">{t('login.captchaLoading')}</span>
                  </>
                ) : (
                  <img src={svgDataUrl(captcha.svg)} alt={t('login.captchaImage')} height={40} />
                )}
              </div>
              <Button
                icon={<ReloadOutlined aria-hidden />}
                onClick={onRefresh}
                disabled={loading}
                aria-label={t('login.refreshCaptcha')}
                title={t('login.refreshCaptcha')}
                size="large"
              />
            </div>
          )}
        </FormField>
      )}
    />
  );
}
