// Dates for the demo's lists and access requests: days of the demo year, but never after today, since
// the app refuses dates in the future (a demo made in January dates its spring events today instead).
// Taking the earlier of the two keeps every sequence of dates in order.
export type DemoDate = (monthDay: string) => string;

export function demoDates(year: number, today: string): DemoDate {
  return (monthDay) => {
    const date = `${year}-${monthDay}`;
    return date <= today ? date : today;
  };
}
