import {
  computedSum,
  computedYearsSources,
  type FieldDefinition,
  isComputedYearsField,
  parseRequiredWhen,
  sectionDefinitions,
} from '@zhicheng/contracts';
import { Input } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { type Control, Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/form-field';
import { FieldInput } from './field-input';
import { type FormValues, isRequiredNow, isSystemField, type Row } from './form-model';
import { YearsSuggestion } from './years-suggestion';

/** The siblings a field reads: its requiredWhen condition, the start of computed years, a sum's parts. */
function watchedFields(field: FieldDefinition): string[] {
  if (field.sumOf) return field.sumOf;
  if (field.requiredWhen) return [parseRequiredWhen(field.requiredWhen).field];
  if (isComputedYearsField(field.key)) return [computedYearsSources[field.key]];
  return [field.key];
}

/** Keeps a computed total (`sumOf`) equal to its parts as they change; it is never typed. */
function SumSync({
  sum,
  value,
  onChange,
}: {
  sum: number | null;
  value: unknown;
  onChange: (v: unknown) => void;
}) {
  useEffect(() => {
    if (sum !== null && value !== sum) onChange(sum);
  }, [sum, value, onChange]);
  return null;
}

interface SectionFieldProps {
  field: FieldDefinition;
  control: Control<FormValues>;
  /** Id prefix, unique on the page (the row modal uses its own). */
  idPrefix: string;
  applicationId: string;
}

/** The labels of a computed total's parts (公需科目学时、专业科目学时), from its own section. */
function sumPartLabels(field: FieldDefinition): string[] {
  const section = sectionDefinitions.find((s) => s.fields.includes(field));
  return (field.sumOf ?? []).map((key) => section?.fields.find((f) => f.key === key)?.label ?? key);
}

/** The rule shown beside a field: its help, limits and whether the system fills it. */
function useRule(field: FieldDefinition): ReactNode {
  const { t } = useTranslation();
  const parts: string[] = [];
  if (isSystemField(field)) parts.push(t('sections.derivedRule'));
  if (field.sumOf) parts.push(t('sections.sumRule', { parts: sumPartLabels(field).join('、') }));
  // The photo's rule adds the size limit the browser checks before uploading.
  if (field.type === 'photo') parts.push(t('sections.photo.rule'));
  else if (field.help) parts.push(field.help);
  if (field.maxLength && field.type !== 'textarea' && !field.help)
    parts.push(t('sections.maxLengthRule', { max: field.maxLength }));
  if (field.type === 'number' && !field.sumOf && field.min !== undefined && field.max !== undefined)
    parts.push(t('sections.rangeRule', { min: field.min, max: field.max }));
  return parts.length > 0 ? parts.join('；') : null;
}

/** One field of a section form: label (with * when required now), input, server or client error, rule. */
export function SectionField({ field, control, idPrefix, applicationId }: SectionFieldProps) {
  // Watch only the siblings this field depends on, not the whole form.
  const names = watchedFields(field);
  const watched = useWatch({ control, name: names }) as unknown[];
  const values: Row = Object.fromEntries(names.map((name, i) => [name, watched[i]]));
  const sum = field.sumOf ? computedSum(field, values) : null;
  const rule = useRule(field);
  const id = `${idPrefix}-${field.key}`;
  const required = isRequiredNow(field, values);
  return (
    <Controller
      control={control}
      name={field.key}
      render={({ field: input, fieldState }) => (
        <FormField
          id={id}
          label={field.label}
          required={required}
          error={fieldState.error?.message}
          rule={
            isComputedYearsField(field.key) ? (
              <>
                {rule}
                <YearsSuggestion
                  field={field.key}
                  values={values}
                  current={input.value}
                  onAdopt={(years) => input.onChange(years)}
                />
              </>
            ) : (
              rule
            )
          }
        >
          {(controlProps) =>
            field.sumOf ? (
              <>
                <SumSync sum={sum} value={input.value} onChange={input.onChange} />
                <Input {...controlProps} value={input.value == null ? '' : String(input.value)} readOnly />
              </>
            ) : isSystemField(field) ? (
              <Input {...controlProps} value={input.value == null ? '' : String(input.value)} readOnly />
            ) : (
              <FieldInput
                field={field}
                control={{ ...controlProps }}
                value={input.value}
                onChange={input.onChange}
                onBlur={input.onBlur}
                applicationId={applicationId}
              />
            )
          }
        </FormField>
      )}
    />
  );
}
