import type { Text } from '../locale.js';

/** User-facing texts of the core area. Keys are `core.<name>`. */
export const coreMessages = {
  'core.unknownCommand': {
    zh: '没有“{command}”这个命令。发送 /[[help]] 查看您可以使用的命令。',
    en: 'There is no command "{command}". Send /help to see the commands you can use.',
  },
  'core.unknownCommandSuggest': {
    zh: '没有“{command}”这个命令，您是想用 /{suggestion} 吗？发送 /[[help]] 查看全部命令。',
    en: 'There is no command "{command}". Did you mean /{suggestion}? Send /help to see all commands.',
  },
  'core.notACommand': {
    zh: '抱歉，我只能理解命令。发送 /[[help]] 查看您可以使用的命令。',
    en: 'Sorry, I only understand commands. Send /help to see the commands you can use.',
  },
  'core.badArguments': {
    zh: '{problem}\n正确用法：{usage}',
    en: '{problem}\nUsage: {usage}',
  },
  'core.argumentsInvalid': {
    zh: '命令的内容不太对。',
    en: 'The command is not quite right.',
  },
  'core.forbidden': {
    zh: '抱歉，{command}只有{audience}可以使用。如有疑问，请联系医务科或卫健部门联络员。',
    en: 'Sorry, {command} is only for {audience}. If you think this is wrong, please ask your coordinator.',
  },
  'core.thisAction': { zh: '这个操作', en: 'this action' },
  'core.internalError': {
    zh: '抱歉，处理时出了点问题，请稍后再试。如果一直不行，请把编号 {ref} 告诉管理员。',
    en: 'Sorry, something went wrong on our side. Please try again later; if it keeps failing, give the administrator the reference {ref}.',
  },
  'core.regionNotFound': {
    zh: '找不到地区“{code}”，请检查名称或代码。',
    en: 'No region "{code}" was found. Please check the name or code.',
  },
  'core.regionMoveUnsupported': {
    zh: '地区“{code}”已归属其他上级地区，不能直接调整，请联系管理员。',
    en: 'Region "{code}" already belongs to another parent and cannot be moved here. Please ask an administrator.',
  },
  'core.assignmentNotFound': {
    zh: '找不到这条[[assignment]]记录，可能已被删除或编号有误。',
    en: 'That assignment was not found; it may have been removed or the number is wrong.',
  },
  'core.assignmentCancelled': {
    zh: '这条[[assignment]]已经取消，不能再修改。',
    en: 'That assignment has been cancelled and can no longer be changed.',
  },
  'core.serviceDayNotFound': {
    zh: '找不到这条[[serviceDay]]记录。',
    en: 'That service day was not found.',
  },
  'core.correctionNotFound': {
    zh: '找不到这条[[correction]]申请。',
    en: 'That correction request was not found.',
  },
  'core.jobRunNotFound': { zh: '找不到这次任务运行记录。', en: 'That job run was not found.' },
  'core.obligationNotFound': {
    zh: '找不到这份报送任务。',
    en: 'That reporting obligation was not found.',
  },
  'core.notSupported': {
    zh: '抱歉，暂时还不支持这种消息。发送 /[[help]] 查看可以做什么。',
    en: 'Sorry, this kind of message is not supported yet. Send /help to see what you can do.',
  },
  'core.staleAction': {
    zh: '这个按钮已经失效了，请重新发送命令获取新的卡片。',
    en: 'This button no longer works. Please send the command again to get a fresh card.',
  },
  'core.fileUnavailable': {
    zh: '这个文件已经无法读取了，请重新发送一次。',
    en: 'That file can no longer be read. Please send it again.',
  },
  'core.welcomeGroup': {
    zh: '大家好，我是巡诊助手，负责医师下基层的[[checkIn]]、[[workLog]]、[[schedule]]和提醒。在群里使用时请先 @我，例如：@巡诊助手 /[[help]]',
    en: 'Hello everyone, I am the clinic rotation assistant: check-ins, work logs, schedules and reminders. In this group, @-mention me first, e.g. @bot /help',
  },
  'core.audienceAnyone': { zh: '所有人', en: 'everyone' },
  'core.audienceRegistered': { zh: '已登记的用户', en: 'registered users' },
  'core.audienceSeparator': { zh: '、', en: ', ' },
  'core.help.summary': { zh: '查看可以使用的命令及用法', en: 'List the commands you can use and how' },
  'core.help.usage': {
    zh: '/[[help]]（查看全部命令）或 /[[help]] 命令名（例如 /[[help]] [[checkIn]]）',
    en: '/help (all commands) or /help <command> (e.g. /help checkin)',
  },
  'core.help.title': { zh: '巡诊助手 · 命令', en: 'Clinic rotation assistant · commands' },
  'core.help.groupGeneral': { zh: '通用', en: 'General' },
  'core.help.line': { zh: '{name}{aliases} — {summary}', en: '{name}{aliases} — {summary}' },
  'core.help.usageLine': { zh: '用法：{usage}', en: 'Usage: {usage}' },
  'core.help.footer': {
    zh: '命令前的“/”在私聊中可以省略；在群里请先 @我。发送 /[[help]] 命令名 查看单个命令的用法。',
    en: 'In a private chat the "/" is optional; in a group, @-mention me first. Send /help <command> for one command.',
  },
  'core.help.one': { zh: '{line}\n{usage}', en: '{line}\n{usage}' },
} satisfies Record<string, Text>;
