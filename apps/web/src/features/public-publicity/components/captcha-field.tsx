import { ReloadOutlined } from '@ant-design/icons';
import type { CaptchaResponse } from '@zhicheng/contracts';
import { Button, Spin } from 'antd';
import Input from 'antd/es/input/Input';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/form-field';

interface CaptchaFieldProps<T extends FieldValues> {
  /** A form whose answer field is `captchaAnswer`. */
  control: Control<T>;
  /** The input's id (one per page). */
  id?: string;
  captcha: CaptchaResponse | undefined;
  loading: boolean;
  failed: boolean;
  onRefresh: () => void;
}

function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/**
 * The objection form's image captcha: answer, image and "new image". A copy of the sign-in's
 * (`shared/captcha`) on purpose: importing the sign-in's modules from this lazy page makes the bundler
 * split zod, TanStack Query and the icons out of the first chunk, +1.8 KB gzip over the login budget.
 */
export function CaptchaField<T extends FieldValues & { captchaAnswer?: string }>({
  control,
  id = 'login-captcha',
  captcha,
  loading,
  failed,
  onRefresh,
}: CaptchaFieldProps<T>) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={'captchaAnswer' as Path<T>}
      render={({ field, fieldState }) => (
        <FormField
          id={id}
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
