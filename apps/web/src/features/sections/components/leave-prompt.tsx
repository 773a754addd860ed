import { Modal } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

interface LeavePromptProps {
  /** Asked at the moment of leaving (not at render), so a save that just finished lets the person go. */
  shouldBlock: () => boolean;
}

/**
 * 离开前提示: asks before leaving a section with unsaved edits — closing or reloading the tab
 * (beforeunload) and every navigation inside the app, the browser's back and forward buttons included
 * (`useBlocker`, which is why the app runs on a data router).
 */
export function LeavePrompt({ shouldBlock }: LeavePromptProps) {
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
  return (
    <LeaveModal
      open={blocker.state === 'blocked'}
      onLeave={() => blocker.proceed?.()}
      onStay={() => blocker.reset?.()}
    />
  );
}

function LeaveModal({ open, onLeave, onStay }: { open: boolean; onLeave: () => void; onStay: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={t('sections.leave.title')}
      okText={t('sections.leave.ok')}
      cancelText={t('sections.leave.cancel')}
      onOk={onLeave}
      onCancel={onStay}
      okButtonProps={{ danger: true }}
      destroyOnHidden
    >
      {t('sections.leave.body')}
    </Modal>
  );
}
