import { PeoplePage } from '../components/people-page';

/** 经办人: the unit's operators (unit admin only). */
export function OperatorsPage() {
  return <PeoplePage kind="operators" />;
}

export default OperatorsPage;
