import { birthDateOf, genderOf } from '@zhicheng/contracts';

export interface DerivedSource {
  applicantName: string;
  applicantIdNumber: string | null;
  unitName: string;
  specialtyName: string;
  qualificationName: string;
}

/**
 * The basic-info fields the system fills: from the account (name, ID number and what the ID number
 * encodes) and from the qualification choice. Always overwrite what a client sent.
 */
export function systemFields(source: DerivedSource): Record<string, string | null> {
  const id = source.applicantIdNumber;
  const birth = id ? birthDateOf(id) : null;
  return {
    name: source.applicantName,
    idNumber: id,
    gender: id ? genderOf(id) : null,
    birthMonth: birth ? birth.toISOString().slice(0, 7) : null,
    applySpecialty: source.specialtyName,
    applyQualification: source.qualificationName,
  };
}

/** Fields prefilled once but editable by the applicant (the employer is the unit unless changed). */
export function defaultFields(source: DerivedSource): Record<string, string> {
  return { employer: source.unitName, otherApplications: '无' };
}
