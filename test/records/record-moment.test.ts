import { describe, expect, it } from 'vitest';
import { recordMoment } from '../../src/records/record-moment.js';
import { zonedInstant } from '../../src/time/local.js';

const TZ = 'Asia/Shanghai';
const at = (date: string, time: string, seconds = 0) =>
  new Date(zonedInstant(date, time, TZ).getTime() + seconds * 1000);

describe('recordMoment', () => {
  it('a message sent at 23:59:50 and handled after midnight belongs to the day it was sent', () => {
    const moment = recordMoment({
      sentAt: at('2026-03-01', '23:59', 50),
      receivedAt: at('2026-03-02', '00:00', 20),
      timeZone: TZ,
    });
    expect(moment).toMatchObject({ date: '2026-03-01', time: '23:59', late: false, handledDate: '2026-03-02' });
  });

  it('a redelivery within the bound keeps the message time (21:59:50 redelivered at 22:05:20)', () => {
    const moment = recordMoment({
      sentAt: at('2026-03-02', '21:59', 50),
      receivedAt: at('2026-03-02', '22:05', 20),
      timeZone: TZ,
    });
    expect(moment).toMatchObject({ time: '21:59', late: false });
  });

  it('an old or future message time is not trusted: the handling time is recorded, marked late', () => {
    const received = at('2026-03-02', '15:00');
    const old = recordMoment({ sentAt: at('2026-03-02', '12:59'), receivedAt: received, timeZone: TZ });
    expect(old).toMatchObject({ late: true, time: '15:00', date: '2026-03-02' });
    expect(old.sentAt).toEqual(at('2026-03-02', '12:59'));
    const ahead = recordMoment({ sentAt: at('2026-03-02', '15:10'), receivedAt: received, timeZone: TZ });
    expect(ahead).toMatchObject({ late: true, time: '15:00' });
    const skew = recordMoment({ sentAt: at('2026-03-02', '15:01'), receivedAt: received, timeZone: TZ });
    expect(skew).toMatchObject({ late: false, time: '15:01' });
    const custom = recordMoment({
      sentAt: at('2026-03-02', '14:00'),
      receivedAt: received,
      timeZone: TZ,
      maxAgeMinutes: 30,
    });
    expect(custom.late).toBe(true);
  });
});
