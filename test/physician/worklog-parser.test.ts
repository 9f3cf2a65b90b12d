import { describe, expect, it } from 'vitest';
import { checkWorkLogBounds, WORK_LOG_BOUNDS } from '../../src/physician/worklog-bounds.js';
import { parseWorkLog, parseWorkLogForm, type WorkLogParse } from '../../src/physician/worklog-parser.js';

const ok = (values: Record<string, number>, note?: string): WorkLogParse => ({
  ok: true,
  log: note === undefined ? { values } : { values, note },
});

describe('parseWorkLog: accepted inputs', () => {
  it.each<[string, WorkLogParse]>([
    [
      '诊疗23 特殊人群5 上门2 讲座1 培训12 查房1 病例讨论1 远程2',
      ok({
        patients: 23,
        specialPopulation: 5,
        homeVisits: 2,
        lectures: 1,
        training: 12,
        teachingRounds: 1,
        caseDiscussions: 1,
        remoteConsultations: 2,
      }),
    ],
    ['诊疗人次 23', ok({ patients: 23 })],
    ['门诊=23', ok({ patients: 23 })],
    ['看诊:23', ok({ patients: 23 })],
    ['诊疗：２３', ok({ patients: 23 })],
    ['诊疗＝２３，讲座１；培训１２、宣教3', ok({ patients: 23, lectures: 1, training: 12, healthEducation: 3 })],
    ['诊疗 = 23 , 讲座 : 1', ok({ patients: 23, lectures: 1 })],
    ['送医上门2 学术讲座1 业务培训12 教学查房1', ok({ homeVisits: 2, lectures: 1, training: 12, teachingRounds: 1 })],
    ['手术带教1', ok({ surgeryTeaching: 1 })],
    ['带教2', ok({ surgeryTeaching: 2 })],
    ['远程会诊2 健康宣教30 新技术1', ok({ remoteConsultations: 2, healthEducation: 30, newTechniques: 1 })],
    ['远程会诊3 远程影像2 远程心电1', ok({ remoteConsultations: 3, remoteImaging: 2, remoteEcg: 1 })],
    ['远程会诊=3，影像:2、心电1', ok({ remoteConsultations: 3, remoteImaging: 2, remoteEcg: 1 })],
    // The one 远程 label of logs before the split still works, as 远程会诊 (migration remote_kinds_split).
    ['远程2', ok({ remoteConsultations: 2 })],
    ['remoteImaging=4 remoteEcg=1', ok({ remoteImaging: 4, remoteEcg: 1 })],
    [
      'patients 23 special 5 home 2 lectures 1 training 12 rounds 1 cases 1 surgery 1 remote 2 education 3 newtech 1',
      ok({
        patients: 23,
        specialPopulation: 5,
        homeVisits: 2,
        lectures: 1,
        training: 12,
        teachingRounds: 1,
        caseDiscussions: 1,
        surgeryTeaching: 1,
        remoteConsultations: 2,
        healthEducation: 3,
        newTechniques: 1,
      }),
    ],
    ['PATIENTS=23 Lectures:1', ok({ patients: 23, lectures: 1 })],
    ['specialPopulation=4', ok({ specialPopulation: 4 })],
    ['讲座1次 诊疗23人次 培训12人', ok({ lectures: 1, patients: 23, training: 12 })],
    ['诊疗0', ok({ patients: 0 })],
    ['诊疗+5', ok({ patients: 5 })],
    ['诊疗23.0', ok({ patients: 23 })],
    ['诊疗23 备注 今天停电半天', ok({ patients: 23 }, '今天停电半天')],
    ['诊疗23 备注：今天停电，病人较少', ok({ patients: 23 }, '今天停电,病人较少')],
    ['备注 只写备注', ok({}, '只写备注')],
    ['patients 5 note: power cut', ok({ patients: 5 }, 'power cut')],
    ['\u3000诊疗\u300023\u3000', ok({ patients: 23 })],
  ])('%s', (input, expected) => {
    expect(parseWorkLog(input)).toEqual(expected);
  });
});

describe('parseWorkLog: problems', () => {
  it.each<[string, unknown[]]>([
    ['', [{ kind: 'empty' }]],
    ['   ', [{ kind: 'empty' }]],
    ['备注', [{ kind: 'empty' }]],
    ['诊了23', [{ kind: 'unknownLabel', label: '诊了', suggestion: '诊疗' }]],
    ['lecturs 1', [{ kind: 'unknownLabel', label: 'lecturs', suggestion: 'lecture' }]],
    ['天气晴 诊疗3', [{ kind: 'unknownLabel', label: '天气晴' }]],
    ['诊疗', [{ kind: 'missingValue', metric: 'patients' }]],
    ['诊疗 讲座1', [{ kind: 'missingValue', metric: 'patients' }]],
    ['诊疗二十三', [{ kind: 'unknownLabel', label: '诊疗二十三' }]],
    ['23', [{ kind: 'strayNumber', value: '23' }]],
    ['诊疗2.5', [{ kind: 'notInteger', metric: 'patients', value: '2.5' }]],
    ['诊疗-3', [{ kind: 'negative', metric: 'patients', value: '-3' }]],
    ['诊疗=-3', [{ kind: 'negative', metric: 'patients', value: '-3' }]],
    ['诊疗' + '9'.repeat(400), [{ kind: 'tooLarge', metric: 'patients' }]],
    ['诊疗1000001', [{ kind: 'tooLarge', metric: 'patients' }]],
    ['诊疗23 门诊24 看诊25', [{ kind: 'duplicate', metric: 'patients' }]],
    ['诊疗1 备注 ' + '长'.repeat(201), [{ kind: 'noteTooLong', max: 200 }]],
    ['诊疗1 '.repeat(300), [{ kind: 'tooLong', max: 1000 }]],
  ])('%s', (input, problems) => {
    expect(parseWorkLog(input)).toEqual({ ok: false, problems });
  });

  it('reports every problem at once', () => {
    const result = parseWorkLog('诊疗2.5 讲座-1 xyzzy 7 8');
    expect(result.ok).toBe(false);
    const kinds = result.ok ? [] : result.problems.map((p) => p.kind);
    expect(kinds.sort()).toEqual(['negative', 'notInteger', 'strayNumber', 'unknownLabel']);
  });

  it('quotes at most 20 characters of an unknown word', () => {
    const result = parseWorkLog('啊'.repeat(100));
    expect(result).toEqual({ ok: false, problems: [{ kind: 'unknownLabel', label: '啊'.repeat(20) }] });
  });
});

describe('parseWorkLog never throws', () => {
  const alphabet = [
    '诊',
    '疗',
    '讲',
    '座',
    '备注',
    '=',
    ':',
    '：',
    '，',
    '、',
    '-',
    '+',
    '.',
    '１',
    '9',
    ' ',
    '\u3000',
    '@',
    '\n',
    'é',
    '😀',
    '\u0000',
    'a',
    'Z',
  ];
  it('on 10,000 random inputs', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let i = 0; i < 10_000; i++) {
      const length = Math.floor(random() * 60);
      // Mostly likely characters, sometimes any code point (lone surrogates included).
      const char = () =>
        random() < 0.9
          ? (alphabet[Math.floor(random() * alphabet.length)] ?? '')
          : String.fromCodePoint(Math.floor(random() * 0x10ffff));
      const input = Array.from({ length }, char).join('');
      const result = parseWorkLog(input);
      expect(typeof result.ok).toBe('boolean');
    }
  });

  it('on huge and odd inputs', () => {
    for (const input of [
      '9'.repeat(5000),
      '诊疗' + '9'.repeat(400),
      '\uD800',
      '诊疗1e9',
      '-'.repeat(300),
      '备注'.repeat(10),
    ]) {
      expect(() => parseWorkLog(input)).not.toThrow();
    }
  });
});

describe('parseWorkLogForm', () => {
  it('reads the fields, skips empty ones and keeps the note', () => {
    expect(parseWorkLogForm({ patients: '23', lectures: ' ', training: '１２', note: ' 停电 ', other: 'x' })).toEqual(
      ok({ patients: 23, training: 12 }, '停电'),
    );
  });

  it('accepts numbers as a card value carries them', () => {
    expect(parseWorkLogForm({ serviceDayId: 5, baseVersion: 0, patients: 300 })).toEqual(ok({ patients: 300 }));
  });

  it('lists the bad fields', () => {
    expect(parseWorkLogForm({ patients: 'abc', lectures: '-1' })).toEqual({
      ok: false,
      problems: [
        { kind: 'missingValue', metric: 'patients' },
        { kind: 'negative', metric: 'lectures', value: '-1' },
      ],
    });
  });

  it('says when nothing was filled in', () => {
    expect(parseWorkLogForm({})).toEqual({ ok: false, problems: [{ kind: 'empty' }] });
  });
});

describe('checkWorkLogBounds', () => {
  it('separates impossible from implausible values', () => {
    expect(checkWorkLogBounds({ patients: 1001, lectures: 21, training: 12 })).toEqual({
      impossible: [{ metric: 'patients', value: 1001, limit: 1000 }],
      implausible: [{ metric: 'lectures', value: 21, limit: 20 }],
    });
  });

  it('accepts values at the thresholds', () => {
    const atThresholds = Object.fromEntries(Object.entries(WORK_LOG_BOUNDS).map(([m, b]) => [m, b.plausible]));
    expect(checkWorkLogBounds(atThresholds)).toEqual({ impossible: [], implausible: [] });
  });

  it('keeps every plausibility threshold below its maximum', () => {
    for (const bound of Object.values(WORK_LOG_BOUNDS)) expect(bound.plausible).toBeLessThan(bound.max);
  });
});
