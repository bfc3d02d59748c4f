// The holiday calendar's channels: the office's entries and the posting period they give.
import { command, declareChannels, query } from '../../contract/channel-kinds';

export const calendarChannels = declareChannels({
  'calendar.list': query,
  'calendar.save': command({ invalidates: ['calendar'] }),
  'calendar.postingEnd': query,
});
