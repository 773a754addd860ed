import { Card, Tabs } from 'antd';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type zhCN from '../../../i18n/zh-CN.json';
import { ApiKeysPanel } from '../api-keys/api-keys-panel';
import { WebhooksPanel } from '../webhooks/components/webhooks-panel';

/** One tab of 接口对接: its `?tab=` value, its name under `integrations.*` and its content. */
interface IntegrationTab {
  key: string;
  labelKey: Exclude<keyof (typeof zhCN)['integrations'], 'tabsLabel'>;
  Panel: ComponentType;
}

/** The tabs in order; each integration method adds one entry (and its `integrations.*` name). */
const integrationTabs: readonly IntegrationTab[] = [
  { key: 'api-keys', labelKey: 'apiKeysTab', Panel: ApiKeysPanel },
  { key: 'webhooks', labelKey: 'webhooksTab', Panel: WebhooksPanel },
];

/**
 * 接口对接 (unit admin: the unit's; bureau admin: the bureau's): how other systems connect. The open
 * tab is kept in `?tab=`, so a link can open one.
 */
export function IntegrationsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const active = integrationTabs.some((tab) => tab.key === requested) ? requested : integrationTabs[0]?.key;

  return (
    <Card>
      <Tabs
        activeKey={active ?? undefined}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        aria-label={t('integrations.tabsLabel')}
        items={integrationTabs.map(({ key, labelKey, Panel }) => ({
          key,
          label: t(`integrations.${labelKey}`),
          children: <Panel />,
        }))}
      />
    </Card>
  );
}

export default IntegrationsPage;
