import { Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewerRow } from '../api/list-reviewers';
import { ReviewerEditForm } from './reviewer-edit-form';

interface ReviewerEditModalProps {
  /** The row being edited, as the list shows it now (after a conflict, its reloaded version). */
  reviewer: ReviewerRow | null;
  onClose: () => void;
  onSaved: (reviewer: ReviewerRow) => void;
}

/** 修改审核人员 in a modal; the form starts over whenever the row's version changes. */
export function ReviewerEditModal({ reviewer, onClose, onSaved }: ReviewerEditModalProps) {
  const { t } = useTranslation();
  const [conflicted, setConflicted] = useState(false);
  const close = () => {
    setConflicted(false);
    onClose();
  };

  return (
    <Modal
      open={reviewer !== null}
      title={t('reviewers.edit')}
      onCancel={close}
      footer={null}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {reviewer ? (
        <ReviewerEditForm
          key={reviewer.version}
          reviewer={reviewer}
          notice={conflicted ? t('people.versionConflict') : null}
          onConflict={() => setConflicted(true)}
          onSaved={(saved) => {
            setConflicted(false);
            onSaved(saved);
          }}
        />
      ) : null}
    </Modal>
  );
}
