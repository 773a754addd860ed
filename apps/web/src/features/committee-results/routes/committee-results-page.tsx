import '../committee-results.css';
import {
  type ApplicationListItem,
  type BatchTransitionResult,
  chinaDate,
  committeeResultsRequestSchema,
  twoThirds,
} from '@zhicheng/contracts';
import { Alert, Button, Card, DatePicker, Empty, InputNumber, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { FormAlert } from '../../../components/form-alert';
import { FormField } from '../../../components/form-field';
import { ReadableTag } from '../../../components/readable-tag';
import { isApiError } from '../../../lib/api-error';
import { dayjs } from '../../../lib/dayjs';
import { BatchResultModal } from '../../../shared/applications/batch-result-modal';
import { useCommitteeExpertCount } from '../../../shared/catalog/get-committee-experts';
import { useCommitteeQueue } from '../api/list-committee-queue';
import { useRecordCommitteeResults } from '../api/record-committee-results';
import { emptyEntry, presentProblem, type RowEntry, type RowState, rowState } from '../components/row-votes';

const voteKinds = ['for', 'against', 'abstain'] as const;
type VoteKind = (typeof voteKinds)[number];

/** The contract's message for a meeting field, or undefined. */
function fieldError(schema: z.ZodType, value: unknown): string | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}

/**
 * 评审结果录入: one committee meeting (date, experts present), the votes for each application in
 * 评委会评审中 in one table with the result they decide shown as they are typed; one submit records the
 * filled rows (each its own transition) and shows a result per row.
 */
export function CommitteeResultsPage() {
  const { t } = useTranslation();
  const queue = useCommitteeQueue();
  // The secretary's one committee: the one of the applications waiting for it.
  const expertCount = useCommitteeExpertCount(queue.data?.items[0]?.committeeId);
  const record = useRecordCommitteeResults();

  const [meetingDate, setMeetingDate] = useState(chinaDate(new Date()));
  const [present, setPresent] = useState<number | null>(null);
  const [entries, setEntries] = useState<Record<string, RowEntry>>({});
  const [errors, setErrors] = useState<{ meetingDate?: string; present?: string }>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [result, setResult] = useState<{
    result: BatchTransitionResult;
    names: Record<string, string>;
  } | null>(null);

  const rows = queue.data?.items ?? [];
  const experts = expertCount ?? null;
  const stateOf = (row: ApplicationListItem): RowState =>
    rowState(entries[row.id] ?? emptyEntry, present, experts);
  const filled = rows.filter((row) => stateOf(row).kind !== 'empty');
  const presentIssue = presentProblem(present, experts);

  const setVote = (id: string, kind: VoteKind, value: number | null) =>
    setEntries((current) => ({ ...current, [id]: { ...(current[id] ?? emptyEntry), [kind]: value } }));

  const submit = async () => {
    setAlert(null);
    const shape = committeeResultsRequestSchema.shape;
    const next = {
      meetingDate: fieldError(shape.meetingDate, meetingDate),
      present: presentIssue ?? fieldError(shape.present, present ?? undefined),
    };
    setErrors(next);
    if (next.meetingDate || next.present) return;
    if (filled.length === 0) {
      setAlert(t('committeeResults.noneFilled'));
      return;
    }
    const invalid = filled.filter((row) => stateOf(row).kind === 'invalid');
    if (invalid.length > 0) {
      setAlert(t('committeeResults.invalidRows', { count: invalid.length }));
      return;
    }
    const parsed = committeeResultsRequestSchema.safeParse({
      meetingDate,
      present,
      results: filled.map((row) => {
        const entry = entries[row.id] ?? emptyEntry;
        return {
          applicationId: row.id,
          for: entry.for,
          against: entry.against,
          abstain: entry.abstain ?? 0,
        };
      }),
    });
    if (!parsed.success) {
      setAlert(parsed.error.issues[0]?.message ?? t('errors.unknown'));
      return;
    }
    try {
      const answer = await record.mutateAsync(parsed.data);
      const names = Object.fromEntries(filled.map((row) => [row.id, row.applicant.name]));
      // What went through leaves the table; what did not keeps its numbers for another try.
      setEntries((current) => {
        const kept = { ...current };
        for (const r of answer.results) if (r.ok) delete kept[r.id];
        return kept;
      });
      setResult({ result: answer, names });
    } catch (failure) {
      setAlert(isApiError(failure) ? failure.displayMessage : t('errors.unknown'));
    }
  };

  const quorumRule =
    experts !== null
      ? t('committeeResults.quorumHint', { experts, quorum: twoThirds(experts) })
      : t('committeeResults.presentRule');

  const resultCell = (row: ApplicationListItem) => {
    const state = stateOf(row);
    if (state.kind === 'empty')
      return <Typography.Text type="secondary">{t('committeeResults.notEntered')}</Typography.Text>;
    if (state.kind === 'invalid')
      return (
        <Typography.Text type="danger" role="alert">
          {state.message}
        </Typography.Text>
      );
    return state.result === 'committee_pass' ? (
      <ReadableTag color="green">{t('committeeResults.pass')}</ReadableTag>
    ) : (
      <ReadableTag color="red">{t('committeeResults.fail')}</ReadableTag>
    );
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={<h2 className="card-heading">{t('committeeResults.meetingTitle')}</h2>}>
        <div className="committee-meeting">
          <FormField
            id="meeting-date"
            label={t('committeeResults.meetingDate')}
            required
            rule={t('committeeResults.meetingDateRule')}
            error={errors.meetingDate}
          >
            {(props) => (
              <DatePicker
                {...props}
                format="YYYY-MM-DD"
                value={meetingDate ? dayjs(meetingDate) : null}
                onChange={(date) => setMeetingDate(date ? date.format('YYYY-MM-DD') : '')}
              />
            )}
          </FormField>
          <FormField
            id="meeting-present"
            label={t('committeeResults.present')}
            required
            rule={quorumRule}
            error={errors.present ?? presentIssue ?? undefined}
          >
            {(props) => (
              <InputNumber
                {...props}
                min={1}
                max={500}
                precision={0}
                value={present}
                onChange={(value) => setPresent(typeof value === 'number' ? value : null)}
              />
            )}
          </FormField>
        </div>
      </Card>
      <Card title={<h2 className="card-heading">{t('committeeResults.tableTitle')}</h2>}>
        <Typography.Paragraph type="secondary">{t('committeeResults.hint')}</Typography.Paragraph>
        <FormAlert message={alert} />
        {queue.error ? <Alert type="error" showIcon role="alert" title={queue.error.message} /> : null}
        <Table<ApplicationListItem>
          rowKey="id"
          size="middle"
          pagination={false}
          loading={queue.isPending}
          dataSource={rows}
          aria-label={t('committeeResults.tableTitle')}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('committeeResults.empty')} />
            ),
          }}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('committeeResults.applicant'), key: 'name', render: (_, row) => row.applicant.name },
            { title: t('committeeResults.unit'), dataIndex: 'unitName', key: 'unit' },
            {
              title: t('committeeResults.qualification'),
              key: 'qualification',
              render: (_, row) => `${row.names.specialty} · ${row.names.qualification}`,
            },
            ...voteKinds.map((kind) => ({
              title: t(`committeeResults.${kind}`),
              key: kind,
              width: 110,
              render: (_: unknown, row: ApplicationListItem) => (
                <InputNumber
                  aria-label={t('committeeResults.voteLabel', {
                    name: row.applicant.name,
                    kind: t(`committeeResults.${kind}`),
                  })}
                  min={0}
                  max={500}
                  precision={0}
                  style={{ width: 90 }}
                  value={entries[row.id]?.[kind] ?? null}
                  onChange={(value) => setVote(row.id, kind, typeof value === 'number' ? value : null)}
                />
              ),
            })),
            {
              title: t('committeeResults.result'),
              key: 'result',
              render: (_, row) => <div aria-live="polite">{resultCell(row)}</div>,
            },
            {
              title: t('committeeResults.actions'),
              key: 'actions',
              render: (_, row) => (
                <Link
                  to={`/committee/results/${row.id}`}
                  aria-label={t('committeeResults.viewOf', { name: row.applicant.name })}
                >
                  {t('committeeResults.view')}
                </Link>
              ),
            },
          ]}
        />
        <div className="committee-submit">
          <Button
            type="primary"
            loading={record.isPending}
            disabled={rows.length === 0}
            onClick={() => void submit()}
          >
            {t('committeeResults.submit', { count: filled.length })}
          </Button>
        </div>
      </Card>
      {result ? (
        <BatchResultModal
          title={t('committeeResults.resultTitle')}
          result={result.result}
          names={result.names}
          onClose={() => setResult(null)}
        />
      ) : null}
    </Space>
  );
}

export default CommitteeResultsPage;
