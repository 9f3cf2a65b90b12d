import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKIN_ENTRY_PATH, linkForPerson } from '../../src/checkin-page/links.js';
import { findServiceDay } from '../../src/db/queries/service-days.js';
import { ManualClock } from '../../src/time/clock.js';
import { zonedInstant } from '../../src/time/local.js';
import { APP } from '../feishu/support.js';
import { testProviders } from '../support/db.js';
import { startServiceHarness, type ServiceHarness } from '../support/service-harness.js';
import { DOOR_GCJ02, PAGE_USERS, seedPageWorld, wangsLink } from './page-world.js';

const DATE = '2026-03-02';
const { wang, zhao } = PAGE_USERS.FEISHU;

/**
 * Issue #15 item 4 (reminder links): the duty reminder's button is a stable entry for the person and the
 * visit's day; each opening mints a fresh single-use 15-minute link for the same account, so a card sent
 * at 07:30 still works at 09:00 while every link stays single-use and bound to its account.
 */
describe.each(testProviders())('the reminder entry to the check-in page (%s)', (provider) => {
  let harness: ServiceHarness;
  let world: Awaited<ReturnType<typeof seedPageWorld>>;
  const clock = new ManualClock(zonedInstant(DATE, '07:30', 'Asia/Shanghai'));
  let entry = '';
  /** Opens a URL without following redirects: the status, the redirect's target, the body. */
  const open = async (url: string) => {
    const res = await fetch(url, { redirect: 'manual' });
    return { status: res.status, location: res.headers.get('location') ?? '', body: await res.text() };
  };
  const post = async (link: string, openId: string) => {
    const res = await fetch(`${harness.service.url}/app/checkin/reading`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        t: new URL(link).searchParams.get('t'),
        code: harness.emulator.state.issueAuthCode(APP.appId, openId),
        accuracy: 15,
        source: 'FEISHU_JSAPI',
        ...DOOR_GCJ02,
      }),
    });
    return (await res.json()) as { kind: string; title: string };
  };

  beforeAll(async () => {
    harness = await startServiceHarness({ provider, clock, env: { SCHEDULER_ENABLED: 'false' } });
    world = await seedPageWorld(harness.service.database.db, clock, DATE, (openId, name) =>
      harness.emulator.state.addUser({ open_id: openId, name }),
    );
    const until = zonedInstant(DATE, '23:59', 'Asia/Shanghai');
    entry =
      (await linkForPerson(harness.service.checkinLinks, world.db, 'FEISHU', world.physicianId, 'CHECK_IN', until)) ??
      '';
  });
  afterAll(() => harness.stop());

  it('a reminder at 07:30 carries an entry that, opened at 09:00, redirects to a fresh link that works', async () => {
    expect(new URL(entry).pathname).toBe(CHECKIN_ENTRY_PATH);
    clock.advance(90 * 60_000);
    const first = await open(entry);
    expect(first.status).toBe(302);
    expect(new URL(first.location).pathname).toBe('/app/checkin');
    const page = await open(first.location);
    expect(page.body).toContain('王医生');
    expect(page.body).not.toContain('链接已过期');
    const second = await open(entry);
    expect(second.location).not.toBe(first.location);

    expect(await post(second.location, zhao)).toMatchObject({ kind: 'REFUSED', title: '不是您的链接' });
    expect(await post(first.location, wang)).toMatchObject({ kind: 'DONE', title: '已签到（设备定位核验）' });
    expect(await post(first.location, wang)).toMatchObject({ kind: 'REFUSED', title: '链接已使用' });
    expect(await findServiceDay(world.db, world.physicianId, world.clinicId, DATE)).toMatchObject({
      checkInMethod: 'DEVICE',
    });
    // Each link from the entry lives 15 minutes, however long the entry lives.
    clock.advance(16 * 60_000);
    expect((await open(second.location)).body).toContain('链接已过期');
  });

  it('an entry is not a link and a link is not an entry; after its day the entry is a clear refusal', async () => {
    const entryToken = new URL(entry).searchParams.get('e') ?? '';
    expect((await open(`${harness.service.url}/app/checkin?t=${entryToken}`)).body).toContain('链接无效');
    const link = wangsLink(harness.service.checkinLinks, world, 'FEISHU');
    const linkToken = new URL(link).searchParams.get('t') ?? '';
    const asEntry = await open(`${harness.service.url}${CHECKIN_ENTRY_PATH}?e=${linkToken}`);
    expect(asEntry).toMatchObject({ status: 200, location: '' });
    expect(asEntry.body).toContain('链接无效');
    clock.set(zonedInstant('2026-03-03', '00:01', 'Asia/Shanghai'));
    const late = await open(entry);
    expect(late).toMatchObject({ status: 200, location: '' });
    expect(late.body).toContain('链接已过期');
  });
});
