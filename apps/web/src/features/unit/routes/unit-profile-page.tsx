import { Alert, App, Button, Card, Descriptions, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format-date-time';
import { useUnit } from '../api/get-unit';
import { UnitEditForm } from '../components/unit-edit-form';

/** 单位信息 (unit admin): the registered details, and 修改 of what the unit may change itself. */
export function UnitProfilePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const unit = useUnit();
  const [editing, setEditing] = useState(false);
  const [conflicted, setConflicted] = useState(false);

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
              { key: 'email', label: t('unit.adminEmail'), children: data.admin.email ?? empty },
              { key: 'phone', label: t('unit.adminPhone'), children: data.admin.phone ?? empty },
              { key: 'mobile', label: t('unit.adminMobile'), children: data.admin.mobile ?? empty },
            ]}
          />
          <p className="form-field-rule" style={{ marginTop: 12 }}>
            {t('unit.fixedNote')}
          </p>
        </>
      )}
    </Card>
  );
}

export default UnitProfilePage;
