import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimJobSlot, finishJobRun } from '../../src/db/queries/job-runs.js';
import { claimDueOutbound, markOutboundFailed } from '../../src/db/queries/outbound-messages.js';
import { enqueueOutbound } from '../../src/delivery/ledger.js';
import { ManualClock } from '../../src/time/clock.js';
import { createBotHarness, type BotHarness } from '../support/bot-harness.js';
import { testProviders } from '../support/db.js';
import { at } from './scheduler-support.js';

describe.each(testProviders())('/任务 (%s)', (provider) => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await createBotHarness({
      provider,
      start: at('2026-03-02', '09:00'),
      config: { adminUserIds: ['ou_admin'] },
    });
    await bot.person({ name: '王医生', openId: 'ou_wang', roles: ['PHYSICIAN'] });
    const job = { job: 'prune-inbound-events', slot: '2026-03-02' };
    await claimJobSlot(bot.db, { ...job, claimedBy: 'r1', at: at('2026-03-02', '03:30') });
    await finishJobRun(bot.db, {
      ...job,
      status: 'FAILED',
      detail: 'database unreachable',
      at: at('2026-03-02', '03:31'),
    });
    // A Feishu message (which the sandbox-only harness never sends) the platform refused for good.
    const now = at('2026-03-02', '08:00');
    await enqueueOutbound(
      bot.db,
      {
        idempotencyKey: 'refused-1',
        platform: 'FEISHU',
        operation: 'SEND',
        receiveIdType: 'chat_id',
        receiveId: 'oc_group_1',
        msgType: 'text',
        content: '{}',
        purpose: 'broadcast:schedule',
      },
      new ManualClock(now),
    );
    const claim = {
      replicaId: 'r1',
      now,
      leaseUntil: at('2026-03-02', '08:01'),
      limit: 1,
      platforms: ['FEISHU'] as const,
    };
    const [row] = await claimDueOutbound(bot.db, provider, claim);
    await markOutboundFailed(bot.db, row!.id, 'r1', 'bot is not in the chat (232011)');
  });
  afterAll(() => bot.close());

  it('shows admins each job with its last slot, outcome and next run, and what was not delivered', async () => {
    await bot.send({ as: 'ou_admin', text: '/任务' });
    await bot.settle();
    const text = bot.lastMessage(bot.p2p('ou_admin'))?.text ?? '';
    expect(text).toContain('定时任务');
    expect(text).toContain('清理已处理的消息记录');
    expect(text).toContain('每天 03:30');
    expect(text).toContain('每周一 08:00');
    expect(text).not.toContain('prune-inbound-events');
    expect(text).not.toContain('30 3 * * *');
    expect(text).toContain('2026-03-02 (03-02 03:30)');
    expect(text).toContain('失败: database unreachable');
    expect(text).toContain('03-03 03:30');
    expect(text).toContain('broadcast:schedule');
    expect(text).toContain('chat_id oc_group_1');
    expect(text).toContain('bot is not in the chat (232011)');
  });

  it('adds job ids and cron expressions on /任务 详细 (issue #11 item 8)', async () => {
    await bot.send({ as: 'ou_admin', text: '/任务 详细' });
    await bot.settle();
    const text = bot.lastMessage(bot.p2p('ou_admin'))?.text ?? '';
    expect(text).toContain('清理已处理的消息记录（prune-inbound-events）');
    expect(text).toContain('每天 03:30（30 3 * * *）');
  });

  it('is refused to others', async () => {
    await bot.send({ as: 'ou_wang', text: 'jobs' });
    await bot.settle();
    const text = bot.lastMessage(bot.p2p('ou_wang'))?.text ?? '';
    expect(text).toContain('只有');
    expect(text).not.toContain('prune-inbound-events');
  });
});
