// The holiday calendar's channels: the office's entries, the posting period they give, and today by the
// backend's clock (the one date every screen and posting goes by).
import { command, declareChannels, query } from '../../contract/channel-kinds';

export const calendarChannels = declareChannels({
  'calendar.list': query,
  'calendar.save': command({ invalidates: ['calendar'] }),
  'calendar.postingEnd': query,
  'calendar.today': query,
});
