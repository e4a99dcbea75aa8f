/** Where a sideways-scrolling box hides content (the scroll cue of ScrollArea and the layout). */

/** The sides of a sideways-scrolling box where content is hidden (the admin has no RTL layout). */
export function hiddenSides(box: { scrollLeft: number; scrollWidth: number; clientWidth: number }): string {
  // A pixel of slack: zoomed pages report fractional widths, rounded either way.
  const left = box.scrollLeft > 1;
  const right = box.scrollLeft + box.clientWidth < box.scrollWidth - 1;
  return left && right ? 'left right' : left ? 'left' : right ? 'right' : 'none';
}

/** Writes hiddenSides on the element as data-scroll-hidden; returns the value. */
export function markHiddenSides(element: HTMLElement): string {
  const sides = hiddenSides(element);
  if (element.dataset.scrollHidden !== sides) element.dataset.scrollHidden = sides;
  return sides;
}
