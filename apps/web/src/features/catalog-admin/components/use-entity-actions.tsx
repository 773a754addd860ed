import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error';

interface Target {
  /** 申报系列, 评委会 … */
  kind: string;
  name: string;
}

/**
 * Destructive actions ask first, naming the object. A delete the server refuses because the entry is
 * in use (409 `conflict`) shows why and offers 停用 instead.
 */
export function useEntityActions() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();

  const deactivate = async (run: () => Promise<unknown>) => {
    await run();
    void message.success(t('catalogAdmin.deactivated'));
  };

  return {
    confirmDelete(
      target: Target,
      remove: () => Promise<unknown>,
      deactivateInstead?: () => Promise<unknown>,
    ) {
      modal.confirm({
        title: t('catalogAdmin.deleteConfirm', { ...target }),
        content: t('catalogAdmin.deleteHint'),
        okText: t('catalogAdmin.delete'),
        okButtonProps: { danger: true },
        cancelText: t('catalogAdmin.cancel'),
        onOk: async () => {
          try {
            await remove();
            void message.success(t('catalogAdmin.deleted'));
          } catch (error) {
            const text = isApiError(error) ? error.displayMessage : t('errors.unknown');
            if (isApiError(error, 'conflict') && deactivateInstead) {
              modal.confirm({
                title: t('catalogAdmin.inUseTitle', { ...target }),
                content: text,
                okText: t('catalogAdmin.deactivate'),
                cancelText: t('catalogAdmin.cancel'),
                onOk: () => deactivate(deactivateInstead),
              });
            } else {
              modal.error({ title: t('catalogAdmin.inUseTitle', { ...target }), content: text });
            }
          }
        },
      });
    },
    confirmDeactivate(target: Target, run: () => Promise<unknown>) {
      modal.confirm({
        title: t('catalogAdmin.deactivateConfirm', { ...target }),
        content: t('catalogAdmin.deactivateHint'),
        okText: t('catalogAdmin.deactivate'),
        cancelText: t('catalogAdmin.cancel'),
        onOk: () => deactivate(run),
      });
    },
    async activate(run: () => Promise<unknown>) {
      try {
        await run();
        void message.success(t('catalogAdmin.activated'));
      } catch (error) {
        void message.error(isApiError(error) ? error.displayMessage : t('errors.unknown'));
      }
    },
  };
}
