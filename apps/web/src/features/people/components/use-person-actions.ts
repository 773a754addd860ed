import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAccountActions } from '../../../components/use-account-actions';
import { isApiError } from '../../../lib/api-error';
import { useDeletePerson } from '../api/delete-person';
import { personQueryOptions } from '../api/get-person';
import type { PeopleKind, PersonRow } from '../api/people-kind';
import { useResetPersonPassword } from '../api/reset-person-password';
import { useUpdatePerson } from '../api/update-person';

/** The row actions (删除, 停用/启用, 重置密码), each confirmed naming the person first. */
export function usePersonActions(kind: PeopleKind) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const remove = useDeletePerson(kind);
  const update = useUpdatePerson(kind);
  const reset = useResetPersonPassword(kind);
  const { fail, setStatus, ...account } = useAccountActions<PersonRow>({
    changeStatus: async (row, status) => {
      // The list has no versions: read the current one, then change only the status.
      const person = await queryClient.fetchQuery({ ...personQueryOptions(kind, row.id), staleTime: 0 });
      await update.mutateAsync({ id: row.id, version: person.version, body: { status } });
    },
    resetPassword: (id) => reset.mutateAsync(id),
    disableTitle: (row) => t(`people.${kind}.disableConfirm`, { name: row.name }),
  });

  const confirmDelete = (row: PersonRow) =>
    modal.confirm({
      title: t(`people.${kind}.deleteConfirm`, { name: row.name }),
      content: t('people.deleteContent'),
      okText: t('people.deleteAction'),
      okButtonProps: { danger: true },
      cancelText: t('people.cancel'),
      onOk: async () => {
        try {
          await remove.mutateAsync(row.id);
          void message.success(t('people.deleted', { name: row.name }));
        } catch (error) {
          // Submitted an application meanwhile: the account can only be disabled now.
          if (isApiError(error, 'conflict')) {
            modal.confirm({
              title: t(`people.${kind}.cannotDelete`, { name: row.name }),
              content: t('people.disableContent'),
              okText: t('people.disableAction'),
              okButtonProps: { danger: true },
              cancelText: t('people.cancel'),
              onOk: () => setStatus(row, 'disabled'),
            });
          } else fail(error);
        }
      },
    });

  return { confirmDelete, ...account };
}
