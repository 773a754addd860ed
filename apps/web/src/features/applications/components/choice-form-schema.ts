import { applicationChoiceUpdateSchema, levelSchema } from '@zhicheng/contracts';
import { z } from 'zod';

/** The contract's choice plus 申报级别, which the form asks for but the server derives. */
export const choiceFormSchema = applicationChoiceUpdateSchema.and(z.object({ level: levelSchema }));

export type ChoiceFormOutput = z.output<typeof choiceFormSchema>;

/** What the form holds while being filled in: anything may still be empty. */
export interface ChoiceFormValues {
  track: 'normal' | 'innovative';
  applyType: 'normal' | 'conversion';
  innovativeCondition: number | null;
  seriesId: string | undefined;
  specialtyId: string | undefined;
  level: ChoiceFormOutput['level'] | undefined;
  qualificationId: string | undefined;
  committeeId: string | undefined;
}

export const choiceFields = [
  'applyType',
  'innovativeCondition',
  'seriesId',
  'specialtyId',
  'level',
  'qualificationId',
  'committeeId',
] as const;
