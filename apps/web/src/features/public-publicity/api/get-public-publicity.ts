import { queryOptions, useQuery } from '@tanstack/react-query';
import { type PublicPublicity, publicPublicitySchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';
import { publicPublicityKeys } from './public-publicity-keys';

/** `GET /public/publicity` (no login): the open 评审结果公示 windows with masked names. */
export function getPublicPublicity(): Promise<PublicPublicity> {
  return apiRequest('/public/publicity', { schema: publicPublicitySchema, auth: false });
}

export function usePublicPublicity() {
  return useQuery(queryOptions({ queryKey: publicPublicityKeys.list(), queryFn: getPublicPublicity }));
}
