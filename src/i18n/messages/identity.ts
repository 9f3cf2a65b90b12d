import type { Text } from '../locale.js';

/** User-facing texts of the identity area. Keys are `identity.<name>`. */
export const identityMessages = {
  'identity.unregistered': {
    zh: '您好！您的账号还没有在巡诊助手登记，暂时无法使用。请把您的姓名和所在医院（或卫生院）发给本单位医务科；也可以请联络员在群里发送“/[[bind]] @您 手机号”为您绑定。绑定后发送 /[[help]] 即可查看可以使用的命令。',
    en: 'Hello! Your account is not registered with the clinic rotation assistant yet. Please send your name and hospital (or clinic) to your hospital\'s medical affairs office (医务科), or ask a coordinator to send "/bind @you <mobile number>" in a group chat. Once registered, send /help to see what you can do.',
  },
  'identity.accountId': { zh: '您的账号 ID：{userId}', en: 'Your account ID: {userId}' },

  // Permission refusals shared by every area.
  'identity.noScope': {
    zh: '您目前没有负责的单位或地区，无法查看这些信息。如需开通，请联系卫健部门联络员或管理员。',
    en: 'You are not responsible for any institution or region yet, so this is not available to you. Please ask a health bureau coordinator or an administrator.',
  },
  'identity.outOfScope': {
    zh: '抱歉，这超出了您负责的单位或地区范围。',
    en: 'Sorry, this is outside the institutions or regions you are responsible for.',
  },

  // Phone numbers and bindings.
  'identity.badPhone': {
    zh: '“{phone}”不是有效的手机号，请填写 11 位手机号，例如 13800138000。',
    en: '"{phone}" is not a valid mobile number. Please give the 11-digit number, e.g. 13800138000.',
  },
  'identity.phoneShared': {
    zh: '有多名人员登记了手机号 {phone}，无法确定是哪一位。请先联系管理员核对人员信息。',
    en: 'Several people are registered with the number {phone}, so it is unclear who is meant. Please ask an administrator to check the records.',
  },
  'identity.accountTaken': {
    zh: '这个聊天账号已经绑定到另一位人员。如需更改，请联系管理员先解除原来的绑定。',
    en: 'This chat account is already bound to someone else. To change it, please ask an administrator to remove the old binding first.',
  },
  'identity.scopeMismatch': {
    zh: '角色和范围不匹配：[[hospitalCoordinator]]、[[clinicHead]]要写单位，[[regionCoordinator]]要写地区，[[physician]]和[[admin]]不需要范围。',
    en: 'The role and the scope do not fit: hospital coordinators and clinic heads are granted for an institution, health bureau coordinators for a region, physicians and administrators need no scope.',
  },

  // Arguments of /绑定, /授权, /撤销.
  'identity.needOneMention': {
    zh: '请 @ 一位要操作的人（输入 @ 后从列表中选择；直接打出的“@姓名”无法识别）。',
    en: 'Please @-mention exactly one person (type @ and pick them from the list; a typed "@name" is not recognised).',
  },
  'identity.needPhone': {
    zh: '请在 @某人 后面写上此人登记的手机号。',
    en: "Please write the person's registered mobile number after the @-mention.",
  },
  'identity.needRole': {
    zh: '请写明角色，例如 [[hospitalCoordinator]]。',
    en: 'Please name the role, e.g. hospital coordinator.',
  },
  'identity.unknownRole': {
    zh: '“{word}”不是可以授予的角色。可用的角色：[[physician]]、[[clinicHead]]、[[hospitalCoordinator]]、[[regionCoordinator]]、[[admin]]。',
    en: '"{word}" is not a role that can be granted. Roles: physician, clinic head, hospital coordinator, health bureau coordinator, administrator.',
  },
  'identity.needInstitution': {
    zh: '“{role}”需要写明单位，例如“漳平市医院”。',
    en: '"{role}" is granted for an institution; please name it, e.g. 漳平市医院.',
  },
  'identity.needRegion': {
    zh: '“{role}”需要写明地区，例如“漳平市”或行政区划代码 350881。',
    en: '"{role}" is granted for a region; please name it, e.g. 漳平市, or give its division code such as 350881.',
  },
  'identity.scopeNotNeeded': {
    zh: '“{role}”不需要填写范围，请去掉“{scope}”后再试。',
    en: '"{role}" takes no scope; please leave out "{scope}" and try again.',
  },
  'identity.institutionNotFound': {
    zh: '没有找到“{text}”这个单位，请核对名称（全称或常用简称均可）。',
    en: 'No institution called "{text}" was found. Please check the name (full name or a common short name).',
  },
  'identity.regionNotFound': {
    zh: '没有找到“{text}”这个地区，请核对名称，或使用行政区划代码（例如 350881）。',
    en: 'No region called "{text}" was found. Please check the name or use its division code (e.g. 350881).',
  },
  'identity.scopeAmbiguous': {
    zh: '“{text}”能对应多个：{candidates}。请写出完整名称。',
    en: '"{text}" could mean several: {candidates}. Please write the full name.',
  },
  'identity.listSeparator': { zh: '、', en: ', ' },

  // /绑定
  'identity.bind.summary': {
    zh: '把同事的聊天账号绑定到其人员信息（联络员使用）',
    en: "Bind a colleague's chat account to their record (coordinators)",
  },
  'identity.bind.usage': {
    zh: '/[[bind]] @某人 手机号，例如：/[[bind]] @张三 13800138000',
    en: '/bind @someone <mobile number>, e.g. /bind @Zhang 13800138000',
  },
  'identity.personNotFound': {
    zh: '没有找到手机号为 {phone} 的在册人员。请核对号码；如果此人还没有登记，请先把其信息报给管理员录入。',
    en: 'Nobody is registered with the number {phone}. Please check it; if the person is not registered yet, send their details to an administrator first.',
  },
  'identity.bindOutOfScope': {
    zh: '登记这个手机号的人员不在您负责的单位或地区内，您不能为其绑定账号。请联系其所在单位的医务科或卫健部门联络员。',
    en: "The person registered with this number is outside the institutions or regions you are responsible for, so you cannot bind their account. Please ask their hospital's or health bureau's coordinator.",
  },
  'identity.selfBindRefused': {
    zh: '不能凭自己填写的手机号给自己绑定账号。请联系本单位医务科或卫健部门联络员为您绑定。',
    en: "You cannot bind your own account by typing a phone number. Please ask your hospital's or health bureau's coordinator to bind you.",
  },
  'identity.bound': {
    zh: '已将 @{mention} 绑定为 {name}（{institution}）。',
    en: '@{mention} is now bound to {name} ({institution}).',
  },
  'identity.boundVerified': {
    zh: '手机号已由平台核验一致。',
    en: 'The platform verified the mobile number.',
  },
  'identity.boundConfirmed': {
    zh: '平台未提供核验手机号，以您的确认为准，已记入审计日志。',
    en: 'The platform could not verify the number, so your confirmation counts; it is recorded in the audit log.',
  },
  'identity.alreadyBound': {
    zh: '@{mention} 已经绑定为 {name}，无需重复绑定。',
    en: '@{mention} is already bound to {name}; nothing to do.',
  },
  'identity.boundNotice': {
    zh: '您好，{name}！您的账号已在巡诊助手登记。发送 /[[help]] 查看可以使用的命令，发送 /我是谁 查看您的角色。',
    en: 'Hello {name}! Your account is now registered with the clinic rotation assistant. Send /help to see what you can do, or /whoami to see your roles.',
  },

  // /授权 and /撤销
  'identity.grant.summary': {
    zh: '给人员授予角色（管理员、卫健部门联络员使用）',
    en: 'Grant someone a role (administrators, health bureau coordinators)',
  },
  'identity.grant.usage': {
    zh: '/[[grant]] @某人 角色 范围，例如：/[[grant]] @张三 [[hospitalCoordinator]] {hospital}；/[[grant]] @李四 [[regionCoordinator]] {place}',
    en: '/grant @someone <role> <scope>, e.g. /grant @Zhang hospital-coordinator {hospital}; /grant @Li 卫健部门联络员 {place}',
  },
  'identity.revoke.summary': {
    zh: '撤销人员的角色（管理员、卫健部门联络员使用；[[hospitalCoordinator]]可撤销本院[[teamLeader]]）',
    en: "Revoke someone's role (administrators, health bureau coordinators; a hospital coordinator their own hospital's team leader)",
  },
  'identity.revoke.usage': {
    zh: '/[[revoke]] @某人 角色 [范围]，例如：/[[revoke]] @张三 [[hospitalCoordinator]] {hospital}',
    en: '/revoke @someone <role> [scope], e.g. /revoke @Zhang hospital-coordinator {hospital}',
  },
  'identity.mentionNotRegistered': {
    zh: '@{mention} 还没有绑定人员信息，请先发送 /[[bind]] @{mention} 手机号 为其绑定。',
    en: '@{mention} is not registered yet; bind them first with /bind @{mention} <mobile number>.',
  },
  'identity.grantForbidden': {
    zh: '抱歉，您不能授予或撤销“{role}”（{scope}）。管理员可以授予任何角色；[[regionCoordinator]]可以在本地区内授予或撤销[[hospitalCoordinator]]和[[clinicHead]]；[[hospitalCoordinator]]可以撤销本院的[[teamLeader]]。',
    en: 'Sorry, you cannot grant or revoke "{role}" ({scope}). Administrators grant any role; health bureau coordinators grant and revoke hospital coordinators and clinic heads within their region; a hospital coordinator may revoke their own hospital\'s team leader.',
  },
  'identity.granted': {
    zh: '已授予 {name}“{role}”角色（{scope}）。',
    en: '{name} now holds the role "{role}" ({scope}).',
  },
  'identity.alreadyGranted': {
    zh: '{name} 已经是“{role}”（{scope}），无需重复授予。',
    en: '{name} already holds "{role}" ({scope}); nothing to do.',
  },
  'identity.grantedNotice': {
    zh: '您好，{name}！您已被授予“{role}”角色（{scope}）。发送 /[[help]] 查看现在可以使用的命令。',
    en: 'Hello {name}! You now hold the role "{role}" ({scope}). Send /help to see the commands you can use now.',
  },
  'identity.revoked': {
    zh: '已撤销 {name} 的“{role}”角色（{scope}）。',
    en: '"{role}" ({scope}) has been revoked from {name}.',
  },
  'identity.noSuchGrant': {
    zh: '{name} 目前没有“{role}”角色（{scope}），无需撤销。',
    en: '{name} does not hold "{role}" ({scope}); nothing to revoke.',
  },
  'identity.revokeWhich': {
    zh: '{name} 在多个范围担任“{role}”：{scopes}。请写明要撤销哪一个。',
    en: '{name} holds "{role}" for several scopes: {scopes}. Please name the one to revoke.',
  },
  'identity.anyScope': { zh: '任何范围', en: 'any scope' },
  'identity.noScopeNeeded': { zh: '不限范围', en: 'no scope' },

  // /我是谁
  'identity.whoami.summary': { zh: '查看我的登记信息、角色和范围', en: 'Show my record, roles and scopes' },
  'identity.whoami.usage': { zh: '/我是谁', en: '/whoami' },
  'identity.whoami.person': {
    zh: '{name}\n单位：{institution}\n职称：{title}\n手机：{phone}',
    en: '{name}\nInstitution: {institution}\nTitle: {title}\nMobile: {phone}',
  },
  'identity.whoami.roles': { zh: '角色：', en: 'Roles:' },
  'identity.whoami.roleLine': { zh: '· {role}（{scope}）', en: '· {role} ({scope})' },
  'identity.whoami.roleOnly': { zh: '· {role}', en: '· {role}' },
  'identity.whoami.noRoles': {
    zh: '角色：暂无。如需开通，请联系医务科或卫健部门联络员。',
    en: "Roles: none yet. Please ask your hospital's or health bureau's coordinator.",
  },
  'identity.whoami.configuredAdmin': {
    zh: '您是服务配置（BOT_ADMIN_OPEN_IDS）指定的[[admin]]，可以使用全部命令。',
    en: 'You are an administrator by the service configuration (BOT_ADMIN_OPEN_IDS) and may use every command.',
  },
  'identity.whoami.adminWithoutPerson': {
    zh: '您还没有绑定人员信息；如需绑定，请另一位管理员发送 /[[bind]] @您 手机号。',
    en: 'Your account is not bound to a person record; to bind it, ask another administrator to send /bind @you <mobile number>.',
  },
  'identity.notRecorded': { zh: '未登记', en: 'not recorded' },

  // /接收平台: where notices go for a person bound on several platforms.
  'identity.noticePlatform.summary': {
    zh: '选择通知和提醒发到飞书还是钉钉',
    en: 'Choose whether notices and reminders reach you on Feishu or DingTalk',
  },
  'identity.noticePlatform.usage': { zh: '/接收平台 [飞书|钉钉|自动]', en: '/notify-on [feishu|dingtalk|auto]' },
  'identity.noticePlatform.current': {
    zh: '您的通知和提醒目前发往：{platform}。',
    en: 'Your notices and reminders currently go to: {platform}.',
  },
  'identity.noticePlatform.set': {
    zh: '好的，今后您的通知和提醒只发往：{platform}（每条只发一次）。',
    en: 'Done: from now on your notices and reminders go to {platform} only (each once).',
  },
  'identity.noticePlatform.unknown': {
    zh: '“{word}”不是可选的平台，请写“飞书”“钉钉”或“自动”。',
    en: '"{word}" is not a platform you can choose; write feishu, dingtalk or auto.',
  },
  'identity.noticePlatform.notBound': {
    zh: '您的账号还没有在{platform}上绑定，通知无法发到那里。请先在{platform}里找联络员绑定。',
    en: 'Your account is not bound on {platform} yet, so notices cannot go there. Ask a coordinator on {platform} to bind you first.',
  },
  'identity.platform.FEISHU': { zh: '飞书', en: 'Feishu' },
  'identity.platform.DINGTALK': { zh: '钉钉', en: 'DingTalk' },
  'identity.platform.SANDBOX': { zh: '沙盒聊天', en: 'the sandbox chat' },
  'identity.platform.auto': {
    zh: '自动（您最近使用的平台）',
    en: 'automatic (the platform you used last)',
  },
} satisfies Record<string, Text>;
