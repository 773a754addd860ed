import { ReloadOutlined } from '@ant-design/icons';
import { Button, Spin } from 'antd';
import Input from 'antd/es/input/Input';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/form-field';
import type { AnyCaptcha, CaptchaKind } from './get-captcha';

interface CaptchaFieldProps<T extends FieldValues> {
  /** A form whose answer field is `captchaAnswer`. */
  control: Control<T>;
  /** The input's id (one per page). */
  id?: string;
  captcha: AnyCaptcha | undefined;
  loading: boolean;
  failed: boolean;
  onRefresh: () => void;
  /** Which kind is shown; with `onSwitchKind`, the person may change to the other one. */
  kind?: CaptchaKind;
  onSwitchKind?: () => void;
}

function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** The image captcha (sign-in after repeated failures, public forms): answer, image and "new image". */
export function CaptchaField<T extends FieldValues & { captchaAnswer?: string }>({
  control,
  id = 'login-captcha',
  captcha,
  loading,
  failed,
  onRefresh,
  kind = 'image',
  onSwitchKind,
}: CaptchaFieldProps<T>) {
  const { t } = useTranslation();
  const question = captcha && 'question' in captcha ? captcha.question : undefined;
  const questionId = `${id}-question`;
  return (
    <Controller
      control={control}
      name={'captchaAnswer' as Path<T>}
      render={({ field, fieldState }) => (
        <FormField
          id={id}
          label={kind === 'text' ? t('login.captchaText') : t('login.captcha')}
          error={fieldState.error?.message ?? (failed ? t('login.captchaLoadFailed') : undefined)}
          required
        >
          {(control) => (
            <>
              <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
                <Input
                  {...control}
                  aria-describedby={
                    kind === 'text'
                      ? [questionId, control['aria-describedby']].filter(Boolean).join(' ')
                      : control['aria-describedby']
                  }
                  ref={field.ref}
                  name={field.name}
                  value={field.value ?? ''}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  placeholder={
                    kind === 'text' ? t('login.captchaTextPlaceholder') : t('login.captchaPlaceholder')
                  }
                  inputMode={kind === 'text' ? 'numeric' : undefined}
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
                  ) : 'svg' in captcha ? (
                    <img src={svgDataUrl(captcha.svg)} alt={t('login.captchaImage')} height={40} />
                  ) : (
                    <span id={questionId} className="captcha-question">
                      {t('login.captchaQuestion', { question })}
                    </span>
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
              {onSwitchKind ? (
                <Button type="link" onClick={onSwitchKind} className="captcha-switch">
                  {kind === 'text' ? t('login.captchaUseImage') : t('login.captchaUseText')}
                </Button>
              ) : null}
            </>
          )}
        </FormField>
      )}
    />
  );
}
