import type { InstitutionKind } from '../generated/sqlite/enums.js';
import { FUJIAN, LONGYAN, ZHANGPING } from './regions.js';

/** One institution of the demo dataset. `key` names it inside src/demo and in demo open_ids. */
export interface DemoInstitution {
  key: string;
  /** Internal code (`DEMO-…`): stable, so a reload finds the same row. */
  code: string;
  name: string;
  /** Short names people type (简称). */
  aliases: string[];
  kind: InstitutionKind;
  regionCode: string;
  address: string;
  latitude: number;
  longitude: number;
  /** Null falls back to the program's tolerance. */
  geofenceRadiusM: number | null;
}

/** A provincial hospital with the counties its 2024 medical team tours (seed 004 annex 1). */
export interface DemoProvincialHospital extends DemoInstitution {
  /** Region codes of the toured counties, in the order of the annex. */
  tourCountyCodes: string[];
}

/** The internal code of a demo institution key: `zhangping_tcm` → `DEMO-ZHANGPING-TCM`. */
export function demoInstitutionCode(key: string): string {
  return `DEMO-${key.toUpperCase().replace(/_/g, '-')}`;
}

/** Seed 004 annex 1 (2024年省级医疗队巡回医疗地区分布表): hospital key → the counties its team tours. */
const ANNEX_1: Record<string, string[]> = {
  fj_children: ['350122', '350123'],
  fj_cancer: ['350423', '350425'],
  fj_maternal: ['350824', '350823'],
  fj_government: ['350124', '350125'],
  fj_geriatric: ['350429', '350821'],
  fj_provincial: ['350981', '350921', '350924'],
  fjmu_union: ['350721', '350725', '350723'],
  fjmu_first: ['350430', '350424', '350421'],
  fjmu_second: ['350629', '350627'],
  fjmu_stomatology: ['350825', ZHANGPING],
  fjtcm_people: ['350724', '350722'],
  fjtcm_second: ['350925', '350922'],
  fjtcm_third: ['350923', '350926'],
  fjtcm_rehab: ['350624', '350628'],
};

const provincial = (
  key: string,
  name: string,
  aliases: string[],
  [regionCode, address]: [string, string],
  [latitude, longitude]: [number, number],
): DemoProvincialHospital => ({
  key,
  code: demoInstitutionCode(key),
  name,
  aliases,
  kind: 'PROVINCIAL_HOSPITAL',
  regionCode,
  address,
  latitude,
  longitude,
  geofenceRadiusM: null,
  tourCountyCodes: ANNEX_1[key] ?? [],
});

/** The 14 provincial hospitals of seed 004 annex 1, in the order of the annex. */
export const PROVINCIAL_HOSPITALS: readonly DemoProvincialHospital[] = [
  provincial('fj_children', '福建省儿童医院', ['省儿童医院'], ['350112', '福州市长乐区滨海新城'], [25.915, 119.643]),
  provincial('fj_cancer', '福建省肿瘤医院', ['省肿瘤医院'], ['350111', '福州市晋安区福马路420号'], [26.08, 119.351]),
  provincial('fj_maternal', '福建省妇幼保健院', ['省妇幼'], ['350102', '福州市鼓楼区道山路18号'], [26.077, 119.294]),
  provincial('fj_government', '福建省级机关医院', ['省级机关医院'], ['350102', '福州市鼓楼区'], [26.085, 119.295]),
  provincial('fj_geriatric', '福建省老年医院', ['省老年医院'], ['350111', '福州市晋安区'], [26.11, 119.31]),
  provincial(
    'fj_provincial',
    '福州大学附属省立医院',
    ['省立医院'],
    ['350102', '福州市鼓楼区东街134号'],
    [26.088, 119.303],
  ),
  provincial(
    'fjmu_union',
    '福建医大附属协和医院',
    ['协和医院'],
    ['350102', '福州市鼓楼区新权路29号'],
    [26.086, 119.305],
  ),
  provincial(
    'fjmu_first',
    '福建医大附属第一医院',
    ['医大附一'],
    ['350103', '福州市台江区茶中路20号'],
    [26.06, 119.323],
  ),
  provincial(
    'fjmu_second',
    '福建医大附属第二医院',
    ['医大附二'],
    ['350502', '泉州市鲤城区中山北路34号'],
    [24.918, 118.588],
  ),
  provincial(
    'fjmu_stomatology',
    '福建医大附属口腔医院',
    ['口腔医院'],
    ['350102', '福州市鼓楼区杨桥中路246号'],
    [26.082, 119.28],
  ),
  provincial(
    'fjtcm_people',
    '福建中医药大学附属人民医院',
    ['省人民医院'],
    ['350102', '福州市鼓楼区八一七中路602号'],
    [26.073, 119.302],
  ),
  provincial(
    'fjtcm_second',
    '福建中医药大学附属第二人民医院',
    ['省二人民医院'],
    ['350102', '福州市鼓楼区五四路282号'],
    [26.096, 119.306],
  ),
  provincial(
    'fjtcm_third',
    '福建中医药大学附属第三人民医院',
    ['省三人民医院'],
    ['350104', '福州市仓山区'],
    [26.04, 119.29],
  ),
  provincial('fjtcm_rehab', '福建中医药大学附属康复医院', ['省康复医院'], ['350102', '福州市鼓楼区'], [26.09, 119.31]),
];

const local = (
  key: string,
  name: string,
  aliases: string[],
  kind: InstitutionKind,
  regionCode: string,
  address: string,
  latitude: number,
  longitude: number,
): DemoInstitution => ({
  key,
  code: demoInstitutionCode(key),
  name,
  aliases,
  kind,
  regionCode,
  address,
  latitude,
  longitude,
  geofenceRadiusM: null,
});

/** The county's hospitals (seed 001 calls the first 市总医院) and the city hospital that sends physicians too. */
export const LOCAL_HOSPITALS: readonly DemoInstitution[] = [
  local(
    'zhangping_hospital',
    '漳平市医院',
    ['市医院', '市总医院', '漳平市总医院'],
    'COUNTY_HOSPITAL',
    ZHANGPING,
    '漳平市菁城街道和平路',
    25.2935,
    117.415,
  ),
  local(
    'zhangping_tcm',
    '漳平市中医院',
    ['市中医院', '中医院'],
    'COUNTY_HOSPITAL',
    ZHANGPING,
    '漳平市桂林街道城西路',
    25.296,
    117.408,
  ),
  local(
    'longyan_first',
    '龙岩市第一医院',
    ['龙岩一院', '市一院'],
    'CITY_HOSPITAL',
    '350802',
    '龙岩市新罗区九一北路105号',
    25.101,
    117.029,
  ),
];

/** The health bureaus at county, city and province level (their coordinators' home units). */
export const HEALTH_BUREAUS: readonly DemoInstitution[] = [
  local(
    'zhangping_bureau',
    '漳平市卫健局',
    ['漳平市卫生健康局', '市卫健局'],
    'HEALTH_BUREAU',
    ZHANGPING,
    '漳平市菁城街道',
    25.291,
    117.421,
  ),
  local(
    'longyan_bureau',
    '龙岩市卫健委',
    ['龙岩市卫生健康委员会'],
    'HEALTH_BUREAU',
    LONGYAN,
    '龙岩市新罗区',
    25.075,
    117.017,
  ),
  local(
    'fujian_bureau',
    '福建省卫健委',
    ['福建省卫生健康委员会', '省卫健委'],
    'HEALTH_BUREAU',
    FUJIAN,
    '福州市鼓楼区',
    26.087,
    119.297,
  ),
];

/**
 * The hospitals whose physicians serve 漳平市's clinics in the demo program (支援单位): the county
 * hospitals, the city hospital (seed 001: six physicians from 龙岩 city hospitals) and three provincial
 * hospitals, the stomatology hospital among them because its team tours 漳平市.
 */
export const SUPPORTING_HOSPITAL_KEYS = [
  'zhangping_hospital',
  'zhangping_tcm',
  'longyan_first',
  'fjmu_stomatology',
  'fj_provincial',
  'fjmu_union',
] as const;

/** A key of a supporting hospital. */
export type SupportingHospitalKey = (typeof SUPPORTING_HOSPITAL_KEYS)[number];
