import type { Stats } from '@zhicheng/contracts';
import { Progress } from 'antd';
import { useTranslation } from 'react-i18next';

/** The funnel from submitted to approved as horizontal bars (each stage against the first). */
export function StatsFunnel({ funnel }: { funnel: Stats['funnel'] }) {
  const { t } = useTranslation();
  const first = funnel[0]?.count ?? 0;
  return (
    <section aria-labelledby="stats-funnel-title">
      <h2 id="stats-funnel-title" className="stats-heading">
        {t('stats.funnel')}
      </h2>
      <ul className="stats-funnel">
        {funnel.map((step) => {
          const percent = first > 0 ? Math.round((step.count / first) * 100) : 0;
          const label =
            step.stage === 'approved' ? t('applicationStatus.approved') : t(`stats.stage.${step.stage}`);
          return (
            <li key={step.stage}>
              <span className="stats-funnel-label">{label}</span>
              <Progress
                percent={percent}
                showInfo={false}
                aria-label={label}
                style={{ flex: 1, margin: 0 }}
              />
              <span className="stats-funnel-count">{t('stats.count', { count: step.count })}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
