import { problemSchema } from '@zhicheng/contracts';

/** The problem responses most authenticated routes can give, for their OpenAPI documentation. */
export const problemResponses = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
} as const;

/** OpenAPI security requirement of routes that take a bearer token. */
export const bearerSecurity = [{ bearerAuth: [] }];

/**
 * The OpenAPI security scheme of integrators' API keys. Routes do not list it themselves: the document
 * adds it, with the scope, to every route whose guard declares one (`requireAuth({ scope })`).
 */
export const apiKeySecurityScheme = 'apiKey';
