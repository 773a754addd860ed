import { z } from 'zod';
/**
 * Every stable error code the API emits, with its HTTP status and the Chinese title shown to people.
 * Programs branch on `code`; people read `title`/`detail`.
 */
export const errorCodes = {
  validation_failed: { status: 400, title: '提交的数据有误' },
  bad_request: { status: 400, title: '请求格式不正确' },
  unauthorized: { status: 401, title: '请先登录' },
  token_expired: { status: 401, title: '登录已过期，请重新登录' },
  session_expired: { status: 401, title: '会话已失效，请重新登录' },
  invalid_credentials: { status: 401, title: '用户名或密码错误' },
  captcha_required: { status: 401, title: '请输入图形验证码' },
  captcha_invalid: { status: 401, title: '图形验证码错误或已过期' },
  invalid_refresh_token: { status: 401, title: '登录状态已失效，请重新登录' },
  wrong_password: { status: 400, title: '当前密码不正确' },
  sms_code_invalid: { status: 400, title: '短信验证码错误或已过期' },
  invalid_api_key: { status: 401, title: 'API 密钥无效、已过期或已吊销' },
  forbidden: { status: 403, title: '没有权限执行此操作' },
  insufficient_scope: { status: 403, title: 'API 密钥没有此操作所需的权限范围' },
  password_change_required: { status: 403, title: '请先修改初始密码' },
  account_disabled: { status: 403, title: '账号已停用' },
  not_found: { status: 404, title: '未找到请求的资源' },
  conflict: { status: 409, title: '操作与当前状态冲突' },
  org_code_taken: { status: 409, title: '该机构代码已注册' },
  username_taken: { status: 409, title: '该用户名已被使用' },
  version_conflict: { status: 409, title: '数据已被修改，请刷新后重试' },
  invalid_transition: { status: 409, title: '当前状态不允许此操作' },
  cycle_closed: { status: 409, title: '申报批次未开放' },
  application_exists: { status: 409, title: '本批次已有进行中的申报' },
  payload_too_large: { status: 413, title: '提交的内容过大' },
  file_too_large: { status: 413, title: '文件过大' },
  file_type_not_allowed: { status: 400, title: '文件类型不允许，仅支持 JPEG、PNG、PDF' },
  too_many_files: { status: 400, title: '文件数量超过上限' },
  webhook_target_forbidden: { status: 422, title: '不允许向内网或本机地址推送' },
  import_file_invalid: { status: 400, title: '导入文件无法读取' },
  idempotency_key_reused: { status: 422, title: 'Idempotency-Key 已用于不同的请求' },
  unsupported_media_type: { status: 415, title: '不支持的内容类型' },
  incomplete_application: { status: 422, title: '申报信息不完整' },
  publicity_required: { status: 409, title: '须先完成单位公示' },
  publicity_not_ended: { status: 409, title: '公示期尚未结束' },
  publicity_too_short: { status: 422, title: '公示期不足5个工作日' },
  votes_not_passing: { status: 422, title: '赞成票未达出席专家的三分之二' },
  votes_passing: { status: 422, title: '表决结果为通过，不能记为未通过' },
  quorum_not_met: { status: 422, title: '出席专家不足评委会专家总数的三分之二' },
  present_exceeds_experts: { status: 422, title: '出席专家人数超过评委会专家总数' },
  review_form_unavailable: { status: 409, title: '该申报当前没有评审表' },
  precondition_required: { status: 428, title: '缺少 If-Match 版本号' },
  account_locked: { status: 423, title: '账号已被锁定' },
  rate_limited: { status: 429, title: '请求过于频繁，请稍后再试' },
  sms_too_frequent: { status: 429, title: '短信发送过于频繁，请稍后再试' },
  sms_send_failed: { status: 503, title: '短信发送失败，请稍后再试' },
  review_form_busy: { status: 503, title: '评审表生成繁忙，请稍后再试' },
  review_form_timeout: { status: 503, title: '评审表生成超时，请稍后再试' },
  internal_error: { status: 500, title: '服务器内部错误' },
  service_unavailable: { status: 503, title: '服务暂不可用，请稍后再试' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof errorCodes;

export function statusOf(code: ErrorCode): number {
  return errorCodes[code].status;
}

export const errorCodeSchema = z.enum(Object.keys(errorCodes) as [ErrorCode, ...ErrorCode[]]);
