import { Button, Input, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { auditActionLabel, auditActionOptions } from './audit-labels';
import type { AuditParams } from './use-audit-params';

/**
 * What the API filters the trail by: the action (one of those it records) and the actor's user ID
 * (exact matches both).
 */
export function AuditFilterBar({ view }: { view: AuditParams }) {
  const { t } = useTranslation();
  const { filters } = view;
  const options = useMemo(() => {
    const known = auditActionOptions(t);
    // An action from a shared link that this page does not know still shows (as recorded).
    const current = filters.action;
    return current && !known.some((o) => o.value === current)
      ? [...known, { value: current, label: auditActionLabel(t, current) }]
      : known;
  }, [t, filters.action]);

  return (
    <search className="list-toolbar-filters audit-filters" aria-label={t('audit.filtersLabel')}>
      <div className="audit-filter">
        <label htmlFor="audit-filter-action">{t('audit.action')}</label>
        <Select
          id="audit-filter-action"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 260 }}
          placeholder={t('audit.actionPlaceholder')}
          value={filters.action}
          onChange={(value: string | undefined) => view.setFilters({ action: value })}
          options={options}
        />
      </div>
      <div className="audit-filter">
        <label htmlFor="audit-filter-actor">{t('audit.actorId')}</label>
        <Input.Search
          key={filters.actorId ?? ''}
          id="audit-filter-actor"
          defaultValue={filters.actorId}
          allowClear
          maxLength={100}
          style={{ width: 320 }}
          placeholder={t('audit.actorIdPlaceholder')}
          enterButton={t('audit.search')}
          onSearch={(value) => view.setFilters({ actorId: value })}
        />
      </div>
      {view.hasFilters ? <Button onClick={view.clearFilters}>{t('audit.clearFilters')}</Button> : null}
    </search>
  );
}
