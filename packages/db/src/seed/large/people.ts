import { idNumberCheckChar, orgCodeCheckChar, usccCheckChar } from '@zhicheng/contracts';
import type { Random } from './random.js';

// Common surnames first (roughly by frequency, so the spread looks like a real population).
const surnames = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const givenChars = [
  ...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红文辉海燕玉兰俊峰鹏飞宇浩然子轩梓涵欣怡思远嘉怡佳琪雨萱晨曦立新振华德明晓东永强春梅冬梅丽娟婷婷慧敏泽宇博文',
];

/** A Chinese name: a surname and one or two given-name characters. */
export function chineseName(random: Random): string {
  const given = random.chance(0.7)
    ? random.pick(givenChars) + random.pick(givenChars)
    : random.pick(givenChars);
  return random.pick(surnames) + given;
}

// Administrative division codes of Guangdong and a few provinces people move to Shenzhen from.
const regionCodes = [
  '440303',
  '440304',
  '440305',
  '440306',
  '440307',
  '440308',
  '440309',
  '440310',
  '440106',
  '440111',
  '440402',
  '440605',
  '441302',
  '441900',
  '442000',
  '445102',
  '360102',
  '430102',
  '420102',
  '410105',
  '510104',
  '350102',
  '450102',
  '360702',
  '431002',
] as const;
const regionNames: Record<string, string> = {
  '4403': '广东深圳',
  '4401': '广东广州',
  '4404': '广东珠海',
  '4406': '广东佛山',
  '4413': '广东惠州',
  '4419': '广东东莞',
  '4420': '广东中山',
  '4451': '广东潮州',
  '3601': '江西南昌',
  '3607': '江西赣州',
  '4301': '湖南长沙',
  '4310': '湖南郴州',
  '4201': '湖北武汉',
  '4101': '河南郑州',
  '5101': '四川成都',
  '3501': '福建福州',
  '4501': '广西南宁',
};

export interface Person {
  name: string;
  idNumber: string;
  birth: { year: number; month: number; day: number };
  birthplace: string;
}

/** Days from 1965-01-01 to 1998-12-31 used for birth days: 12,413 (prime, ≤ the 12,418 there are). */
const birthDays = 12_413;

/**
 * A person with an 18-digit ID number (GB 11643, check character computed) born 1965–1998. `serial`
 * makes the number unique: it sets the region, then the birth day, then the 3-digit sequence code, so
 * consecutive people are born on different days, as real applicants are: a birth-date search matches a
 * handful of people, not one in twelve (which made PostgreSQL rightly read every account instead of
 * the ID number index, the queue-plans test's "birth date search").
 */
export function person(random: Random, serial: number): Person {
  const region = regionCodes[serial % regionCodes.length] ?? '440305';
  // Days spread pseudo-randomly over the years (7919 is invertible modulo the prime 12,413). The number
  // of regions and 12,413 are coprime, so (region, day) differs for serials below their product.
  const offset = (serial * 7919) % birthDays;
  // Sequence codes 100–999: the demo accounts' numbers use 001–099, so generated ones never collide.
  // Distinct (region, day, sequence) for every serial below 26 regions × 12,413 days × 900 (290 million).
  const sequence = 100 + (Math.floor(serial / (regionCodes.length * birthDays)) % 900);
  const start = Date.UTC(1965, 0, 1);
  const birthDate = new Date(start + offset * 86_400_000);
  const year = birthDate.getUTCFullYear();
  const month = birthDate.getUTCMonth() + 1;
  const day = birthDate.getUTCDate();
  const body = `${region}${year}${pad(month)}${pad(day)}${String(sequence).padStart(3, '0')}`;
  return {
    name: chineseName(random),
    idNumber: body + idNumberCheckChar(body),
    birth: { year, month, day },
    birthplace: regionNames[region.slice(0, 4)] ?? '广东深圳',
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

const unitPlaces = ['深圳市', '深圳市南山区', '深圳市福田区', '深圳市宝安区', '深圳市龙岗区', '深圳市龙华区'];
const unitWords = [
  ...['华创', '腾跃', '鹏程', '前海', '科兴', '海纳', '启明', '中汇', '南粤', '卓越', '同创', '远景', '新锐'],
  ...['恒信', '宏图', '安泰', '致远', '天成', '联合', '创维', '智联', '鸿达', '嘉禾', '博众', '金桥', '瑞丰'],
];
const unitKinds = [
  '科技有限公司',
  '电子有限公司',
  '建设工程有限公司',
  '信息技术有限公司',
  '工程设计研究院有限公司',
  '建筑设计院',
  '生物医药有限公司',
  '水务工程有限公司',
  '检测技术有限公司',
  '智能制造有限公司',
  '人民医院',
  '中学',
  '实验学校',
  '规划设计研究院',
  '环境科技有限公司',
  '新能源有限公司',
] as const;

/** A unit name like 深圳市南山区华创鹏程科技有限公司; `serial` keeps it distinct (第N分公司 beyond the combinations). */
export function unitName(random: Random, serial: number): string {
  const base = `${random.pick(unitPlaces)}${random.pick(unitWords)}${random.pick(unitWords)}${random.pick(unitKinds)}`;
  return `${base}（${serial + 1}）`;
}

// GB 32100 alphabet; position 9–17 embed a GB 11714 organisation code.
const usccAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A unified social credit code (18 characters, both check characters computed), unique per `serial`. */
export function socialCreditCode(serial: number): string {
  // Body of the organisation code: 'G' + 7 digits from the serial (unique up to 10 million units).
  const orgBody = `G${String(serial).padStart(7, '0')}`;
  const orgCode = orgBody + orgCodeCheckChar(orgBody);
  const body = `91440300${orgCode}`;
  if ([...body].some((ch) => !usccAlphabet.includes(ch))) throw new Error(`bad USCC body ${body}`);
  return body + usccCheckChar(body);
}

/** A mainland mobile number, unique per `serial` (the 8 last digits). */
export function mobileNumber(random: Random, serial: number): string {
  return `1${random.pick(['35', '36', '37', '38', '39', '50', '58', '86', '88'])}${String(serial % 100_000_000).padStart(8, '0')}`;
}
