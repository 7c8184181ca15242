/**
 * English for the words reports repeat: the scopes of rankings and the indicators most reports
 * publish, in the official style of Chinese statistical releases. Drafts get their English labels
 * and ids from here; a curated dataset may override every one of them.
 */
import { parseArabic, parseChineseNumeral } from './numerals.js';

/** Scopes of a ranking: 全市 → "the city". */
export const SCOPES: Readonly<Record<string, string>> = {
  全国: 'the country',
  全省: 'the province',
  省内: 'the province',
  全市: 'the city',
  市内: 'the city',
  市区: 'the urban districts',
  全区: 'the district',
  全县: 'the county',
  苏中: 'central Jiangsu',
  苏南: 'southern Jiangsu',
  苏北: 'northern Jiangsu',
  长三角: 'the Yangtze River Delta',
  同类地区: 'comparable areas',
};

const SMALL_EN = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
];

/** English for a scope; 三区 → "the three districts", 5县 → "the five counties". */
export function scopeEnglish(scope: string): string | undefined {
  const known = SCOPES[scope];
  if (known) return known;
  const m = /^(.+?)([区县])$/.exec(scope);
  const count = m ? (parseArabic(m[1] ?? '') ?? parseChineseNumeral(m[1] ?? '')) : undefined;
  if (m && count !== undefined && count >= 2) {
    const n = SMALL_EN[count] ?? String(count);
    return `the ${n} ${m[2] === '县' ? 'counties' : 'districts'}`;
  }
  return undefined;
}

export interface Indicator {
  /** The indicator's usual Chinese names, the preferred one first. */
  readonly zh: readonly string[];
  /** An id stem: `gdp` → `gdp-2019`, `gdp-growth-2020`. */
  readonly id: string;
  readonly en: string;
}

/**
 * Indicators most work reports publish. Longer names first where one contains another
 * (城镇居民人均可支配收入 before 居民人均可支配收入).
 */
export const INDICATORS: readonly Indicator[] = [
  { zh: ['地区生产总值', '国内生产总值', '本地生产总值', 'GDP', '生产总值'], id: 'gdp', en: 'GDP' },
  { zh: ['一般公共预算收入'], id: 'budget-revenue', en: 'General public budget revenue' },
  {
    zh: ['全社会研发投入占比', '研发投入占比', '研发经费投入占比', 'R&D经费投入占比'],
    id: 'rd-share',
    en: 'R&D spending as a share of GDP',
  },
  { zh: ['固定资产投资'], id: 'fixed-asset-investment', en: 'Fixed-asset investment' },
  {
    zh: ['社会消费品零售总额'],
    id: 'retail-sales',
    en: 'Total retail sales of consumer goods',
  },
  { zh: ['进出口总额', '外贸进出口总额', '进出口'], id: 'trade', en: 'Total imports and exports' },
  {
    zh: ['城镇居民人均可支配收入', '城镇居民收入', '城镇常住居民人均可支配收入'],
    id: 'urban-income',
    en: 'Per-capita disposable income of urban residents',
  },
  {
    zh: ['农村居民人均可支配收入', '农村居民收入', '农村常住居民人均可支配收入'],
    id: 'rural-income',
    en: 'Per-capita disposable income of rural residents',
  },
  {
    zh: ['居民人均可支配收入', '居民收入'],
    id: 'disposable-income',
    en: 'Per-capita disposable income',
  },
  {
    zh: ['工业应税销售收入'],
    id: 'industry-taxable-sales',
    en: 'Industrial taxable sales revenue',
  },
  {
    zh: ['服务业应税销售收入'],
    id: 'services-taxable-sales',
    en: 'Services taxable sales revenue',
  },
  { zh: ['应税销售收入'], id: 'taxable-sales', en: 'Taxable sales revenue' },
  {
    zh: ['规模以上工业增加值', '规上工业增加值'],
    id: 'industrial-value-added',
    en: 'Value added of industry above designated size',
  },
  {
    zh: ['科技进步贡献率'],
    id: 'tech-progress-contribution',
    en: 'Contribution of scientific and technological progress',
  },
  {
    zh: ['万人发明专利拥有量'],
    id: 'patents-per-10k',
    en: 'Invention patents per 10,000 people',
  },
  {
    zh: ['实际使用外资', '实际利用外资'],
    id: 'foreign-investment',
    en: 'Foreign investment actually used',
  },
  { zh: ['城镇登记失业率'], id: 'unemployment-rate', en: 'Registered urban unemployment rate' },
  { zh: ['城镇新增就业', '新增城镇就业'], id: 'new-urban-jobs', en: 'New urban jobs' },
  { zh: ['居民消费价格涨幅', '居民消费价格'], id: 'cpi', en: 'Consumer price index' },
  {
    zh: ['单位地区生产总值能耗', '单位国内生产总值能耗', '单位GDP能耗', '单位生产总值能耗'],
    id: 'energy-intensity',
    en: 'Energy consumption per unit of GDP',
  },
  {
    zh: ['高新技术产业产值占比', '高新技术产业产值占规上工业产值比重'],
    id: 'high-tech-share',
    en: 'High-tech industry share of industrial output',
  },
  { zh: ['税收收入'], id: 'tax-revenue', en: 'Tax revenue' },
  { zh: ['新招重大项目'], id: 'major-projects', en: 'Major projects newly attracted' },
];

/** Phrases that stand for another indicator in "in step with" targets: 经济增长 → GDP. */
export const ALIASES: Readonly<Record<string, string>> = {
  经济增长: 'gdp',
  经济发展: 'gdp',
  经济: 'gdp',
  GDP增长: 'gdp',
};

/** The glossary entry whose name occurs in `label` (the longest match wins). */
export function findIndicator(label: string): Indicator | undefined {
  let best: { indicator: Indicator; length: number } | undefined;
  for (const indicator of INDICATORS) {
    for (const name of indicator.zh) {
      if (label.includes(name) && (!best || name.length > best.length)) {
        best = { indicator, length: name.length };
      }
    }
  }
  return best?.indicator;
}
