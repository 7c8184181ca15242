/**
 * The extractor's rules, one kind of sentence at a time. Every kind is tried on several sentences
 * written the way reports write them (none copied from the corpus in tests/fixtures/reports/):
 * what a reader sees — label, value, unit, change, direction, rank, comparator — and what must not
 * become a figure.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset, Figure, Target } from '../../src/data/schema.js';
import { validateDataset } from '../../src/data/validate.js';
import { extractDraft } from '../../src/extract/extract.js';

function draft(text: string): Dataset {
  const { dataset } = extractDraft(text, { file: 'kinds.txt', year: 2024 });
  const checked = validateDataset(JSON.parse(JSON.stringify(dataset)));
  expect(checked.ok ? [] : checked.issues).toEqual([]);
  for (const f of [...dataset.figures, ...dataset.targets]) {
    expect(text.slice(f.source.start, f.source.end)).toBe(f.source.quote);
  }
  return dataset;
}

/** A figure as a reader sees it: label, value and unit, change, direction, rank. */
function seen(f: Figure): string {
  const change = f.change ? ` Δ${f.change.value}${f.change.unit}` : '';
  const direction = f.direction ? ` ${f.direction}` : '';
  const rank = f.rank?.position !== undefined ? ` #${f.rank.position}` : '';
  return `${f.label.zh} ${f.value ?? ''}${f.unit ?? ''}${change}${direction}${rank}`;
}

function target(t: Target): string {
  return `${t.label.zh} ${t.comparator} ${t.value ?? ''}${t.unit ?? ''}`;
}

const figures = (text: string) => draft(text).figures.map(seen);
const targets = (text: string) => draft(text).targets.map(target);

describe('分别 across clauses: each value its own change', () => {
  it.each<[string, string[]]>([
    [
      '全年完成财政总收入36.2亿元，其中地方一般预算收入14.5亿元，分别增长12.3%和9.8%。',
      ['财政总收入 36.2亿元 Δ12.3%', '地方一般预算收入 14.5亿元 Δ9.8%'],
    ],
    [
      '城镇居民人均可支配收入达41250元，农村居民人均可支配收入达21380元，分别增长6.1%和7.9%。',
      ['城镇居民人均可支配收入 41250元 Δ6.1%', '农村居民人均可支配收入 21380元 Δ7.9%'],
    ],
    [
      '外贸进出口总额完成8.6亿美元，其中出口5.3亿美元，分别下降4.2%和2.7%。',
      ['外贸进出口总额 8.6亿美元 Δ-4.2%', '出口 5.3亿美元 Δ-2.7%'],
    ],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('分别 after a list of subjects', () => {
  it.each<[string, string[]]>([
    ['工业投资和民间投资分别增长8.2%和11.4%。', ['工业投资 8.2% rise', '民间投资 11.4% rise']],
    [
      '全县森林覆盖率、建成区绿化覆盖率分别达到45.3%、41.2%。',
      ['森林覆盖率 45.3%', '建成区绿化覆盖率 41.2%'],
    ],
    [
      '城乡居民人均可支配收入分别达到3.9万元和1.8万元，分别增长5.6%和7.1%。',
      ['城镇居民人均可支配收入 3.9万元 Δ5.6%', '农村居民人均可支配收入 1.8万元 Δ7.1%'],
    ],
    [
      '水稻、小麦、玉米播种面积分别为12.3万、8.1万、5.6万亩。',
      ['水稻播种面积 12.3万亩', '小麦播种面积 8.1万亩', '玉米播种面积 5.6万亩'],
    ],
    [
      '全市和高新区规上企业数量分别净增126家、48家。',
      ['全市规上企业数量 126家 rise', '高新区规上企业数量 48家 rise'],
    ],
    [
      '化学需氧量、氨氮排放量分别削减3013吨和1498吨。',
      ['化学需氧量 3013吨 fall', '氨氮排放量 1498吨 fall'],
    ],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it('names the three industries of 三次产业', () => {
    expect(figures('三次产业对经济增长的贡献率分别为4.8%、38.6%和56.6%。')).toEqual([
      '第一产业对经济增长的贡献率 4.8%',
      '第二产业对经济增长的贡献率 38.6%',
      '第三产业对经济增长的贡献率 56.6%',
    ]);
  });

  it('flags the figures of a list whose subjects it cannot tell apart, with the words it read', () => {
    const data = draft('两项重点指标分别增长5.2%和6.4%。');
    expect(data.figures.map(seen)).toEqual(['两项重点指标 5.2% rise', '两项重点指标 6.4% rise']);
    expect(data.figures.map((f) => f.review?.fields)).toEqual([['label'], ['label']]);
  });

  it('reads a list of periods, and says each period in the review note', () => {
    const data = draft('一季度、二季度地区生产总值增速分别为5.1%、6.3%。');
    expect(data.figures.map(seen)).toEqual(['地区生产总值 5.1% rise', '地区生产总值 6.3% rise']);
    expect(data.figures.map((f) => f.review?.note.zh)).toEqual([
      expect.stringContaining('一季度'),
      expect.stringContaining('二季度'),
    ]);
  });
});

describe('enumerations in one sentence', () => {
  it.each<[string, string[]]>([
    ['改建、新建农村桥梁173座、泵站250座。', ['农村桥梁 173座', '泵站 250座']],
    ['新建5G基站1200个、公共充电桩860个。', ['新建5G基站 1200个', '公共充电桩 860个']],
    [
      '签约亿元以上项目27个、总投资112亿元，实际使用外资381万美元。',
      ['签约亿元以上项目 27个', '总投资 112亿元', '实际使用外资 381万美元'],
    ],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('growth-only statements: the number is the change', () => {
  it.each<[string, string[]]>([
    ['一般公共预算收入增长4.2%。', ['一般公共预算收入 4.2% rise']],
    ['社会消费品零售总额比上年下降1.3%。', ['社会消费品零售总额 1.3% fall']],
    [
      '全市居民消费价格上涨2.1%，工业生产者出厂价格下跌0.8%。',
      ['居民消费价格 2.1% rise', '工业生产者出厂价格 0.8% fall'],
    ],
    ['城镇调查失业率回落0.3个百分点。', ['城镇调查失业率 0.3个百分点 fall']],
    ['对东盟进出口额年均增长9.6%。', ['东盟进出口额 9.6% rise']],
    ['旅游总收入录得12.4%的升幅。', ['旅游总收入 12.4% rise']],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it('keeps a level and its change together, in its clause or the next', () => {
    expect(
      figures('地区生产总值856.2亿元，按可比价格计算，比上年增长5.9%；固定资产投资增长7%。'),
    ).toEqual(['地区生产总值 856.2亿元 Δ5.9%', '固定资产投资 7% rise']);
  });

  it('reads a change of an amount in its own unit', () => {
    expect(figures('粮食播种面积86.4千公顷，比上年减少1.2千公顷。')).toEqual([
      '粮食播种面积 86.4千公顷 Δ-1.2千公顷',
    ]);
    expect(figures('两项税收收入218亿元，净增31亿元。')).toEqual(['两项税收收入 218亿元 Δ31亿元']);
  });
});

describe('other currencies and compound units', () => {
  it.each<[string, string[]]>([
    [
      '年末生猪存栏42.3万头，同比下降2.1%；全年家禽出栏8650百羽，与上年基本持平。',
      ['生猪存栏 42.3万头 Δ-2.1%', '家禽出栏 8650百羽 Δ0%'],
    ],
    ['实际利用外资1.8亿美元。', ['实际利用外资 1.8亿美元']],
    [
      '港口货物吞吐量5600万吨，全社会用电量42.6亿千瓦时。',
      ['港口货物吞吐量 5600万吨', '全社会用电量 42.6亿千瓦时'],
    ],
    ['新增商品房销售面积36.5万平方米。', ['商品房销售面积 36.5万平方米']],
    [
      '全年文化惠民演出1.2万场次，其中送戏下乡860场次。',
      ['文化惠民演出 1.2万场次', '送戏下乡 860场次'],
    ],
    ['本地居民入境消费达12億港元。', ['本地居民入境消费 12亿港元']],
    [
      '能源消费总量418万吨标准煤，人口出生率7.26‰。',
      ['能源消费总量 418万吨标准煤', '人口出生率 7.26‰'],
    ],
    [
      '人均地区生产总值65800元，按年平均汇率折算为9420美元。',
      ['人均地区生产总值 65800元', '人均地区生产总值 9420美元'],
    ],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('ranks and positions', () => {
  it('reads a rank as the rank of the figure it follows', () => {
    expect(figures('地区生产总值增长7.1%，增速居全市第一。')).toEqual([
      '地区生产总值 7.1% rise #1',
    ]);
    expect(figures('规上工业增加值215亿元，增长9.3%，增幅全省第三。')).toEqual([
      '规上工业增加值 215亿元 Δ9.3% #3',
    ]);
  });

  it.each<[string, string]>([
    ['县域经济综合实力排名升至第47位。', '县域经济综合实力 47位 #47'],
    ['在全国百强区中的排名由第58位上升到第41位。', '全国百强区中的排名 41位 #41'],
    ['营商环境评价位列第12位。', '营商环境评价 12位 #12'],
  ])('a position that is the headline: %s', (text, expected) => {
    expect(figures(text)).toEqual([expected]);
  });

  it('reads a list of rankings after one verb, each named by its own words', () => {
    expect(figures('我区位列全省营商环境评价第2、数字政府建设第4位、人才工作考核第9。')).toEqual([
      '全省营商环境评价 2位 #2',
      '数字政府建设 4位 #4',
      '人才工作考核 9位 #9',
    ]);
  });

  it('reads a move along a ranking as places moved, with its direction', () => {
    expect(figures('全省高质量发展考核前进两个位次。')).toEqual(['高质量发展考核 2位次 rise']);
  });
});

describe('declines keep the value as printed', () => {
  it.each<[string, string[]]>([
    [
      '全省空气质量优良天数比率改善2.1个百分点，PM2.5浓度较2020年改善18%。',
      ['空气质量优良天数比率 2.1个百分点 rise', 'PM2.5浓度 18% fall'],
    ],
    ['集中采购药品平均降价超50%。', ['集中采购药品 50% fall']],
    [
      '生产安全事故起数、死亡人数比2022年分别下降31.2%、27.5%。',
      ['生产安全事故起数 31.2% fall', '死亡人数 27.5% fall'],
    ],
    ['农村贫困人口减少1.2万人。', ['农村贫困人口 1.2万人 fall']],
    ['单位地区生产总值能耗下降4.5%。', ['单位地区生产总值能耗 4.5% fall']],
    [
      '企业开办时间压缩至2个工作日，审批事项压减38%。',
      ['企业开办时间 2个工作日', '审批事项 38% fall'],
    ],
    ['全市行政事业单位公用经费压降12.6%。', ['行政事业单位公用经费 12.6% fall']],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('values that moved: where they arrived is the figure', () => {
  it.each<[string, string[]]>([
    ['关税总水平从9.8%降至7.4%。', ['关税总水平 7.4%']],
    ['贫困发生率由3.2%下降到0.6%。', ['贫困发生率 0.6%']],
    ['城乡低保标准从每月520元提高到每月610元。', ['城乡低保标准 610元']],
    [
      '电子信息产业产值及其占工业总产值比重，分别由2019年的96.2亿元和18.4%上升为143.5亿元和23.1%。',
      ['电子信息产业产值 143.5亿元', '电子信息产业产值占工业总产值比重 23.1%'],
    ],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('streaks, honours and leading ranks are labelled by their subject or their deed', () => {
  it('labels a streak by the subject before it, or by what it keeps up', () => {
    expect(figures('城乡居民收入连续12年跑赢经济增长，连续3年获评全国文明城市。')).toEqual([
      '城乡居民收入 12年',
      '获评全国文明城市 3年',
    ]);
  });

  it('labels a level after a streak by the subject before the streak', () => {
    expect(figures('蔬菜总产量连续9年稳定在300万吨以上。')).toEqual([
      '蔬菜总产量 9年',
      '蔬菜总产量 300万吨',
    ]);
  });

  it('labels a first-in-the-province by what was done, a position by its subject', () => {
    const data = draft('在全省率先建成数字政府服务平台，县域经济综合竞争力稳居全省首位。');
    expect(data.figures.map((f) => [f.kind, f.label.zh, f.value])).toEqual([
      ['honour', '建成数字政府服务平台', undefined],
      ['rank', '县域经济综合竞争力', 1],
    ]);
  });
});

describe('subjects a clause does not repeat', () => {
  it('joins a share to the subject it is a share of', () => {
    expect(figures('第一产业增加值12.5亿元，增长3.1%，占地区生产总值的比重为8.2%。')).toEqual([
      '第一产业增加值 12.5亿元 Δ3.1%',
      '第一产业增加值占地区生产总值的比重 8.2%',
    ]);
  });

  it('gives a value after 为 the subject of the change before it', () => {
    expect(figures('人均住院天数按年减少0.3天，为8.6天。')).toEqual(['人均住院天数 8.6天 Δ-0.3天']);
  });

  it('reads a share of the noun after 的, and 万 counting people without a unit', () => {
    expect(
      figures('85%的行政村通上了5G网络，为3.6万名农民工追回工资2.1亿元，惠及12万农户。'),
    ).toEqual(['行政村 85%', '农民工 3.6万名', '农民工追回工资 2.1亿元', '农户 12万']);
    expect(figures('实际使用外资3.2亿卢布。')).toEqual([]);
  });

  it('reads a count by the noun written after it', () => {
    expect(figures('新设38个产业园区，建成15所学校，引进院士3位。')).toEqual([
      '产业园区 38个',
      '学校 15所',
      '院士 3位',
    ]);
  });

  it('takes the unit a number omits from its change, and flags it', () => {
    const data = draft('年末户籍人口532180，比上年末减少1260人。');
    expect(data.figures.map(seen)).toEqual(['户籍人口 532180人 Δ-1260人']);
    expect(data.figures[0]?.review?.fields).toEqual(['unit']);
  });
});

describe('targets in a 主要预期目标 paragraph, every clause', () => {
  it('reads about, at-most, in-step-with and paired targets', () => {
    expect(
      targets(
        '今年经济社会发展的主要预期目标是：地区生产总值增长9%左右；城镇登记失业率控制在4%以内；居民收入增长与经济增长同步；城、乡居民人均可支配收入分别增长8%、9%。',
      ),
    ).toEqual([
      '地区生产总值增长 about 9%',
      '城镇登记失业率 at-most 4%',
      '居民收入增长 in-step-with ',
      '城镇居民人均可支配收入增长 about 8%',
      '农村居民人均可支配收入增长 about 9%',
    ]);
  });

  it('reads a list of targets after a colon, in Chinese numerals and with a range', () => {
    expect(
      targets(
        '其他发展目标包括：进出口总额增长百分之三左右；粮食产量稳定在一千二百万吨以上；研发经费投入增长7%-8%。',
      ),
    ).toEqual([
      '进出口总额增长 about 3%',
      '粮食产量 at-least 1200万吨',
      '研发经费投入增长 at-least 7%',
      '研发经费投入增长 at-most 8%',
    ]);
  });

  it('reads a target set by 目标设定在, and a target in step with it', () => {
    const data = draft(
      '今年将全省生产总值增长目标设定在5.5%左右。其他目标包括：城镇新增就业60万人以上；居民收入增长和经济增长同步；单位生产总值能耗降低2.5%左右。',
    );
    expect(data.targets.map(target)).toEqual([
      '生产总值增长 about 5.5%',
      '城镇新增就业 at-least 60万人',
      '居民收入增长 in-step-with ',
      '单位生产总值能耗 about -2.5%',
    ]);
    expect(data.targets.map((t) => t.id)).toEqual([
      'gdp-growth-2024',
      'new-urban-jobs-2024',
      'disposable-income-growth-2024',
      'energy-intensity-growth-2024',
    ]);
    expect(data.targets[2]?.reference).toBe('gdp-growth-2024');
  });

  it('reads the targets of a plain-text section whose title speaks of them, and only those', () => {
    const data = draft(
      [
        '二、“十五五”主要目标',
        '（一）以更实举措提高人民生活品质。',
        '常住人口城镇化率提高到72%左右，人均预期寿命达到80.5岁。',
        '三、今年重点工作',
        '新建保障性住房1200套。',
      ].join('\n'),
    );
    expect(data.targets.map(target)).toEqual([
      '常住人口城镇化率 about 72%',
      '人均预期寿命 about 80.5岁',
    ]);
    expect(data.figures.map(seen)).toEqual(['新建保障性住房 1200套']);
  });

  it('reads the targets under a title printed without a marker, up to the next such title', () => {
    const data = draft(
      [
        '今后五年的主要目标',
        '一是经济实力明显增强。全区地区生产总值年均增长6%以上，人均预期寿命达到81岁。',
        '二是城乡面貌明显改善。建成区绿化覆盖率达到43%。',
        '今年重点工作',
        '新建农村公路120公里。',
      ].join('\n'),
    );
    expect(data.targets.map(target)).toEqual([
      '地区生产总值年均增长 at-least 6%',
      '人均预期寿命 about 81岁',
      '建成区绿化覆盖率 about 43%',
    ]);
    expect(data.figures.map(seen)).toEqual(['新建农村公路 120公里']);
  });

  it('reads the comparator of a 分别 list from its verb, and splits its subjects at 、', () => {
    expect(
      targets('主要预期目标是：数字经济及相关产业、体育及相关产业增加值占比分别超过9%、1.5%。'),
    ).toEqual([
      '数字经济及相关产业增加值占比 at-least 9%',
      '体育及相关产业增加值占比 at-least 1.5%',
    ]);
  });

  it('lets 左右 after the number win over 控制在 before it', () => {
    expect(
      targets('主要预期目标是：城镇登记失业率控制在3.5%左右，居民消费价格涨幅控制在3%以内。'),
    ).toEqual(['城镇登记失业率 about 3.5%', '居民消费价格涨幅 at-most 3%']);
  });

  it('reads each target of a clause that lists them with 、, every one with its own subject', () => {
    expect(
      targets(
        '主要预期目标是：湿地保护率达到56%、城市建成区绿地率达到38.5%以上，耕地保有量稳定在420万亩。',
      ),
    ).toEqual([
      '湿地保护率 about 56%',
      '城市建成区绿地率 at-least 38.5%',
      '耕地保有量 about 420万亩',
    ]);
  });

  it('reads no target in a count of the work to do', () => {
    expect(targets('主要预期目标是：地区生产总值增长5%左右。重点做好十个方面工作。')).toEqual([
      '地区生产总值增长 about 5%',
    ]);
  });

  it('does not read a report of targets met as targets', () => {
    const data = draft('圆满完成了年初确定的主要目标任务。地区生产总值增长6.8%。');
    expect(data.targets).toEqual([]);
    expect(data.figures.map(seen)).toEqual(['地区生产总值 6.8% rise']);
  });

  it('says when it had to assume the targets’ year', () => {
    const { dataset } = extractDraft('主要预期目标是：地区生产总值增长6%左右。');
    expect(dataset.targets[0]?.review?.fields).toEqual(['year']);
  });
});

describe('numbers that must not become figures', () => {
  it.each([
    '2023年是全面贯彻党的二十大精神的开局之年。',
    '一、过去一年工作回顾',
    '（三）坚持项目支撑，经济基础更加坚实。',
    '“十四五”规划确定的目标任务稳步推进，再次入选全国百强县。',
    '重点抓好八个方面的工作，打好三大攻坚战，做到“两个维护”。',
    '严格落实中央八项规定精神，为期3天的会议圆满结束。',
    '自1998年以来，近二十年设定的目标均已完成。',
  ])('%s', (text) => {
    expect(figures(text)).toEqual([]);
  });
});

describe('plain text: one paragraph per line, section titles on their own', () => {
  it('does not join a numbered title line to the paragraph under it', () => {
    expect(
      figures(
        '一、综合\n全年地区生产总值318.6亿元，比上年增长6.2%。\n二、农业\n粮食总产量41.2万吨，增长1.8%。',
      ),
    ).toEqual(['地区生产总值 318.6亿元 Δ6.2%', '粮食总产量 41.2万吨 Δ1.8%']);
  });

  it('reads a bound before 的 as part of the noun, not a figure', () => {
    expect(figures('全区有5000平方米以上的商业综合体12个，年营业额亿元以上的企业31家。')).toEqual([
      '商业综合体 12个',
      '年营业额亿元以上的企业 31家',
    ]);
  });
  it('reads a 以上/以下 bound written straight before a noun as part of the noun, not a figure', () => {
    expect(
      figures(
        '单笔20万元以下的欠款全部清偿，全区有3000万元以上项目41个，500万元以下工程全部完工。',
      ),
    ).toEqual(['项目 41个']);
  });
});

describe('labels are subjects, not clauses', () => {
  it('drops openers, brackets and verbs around the subject', () => {
    expect(
      figures(
        '2023年第三季度全区规模以上工业增加值完成42.6亿元；博彩毛收入（不计赏钱）按年上升8.1%；年末全县常住人口中城镇人口占比达到61.2%。',
      ),
    ).toEqual([
      '规模以上工业增加值 42.6亿元',
      '博彩毛收入 8.1% rise',
      '常住人口中城镇人口占比 61.2%',
    ]);
  });

  it('keeps the opening quote of a quoted name that starts the subject', () => {
    expect(figures('全区“最多跑一次”事项达到1260项，“四好农村路”新建68公里。')).toEqual([
      '“最多跑一次”事项 1260项',
      '“四好农村路”新建 68公里',
    ]);
  });

  it('reads a traditional, full-width report in its own script', () => {
    expect(
      figures(
        '全年實現地區生產總值３５６.８億元，同比增長５.４％；實際使用外資２.１億美元，增長１２％。',
      ),
    ).toEqual(['地區生產總值 356.8亿元 Δ5.4%', '實際使用外資 2.1亿美元 Δ12%']);
  });
});
