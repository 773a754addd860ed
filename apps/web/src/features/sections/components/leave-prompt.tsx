import { Button, Modal } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

interface LeavePromptProps {
  /** Asked at the moment of leaving (not at render), so a save that just finished lets the person go. */
  shouldBlock: () => boolean;
  /** 保存并离开: saves the edits; true when saved (then the person goes on), false stays on the form. */
  onSave: () => Promise<boolean>;
}

/**
 * 离开前提示: asks before leaving a section with unsaved edits — closing or reloading the tab
 * (beforeunload) and every navigation inside the app, the browser's back and forward buttons included
 * (`useBlocker`, which is why the app runs on a data router).
 */
export function LeavePrompt({ shouldBlock, onSave }: LeavePromptProps) {
  const check = useRef(shouldBlock);
  check.current = shouldBlock;
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!check.current()) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      currentLocation.pathname !== nextLocation.pathname && check.current(),
  );
  const [saving, setSaving] = useState(false);
  const saveAndLeave = async () => {
    setSaving(true);
    try {
      // A refused save (e.g. a conflict) keeps the person on the form, where its message shows.
      if (await onSave()) blocker.proceed?.();
      else blocker.reset?.();
    } finally {
      setSaving(false);
    }
  };
  return (
    <LeaveModal
      open={blocker.state === 'blocked'}
      saving={saving}
      onSave={() => void saveAndLeave()}
      onDiscard={() => blocker.proceed?.()}
      onStay={() => blocker.reset?.()}
    />
  );
}

interface LeaveModalProps {
  open: boolean;
  saving: boolean;
  onSave: () => void;
  onDiscard: () => void;
  onStay: () => void;
}

/** Stay (the default, first), discard (destructive, apart) or 保存并离开 (primary). */
function LeaveModal({ open, saving, onSave, onDiscard, onStay }: LeaveModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={t('sections.leave.title')}
      onCancel={saving ? undefined : onStay}
      closable={!saving}
      mask={{ closable: !saving }}
      destroyOnHidden
      footer={
        <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: 8 }}>
          <Button danger disabled={saving} onClick={onDiscard}>
            {t('sections.leave.ok')}
          </Button>
          <span style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            <Button disabled={saving} onClick={onStay}>
              {t('sections.leave.cancel')}
            </Button>
            <Button type="primary" loading={saving} onClick={onSave}>
              {t('sections.leave.save')}
            </Button>
          </span>
        </div>
      }
    >
      {t('sections.leave.body')}
    </Modal>
  );
}
