import { Alert, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQueue } from '../../features/review-queue/api/list-queue';

/**
 * The department's open 评审结果公示 windows by the day they end (soonest first), and how many have
 * ended and wait for 公示通过 / 公示不通过. Reads what 公示管理 reads (the same cached list, whose rows carry the window).
 */
export function ResultWindowsCard() {
  const { t } = useTranslation();
  const list = useQueue({ filters: { status: 'publicity' }, sort: 'submittedAt', cursor: null, limit: 100 });
  const rows = list.data?.items ?? [];
  const ending = new Map<string, number>();
  let ended = 0;
  for (const { resultPublicity: latest } of rows) {
    if (!latest) continue;
    if (latest.ended) ended += 1;
    else ending.set(latest.endsOn, (ending.get(latest.endsOn) ?? 0) + 1);
  }
  const items = [...ending.entries()].sort(([a], [b]) => a.localeCompare(b));
  return (
    <Card title={t('reviewTodo.windowsTitle')}>
      {list.error ? <Alert type="error" showIcon role="alert" title={list.error.message} /> : null}
      {ended > 0 ? (
        <Typography.Paragraph>
          <Link to="/dept/publicity">{t('reviewTodo.windowsEnded', { count: ended })}</Link>
        </Typography.Paragraph>
      ) : null}
      {items.length === 0 ? (
        <Typography.Text type="secondary">{t('reviewTodo.windowsNone')}</Typography.Text>
      ) : (
        <ul aria-label={t('reviewTodo.windowsTitle')} style={{ margin: 0, paddingInlineStart: 20 }}>
          {items.map(([endsOn, count]) => (
            <li key={endsOn}>{t('reviewTodo.windowEnds', { endsOn, count })}</li>
          ))}
        </ul>
      )}
    </Card>
  );
}
