import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { IssueIndex } from '../../../lib/playbook/form/issues';
import { type Path } from '../../../lib/playbook/form/paths';
import type { ItemPlacements, QuestionPlacement } from '../../../lib/scoring/placement';

export interface EditorApi {
  /** The draft (may be invalid; has the structure `formProblem` checks). */
  draft: Record<string, unknown>;
  get(path: Path): unknown;
  set(path: Path, value: unknown): void;
  /** Replaces the whole draft (for edits that touch several places). */
  update(change: (draft: Record<string, unknown>) => Record<string, unknown>): void;
  issues: IssueIndex;
  /** The version Save will give the changed draft, when the manager has not typed one. */
  upcomingVersion?: string;
  /** Asks the list at `path` to focus a control after a re-render (move up/down keep focus). */
  focusAfterRender(id: string): void;
  /** Focuses the first field of the item at `itemPath` after a re-render (a new item). */
  focusFirstFieldAfterRender(itemPath: Path): void;
  /** Ids generated for items added in this session: their id follows their label. */
  autoIds: Set<string>;
  /** Sections render their controls only while open (a long playbook stays fast to edit). */
  isOpen(section: string): boolean;
  setOpen(section: string, open: boolean): void;
  /** Where each question shows on the preview's sample records (absent while the draft is invalid). */
  placements?: { recordNames: string[]; questions: QuestionPlacement[]; products: ItemPlacements[]; differentiators: ItemPlacements[] };
}

/** The form section that holds the control for a schema path. */
export function sectionFor(path: string): string {
  const [head, second] = path.split('.');
  if (head === 'icp') return second === 'disqualifiers' ? 'disqualifiers' : second === 'criteria' ? 'criteria' : 'tiers';
  if (head === 'questionLimit') return 'questions';
  if (head === 'products' || head === 'differentiators' || head === 'questions' || head === 'coaching' || head === 'fieldMappings' || head === 'aliases') return head;
  return 'general';
}

export const EditorContext = createContext<EditorApi | null>(null);

export function useEditor(): EditorApi {
  const api = useContext(EditorContext);
  if (!api) throw new Error('useEditor outside the playbook editor');
  return api;
}

/** A DOM id for the control at a path. */
export const controlId = (path: Path) => `pe-${path.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
