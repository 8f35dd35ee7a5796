/** Pages of a list shown a few items at a time: the catalogue and the personal schedule. */

export const DEFAULT_PAGE_SIZE = 5;

export interface Page<T> {
  items: T[];
  /** 1-based. */
  page: number;
  /** At least 1, so that an empty list still has a first page. */
  pageCount: number;
  total: number;
}

/** A page past the end (the list shrank since the button was made); `pageCount` says how many there are now. */
export interface PageGone {
  error: "page-gone";
  pageCount: number;
}

export function pageCountOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export function isValidPage(page: number, pageCount: number): boolean {
  return Number.isInteger(page) && page >= 1 && page <= pageCount;
}
