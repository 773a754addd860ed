/** Query keys of the unit's own profile (单位信息, 待办事项). */
export const unitKeys = {
  all: ['unit'] as const,
  profile: () => [...unitKeys.all, 'profile'] as const,
};
