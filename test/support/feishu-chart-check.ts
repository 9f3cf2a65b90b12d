/**
 * A structural check of a rendered Feishu card JSON 2.0 chart component (`tag: 'chart'`) against the
 * fields Feishu documents (card-json-v2-components/content-components/chart): JSON 2.0 rejects unknown
 * properties, the spec is VChart without JavaScript, and some VChart features fail on mobile clients.
 * For a bar chart the spec must name an x and a y field that every datum carries, y numeric.
 */

const CHART_KEYS = new Set([
  'tag',
  'element_id',
  'margin',
  'aspect_ratio',
  'color_theme',
  'chart_spec',
  'preview',
  'height',
]);
const ASPECT_RATIOS = new Set(['1:1', '2:1', '4:3', '16:9']);
const COLOR_THEMES = new Set(['brand', 'rainbow', 'complementary', 'converse', 'primary']);
/** `auto` or 1–999 px. */
const HEIGHT = /^(auto|([1-9]\d{0,2})px)$/;
const ELEMENT_ID = /^[A-Za-z][A-Za-z0-9_]{0,19}$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every key path in a value whose key or string value is one of the mobile-breaking VChart features. */
function mobileBreakers(value: unknown, path: string): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => mobileBreakers(item, `${path}[${i}]`));
  if (!isRecord(value)) return value === 'conical' ? [`${path}: conical gradient`] : [];
  return Object.entries(value).flatMap(([key, child]) => [
    ...(key === 'texture' || key === 'repeatX' || key === 'repeatY' ? [`${path}.${key}: not drawn on mobile`] : []),
    ...mobileBreakers(child, `${path}.${key}`),
  ]);
}

function barSpecProblems(spec: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const { xField, yField, data } = spec;
  if (typeof xField !== 'string') problems.push('chart_spec.xField must be a field name');
  if (typeof yField !== 'string') problems.push('chart_spec.yField must be a field name');
  const values = isRecord(data) ? data.values : undefined;
  if (!Array.isArray(values) || values.length === 0)
    return [...problems, 'chart_spec.data.values must be a non-empty array'];
  values.forEach((datum: unknown, i) => {
    if (!isRecord(datum)) return problems.push(`data.values[${i}] must be an object`);
    if (typeof xField === 'string' && typeof datum[xField] !== 'string')
      problems.push(`data.values[${i}].${xField} missing`);
    if (typeof yField === 'string' && typeof datum[yField] !== 'number')
      problems.push(`data.values[${i}].${yField} not a number`);
    return undefined;
  });
  return problems;
}

/** What is wrong with a rendered chart element; empty when it follows the documented schema. */
export function feishuChartProblems(element: unknown): string[] {
  if (!isRecord(element)) return ['not an object'];
  const problems: string[] = [];
  if (element.tag !== 'chart') problems.push(`tag is ${String(element.tag)}, not chart`);
  for (const key of Object.keys(element)) if (!CHART_KEYS.has(key)) problems.push(`unknown property ${key}`);
  const { aspect_ratio: aspect, color_theme: theme, preview, height, element_id: id, chart_spec: spec } = element;
  if (aspect !== undefined && !ASPECT_RATIOS.has(String(aspect))) problems.push(`aspect_ratio ${String(aspect)}`);
  if (theme !== undefined && !COLOR_THEMES.has(String(theme))) problems.push(`color_theme ${String(theme)}`);
  if (preview !== undefined && typeof preview !== 'boolean') problems.push('preview must be a boolean');
  if (height !== undefined && !HEIGHT.test(String(height))) problems.push(`height ${String(height)}`);
  if (id !== undefined && !ELEMENT_ID.test(String(id))) problems.push(`element_id ${String(id)}`);
  if (!isRecord(spec)) return [...problems, 'chart_spec must be an object'];
  // Feishu draws no JavaScript in specs (formatters, callbacks).
  if (hasFunction(spec)) problems.push('chart_spec must be plain JSON, no functions');
  if (typeof spec.type !== 'string') problems.push('chart_spec.type missing');
  if (spec.type === 'bar') problems.push(...barSpecProblems(spec));
  return [...problems, ...mobileBreakers(spec, 'chart_spec')];
}

function hasFunction(value: unknown): boolean {
  if (typeof value === 'function') return true;
  if (Array.isArray(value)) return value.some(hasFunction);
  return isRecord(value) && Object.values(value).some(hasFunction);
}

/** Every chart element of a rendered card, wherever it is nested. */
export function feishuCharts(node: unknown): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap(feishuCharts);
  if (!isRecord(node)) return [];
  return [...(node.tag === 'chart' ? [node] : []), ...Object.values(node).flatMap(feishuCharts)];
}
