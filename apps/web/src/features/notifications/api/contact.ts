import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ContactDetails, type ContactUpdate, contactDetailsSchema } from '@zhicheng/contracts';
import { apiRequest } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';
import { notificationKeys } from './notification-keys';

const path = '/me/contact';

export function getContact(): Promise<ContactDetails> {
  return apiRequest(path, { schema: contactDetailsSchema });
}

/** Saves the fields given, for the version shown (`If-Match`). */
export function updateContact({
  version,
  ...body
}: ContactUpdate & { version: number }): Promise<ContactDetails> {
  return apiRequest(path, {
    method: 'PUT',
    body,
    schema: contactDetailsSchema,
    headers: { 'If-Match': `"${version}"` },
  });
}

export function contactQueryOptions(userId: string) {
  return queryOptions({ queryKey: notificationKeys.contact(userId), queryFn: getContact });
}

export function useContact(userId: string) {
  return useQuery(contactQueryOptions(userId));
}

/**
 * Saving contact details changes where (and, for a removed e-mail, whether) notifications are sent:
 * the channel settings are asked for again. A version conflict reloads the details.
 */
export function useUpdateContact(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateContact,
    onSuccess: (saved) => {
      queryClient.setQueryData(notificationKeys.contact(userId), saved);
      void queryClient.invalidateQueries({ queryKey: notificationKeys.preferences(userId) });
    },
    onError: (error) => {
      if (isApiError(error, 'version_conflict')) {
        void queryClient.invalidateQueries({ queryKey: notificationKeys.contact(userId) });
      }
    },
  });
}
