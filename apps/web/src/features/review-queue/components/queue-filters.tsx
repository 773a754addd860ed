import { type QueueSort, queueSorts } from '@zhicheng/contracts';
import { Button, DatePicker, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { dayjs } from '../../../lib/dayjs';
import { useCatalog } from '../../../shared/catalog/get-catalog';
import { useCycles } from '../api/get-cycles';
import type { useQueueParams } from './use-queue-params';

type QueueParams = ReturnType<typeof useQueueParams>;

const sortLabelKeys: Record<QueueSort, string> = {
  '-submittedAt': 'reviewQueue.sortNewest',
  submittedAt: 'reviewQueue.sortOldest',
  name: 'reviewQueue.sortName',
  '-name': 'reviewQueue.sortNameDesc',
  '-updatedAt': 'reviewQueue.sortUpdated',
};

/** The queue's search bar and filters (cycle, series, committee, track, type, submitted dates) and its sort. */
export function QueueFilters({ view }: { view: QueueParams }) {
  const { t } = useTranslation();
  const cycles = useCycles();
  const catalog = useCatalog();
  const { filters } = view;
  const committees = (catalog.data?.committees ?? []).filter(
    (c) => !filters.seriesId || c.seriesId === filters.seriesId,
  );
  const select = { allowClear: true, style: { width: 180 }, showSearch: { optionFilterProp: 'label' } };

  return (
    <search className="list-toolbar-filters" aria-label={t('reviewQueue.filtersLabel')}>
      <Input.Search
        key={filters.q ?? ''}
        defaultValue={filters.q}
        allowClear
        aria-label={t('reviewQueue.searchLabel')}
        placeholder={t('reviewQueue.searchPlaceholder')}
        onSearch={(q) => view.setFilters({ q: q.trim() })}
        enterButton={t('reviewQueue.searchLabel')}
        style={{ width: 320 }}
        maxLength={50}
      />
      <Select
        {...select}
        id="queue-filter-cycle"
        aria-label={t('reviewQueue.cycle')}
        placeholder={t('reviewQueue.cycle')}
        value={filters.cycleId}
        loading={cycles.isPending}
        onChange={(v: string | undefined) => view.setFilters({ cycleId: v })}
        options={(cycles.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
      />
      <Select
        {...select}
        id="queue-filter-series"
        aria-label={t('reviewQueue.series')}
        placeholder={t('reviewQueue.series')}
        value={filters.seriesId}
        loading={catalog.isPending}
        onChange={(v: string | undefined) => view.setFilters({ seriesId: v, committeeId: null })}
        options={(catalog.data?.series ?? []).map((s) => ({ value: s.id, label: s.name }))}
      />
      <Select
        {...select}
        style={{ width: 240 }}
        id="queue-filter-committee"
        aria-label={t('reviewQueue.committee')}
        placeholder={t('reviewQueue.committee')}
        value={filters.committeeId}
        loading={catalog.isPending}
        onChange={(v: string | undefined) => view.setFilters({ committeeId: v })}
        options={committees.map((c) => ({ value: c.id, label: c.name }))}
      />
      <Select
        {...select}
        style={{ width: 150 }}
        id="queue-filter-track"
        aria-label={t('reviewQueue.track')}
        placeholder={t('reviewQueue.track')}
        value={filters.track}
        onChange={(v: string | undefined) => view.setFilters({ track: v })}
        options={[
          { value: 'normal', label: t('reviewQueue.trackNormal') },
          { value: 'innovative', label: t('reviewQueue.trackInnovative') },
        ]}
      />
      <Select
        {...select}
        style={{ width: 130 }}
        id="queue-filter-applyType"
        aria-label={t('reviewQueue.applyType')}
        placeholder={t('reviewQueue.applyType')}
        value={filters.applyType}
        onChange={(v: string | undefined) => view.setFilters({ applyType: v })}
        options={[
          { value: 'normal', label: t('reviewQueue.applyTypeNormal') },
          { value: 'conversion', label: t('reviewQueue.applyTypeConversion') },
        ]}
      />
      <DatePicker.RangePicker
        id={{ start: 'queue-filter-submitted-from', end: 'queue-filter-submitted-to' }}
        aria-label={t('reviewQueue.submittedRange')}
        placeholder={[t('reviewQueue.submittedFrom'), t('reviewQueue.submittedTo')]}
        value={[
          filters.submittedFrom ? dayjs(filters.submittedFrom) : null,
          filters.submittedTo ? dayjs(filters.submittedTo) : null,
        ]}
        onChange={(range) =>
          view.setFilters({
            submittedFrom: range?.[0]?.format('YYYY-MM-DD') ?? null,
            submittedTo: range?.[1]?.format('YYYY-MM-DD') ?? null,
          })
        }
        allowEmpty={[true, true]}
      />
      <Select
        style={{ width: 180 }}
        id="queue-filter-sort"
        aria-label={t('reviewQueue.sort')}
        value={view.sort}
        onChange={(v: QueueSort) => view.setSort(v)}
        options={queueSorts.map((s) => ({
          value: s,
          label: t(sortLabelKeys[s] as 'reviewQueue.sortNewest'),
        }))}
      />
      {view.hasFilters ? <Button onClick={view.clearFilters}>{t('reviewQueue.clearFilters')}</Button> : null}
    </search>
  );
}
