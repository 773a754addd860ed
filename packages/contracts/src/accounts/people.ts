import { z } from 'zod';
import { newPasswordSchema } from '../auth/password-policy.js';
import { listQuerySchema, listResponseSchema } from '../common/list.js';
import {
  idNumberSchema,
  mobileSchema,
  personNameSchema,
  text,
  usernameSchema,
} from '../validation/fields.js';

export const accountStatusSchema = z.enum(['active', 'disabled']);
export type AccountStatus = z.infer<typeof accountStatusSchema>;

/** A person's account as lists show it: the ID number masked. */
export const personSummarySchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  idNumberMasked: z.string(),
  mobile: z.string().nullable(),
  status: accountStatusSchema,
  mustChangePassword: z.boolean(),
  createdAt: z.iso.datetime(),
});

/** One account opened for editing by its manager: the full ID number and the version. */
export const personDetailSchema = personSummarySchema.extend({
  idNumber: z.string().nullable(),
  version: z.number().int(),
  /** False once the person has submitted an application: then the account can only be disabled. */
  deletable: z.boolean(),
});

export const applicantSummarySchema = personSummarySchema
  .extend({ unitName: z.string(), deletable: z.boolean() })
  .meta({ id: 'ApplicantSummary' });
export const applicantDetailSchema = personDetailSchema
  .extend({ unitName: z.string() })
  .meta({ id: 'Applicant' });
export const operatorSummarySchema = personSummarySchema
  .extend({ deletable: z.boolean() })
  .meta({ id: 'OperatorSummary' });
export const operatorDetailSchema = personDetailSchema.meta({ id: 'Operator' });

export const peopleQuerySchema = listQuerySchema.extend({
  q: text().trim().max(50).optional().describe('name, username or ID number (part of it)'),
  status: accountStatusSchema.optional(),
});

export const applicantListSchema = listResponseSchema(applicantSummarySchema).meta({ id: 'ApplicantList' });
export const operatorListSchema = listResponseSchema(operatorSummarySchema).meta({ id: 'OperatorList' });

/** `POST /unit/applicants`. */
export const applicantCreateSchema = z
  .object({
    username: usernameSchema,
    password: newPasswordSchema,
    name: personNameSchema,
    idNumber: idNumberSchema,
  })
  .meta({ id: 'ApplicantCreate' });

/** `POST /unit/operators`. */
export const operatorCreateSchema = applicantCreateSchema
  .extend({ mobile: mobileSchema })
  .meta({ id: 'OperatorCreate' });

/** `PATCH /unit/applicants/{id}`; the username is the login and stays. */
export const applicantUpdateSchema = z
  .object({ name: personNameSchema, idNumber: idNumberSchema, status: accountStatusSchema })
  .partial()
  .strict()
  .meta({ id: 'ApplicantUpdate' });

export const operatorUpdateSchema = applicantUpdateSchema.extend({ mobile: mobileSchema.optional() }).meta({
  id: 'OperatorUpdate',
});

/** A reset yields a one-time temporary password, shown once; the person must change it at next login. */
export const temporaryPasswordSchema = z
  .object({ temporaryPassword: z.string() })
  .meta({ id: 'TemporaryPassword' });

/** Reviewer accounts kept by the bureau: department reviewers and committee secretaries. */
export const reviewerRoleSchema = z.enum(['dept_reviewer', 'committee_secretary']);

export const reviewerSummarySchema = personSummarySchema
  .extend({
    role: reviewerRoleSchema,
    version: z.number().int(),
    department: z.object({ id: z.string(), name: z.string() }).nullable(),
    committee: z.object({ id: z.string(), name: z.string() }).nullable(),
  })
  .meta({ id: 'ReviewerSummary' });
export const reviewerListSchema = listResponseSchema(reviewerSummarySchema).meta({ id: 'ReviewerList' });

export const reviewerCreateSchema = z
  .object({
    role: reviewerRoleSchema,
    username: usernameSchema,
    password: newPasswordSchema,
    name: personNameSchema,
    mobile: mobileSchema.optional(),
    departmentId: z.uuid('请选择日常工作部门').optional(),
    committeeId: z.uuid('请选择评委会').optional(),
  })
  .superRefine((v, ctx) => {
    if (v.role === 'dept_reviewer' && !v.departmentId) {
      ctx.addIssue({ code: 'custom', path: ['departmentId'], message: '部门审核人须选择日常工作部门' });
    }
    if (v.role === 'committee_secretary' && !v.committeeId) {
      ctx.addIssue({ code: 'custom', path: ['committeeId'], message: '评委会秘书须选择评委会' });
    }
  })
  .meta({ id: 'ReviewerCreate' });

export const reviewerUpdateSchema = z
  .object({ name: personNameSchema, mobile: mobileSchema, status: accountStatusSchema })
  .partial()
  .strict()
  .meta({ id: 'ReviewerUpdate' });

export const reviewersQuerySchema = peopleQuerySchema.extend({ role: reviewerRoleSchema.optional() });

export const departmentListSchema = z
  .object({ items: z.array(z.object({ id: z.string(), name: z.string(), active: z.boolean() })) })
  .meta({ id: 'DepartmentList' });
export const committeeListSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        name: z.string(),
        departmentId: z.string(),
        departmentName: z.string(),
        pilot: z.boolean(),
        /** 评委会专家总数 (the quorum's base); null when not recorded. */
        expertCount: z.number().int().nullable(),
        active: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'CommitteeList' });

export const idParamSchema = z.object({ id: z.uuid('无效的编号') });
