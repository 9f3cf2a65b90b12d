import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../src/db/queries/audit-log.js';
import { setScopeTarget } from '../../src/db/queries/scope-targets.js';
import type { HarnessMessage } from '../support/bot-harness.js';
import { createCoordinatorWorld, DEMO_COORDINATORS, type CoordinatorWorld } from '../support/coordinator-world.js';
import { testProviders } from '../support/db.js';

const COUNTY = DEMO_COORDINATORS.county;
const CITY = DEMO_COORDINATORS.city;
const HOSPITAL = DEMO_COORDINATORS.hospital('zhangping_hospital');
const row = (...cells: string[]) => new RegExp(cells.join('\\s*│\\s*'));

describe.each(testProviders())('targets at the level they are set for: /目标 and /进度 (%s)', (provider) => {
  let world: CoordinatorWorld;
  beforeAll(async () => {
    world = await createCoordinatorWorld(provider);
  }, 120_000);
  afterAll(() => world?.bot.close());

  const say = async (as: string, text: string): Promise<string> => {
    await world.bot.send({ as, text });
    await world.bot.settle();
    return (world.bot.lastMessage(world.bot.p2p(as)) as HarnessMessage | undefined)?.text ?? '';
  };

  it('a hospital has no targets until its coordinator sets one; then /进度 compares it with its own', async () => {
    const before = await say(HOSPITAL, '/进度');
    expect(before).toContain('本级未设目标');
    expect(before).not.toContain('预计完成');

    expect(await say(HOSPITAL, '/目标 诊疗人次 5000')).toContain(
      '已设定 漳平市医院 的目标：诊疗人次 5000（截止 2026-12-31',
    );
    const after = await say(HOSPITAL, '/进度');
    expect(after).toContain('本级目标');
    expect(after).toMatch(row('诊疗人次', '2026-12-31', '\\d+/5000'));
    // Metrics it set no target for still show against the program's.
    expect(after).toMatch(row('派驻支援医师', '\\d+', '项目 \\d+（截止 [-\\d]+）', '\\d+%'));

    expect(await say(HOSPITAL, '/目标 诊疗人次 6000')).toContain('从 5000 改为 6000');
    const entries = await listAuditEntries(world.bot.db, { all: true }, { limit: 50 });
    const set = entries.filter((entry) => entry.action === 'target.set');
    expect(set).toHaveLength(2);
    expect(set[0]).toMatchObject({ entity: 'ScopeTarget', details: { value: 6000, previous: 5000 } });
  });

  it('a county bureau running the program cannot overwrite the program’s targets, but apportions to a township', async () => {
    expect(await say(COUNTY, '/目标 诊疗人次 100')).toContain('是项目本级，项目目标由项目设定');
    expect(await say(CITY, '/目标 漳平市 诊疗人次 100')).toContain('是项目本级');
    expect(await say(COUNTY, '/目标 灵地乡 讲座 5')).toContain('已设定 灵地乡 的目标：讲座 5');
    const township = await say(COUNTY, '/进度 灵地乡');
    expect(township).toMatch(row('讲座', '2026-12-31', '\\d+/5'));
    expect(township).toContain('统计期：项目开始至今');
  });

  it('says what was wrong with bad input and writes nothing', async () => {
    const count = () => world.bot.db.scopeTarget.count();
    const before = await count();
    expect(await say(HOSPITAL, '/目标 诊疗人次 很多')).toContain('目标数值应为正整数');
    expect(await say(HOSPITAL, '/目标 体重 5')).toContain('“体重”不是可设定目标的指标');
    expect(await say(HOSPITAL, '/目标 诊疗人次 5 2030-01-01')).toContain('不在项目期内');
    expect(await say(HOSPITAL, '/目标')).toContain('请写明指标和数值');
    expect(await say(HOSPITAL, '/目标 福州大学附属省立医院 诊疗人次 5')).toContain('不在您的管辖范围内');
    expect(await count()).toBe(before);
  });

  it('two coordinators setting the same target at once leave one row', async () => {
    const program = await world.bot.db.program.findUniqueOrThrow({ where: { code: 'DEMO-ZP-GRASSROOTS-2026' } });
    const region = await world.bot.db.region.findFirstOrThrow({ where: { name: '双洋镇' } });
    const at = world.bot.clock.now();
    const writes = Array.from({ length: 8 }, (_, i) =>
      setScopeTarget(world.bot.db, {
        programId: program.id,
        metric: 'TRAINING',
        value: 100 + i,
        dueDate: '2026-12-31',
        place: { regionId: region.id },
        setById: null,
        at,
      }),
    );
    const results = await Promise.all(writes);
    expect(results.filter((result) => result.previous === null)).toHaveLength(1);
    const rows = await world.bot.db.scopeTarget.findMany({ where: { scopeKey: `region:${region.id}` } });
    expect(rows).toHaveLength(1);
  });
});
