import '../review-queue.css';
import type { ApplicationListItem, BatchTransitionResult, PublicitySummary } from '@zhicheng/contracts';
import { Alert, App, Button, Card, Empty, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ReadableTag } from '../../../components/readable-tag';
import { BatchResultModal } from '../../../shared/applications/batch-result-modal';
import { type PublicityDecision, useDecidePublicity } from '../api/decide-publicity';
import { useQueue } from '../api/list-queue';
import { PublicityDialog } from '../components/publicity-dialog';
import { PublicityFailDialog } from '../components/publicity-fail-dialog';

type WindowState = { kind: 'none' } | { kind: 'running' | 'ended'; window: PublicitySummary };

/** The row's latest 评审结果公示 window (the list row carries it): none, running or ended. */
function windowStateOf(row: ApplicationListItem): WindowState {
  const window = row.resultPublicity;
  if (!window) return { kind: 'none' };
  return { kind: window.ended ? 'ended' : 'running', window };
}

type Dialog =
  | { kind: 'publicize'; rows: ApplicationListItem[] }
  | { kind: 'fail'; rows: ApplicationListItem[] };

/**
 * 公示管理 (department): the applications in 公示中 with their latest 评审结果公示 window (none, running,
 * ended); 评审结果公示 for a selection, then 公示通过 / 公示不通过 (opinion required) per row or for the
 * selection once the window has ended, each application its own transition with a result per row.
 */
export function ResultPublicityPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const list = useQueue({ filters: { status: 'publicity' }, sort: 'submittedAt', cursor: null, limit: 100 });
  const rows = list.data?.items ?? [];
  const stateOf = windowStateOf;

  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const selected = rows.filter((row) => selectedIds.includes(row.id));
  const decidable = (row: ApplicationListItem, action: 'publicity_pass' | 'publicity_fail') =>
    stateOf(row).kind === 'ended' && row.allowedActions.includes(action);
  const toPublicize = selected.filter((row) => stateOf(row).kind === 'none');
  const toPass = selected.filter((row) => decidable(row, 'publicity_pass'));
  const toFail = selected.filter((row) => decidable(row, 'publicity_fail'));

  const decide = useDecidePublicity();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{
    title: string;
    result: BatchTransitionResult;
    names: Record<string, string>;
  } | null>(null);

  const run = async (decision: PublicityDecision, names: Record<string, string>) => {
    setError(null);
    try {
      const answer = await decide.mutateAsync(decision);
      setDialog(null);
      setSelectedIds((ids) => ids.filter((id) => !decision.applicationIds.includes(id)));
      setResult({
        title: t('resultPublicity.resultTitle', {
          action: t(decision.action === 'publicity_pass' ? 'resultPublicity.pass' : 'resultPublicity.fail'),
        }),
        result: answer,
        names,
      });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : t('errors.unknown'));
    }
  };
  const namesOf = (targets: ApplicationListItem[]) =>
    Object.fromEntries(targets.map((row) => [row.id, row.applicant.name]));

  const confirmPass = (targets: ApplicationListItem[]) =>
    modal.confirm({
      title: t('resultPublicity.passConfirm', { names: targets.map((r) => r.applicant.name).join('、') }),
      okText: t('resultPublicity.passOk'),
      cancelText: t('resultPublicity.cancel'),
      onOk: () =>
        run({ action: 'publicity_pass', applicationIds: targets.map((r) => r.id) }, namesOf(targets)),
    });

  const windowCell = (row: ApplicationListItem) => {
    const state = stateOf(row);
    if (state.kind === 'none')
      return <Typography.Text type="secondary">{t('resultPublicity.windowNone')}</Typography.Text>;
    const ended = state.kind === 'ended';
    return (
      <Space size={4} wrap>
        <span>{t('resultPublicity.windowDates', state.window)}</span>
        <ReadableTag color={ended ? 'green' : 'blue'}>
          {ended ? t('resultPublicity.windowEnded') : t('resultPublicity.windowRunning')}
        </ReadableTag>
      </Space>
    );
  };

  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('resultPublicity.hint')}</Typography.Paragraph>
      {list.error ? <Alert type="error" showIcon role="alert" title={list.error.message} /> : null}
      {selected.length > 0 ? (
        <div className="queue-batch-bar" role="toolbar" aria-label={t('resultPublicity.batchLabel')}>
          <Typography.Text>{t('resultPublicity.selected', { count: selected.length })}</Typography.Text>
          <Space wrap>
            {toPublicize.length > 0 ? (
              <Button type="primary" onClick={() => setDialog({ kind: 'publicize', rows: toPublicize })}>
                {t('resultPublicity.publicize', { count: toPublicize.length })}
              </Button>
            ) : null}
            {toPass.length > 0 ? (
              <Button type="primary" loading={decide.isPending} onClick={() => confirmPass(toPass)}>
                {t('resultPublicity.passSelected', { count: toPass.length })}
              </Button>
            ) : null}
            {toFail.length > 0 ? (
              <Button danger onClick={() => setDialog({ kind: 'fail', rows: toFail })}>
                {t('resultPublicity.failSelected', { count: toFail.length })}
              </Button>
            ) : null}
            <Button type="link" onClick={() => setSelectedIds([])}>
              {t('resultPublicity.clear')}
            </Button>
          </Space>
        </div>
      ) : null}
      <Table<ApplicationListItem>
        rowKey="id"
        size="middle"
        pagination={false}
        loading={list.isFetching}
        dataSource={rows}
        aria-label={t('resultPublicity.tableLabel')}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('resultPublicity.empty')} />,
        }}
        rowSelection={{
          selectedRowKeys: selectedIds,
          onChange: (keys) => setSelectedIds(keys.map(String)),
          getCheckboxProps: (row) => ({
            'aria-label': t('resultPublicity.selectRow', { name: row.applicant.name }),
          }),
        }}
        columns={[
          { title: t('resultPublicity.applicant'), key: 'name', render: (_, row) => row.applicant.name },
          { title: t('resultPublicity.unit'), dataIndex: 'unitName', key: 'unit' },
          {
            title: t('resultPublicity.qualification'),
            key: 'qualification',
            render: (_, row) => `${row.names.specialty} · ${row.names.qualification}`,
          },
          {
            title: t('resultPublicity.committee'),
            key: 'committee',
            render: (_, row) => row.names.committee,
          },
          { title: t('resultPublicity.window'), key: 'window', render: (_, row) => windowCell(row) },
          {
            title: t('resultPublicity.actions'),
            key: 'actions',
            render: (_, row) => (
              <Space size={4} wrap>
                <Link
                  to={`/dept/publicity/${row.id}`}
                  aria-label={t('resultPublicity.viewOf', { name: row.applicant.name })}
                >
                  {t('resultPublicity.view')}
                </Link>
                {decidable(row, 'publicity_pass') ? (
                  <Button
                    type="link"
                    size="small"
                    aria-label={t('resultPublicity.passOf', { name: row.applicant.name })}
                    onClick={() => confirmPass([row])}
                  >
                    {t('resultPublicity.pass')}
                  </Button>
                ) : null}
                {decidable(row, 'publicity_fail') ? (
                  <Button
                    type="link"
                    size="small"
                    danger
                    aria-label={t('resultPublicity.failOf', { name: row.applicant.name })}
                    onClick={() => setDialog({ kind: 'fail', rows: [row] })}
                  >
                    {t('resultPublicity.fail')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      {dialog?.kind === 'publicize' ? (
        <PublicityDialog
          stage="result"
          applicationIds={dialog.rows.map((row) => row.id)}
          names={dialog.rows.map((row) => row.applicant.name)}
          onDone={(workingDays) => {
            void message.success(
              t('resultPublicity.saved', { count: dialog.rows.length, days: workingDays }),
            );
            setDialog(null);
            setSelectedIds([]);
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'fail' ? (
        <PublicityFailDialog
          names={dialog.rows.map((row) => row.applicant.name)}
          submitting={decide.isPending}
          error={error}
          onSubmit={(opinion) =>
            void run(
              { action: 'publicity_fail', applicationIds: dialog.rows.map((row) => row.id), opinion },
              namesOf(dialog.rows),
            )
          }
          onClose={() => {
            setDialog(null);
            setError(null);
          }}
        />
      ) : null}
      {result ? (
        <BatchResultModal
          title={result.title}
          result={result.result}
          names={result.names}
          onClose={() => setResult(null)}
        />
      ) : null}
    </Card>
  );
}

export default ResultPublicityPage;
