// The fields of a public-list item in the order the clerk reads them, written once: the item form, the
// items table and its search, the import template and its reader, and the Excel export all follow it.

export const listItemTextFields = [
  'title',
  'content',
  'legalBasis',
  'responsibleUnit',
  'communityRole',
  'remarks',
] as const;
export type ListItemTextField = (typeof listItemTextFields)[number];

/** With 序号 first: the columns of the import template and of the export. */
export const listItemFields = ['seq', ...listItemTextFields] as const;
export type ListItemField = (typeof listItemFields)[number];

/** The text fields that may run over several lines (text areas in the form, line breaks in the import). */
export const multilineListItemFields: ReadonlySet<ListItemTextField> = new Set([
  'content',
  'legalBasis',
  'communityRole',
]);
