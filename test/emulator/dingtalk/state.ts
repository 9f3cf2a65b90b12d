import { randomBytes } from 'node:crypto';

/** What the emulated DingTalk saw and holds, for assertions. */

/** A message a robot API accepted. */
export interface SentMessage {
  api: 'batchSend' | 'groupSend';
  /** The staffId (1:1) or the openConversationId (group). */
  to: string;
  msgKey: string;
  /** `msgParam`, parsed. */
  param: Record<string, unknown>;
  processQueryKey: string;
}

/** An interactive card instance, by `outTrackId`. */
export interface CardInstance {
  outTrackId: string;
  templateId: string;
  openSpaceId: string;
  callbackType: string;
  /** The latest `cardParamMap`; updates are applied key by key. */
  params: Record<string, string>;
  updates: number;
}

/** One user of the emulated organisation. */
export interface DirectoryUser {
  userId: string;
  unionId: string;
  name: string;
  mobile?: string;
}

/** The emulator's records. */
export class DingtalkState {
  readonly sent: SentMessage[] = [];
  readonly cards = new Map<string, CardInstance>();
  readonly uploads = new Map<string, { fileName: string; data: Buffer }>();
  /** Files users "sent", by downloadCode. */
  readonly userFiles = new Map<string, Buffer>();
  readonly users = new Map<string, DirectoryUser>();
  /** Every API call, by path, in order (rejected ones too). */
  readonly calls: { path: string; status: number; at: number }[] = [];
  /** staffIds flow-controlled on their next batchSend (each entry is used once). */
  readonly flowControlled: string[] = [];
  /** In-app login codes (`requestAuthCode`), by code. */
  readonly authCodes = new Map<string, { userId: string; issuedAt: number; used: boolean }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** What `dd.runtime.permission.requestAuthCode` gives `userId` inside the app's H5 page (test stubs call this). */
  issueAuthCode(userId: string): string {
    const code = `authcode${randomBytes(12).toString('hex')}`;
    this.authCodes.set(code, { userId, issuedAt: this.now(), used: false });
    return code;
  }

  /** Texts (and markdown bodies) sent to a staffId or a group, in order. */
  textsTo(to: string): string[] {
    return this.sent
      .filter((message) => message.to === to)
      .map((message) => String(message.param.content ?? message.param.text ?? message.param.fileName ?? ''));
  }
}
