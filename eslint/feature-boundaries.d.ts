// Types of the lint rule's pure decisions, for its tests.
export interface Place {
  side: string;
  zone: string;
  feature?: string;
  rest?: string;
}
export function placeOf(file: string): Place;
export function boundaryProblem(from: string, to: string): string | null;
export const featureBoundaries: { rules: Record<string, unknown> };
