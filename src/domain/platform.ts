/** Chat platforms, as stored in the database (`Platform` enum). */
export type PlatformName = 'FEISHU' | 'DINGTALK' | 'SANDBOX';
