import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const pad = (n: number) => String(n).padStart(2, '0');

interface SaveBarProps {
  saving: boolean;
  dirty: boolean;
  savedAt: Date | null;
  hasNext: boolean;
  onSave: () => void;
  onSaveNext: () => void;
}

/** 保存 / 保存并下一项 and the saving indicator ("已保存 12:03"), announced to screen readers. */
export function SaveBar({ saving, dirty, savedAt, hasNext, onSave, onSaveNext }: SaveBarProps) {
  const { t } = useTranslation();
  let state = t('sections.autosaveHint');
  if (saving) state = t('sections.saving');
  else if (dirty) state = t('sections.unsaved');
  else if (savedAt)
    state = t('sections.savedAt', { time: `${pad(savedAt.getHours())}:${pad(savedAt.getMinutes())}` });
  return (
    <div className="section-save-bar">
      <Space wrap>
        <Button onClick={onSave} loading={saving}>
          {t('sections.save')}
        </Button>
        <Button type="primary" onClick={onSaveNext} disabled={saving}>
          {hasNext ? t('sections.saveNext') : t('sections.saveBack')}
        </Button>
      </Space>
      <Typography.Text type="secondary" role="status" aria-live="polite" className="section-save-state">
        {state}
      </Typography.Text>
    </div>
  );
}
