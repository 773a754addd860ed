import { Select, type SelectProps } from 'antd';
import type { ReactNode } from 'react';
import { type Control, Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/form-field';
import type { ChoiceFormValues } from './choice-form-schema';

interface ChoiceSelectProps {
  control: Control<ChoiceFormValues>;
  name: 'seriesId' | 'specialtyId' | 'level' | 'qualificationId' | 'committeeId';
  id: string;
  label: string;
  rule?: ReactNode;
  disabled?: boolean | undefined;
  options: SelectProps['options'];
  /** Type to filter the options by their label. */
  searchable?: boolean;
  /** Runs after the value changed (clears the choices below it). */
  onChanged?: () => void;
}

/** One required step of the 系列 → 专业 → 级别 → 资格 → 评委会 cascade. */
export function ChoiceSelect({
  control,
  name,
  id,
  label,
  rule,
  disabled,
  options,
  searchable,
  onChanged,
}: ChoiceSelectProps) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <FormField id={id} label={label} required error={fieldState.error?.message} rule={rule}>
          {(props) => (
            <Select
              {...props}
              allowClear={false}
              placeholder={t('wizard.placeholder')}
              style={{ width: '100%' }}
              {...(searchable ? { showSearch: { optionFilterProp: 'label' } } : {})}
              disabled={disabled}
              value={field.value}
              onChange={(value) => {
                field.onChange(value);
                onChanged?.();
              }}
              options={options}
            />
          )}
        </FormField>
      )}
    />
  );
}
