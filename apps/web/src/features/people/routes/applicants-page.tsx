import { PeoplePage } from '../components/people-page';

/** 申报人员: the unit's applicant accounts. */
export function ApplicantsPage() {
  return <PeoplePage kind="applicants" />;
}

export default ApplicantsPage;
