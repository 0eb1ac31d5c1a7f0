/** What every list of findings in the panel needs from the panel. */
export interface FindingListProps {
  itemProps(findingId: string): {
    selected: boolean;
    dismissed: boolean;
    onReveal(findingId: string): void;
    onDismiss(findingId: string, dismissed: boolean): void;
  };
}
