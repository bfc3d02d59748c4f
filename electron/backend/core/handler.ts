// The shape of a feature's handler map: one service call per channel the feature declares, typed from the
// contract, so a missing channel, an extra one, or a drifted input or output is a compile error.
import type { ChannelName, ChannelOutput, ParsedInput } from '../../../shared/contract';
import type { ChannelDeclarations } from '../../../shared/contract/channel-kinds';
import type { ServiceContext } from './context';

export type Handler<C extends ChannelName> = (
  ctx: ServiceContext,
  input: ParsedInput<C>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

export type HandlersOf<D extends ChannelDeclarations> = { [C in keyof D & ChannelName]: Handler<C> };
