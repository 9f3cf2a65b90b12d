import { randomUUID } from 'node:crypto';
import type { Institution, ServiceDay } from '../../src/generated/sqlite/client.js';
import { recordCheckIn } from '../../src/db/queries/service-days.js';
import { zonedInstant } from '../../src/time/local.js';
import type { AttendanceWorld } from './attendance-world.js';
import type { Sent } from '../support/bot-harness.js';

/** A check-in of 王医生 written straight to the database (the check-in flow has its own tests). */
export async function checkedIn(
  world: AttendanceWorld,
  date: string,
  options: { clinic?: Institution; time?: string; verification?: 'VERIFIED' | 'UNVERIFIED' } = {},
): Promise<ServiceDay> {
  const { day } = await recordCheckIn(world.bot.db, {
    programId: world.program.id,
    assignmentId: null,
    physicianId: world.physicianId,
    institutionId: (options.clinic ?? world.clinic).id,
    serviceDate: date,
    at: zonedInstant(date, options.time ?? '08:30', 'Asia/Shanghai'),
    method: 'TEXT',
    verification: options.verification ?? 'UNVERIFIED',
    sourceId: null,
  });
  return day;
}

/** A card action from `userId`'s private chat, as if a button with this action and value had been pressed. */
export function pressAction(
  world: AttendanceWorld,
  userId: string,
  action: string,
  value: Record<string, unknown>,
): Promise<Sent> {
  return world.bot.event({
    platform: 'SANDBOX',
    eventId: randomUUID(),
    occurredAt: world.bot.clock.now(),
    sender: { userId },
    chat: { id: world.bot.p2p(userId), type: 'p2p' },
    mentionsBot: false,
    body: { kind: 'cardAction', action, value },
  });
}
