import { PlusOutlined } from '@ant-design/icons';
import { type WorkCalendarYear, workCalendarSchema } from '@zhicheng/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Row,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/form-alert';
import { FormField } from '../../../components/form-field';
import { ApiError } from '../../../lib/api-error';
import { dayjs } from '../../../lib/dayjs';
import { useAdminCalendar } from '../api/get-admin-calendar';
import { useSaveCalendar } from '../api/save-calendar';

type ListKey = 'holidays' | 'workdays';
type FieldErrors = Partial<Record<'year' | ListKey, string>>;

/** Field errors by list (`holidays.3` → holidays), from the contract's check or the server's answer. */
function errorsByField(issues: readonly { path: string; message: string }[]): {
  fields: FieldErrors;
  rest: string[];
} {
  const fields: FieldErrors = {};
  const rest: string[] = [];
  for (const issue of issues) {
    const key = issue.path.split('.')[0];
    if (key === 'year' || key === 'holidays' || key === 'workdays') {
      fields[key] = fields[key] ? `${fields[key]}；${issue.message}` : issue.message;
    } else rest.push(issue.message);
  }
  return { fields, rest };
}

function DateList(props: {
  listKey: ListKey;
  year: number;
  dates: string[];
  error: string | undefined;
  onAdd: (date: string) => string | null;
  onRemove: (date: string) => void;
}) {
  const { listKey, year, dates, error, onAdd, onRemove } = props;
  const { t } = useTranslation();
  const [picked, setPicked] = useState<Dayjs | null>(null);
  const [addError, setAddError] = useState<string | null>(null);
  const id = `calendar-${listKey}`;
  const add = () => {
    if (!picked) return;
    const problem = onAdd(picked.format('YYYY-MM-DD'));
    setAddError(problem);
    if (!problem) setPicked(null);
  };
  return (
    <FormField
      id={id}
      label={`${t(`calendar.${listKey}`)}（${dates.length}）`}
      rule={t(`calendar.${listKey}Rule`)}
      error={addError ?? error}
    >
      {(control) => (
        <div>
          <Space.Compact style={{ width: '100%', marginBottom: 12 }}>
            <DatePicker
              {...control}
              aria-label={t(listKey === 'holidays' ? 'calendar.addHoliday' : 'calendar.addWorkday')}
              placeholder={t('calendar.pickDate')}
              format="YYYY-MM-DD"
              value={picked}
              defaultPickerValue={dayjs(`${year}-01-01`)}
              disabledDate={(d) => d.year() !== year}
              onChange={(d) => {
                setPicked(d);
                setAddError(null);
              }}
              style={{ flex: 1 }}
            />
            <Button icon={<PlusOutlined aria-hidden />} disabled={!picked} onClick={add}>
              {t(listKey === 'holidays' ? 'calendar.addHoliday' : 'calendar.addWorkday')}
            </Button>
          </Space.Compact>
          <Table<{ date: string }>
            rowKey="date"
            size="small"
            bordered
            pagination={false}
            aria-label={t(`calendar.${listKey}`)}
            dataSource={dates.map((date) => ({ date }))}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={t(
                    listKey === 'holidays' ? 'calendar.emptyHolidays' : 'calendar.emptyWorkdays',
                  )}
                />
              ),
            }}
            columns={[
              { title: t('calendar.date'), dataIndex: 'date' },
              {
                title: t('calendar.weekday'),
                key: 'weekday',
                render: (_, { date }) => dayjs(date).format('dddd'),
              },
              {
                title: t('calendar.remove'),
                key: 'remove',
                width: 80,
                render: (_, { date }) => (
                  <Button
                    type="link"
                    size="small"
                    danger
                    aria-label={t('calendar.removeDate', { date })}
                    onClick={() => onRemove(date)}
                  >
                    {t('calendar.remove')}
                  </Button>
                ),
              },
            ]}
          />
        </div>
      )}
    </FormField>
  );
}

/** 工作日历: the bureau's holidays and make-up working days per year, which time every publicity window. */
export function CalendarPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const calendar = useAdminCalendar(year);
  const save = useSaveCalendar();
  // Edits of the year shown, on top of what the server has; dropped when another year is picked.
  const [draft, setDraft] = useState<WorkCalendarYear | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [alert, setAlert] = useState<string | null>(null);

  const current = draft?.year === year ? draft : (calendar.data ?? null);
  const dirty = draft?.year === year;

  const change = (next: WorkCalendarYear) => {
    setDraft(next);
    setErrors({});
    setAlert(null);
  };
  const add = (key: ListKey) => (date: string) => {
    if (!current) return null;
    if (!date.startsWith(`${year}-`)) return t('calendar.otherYear', { year });
    if (current[key].includes(date)) return t('calendar.duplicate', { date });
    const other: ListKey = key === 'holidays' ? 'workdays' : 'holidays';
    if (current[other].includes(date)) return t('calendar.conflict', { date, list: t(`calendar.${other}`) });
    change({ ...current, [key]: [...current[key], date].sort() });
    return null;
  };
  const remove = (key: ListKey) => (date: string) => {
    if (current) change({ ...current, [key]: current[key].filter((d) => d !== date) });
  };

  const submit = async () => {
    if (!current) return;
    setAlert(null);
    const parsed = workCalendarSchema.safeParse(current);
    if (!parsed.success) {
      const found = errorsByField(
        parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      );
      setErrors(found.fields);
      setAlert(found.rest.join('；') || null);
      return;
    }
    try {
      const saved = await save.mutateAsync(parsed.data);
      setDraft(null);
      setErrors({});
      void message.success(t('calendar.saved', { year: saved.year }));
    } catch (error) {
      if (error instanceof ApiError && error.errors.length > 0) {
        const found = errorsByField(error.errors);
        setErrors(found.fields);
        setAlert(found.rest.join('；') || null);
      } else {
        setAlert(error instanceof Error ? error.message : t('errors.unknown'));
      }
    }
  };

  const years = Array.from({ length: 5 }, (_, i) => thisYear - 2 + i);

  return (
    <Card
      title={
        <Space>
          <label htmlFor="calendar-year">{t('calendar.year')}</label>
          <Select
            id="calendar-year"
            aria-label={t('calendar.year')}
            value={year}
            onChange={(value: number) => {
              setYear(value);
              setErrors({});
              setAlert(null);
            }}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 110 }}
            status={errors.year ? 'error' : undefined}
          />
          {errors.year ? <Typography.Text type="danger">{errors.year}</Typography.Text> : null}
        </Space>
      }
      extra={
        <Space>
          {dirty ? <Typography.Text type="warning">{t('calendar.unsaved')}</Typography.Text> : null}
          <Button type="primary" loading={save.isPending} disabled={!current} onClick={() => void submit()}>
            {t('calendar.save')}
          </Button>
        </Space>
      }
      loading={calendar.isPending}
    >
      <Typography.Paragraph type="secondary">{t('calendar.intro')}</Typography.Paragraph>
      {calendar.error ? <Alert type="error" showIcon role="alert" title={calendar.error.message} /> : null}
      <FormAlert message={alert} />
      {current ? (
        <Row gutter={24}>
          {(['holidays', 'workdays'] as const).map((key) => (
            <Col xs={24} md={12} key={`${year}-${key}`}>
              <DateList
                listKey={key}
                year={year}
                dates={current[key]}
                error={errors[key]}
                onAdd={add(key)}
                onRemove={remove(key)}
              />
            </Col>
          ))}
        </Row>
      ) : null}
    </Card>
  );
}

export default CalendarPage;
