// How a community is named in a document's title and text.

/** 世纪城 → 世纪城社区; a name that already ends in 社区 is kept as it is. */
export function communityLabel(name: string): string {
  return name.endsWith('社区') ? name : `${name}社区`;
}
