import { randomBytes } from 'node:crypto';
import { dingtalkSign } from '../../../src/platforms/dingtalk/sign.js';
import type { DingtalkApp } from './server.js';

/** Who sends a robot message, and where. */
export interface RobotMessageOptions {
  from: string;
  nick?: string;
  /** A group's openConversationId; absent: the sender's 1:1 chat with the robot. */
  group?: string;
  /** In a group, whether the robot was @-mentioned (DingTalk delivers only those). Default true. */
  atBot?: boolean;
  /** staffIds of other people @-mentioned. */
  at?: string[];
  msgId?: string;
  createAt?: number;
}

const ROBOT_DINGTALK_ID = '$:LWCP_v1:$robot';

/**
 * A robot message as DingTalk sends it (dingtalk.md §1.2): string `conversationType`, a leading space
 * in group text, the robot among `atUsers`, a unique `msgId`, a session webhook valid 90 minutes.
 */
export function robotMessage(
  app: DingtalkApp,
  options: RobotMessageOptions,
  body: { msgtype: string; text?: { content: string }; content?: Record<string, unknown> },
): Record<string, unknown> {
  const createAt = options.createAt ?? Date.now();
  const group = options.group !== undefined;
  const atUsers = [
    ...(group && options.atBot !== false ? [{ dingtalkId: ROBOT_DINGTALK_ID }] : []),
    ...(options.at ?? []).map((staffId) => ({ dingtalkId: `$:LWCP_v1:$${staffId}`, staffId })),
  ];
  return {
    conversationId: options.group ?? `cid_p2p_${options.from}`,
    conversationType: group ? '2' : '1',
    ...(group ? { conversationTitle: '巡诊群', isInAtList: options.atBot !== false } : {}),
    atUsers,
    chatbotCorpId: app.corpId,
    chatbotUserId: ROBOT_DINGTALK_ID,
    msgId: options.msgId ?? `msg${randomBytes(8).toString('hex')}`,
    senderNick: options.nick ?? options.from,
    isAdmin: false,
    senderStaffId: options.from,
    sessionWebhookExpiredTime: createAt + 90 * 60_000,
    createAt,
    senderCorpId: app.corpId,
    senderId: `$:LWCP_v1:$${options.from}`,
    sessionWebhook: 'http://127.0.0.1/robot/sendBySession?session=x',
    robotCode: app.clientId,
    ...body,
  };
}

/** A text message; in a group the robot's mention is stripped and a leading space remains. */
export function textMessage(app: DingtalkApp, options: RobotMessageOptions, text: string): Record<string, unknown> {
  return robotMessage(app, options, { msgtype: 'text', text: { content: options.group ? ` ${text}` : text } });
}

/** Headers of an HTTP-mode callback, signed with the app secret at `timestamp`. */
export function signedHeaders(app: DingtalkApp, timestamp = Date.now()): Record<string, string> {
  return {
    'content-type': 'application/json; charset=utf-8',
    timestamp: String(timestamp),
    sign: dingtalkSign(String(timestamp), app.clientSecret),
  };
}

/** POSTs a callback the way DingTalk does; returns the status and body. */
export async function pushCallback(
  url: string,
  app: DingtalkApp,
  payload: unknown,
  headers: Record<string, string> = signedHeaders(app),
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(payload) });
  return { status: response.status, body: await response.json().catch(() => undefined) };
}
