import { z } from 'zod';
import { IsoDateSchema } from './engagement';

/**
 * A rich-text note as tiptap JSON (never HTML). Main validates every document against
 * this allowlist: only the nodes and marks our editor makes, links only to https/http/
 * mailto, bounded depth and size, so a hostile payload cannot smuggle anything in.
 */
export const NOTE_NODE_TYPES = [
  'doc',
  'paragraph',
  'text',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'taskList',
  'taskItem',
  'hardBreak',
  'blockquote',
  'codeBlock',
  'horizontalRule',
] as const;
export const NOTE_MARK_TYPES = ['bold', 'italic', 'strike', 'code', 'link', 'underline'] as const;

export const SAFE_LINK_RE = /^(https?:\/\/|mailto:)/i;
const MAX_DEPTH = 24;

export const MarkSchema = z
  .object({
    type: z.enum(NOTE_MARK_TYPES),
    attrs: z.record(z.string(), z.unknown()).optional(),
  })
  .strict()
  .superRefine((mark, ctx) => {
    if (mark.type !== 'link') return;
    const href = mark.attrs?.['href'];
    if (typeof href !== 'string' || !SAFE_LINK_RE.test(href.trim())) {
      ctx.addIssue({ code: 'custom', message: 'Links must be https:, http: or mailto: addresses.' });
    }
  });

export interface NoteNode {
  type: (typeof NOTE_NODE_TYPES)[number];
  attrs?: Record<string, unknown> | undefined;
  content?: NoteNode[] | undefined;
  marks?: z.infer<typeof MarkSchema>[] | undefined;
  text?: string | undefined;
}

export const TaskItemAttrsSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  checked: z.boolean(),
  owner: z.string().max(64).nullable(),
  due: IsoDateSchema.nullable(),
  /** The day it was marked done (absent on items closed before Aux Desk recorded it). */
  closedOn: IsoDateSchema.nullable().optional(),
});
export type TaskItemAttrs = z.infer<typeof TaskItemAttrsSchema>;

const TOO_DEEP = 'The note is nested too deeply.';
const nodeSchemas = new Map<number, z.ZodType<NoteNode>>();

/**
 * The schema of a node at `level` (the doc is level 1). A node at MAX_DEPTH may have no
 * children, so parsing stops there: checking depth after a recursive parse would overflow
 * the stack on a hostile, thousands-deep payload before the check ever ran.
 */
function nodeAt(level: number): z.ZodType<NoteNode> {
  const cached = nodeSchemas.get(level);
  if (cached) return cached;
  const child: z.ZodType<NoteNode> =
    level < MAX_DEPTH ? z.lazy(() => nodeAt(level + 1)) : z.never({ message: TOO_DEEP });
  const schema: z.ZodType<NoteNode> = z
    .object({
      type: z.enum(NOTE_NODE_TYPES),
      attrs: z.record(z.string(), z.unknown()).optional(),
      content: z.array(child).max(20_000).optional(),
      marks: z.array(MarkSchema).max(10).optional(),
      text: z.string().max(100_000).optional(),
    })
    .strict()
    .superRefine((node, ctx) => {
      if (node.type === 'taskItem') {
        const attrs = TaskItemAttrsSchema.safeParse(node.attrs);
        if (!attrs.success) ctx.addIssue({ code: 'custom', message: 'An action item needs an id, a done flag, an owner and a due date (or none).' });
      }
      if (node.type === 'text' && (node.text === undefined || node.text === '')) {
        ctx.addIssue({ code: 'custom', message: 'Text nodes need text.' });
      }
    });
  nodeSchemas.set(level, schema);
  return schema;
}

/** A node at the top of a note; its descendants are bounded to MAX_DEPTH levels in all. */
export const NoteNodeSchema: z.ZodType<NoteNode> = nodeAt(1);

export const NoteDocSchema = NoteNodeSchema.refine((node) => node.type === 'doc', {
  message: 'A note must be a document.',
});
export type NoteDoc = NoteNode;

export function emptyNote(): NoteDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}
