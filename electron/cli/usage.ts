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
  check <文件或文件夹>… [--json] [--csv <文件>] [--xlsx <文件>] [--final] [--today <YYYY-MM-DD>] [--jobs <N>]
      多单位核对：一次核对多个文件和文件夹（含子文件夹）中的全部报告，每个文件一行列出机关、年度、
      状态（无错误 / 有错误 / 无法读取）、错误和警告数、问题编号和导入说明条数；
      同一机关相邻年度的报告自动配对，做跨年度核对。一个文件出错不影响其他文件。
      --json    以 JSON 输出总览    --csv  写入 CSV 总览（- 为输出到屏幕）    --xlsx  写入 Excel 总览
      --jobs    同时核对的文件数，默认每个处理器核心一个
      退出码：0 全部没有错误；1 有报告存在错误；2 有文件无法读取，或用法不正确
  aggregate … 汇总多个单位的同一年度报告（运行 nianbao aggregate --help 查看）
  export …    导出报告（运行 nianbao export --help 查看）
  import …    导入报告（运行 nianbao import --help 查看）
  --help      显示本说明
`;
