// The one number input of every form (counts, years, working days, floor area). It shows what the clerk
// typed and gives the form the number it reads as (numberOfText): unlike antd's InputNumber it never
// rounds, clamps or blanks a value, so the contract's schema sees it and names the field it refuses.
import { Input, type InputProps } from 'antd';
import { useState } from 'react';
import { numberOfText, textOfNumber } from './number-text';

export type NumberFieldValue = number | string | null;

export interface NumberInputProps extends Omit<InputProps, 'value' | 'onChange'> {
  value?: NumberFieldValue;
  onChange?: (value: NumberFieldValue) => void;
}

export function NumberInput({ value, onChange, ...inputProps }: NumberInputProps) {
  const [text, setText] = useState(() => textOfNumber(value));
  // A value set from outside (reset, setFieldsValue) replaces the text; the clerk's own typing, whose
  // value is numberOfText(text), does not ("007" stays as typed).
  const shown = Object.is(numberOfText(text), value ?? null) ? text : textOfNumber(value);
  return (
    <Input
      inputMode="decimal"
      {...inputProps}
      value={shown}
      onChange={(event) => {
        setText(event.target.value);
        onChange?.(numberOfText(event.target.value));
      }}
    />
  );
}
