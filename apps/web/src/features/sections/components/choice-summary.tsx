import type { Application, Catalog } from '@zhicheng/contracts';
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../../shared/applications/status-tag';

/** The qualification an application is for, as chosen in step 1. */
export function ChoiceSummary({
  application,
  catalog,
}: {
  application: Application;
  catalog?: Catalog | undefined;
}) {
  const { t } = useTranslation();
  const { names } = application;
  const condition = catalog?.innovativeConditions.find((c) => c.id === application.innovativeCondition);
  return (
    <Descriptions
      title={t('wizard.summaryTitle')}
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      items={[
        { key: 'cycle', label: t('applicantHome.cycle'), children: names.cycle },
        { key: 'status', label: t('wizard.status'), children: <StatusTag status={application.status} /> },
        {
          key: 'track',
          label: t('wizard.track'),
          children:
            application.track === 'innovative' ? t('wizard.trackInnovative') : t('wizard.trackNormal'),
        },
        application.track === 'innovative'
          ? {
              key: 'condition',
              label: t('wizard.condition'),
              children: condition
                ? `(${condition.id}) ${condition.text}`
                : `(${application.innovativeCondition})`,
            }
          : {
              key: 'applyType',
              label: t('wizard.applyType'),
              children:
                application.applyType === 'conversion'
                  ? t('wizard.applyTypeConversion')
                  : t('wizard.applyTypeNormal'),
            },
        { key: 'series', label: t('wizard.series'), children: names.series },
        { key: 'specialty', label: t('wizard.specialty'), children: names.specialty },
        { key: 'level', label: t('wizard.level'), children: application.level },
        { key: 'qualification', label: t('wizard.qualification'), children: names.qualification },
        { key: 'committee', label: t('wizard.committee'), children: names.committee },
        { key: 'department', label: t('wizard.department'), children: names.department },
      ]}
    />
  );
}
