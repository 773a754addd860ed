import { Alert, Button, Drawer, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePerson } from '../api/get-person';
import type { PeopleKind, PersonDetail } from '../api/people-kind';
import { PersonCreateForm } from './person-create-form';
import { PersonEditForm } from './person-edit-form';

/** What the drawer is open for: a new account, or editing one (by id). */
export type DrawerState = { mode: 'create' } | { mode: 'edit'; id: string } | null;

interface PersonDrawerProps {
  kind: PeopleKind;
  state: DrawerState;
  onClose: () => void;
  onDone: (person: PersonDetail, mode: 'create' | 'edit') => void;
}

export function PersonDrawer({ kind, state, onClose, onDone }: PersonDrawerProps) {
  const { t } = useTranslation();
  const editId = state?.mode === 'edit' ? state.id : null;
  const person = usePerson(kind, editId);
  const [conflicted, setConflicted] = useState(false);
  const close = () => {
    setConflicted(false);
    onClose();
  };

  let body = null;
  if (state?.mode === 'create') {
    body = <PersonCreateForm kind={kind} onCreated={(p) => onDone(p, 'create')} />;
  } else if (state?.mode === 'edit') {
    if (person.isError)
      body = (
        <Alert
          type="error"
          showIcon
          title={t('people.loadFailed')}
          action={<Button onClick={() => void person.refetch()}>{t('people.retry')}</Button>}
        />
      );
    else if (!person.data || person.isFetching) body = <Spin />;
    else
      body = (
        <PersonEditForm
          key={person.data.version}
          kind={kind}
          person={person.data}
          notice={conflicted ? t('people.versionConflict') : null}
          onSaved={(p) => {
            setConflicted(false);
            onDone(p, 'edit');
          }}
          onConflict={() => {
            setConflicted(true);
            void person.refetch();
          }}
        />
      );
  }

  return (
    <Drawer
      open={state !== null}
      onClose={close}
      title={state ? t(state.mode === 'create' ? `people.${kind}.add` : `people.${kind}.edit`) : ''}
      size={480}
      extra={<Button onClick={close}>{t('people.cancel')}</Button>}
      destroyOnHidden
    >
      {body}
    </Drawer>
  );
}
