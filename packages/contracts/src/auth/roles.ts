import { z } from 'zod';

export const roles = [
  'applicant',
  'unit_admin',
  'unit_operator',
  'dept_reviewer',
  'committee_secretary',
  'bureau_admin',
] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const unitRoles = ['unit_admin', 'unit_operator'] as const satisfies readonly Role[];
