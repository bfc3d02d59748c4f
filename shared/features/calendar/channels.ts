// The holiday calendar's channels: the office's entries, the posting period they give, and today by the
// backend's clock (the one date every screen and posting goes by). The calendar is 管理员's to keep.
import { command, declareChannels, query } from '../../contract/channel-kinds';
import { administrators, anyRole, withoutSignIn } from '../../contract/roles';

export const calendarChannels = declareChannels({
  'calendar.list': query(anyRole),
  'calendar.save': command({ invalidates: ['calendar'], roles: administrators }),
  'calendar.postingEnd': query(anyRole),
  // The sign-in screen dates itself too.
  'calendar.today': query(withoutSignIn),
});
