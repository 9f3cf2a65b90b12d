import type { RegionLevel } from '../generated/sqlite/enums.js';

/** One administrative region of the demo dataset; parents come before their children. */
export interface DemoRegion {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

/** The demo's province. */
export const FUJIAN = '350000';
/** The city above the demo county. */
export const LONGYAN = '350800';
/** The demo county (seed 001). */
export const ZHANGPING = '350881';

const city = (code: string, name: string): DemoRegion => ({ code, name, level: 'CITY', parentCode: FUJIAN });
const county = (code: string, name: string): DemoRegion => ({
  code,
  name,
  level: 'COUNTY',
  parentCode: `${code.slice(0, 4)}00`,
});
const town = (code: string, name: string): DemoRegion => ({ code, name, level: 'TOWNSHIP', parentCode: ZHANGPING });

/**
 * 福建省, the cities holding a county of seed 004 annex 1 or a supporting hospital, those counties, the
 * districts the hospitals stand in, and the 16 towns and streets of 漳平市 (GB/T 2260 codes; the
 * township codes follow the 9-digit statistical pattern).
 */
export const DEMO_REGIONS: readonly DemoRegion[] = [
  { code: FUJIAN, name: '福建省', level: 'PROVINCE', parentCode: null },
  city('350100', '福州市'),
  city('350400', '三明市'),
  city('350500', '泉州市'),
  city('350600', '漳州市'),
  city('350700', '南平市'),
  city(LONGYAN, '龙岩市'),
  city('350900', '宁德市'),
  // Districts where the provincial and city hospitals stand.
  county('350102', '鼓楼区'),
  county('350103', '台江区'),
  county('350104', '仓山区'),
  county('350111', '晋安区'),
  county('350112', '长乐区'),
  county('350502', '鲤城区'),
  county('350802', '新罗区'),
  // Counties toured by the provincial teams (seed 004 annex 1).
  county('350122', '连江县'),
  county('350123', '罗源县'),
  county('350124', '闽清县'),
  county('350125', '永泰县'),
  county('350421', '明溪县'),
  county('350423', '清流县'),
  county('350424', '宁化县'),
  county('350425', '大田县'),
  county('350429', '泰宁县'),
  county('350430', '建宁县'),
  county('350624', '诏安县'),
  county('350627', '南靖县'),
  county('350628', '平和县'),
  county('350629', '华安县'),
  county('350721', '顺昌县'),
  county('350722', '浦城县'),
  county('350723', '光泽县'),
  county('350724', '松溪县'),
  county('350725', '政和县'),
  county('350821', '长汀县'),
  county('350823', '上杭县'),
  county('350824', '武平县'),
  county('350825', '连城县'),
  county(ZHANGPING, '漳平市'),
  county('350921', '霞浦县'),
  county('350922', '古田县'),
  county('350923', '屏南县'),
  county('350924', '寿宁县'),
  county('350925', '周宁县'),
  county('350926', '柘荣县'),
  county('350981', '福安市'),
  // The towns and streets of 漳平市: 2 streets, 11 towns, 3 townships.
  town('350881001', '菁城街道'),
  town('350881002', '桂林街道'),
  town('350881100', '新桥镇'),
  town('350881101', '双洋镇'),
  town('350881102', '永福镇'),
  town('350881103', '溪南镇'),
  town('350881104', '和平镇'),
  town('350881105', '拱桥镇'),
  town('350881106', '象湖镇'),
  town('350881107', '赤水镇'),
  town('350881108', '芦芝镇'),
  town('350881109', '西园镇'),
  town('350881110', '南洋镇'),
  town('350881200', '官田乡'),
  town('350881201', '吾祠乡'),
  town('350881202', '灵地乡'),
];
