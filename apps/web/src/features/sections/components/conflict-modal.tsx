import { Button, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conflict } from './use-section-editor';

interface ConflictModalProps {
  conflict: Conflict | null;
  onLoadServer: () => Promise<unknown>;
  onOverwrite: () => Promise<unknown>;
}

/** 409 version_conflict: never overwrite silently; the person picks the saved version or theirs. */
export function ConflictModal({ conflict, onLoadServer, onOverwrite }: ConflictModalProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<'load' | 'overwrite' | null>(null);
  const run = (which: 'load' | 'overwrite', action: () => Promise<unknown>) => {
    setBusy(which);
    void action().finally(() => setBusy(null));
  };
  return (
    <Modal
      open={conflict !== null}
      title={t('sections.conflict.title')}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Space wrap>
          <Button loading={busy === 'load'} onClick={() => run('load', onLoadServer)}>
            {t('sections.conflict.loadServer')}
          </Button>
          <Button
            type="primary"
            danger
            loading={busy === 'overwrite'}
            onClick={() => run('overwrite', onOverwrite)}
          >
            {t('sections.conflict.overwrite')}
          </Button>
        </Space>
      }
    >
      {t('sections.conflict.body', { version: conflict?.currentVersion ?? '?' })}
    </Modal>
  );
}
