/**
 * word/fontTable.xml: each 公文 font the document names, with its GB2312 character set (w:charset 86, GB2312_CHARSET),
 * its family and pitch, and the name of a font every Chinese Windows has (w:altName). Word and WPS use these to
 * substitute sensibly where 仿宋_GB2312 or 方正小标宋简体 is not installed (仿宋, not a Latin serif); docx's own
 * table is empty.
 */
import type { FontRole } from '../../../shared/document';
import { xmlEscape } from './docx-styles';

interface FontFacts {
  /** the font to substitute, by its name on Chinese Windows */
  altName: string;
  /** PANOSE-1 of the Windows font, where it is known */
  panose?: string;
  family: 'roman' | 'modern' | 'script' | 'auto';
  pitch: 'fixed' | 'variable';
}

/** GB2312_CHARSET is 134 = 0x86; w:charset is written in hex. */
const GB2312_CHARSET = '86';

const FONT_FACTS: Readonly<Record<string, FontFacts>> = {
  仿宋_GB2312: { altName: '仿宋', panose: '02010609030101010101', family: 'modern', pitch: 'fixed' },
  楷体_GB2312: { altName: '楷体', panose: '02010609030101010101', family: 'modern', pitch: 'fixed' },
  方正小标宋简体: { altName: '宋体', family: 'script', pitch: 'variable' },
  仿宋: { altName: 'FangSong', panose: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  楷体: { altName: 'KaiTi', panose: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  黑体: { altName: 'SimHei', panose: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  宋体: { altName: 'SimSun', panose: '02010600030101010101', family: 'auto', pitch: 'variable' },
};

function fontXml(name: string): string {
  const facts = FONT_FACTS[name];
  if (!facts) throw new Error(`no font-table entry for ${name}`);
  return (
    `<w:font w:name="${xmlEscape(name)}"><w:altName w:val="${xmlEscape(facts.altName)}"/>` +
    (facts.panose ? `<w:panose1 w:val="${facts.panose}"/>` : '') +
    `<w:charset w:val="${GB2312_CHARSET}"/><w:family w:val="${facts.family}"/><w:pitch w:val="${facts.pitch}"/></w:font>`
  );
}

export function fontTableXml(fonts: Readonly<Record<FontRole, string>>): string {
  const names = [...new Set(Object.values(fonts))];
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${names.map(fontXml).join('')}</w:fonts>`;
}
