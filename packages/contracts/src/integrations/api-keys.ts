import { z } from 'zod';
import { apiKeyCreatedExample, apiKeyCreateExample } from '../openapi-examples.js';

/** What an API key may do; a route names the scope it needs (403 `insufficient_scope` otherwise). */
export const apiKeyScopes = ['applications:read', 'applicants:write', 'reviews:write', 'stats:read'] as const;
export const apiKeyScopeSchema = z.enum(apiKeyScopes, { error: '请选择有效的权限范围' });
export type ApiKeyScope = z.infer<typeof apiKeyScopeSchema>;

/** Unit keys act in their unit's scope, bureau keys bureau-wide. */
export const apiKeyOwnerKinds = ['unit', 'bureau'] as const;
export type ApiKeyOwnerKind = (typeof apiKeyOwnerKinds)[number];

/** `POST /api-keys`. */
export const apiKeyCreateSchema = z
  .object({
    name: z.string().trim().min(1, '请填写密钥名称').max(50, '名称不超过50字'),
    scopes: z.array(apiKeyScopeSchema).min(1, '请至少选择一项权限').max(apiKeyScopes.length),
    /** Optional end of validity; absent: valid until revoked. */
    expiresAt: z.iso.datetime({ offset: true, error: '请填写有效的到期时间' }).optional(),
  })
  .meta({ id: 'ApiKeyCreate', examples: [apiKeyCreateExample] });
export type ApiKeyCreate = z.infer<typeof apiKeyCreateSchema>;

export const apiKeySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    /** The public start of the key (e.g. `zck_3f9a1c`), to tell keys apart. */
    prefix: z.string(),
    ownerKind: z.enum(apiKeyOwnerKinds),
    unitId: z.string().nullable(),
    scopes: z.array(apiKeyScopeSchema),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    expiresAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApiKey' });
export type ApiKey = z.infer<typeof apiKeySchema>;

/** The 201 response: the only time the secret `key` is shown. */
export const apiKeyCreatedSchema = apiKeySchema
  .extend({ key: z.string() })
  .meta({ id: 'ApiKeyCreated', examples: [apiKeyCreatedExample] });
export type ApiKeyCreated = z.infer<typeof apiKeyCreatedSchema>;

/** `GET /api-keys`: the caller's unit's (or the bureau's) keys, newest first, revoked ones included. */
export const apiKeyListSchema = z.object({ items: z.array(apiKeySchema) }).meta({ id: 'ApiKeyList' });
export type ApiKeyList = z.infer<typeof apiKeyListSchema>;
