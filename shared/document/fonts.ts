/**
 * The fonts of the 公文 layout (GB/T 9704-2012 §7), by role, and the CSS stacks that stand in for them
 * on machines without the GB2312 fonts. The .docx names one font per run (Word falls back by itself);
 * HTML and PDF need the full stack.
 */
export type FontProfile = 'gb2312' | 'plain';
export const FONT_PROFILES_LIST: readonly FontProfile[] = ['gb2312', 'plain'];

export type FontRole = 'title' | 'body' | 'heading1' | 'heading2' | 'heading3' | 'table' | 'pageNumber';

/** One font name per role: 'gb2312' as the standard names them, 'plain' for machines with only the system CJK fonts. */
export const FONT_NAMES: Readonly<Record<FontProfile, Readonly<Record<FontRole, string>>>> = {
  gb2312: {
    title: '方正小标宋简体',
    body: '仿宋_GB2312',
    heading1: '黑体',
    heading2: '楷体_GB2312',
    heading3: '仿宋_GB2312',
    table: '仿宋_GB2312',
    pageNumber: '宋体',
  },
  plain: {
    title: '宋体',
    body: '仿宋',
    heading1: '黑体',
    heading2: '楷体',
    heading3: '仿宋',
    table: '仿宋',
    pageNumber: '宋体',
  },
};

const FANGSONG = [
  '仿宋_GB2312',
  'FangSong_GB2312',
  '仿宋',
  'FangSong',
  'STFangsong',
  'Noto Serif CJK SC',
  'Source Han Serif SC',
  'serif',
];
const HEITI = ['黑体', 'SimHei', 'STHeiti', 'Heiti SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'sans-serif'];
const KAITI = ['楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi', 'STKaiti', 'Kaiti SC', 'Noto Serif CJK SC', 'serif'];
const SONGTI = ['宋体', 'SimSun', 'STSong', 'Songti SC', 'Noto Serif CJK SC', 'Source Han Serif SC', 'serif'];
const XIAOBIAOSONG = ['方正小标宋简体', 'FZXiaoBiaoSong-B05S', '方正小标宋_GBK', '华文中宋', 'STZhongsong', ...SONGTI];

const STACKS: Readonly<Record<FontRole, readonly string[]>> = {
  title: XIAOBIAOSONG,
  body: FANGSONG,
  heading1: HEITI,
  heading2: KAITI,
  heading3: FANGSONG,
  table: FANGSONG,
  pageNumber: SONGTI,
};

/** A CSS font-family value: the profile's font first, then the stand-ins. */
export function cssFontStack(role: FontRole, profile: FontProfile): string {
  const names = [FONT_NAMES[profile][role], ...STACKS[role].filter((n) => n !== FONT_NAMES[profile][role])];
  return names.map((n) => (/^(serif|sans-serif)$/.test(n) ? n : `"${n}"`)).join(', ');
}
