/**
 * Keyboard movement in a one-stop group (roving tabindex): the index a key moves to among
 * `count` items in reading order, or undefined for a key that does not move. Arrow keys move one
 * step in either axis (the same group lays out in a row or a column), Home and End go to the
 * ends; movement stops at the ends rather than wrapping.
 */
export function rovingIndex(key: string, current: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(current + 1, count - 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
