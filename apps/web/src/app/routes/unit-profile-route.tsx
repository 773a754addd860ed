import { ContactChangeForm } from '../../features/notifications/components/contact-change-form';
import { UnitProfilePage } from '../../features/unit/routes/unit-profile-page';

/** 单位信息, whose 修改手机号 / 修改邮箱 are 消息设置's contact forms (features are composed here). */
export default function UnitProfileRoute() {
  return <UnitProfilePage renderContactChange={(props) => <ContactChangeForm {...props} />} />;
}
