import {
  computedYearsSources,
  type FieldDefinition,
  isComputedYearsField,
  parseRequiredWhen,
} from '@zhicheng/contracts';
import { Input } from 'antd';
import type { ReactNode } from 'react';
import { type Control, Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/form-field';
import { FieldInput } from './field-input';
import { type FormValues, isRequiredNow, isSystemField, type Row } from './form-model';
import { YearsSuggestion } from './years-suggestion';

interface SectionFieldProps {
  field: FieldDefinition;
  control: Control<FormValues>;
  /** Id prefix, unique on the page (the row modal uses its own). */
  idPrefix: string;
  applicationId: string;
}

/** The rule shown beside a field: its help, limits and whether the system fills it. */
function useRule(field: FieldDefinition): ReactNode {
  const { t } = useTranslation();
  const parts: string[] = [];
  if (isSystemField(field)) parts.push(t('sections.derivedRule'));
  // The photo's rule adds the size limit the browser checks before uploading.
  if (field.type === 'photo') parts.push(t('sections.photo.rule'));
  else if (field.help) parts.push(field.help);
  if (field.maxLength && field.type !== 'textarea' && !field.help)
    parts.push(t('sections.maxLengthRule', { max: field.maxLength }));
  if (field.type === 'number' && field.min !== undefined && field.max !== undefined)
    parts.push(t('sections.rangeRule', { min: field.min, max: field.max }));
  return parts.length > 0 ? parts.join('；') : null;
}

/** One field of a section form: label (with * when required now), input, server or client error, rule. */
export function SectionField({ field, control, idPrefix, applicationId }: SectionFieldProps) {
  // Watch only the sibling this field depends on (requiredWhen, computed years), not the whole form.
  const dependsOn = field.requiredWhen
    ? parseRequiredWhen(field.requiredWhen).field
    : isComputedYearsField(field.key)
      ? computedYearsSources[field.key]
      : field.key;
  const values: Row = { [dependsOn]: useWatch({ control, name: dependsOn }) };
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
            isSystemField(field) ? (
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
