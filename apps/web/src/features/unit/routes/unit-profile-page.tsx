import { Alert, App, Button, Card, Descriptions, Modal, Space, Spin } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format-date-time';
import { useUnit } from '../api/get-unit';
import { UnitEditForm } from '../components/unit-edit-form';

/** The form that changes one of the admin's sign-in contacts (消息设置's, composed in by the app). */
export type ContactChangeSlot = (props: {
  userId: string;
  field: 'mobile' | 'email';
  onSaved: () => void;
}) => ReactNode;

/**
 * 单位信息 (unit admin): the registered details, and 修改 of what the unit may change itself. The admin's
 * mobile and e-mail are changed in a modal (修改手机号 / 修改邮箱) that asks for the current password.
 */
export function UnitProfilePage({ renderContactChange }: { renderContactChange?: ContactChangeSlot }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const unit = useUnit();
  const [editing, setEditing] = useState(false);
  const [conflicted, setConflicted] = useState(false);
  const [changing, setChanging] = useState<'mobile' | 'email' | null>(null);

  if (unit.isError)
    return (
      <Alert
        type="error"
        showIcon
        title={t('people.loadFailed')}
        action={<Button onClick={() => void unit.refetch()}>{t('people.retry')}</Button>}
      />
    );
  if (!unit.data) return <Spin />;
  const data = unit.data;
  const empty = t('unit.empty');
  const withChange = (value: string | null, field: 'mobile' | 'email') => (
    <Space wrap>
      {value ?? empty}
      {renderContactChange ? (
        <Button type="link" size="small" onClick={() => setChanging(field)}>
          {t(field === 'mobile' ? 'unit.changeMobile' : 'unit.changeEmail')}
        </Button>
      ) : null}
    </Space>
  );

  return (
    <Card
      title={t('unit.profileTitle')}
      extra={
        editing ? null : (
          <Button type="primary" onClick={() => setEditing(true)}>
            {t('unit.edit')}
          </Button>
        )
      }
    >
      {editing ? (
        <UnitEditForm
          key={data.version}
          unit={data}
          notice={conflicted ? t('people.versionConflict') : null}
          onSaved={() => {
            setEditing(false);
            setConflicted(false);
            void message.success(t('unit.saved'));
          }}
          onConflict={() => {
            setConflicted(true);
            void unit.refetch();
          }}
          onCancel={() => {
            setEditing(false);
            setConflicted(false);
          }}
        />
      ) : (
        <>
          <Descriptions
            column={{ xs: 1, md: 2 }}
            bordered
            items={[
              { key: 'orgCode', label: t('unit.orgCode'), children: data.orgCode },
              { key: 'name', label: t('unit.name'), children: data.name },
              { key: 'ss', label: t('unit.socialSecurityNo'), children: data.socialSecurityNo },
              { key: 'created', label: t('unit.createdAt'), children: formatDate(data.createdAt) },
              { key: 'adminName', label: t('unit.adminName'), children: data.admin.name },
              { key: 'adminUsername', label: t('unit.adminUsername'), children: data.admin.username },
              { key: 'email', label: t('unit.adminEmail'), children: withChange(data.admin.email, 'email') },
              { key: 'phone', label: t('unit.adminPhone'), children: data.admin.phone ?? empty },
              {
                key: 'mobile',
                label: t('unit.adminMobile'),
                children: withChange(data.admin.mobile, 'mobile'),
              },
            ]}
          />
          <p className="form-field-rule" style={{ marginTop: 12 }}>
            {t('unit.fixedNote')} {t('unit.contactNote')}
          </p>
          <Modal
            open={changing !== null}
            title={changing ? t(changing === 'mobile' ? 'unit.changeMobile' : 'unit.changeEmail') : null}
            footer={null}
            destroyOnHidden
            onCancel={() => setChanging(null)}
          >
            {changing && renderContactChange
              ? renderContactChange({
                  userId: data.admin.id,
                  field: changing,
                  onSaved: () => {
                    setChanging(null);
                    void unit.refetch();
                  },
                })
              : null}
          </Modal>
        </>
      )}
    </Card>
  );
}

export default UnitProfilePage;
