import { describe, expect, it } from 'vitest';
import { storableEvent, storableText } from '../../src/core/storable-event.js';
import type { InboundEvent } from '../../src/core/event.js';

describe('storable text', () => {
  it('replaces NUL and unpaired surrogate halves, keeping pairs, emoji and everything else', () => {
    expect(storableText('a\u0000b')).toBe('a\uFFFDb');
    expect(storableText('\uD83D')).toBe('\uFFFD');
    expect(storableText('x\uDE00\uD83D')).toBe('x\uFFFD\uFFFD');
    expect(storableText('😀 👨‍⚕️ 𠮷 \u200B\t签到')).toBe('😀 👨‍⚕️ 𠮷 \u200B\t签到');
  });

  it('cleans every string of an event, keys included, and keeps its dates and numbers', () => {
    const occurredAt = new Date('2026-03-02T01:00:00Z');
    const event: InboundEvent = {
      platform: 'FEISHU',
      eventId: 'e\u0000',
      occurredAt,
      sender: { userId: 'ou_x', name: '\uD83D王' },
      chat: { id: 'oc_x', type: 'p2p' },
      mentionsBot: false,
      body: { kind: 'cardAction', action: 'checkout', value: { serviceDayId: 7, ['k\u0000']: ['\uDE00'] } },
    };
    expect(storableEvent(event)).toEqual({
      ...event,
      eventId: 'e\uFFFD',
      sender: { userId: 'ou_x', name: '\uFFFD王' },
      body: { kind: 'cardAction', action: 'checkout', value: { serviceDayId: 7, ['k\uFFFD']: ['\uFFFD'] } },
    });
    expect(storableEvent(event).occurredAt).toBe(occurredAt);
  });
});
