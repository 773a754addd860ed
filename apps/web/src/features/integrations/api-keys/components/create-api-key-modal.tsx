import { type ApiKeyCreated, apiKeyCreateSchema, apiKeyScopes } from '@zhicheng/contracts';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { EntityFormModal, type ModalField } from '../../../../components/entity-form-modal';
import { useCreateApiKey } from '../api/create-api-key';
import { scopeTextKeys } from './api-key-texts';

/** The date picker leaves `''` when cleared: no expiry. */
const formSchema = apiKeyCreateSchema.extend({
  expiresAt: z.union([z.literal(''), apiKeyCreateSchema.shape.expiresAt]),
});

interface CreateApiKeyModalProps {
  onCreated: (created: ApiKeyCreated) => void;
  onClose: () => void;
}

/** 创建 API 密钥: name, scopes (none preselected: grant only what is needed) and an optional expiry. */
export function CreateApiKeyModal({ onCreated, onClose }: CreateApiKeyModalProps) {
  const { t } = useTranslation();
  const create = useCreateApiKey();

  const fields: ModalField[] = [
    { name: 'name', label: t('apiKeys.name'), kind: 'text', required: true, rule: t('apiKeys.nameRule') },
    {
      name: 'scopes',
      label: t('apiKeys.scopes'),
      kind: 'multiple',
      required: true,
      rule: t('apiKeys.scopesRule'),
      options: apiKeyScopes.map((scope) => ({
        value: scope,
        label: `${t(`apiKeys.scope.${scopeTextKeys[scope]}`)}（${scope}）`,
      })),
    },
    { name: 'expiresAt', label: t('apiKeys.expiresAt'), kind: 'datetime', rule: t('apiKeys.expiresAtRule') },
  ];

  return (
    <EntityFormModal
      title={t('apiKeys.createTitle')}
      schema={formSchema}
      defaultValues={{ name: '', scopes: [], expiresAt: '' }}
      fields={() => fields}
      onSubmit={async (values) => {
        const { name, scopes, expiresAt } = formSchema.parse(values);
        onCreated(await create.mutateAsync({ name, scopes, ...(expiresAt ? { expiresAt } : {}) }));
      }}
      onClose={onClose}
      okText={t('apiKeys.submit')}
      cancelText={t('apiKeys.cancel')}
    />
  );
}
