import { type ComputedYearsField, suggestedYears } from '@zhicheng/contracts';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Row } from './form-model';

interface YearsSuggestionProps {
  field: ComputedYearsField;
  values: Row;
  current: unknown;
  onAdopt: (years: number) => void;
}

/** "建议值：N 年 [采用]" for the years counted up to 31 August, once their start is filled. */
export function YearsSuggestion({ field, values, current, onAdopt }: YearsSuggestionProps) {
  const { t } = useTranslation();
  const years = suggestedYears(field, values);
  if (years === null) return null;
  return (
    <span className="section-suggestion">
      {t('sections.suggestion', { years })}
      {current === years ? null : (
        <Button type="link" size="small" onClick={() => onAdopt(years)}>
          {t('sections.adopt')}
        </Button>
      )}
    </span>
  );
}
