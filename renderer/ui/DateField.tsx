// A date input for forms. Enter confirms the typed date only: without this, the same keystroke would
// also submit the surrounding form with whatever the other fields hold.
import { DatePicker } from 'antd';
import type { DatePickerProps } from 'antd';

export function DateField(props: DatePickerProps) {
  return (
    <DatePicker
      style={{ width: '100%' }}
      {...props}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.preventDefault();
      }}
    />
  );
}
