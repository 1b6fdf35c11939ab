/** The renderer's only door out: window.nianbao, with envelopes turned into values or Chinese errors. */
import type { ArgsOf, Channel, MenuCommand, ResultOf } from '../shared/api';

export class ApiFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

export async function call<K extends Channel>(channel: K, args: ArgsOf<K>): Promise<ResultOf<K>> {
  const api = window.nianbao;
  if (!api) throw new ApiFailure('INTERNAL', '程序接口未就绪，请重新启动本程序');
  let envelope;
  try {
    envelope = await api.invoke(channel, args);
  } catch (error) {
    throw new ApiFailure('INTERNAL', `无法连接后台服务：${error instanceof Error ? error.message : String(error)}`);
  }
  if (!envelope.ok) throw new ApiFailure(envelope.error.code, envelope.error.message);
  return envelope.value;
}

export function messageOf(error: unknown): string {
  if (error instanceof ApiFailure) return error.message;
  return `出现意外错误：${error instanceof Error ? error.message : String(error)}`;
}

export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  return window.nianbao?.onMenuCommand?.(listener) ?? (() => {});
}
