import { Modal } from 'antd';
import { useContext, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNSAFE_DataRouterContext, UNSAFE_NavigationContext, useBlocker } from 'react-router';

interface LeavePromptProps {
  /** Asked at the moment of leaving (not at render), so a save that just finished lets the person go. */
  shouldBlock: () => boolean;
}

/**
 * 离开前提示: asks before leaving a section with unsaved edits — closing or reloading the tab
 * (beforeunload) and in-app navigation. Under a data router that is `useBlocker`; the app still
 * renders a `<BrowserRouter>` (no blocker there), so the navigator's push/replace are wrapped instead:
 * links, menus and buttons ask; the browser's own back button does not.
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
  const dataRouter = useContext(UNSAFE_DataRouterContext);
  return dataRouter ? <BlockerPrompt check={check} /> : <NavigatorPrompt check={check} />;
}

type Check = { current: () => boolean };

function BlockerPrompt({ check }: { check: Check }) {
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

function NavigatorPrompt({ check }: { check: Check }) {
  const { navigator } = useContext(UNSAFE_NavigationContext);
  const [pending, setPending] = useState<(() => void) | null>(null);
  useEffect(() => {
    const { push, replace } = navigator;
    navigator.push = (...args: Parameters<typeof push>) => {
      if (check.current()) setPending(() => () => push.apply(navigator, args));
      else push.apply(navigator, args);
    };
    navigator.replace = (...args: Parameters<typeof replace>) => {
      if (check.current()) setPending(() => () => replace.apply(navigator, args));
      else replace.apply(navigator, args);
    };
    return () => {
      navigator.push = push;
      navigator.replace = replace;
    };
  }, [navigator, check]);
  return (
    <LeaveModal
      open={pending !== null}
      onLeave={() => {
        const go = pending;
        setPending(null);
        go?.();
      }}
      onStay={() => setPending(null)}
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
