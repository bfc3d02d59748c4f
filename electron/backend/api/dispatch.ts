// One entry for both transports: checks the channel, validates the argument with the contract's schema,
// runs the handler and turns every outcome into the result envelope. It never throws.
import type { z } from 'zod';
import { contract, fail, isChannelName, ok, type ChannelName, type Result } from '../../../shared/contract';
import type { BackendContext, ServiceContext } from '../core/context';
import { AppError } from '../core/errors';
import type { Caller } from './caller';
import type { Handlers } from './handlers';
import { admitCaller } from './permissions';

export type Dispatch = (channel: unknown, input: unknown, caller: Caller) => Promise<Result<unknown>>;

export function createDispatch(
  base: BackendContext,
  handlers: Handlers,
  log: (error: unknown) => void,
): Dispatch {
  return async (channel, input, caller) => {
    if (!isChannelName(channel)) return fail('unknown_channel', '未知的操作');
    // Who may call comes before what they sent: a refused caller learns nothing of the input's rules.
    const admitted = admitCaller(base, channel, caller);
    if (!admitted.ok) return admitted;
    const ctx: ServiceContext = admitted.data;
    const argument = input === undefined ? {} : input;
    if (!isPlainObject(argument)) return fail('invalid_input', notAnObjectMessage);
    // The parse is inside the try: zod does not catch what a schema's refinement throws.
    try {
      const parsed = contract[channel].input.safeParse(argument);
      if (!parsed.success) return invalidInput(parsed.error);
      const handler = handlers[channel] as (ctx: ServiceContext, input: unknown) => unknown;
      return ok(await handler(ctx, parsed.data));
    } catch (error) {
      return toFailure(channel, error, log);
    }
  };
}

const notAnObjectMessage = '请求内容：应为一个对象（JSON 的 {…}），不能是数组、文字、数字或 null';

/** Every channel takes one argument object (STYLE.md); JSON arrays, strings, numbers and null are refused
 * here, before zod would answer them in English. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalidInput(error: z.ZodError): Result<never> {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : undefined;
  return fail('invalid_input', clerkMessage(issue?.message, field), field);
}

/** The contract's builders write 「字段名：问题」. A schema that lacks its own message would let zod's
 * English default through: answer it in Chinese instead, naming what the path names. */
function clerkMessage(message: string | undefined, field: string | undefined): string {
  if (message !== undefined && /^[^：]+：/.test(message)) return message;
  return `${field ?? '请求内容'}：格式不正确`;
}

function toFailure(channel: ChannelName, error: unknown, log: (error: unknown) => void): Result<never> {
  if (error instanceof AppError) return fail(error.code, error.message, error.field);
  if (isBusy(error)) return fail('conflict', '数据库正忙（可能另一个程序正在写入），请稍后再试');
  log(error);
  return fail('internal', `操作失败（${channel}）：程序内部错误，已记录。请重试，若仍失败请联系技术人员。`);
}

function isBusy(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    (error.code === 'SQLITE_BUSY' || error.code === 'SQLITE_LOCKED')
  );
}
