/**
 * Which numbers a draft reads as figures at all. The readers find every number with a unit; these
 * rules set aside the ones a careful reader would not mark:
 *
 * - an ordinal (第47位 is read as a ranking, not a quantity);
 * - a count in small Chinese numerals (八个方面, 两个大局, 五大任务): it names or lists, since
 *   statistics are written in Arabic digits — percentages and compound numerals (百分之五,
 *   一千两百万人) still count;
 * - a round threshold after a count (191家企业营业收入超百亿元: each is over 10 billion);
 * - a number with 万 or 亿 and no unit counts only the people named after it (惠及17万婴幼儿); before
 *   any other word (3.2亿卢布) its unit is unknown;
 * - a duration that frames rather than measures (一年来, 为期4天, 近三十五年), unlike one that
 *   measures how long something takes (办理时间压缩至6个工作日, 8.6天: a period counts whole units).
 */
import type { Range } from '../data/schema.js';
import { unitInfo } from '../format/units.js';
import type { QuantityPhrase } from './phrases.js';

/** 八个方面, 两个大局: a small count in Chinese numerals. */
export function rhetorical(text: string, q: QuantityPhrase): boolean {
  if (q.script !== 'chinese') return false;
  const numeral = text.slice(q.number.start, q.number.end);
  const kind = unitInfo(q.unit).kind;
  return /^[一二两三四五六七八九十]$/.test(numeral) && (kind === 'count' || kind === 'duration');
}

/** 191家工业企业营业收入超百亿元: a bare power of ten after a count of things is each one's threshold. */
function threshold(text: string, q: QuantityPhrase, clause: Range | undefined): boolean {
  if (q.script !== 'chinese' || !/^[十百千万]$/.test(text.slice(q.number.start, q.number.end))) {
    return false;
  }
  const before = text.slice(clause?.start ?? q.start, q.start);
  return /\d+(?:家|个|户|所|座)/.test(before);
}

/** 压缩至6个工作日, 审批时限3天, 8.6天: a duration that measures. */
export function measuredDuration(text: string, q: QuantityPhrase): boolean {
  if (!Number.isInteger(q.value)) return true;
  const before = text.slice(Math.max(0, q.start - 12), q.start);
  return /(?:压缩|缩短|缩减|减少|控制|降低|下降|提速)(?:至|到|在)$|(?:时间|时限|周期|工期|时长|用时|天数|日数|年限|寿命)(?:达到|提高到|为|仅|只需)?$/.test(
    before,
  );
}

/** Nouns for people that 万 or 亿 may count without a unit (17万婴幼儿, 3700多万学生). */
const PEOPLE =
  /^(?:名|位)?(?:婴幼儿|儿童|学生|群众|居民|农民|职工|劳动者|劳动力|老人|老年人|患者|游客|旅客|人口|家庭|农户|贫困人口|青年|毕业生|妇女|残疾人)/;

/** Whether a quantity the readers found is a figure a draft should carry. */
export function figureWorthy(
  text: string,
  q: QuantityPhrase,
  clauses: readonly Range[] = [],
): boolean {
  if (text[q.start - 1] === '第' || rhetorical(text, q)) return false;
  const clause = clauses.find((c) => q.start >= c.start && q.start < c.end);
  if (threshold(text, q, clause)) return false;
  if ((q.unit === '万' || q.unit === '亿') && !PEOPLE.test(text.slice(q.end, q.end + 6)))
    return false;
  return unitInfo(q.unit).kind !== 'duration' || measuredDuration(text, q);
}
