/** Query keys of the bureau's catalogue pages (资格目录, 评委会与部门). */
export const catalogAdminKeys = {
  all: ['catalog-admin'] as const,
  catalog: () => [...catalogAdminKeys.all, 'catalog'] as const,
};
