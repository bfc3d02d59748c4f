// The cache key of today (calendar.today), apart from today.tsx so plain modules can name it: it is the
// one answer that outlives a change of user.
export const todayQueryKey = ['calendar', 'today'] as const;
