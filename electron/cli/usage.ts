/** The Chinese help text of the `nianbao` command. */
import { ANSWER_USAGE } from './answers';

export const USAGE = `用法：nianbao <命令> [选项]

命令：
  check <文件> [--prior <上年度文件>] [--json] [--final] [--today <YYYY-MM-DD>]
        [--organ <机关名称>] [--year <年度>] [--kind <机关类型>] [--rules-power <是|否>]
      核对年度报告（.txt / .html / .docx / .nianbao.json），按部分列出不符合勾稽关系和格式要求的问题。
      --prior   上年度报告，用于核对上年结转、现行有效件数、整改情况和重复内容
      --json    以 JSON 输出（含全部 200 个数值单元格）
      --final   按正式导出标准核对（所有数值单元格都须填写）
      --today   计算公开期限时使用的日期，默认今天
${ANSWER_USAGE.replace(/^/gm, '    ')}
      退出码：0 没有错误；1 有错误；2 文件无法读取或无法识别，或用法不正确
  export …    导出报告（运行 nianbao export --help 查看）
  import …    导入报告（运行 nianbao import --help 查看）
  --help      显示本说明
`;
