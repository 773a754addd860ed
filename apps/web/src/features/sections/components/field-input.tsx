import { type FieldDefinition, isFutureValue, isPresentMonth, PRESENT_MONTH } from '@zhicheng/contracts';
import { Checkbox, DatePicker, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { FieldControlProps } from '../../../components/form-field';
import { dayjs } from '../../../lib/dayjs';
import { PhotoField } from './photo-field';

export interface FieldInputProps {
  field: FieldDefinition;
  control: FieldControlProps;
  value: unknown;
  onChange: (value: unknown) => void;
  onBlur: () => void;
  applicationId: string;
}

const pickerFormats = { date: 'YYYY-MM-DD', yearMonth: 'YYYY-MM' } as const;

function asText(value: unknown): string {
  return typeof value === 'string' ? value : value == null ? '' : String(value);
}

/** The antd input for one field type; values stay as the API stores them (strings, numbers, null). */
export function FieldInput({ field, control, value, onChange, onBlur, applicationId }: FieldInputProps) {
  const { t } = useTranslation();
  const common = { ...control, onBlur };
  switch (field.type) {
    case 'textarea':
      return (
        <Input.TextArea
          {...common}
          value={asText(value)}
          onChange={(e) => onChange(e.target.value)}
          maxLength={field.maxLength}
          showCount={field.maxLength !== undefined}
          autoSize={{ minRows: 3, maxRows: 10 }}
        />
      );
    case 'number':
      return (
        <InputNumber
          {...common}
          value={typeof value === 'number' ? value : null}
          onChange={(n) => onChange(typeof n === 'number' ? n : null)}
          min={field.min}
          max={field.max}
          style={{ width: '100%' }}
        />
      );
    case 'date':
    case 'yearMonth': {
      const format = pickerFormats[field.type];
      const present = Boolean(field.allowPresent) && isPresentMonth(value);
      const parsed = typeof value === 'string' && value && !present ? dayjs(value, format, true) : null;
      const picker = (
        <DatePicker
          {...common}
          picker={field.type === 'yearMonth' ? 'month' : 'date'}
          format={format}
          value={parsed?.isValid() ? parsed : null}
          onChange={(d) => onChange(d ? d.format(format) : null)}
          // The schema's own rule (nothing in the future), so such a month or day cannot be picked.
          disabledDate={(d: Dayjs) => isFutureValue(field, d.format(format))}
          disabled={present}
          placeholder={
            present
              ? t('sections.present')
              : field.type === 'yearMonth'
                ? t('sections.pickMonth')
                : t('sections.pickDate')
          }
          style={{ width: '100%' }}
        />
      );
      if (!field.allowPresent) return picker;
      return (
        <div className="section-present-field">
          {picker}
          <Checkbox
            id={`${control.id}-present`}
            checked={present}
            onChange={(e) => onChange(e.target.checked ? PRESENT_MONTH : null)}
            onBlur={onBlur}
          >
            {t('sections.present')}
          </Checkbox>
        </div>
      );
    }
    case 'select':
      return (
        <Select
          {...common}
          value={typeof value === 'string' && value ? value : undefined}
          onChange={(v) => onChange(v ?? null)}
          allowClear
          showSearch={(field.options?.length ?? 0) > 10}
          placeholder={t('sections.select')}
          options={(field.options ?? []).map((o) => ({ value: o, label: o }))}
          style={{ width: '100%' }}
        />
      );
    case 'photo':
      return (
        <PhotoField
          id={control.id}
          describedBy={control['aria-describedby']}
          applicationId={applicationId}
          value={typeof value === 'string' ? value : null}
          onChange={onChange}
        />
      );
    default: {
      const maxLength =
        field.maxLength ?? (field.type === 'mobile' ? 11 : field.type === 'idNumber' ? 18 : undefined);
      return (
        <Input
          {...common}
          value={asText(value)}
          onChange={(e) => onChange(e.target.value)}
          maxLength={maxLength}
          showCount={maxLength !== undefined}
          inputMode={field.type === 'mobile' ? 'tel' : field.type === 'email' ? 'email' : undefined}
        />
      );
    }
  }
}
