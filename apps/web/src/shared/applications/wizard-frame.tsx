import './wizard-frame.css';
import { Card, Steps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export type WizardStep = 0 | 1 | 2 | 3;

interface WizardFrameProps {
  track: 'normal' | 'innovative';
  /** 0 = 选择申报资格 … 3 = 提交单位审核. */
  current: WizardStep;
  children: ReactNode;
}

/** Every wizard step: the track's heading, 返回申报页面, and the four-step bar. */
export function WizardFrame({ track, current, children }: WizardFrameProps) {
  const { t } = useTranslation();
  const steps = [
    t('wizard.stepQualification'),
    t('wizard.stepSections'),
    t('wizard.stepMaterials'),
    t('wizard.stepSubmit'),
  ];
  return (
    <Card
      className="wizard-card"
      title={track === 'innovative' ? t('wizard.titleInnovative') : t('wizard.titleNormal')}
      extra={<Link to="/applicant">{t('wizard.backHome')}</Link>}
    >
      <nav aria-label={t('wizard.stepsLabel')} className="wizard-steps">
        <Steps current={current} size="small" items={steps.map((title) => ({ title }))} />
      </nav>
      {children}
    </Card>
  );
}
