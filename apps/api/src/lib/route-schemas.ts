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
