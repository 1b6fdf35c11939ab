/**
 * Transport-independent dispatch: validate the arguments with the contract, run the handler, and turn
 * the outcome into an envelope. The Electron ipcMain binding and the loopback test host both call this.
 */
import type { z } from 'zod';
import { issueText } from './issue-text';
import { ApiError } from '../errors';
import { CONTRACT, isChannel, type Channel, type Envelope, type ResultOf } from './contract';

export type HandlerArgs<K extends Channel> = z.output<(typeof CONTRACT)[K]['args']>;
export type Handler<K extends Channel> = (args: HandlerArgs<K>) => Promise<ResultOf<K>> | ResultOf<K>;
export type Handlers = { [K in Channel]: Handler<K> };

function firstIssue(error: z.ZodError): string {
  return issueText('参数不正确', error.issues[0]);
}

/**
 * A failure nobody foresaw (a bug): said in Chinese with a way forward; the original text follows only as
 * a detail for whoever looks into it.
 */
export function internalMessage(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `出现意外错误，操作没有完成（已保存的内容没有改动）。请重试；如仍出现，请重新启动年报助手，并把这条提示告诉技术支持。详情：${detail.slice(0, 300)}`;
}

export async function dispatch(
  handlers: Handlers,
  channel: string,
  raw: unknown,
  onInternalError: (error: unknown) => void = () => {},
): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) return { ok: false, error: { code: 'INVALID_ARGS', message: `未知的调用：${channel}` } };
  const parsed = CONTRACT[channel].args.safeParse(raw);
  if (!parsed.success) return { ok: false, error: { code: 'INVALID_ARGS', message: firstIssue(parsed.error) } };
  try {
    const handler = handlers[channel] as (args: unknown) => unknown;
    const value = await handler(parsed.data);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: { code: error.code, message: error.message } };
    onInternalError(error);
    return {
      ok: false,
      error: { code: 'INTERNAL', message: internalMessage(error) },
    };
  }
}
