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
/**
 * A note's JSON is at most about 1 MB (in UTF-8): a five-year engagement's whole file is
 * about that. Far above anything typed, and it keeps one save's write and parse cheap.
 */
export const MAX_NOTE_BYTES = 1_000_000;

/**
 * Attribute values are JSON scalars only: an object, a BigInt, a Date or a Map (all of
 * which IPC's structured clone carries) has no place in a note, and would make the file
 * unwritable (BigInt, cycles) or change on the way to disk (Date, Map).
 */
const AttrValueSchema = z.union([z.string().max(100_000), z.number(), z.boolean(), z.null()], {
  message: 'Note attributes must be text, numbers, true/false or empty.',
});
const AttrsSchema = z.record(z.string(), AttrValueSchema);

const shortText = z.string().max(1000).nullable();

/**
 * The attributes each mark may carry: exactly what the editor's extensions write
 * (renderer/features/notes/extensions.ts; tests/unit/renderer/features/notes/schema.test.ts
 * checks the two agree). Only the link has any; its href must be a web or mail address.
 */
const MARK_ATTRS: Record<(typeof NOTE_MARK_TYPES)[number], { schema: z.ZodType; message: string }> = {
  link: {
    schema: z
      .object({
        href: z
          .string()
          .max(100_000)
          .refine((href) => SAFE_LINK_RE.test(href.trim())),
        target: shortText.optional(),
        rel: shortText.optional(),
        class: shortText.optional(),
        title: shortText.optional(),
      })
      .strict(),
    message: 'Links must be https:, http: or mailto: addresses.',
  },
  bold: none('bold text'),
  italic: none('italic text'),
  strike: none('struck-through text'),
  code: none('inline code'),
  underline: none('underlined text'),
};

const MarkSchema = z
  .object({
    type: z.enum(NOTE_MARK_TYPES),
    attrs: AttrsSchema.optional(),
  })
  .strict()
  .superRefine((mark, ctx) => {
    const { schema, message } = MARK_ATTRS[mark.type];
    if (!schema.safeParse(mark.attrs ?? {}).success) ctx.addIssue({ code: 'custom', path: ['attrs'], message });
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

/** An element without attributes: none, or an empty set (as older writers may have left). */
function none(what: string): { schema: z.ZodType; message: string } {
  return {
    schema: z.object({}).strict(),
    message: `${what[0]?.toUpperCase() ?? ''}${what.slice(1)} takes no attributes.`,
  };
}

/** The attributes each node may carry, as the editor writes them (see MARK_ATTRS). */
const NODE_ATTRS: Record<(typeof NOTE_NODE_TYPES)[number], { schema: z.ZodType; message: string }> = {
  taskItem: {
    schema: TaskItemAttrsSchema.strict(),
    message: 'An action item needs an id, a done flag, an owner and a due date (or none).',
  },
  heading: {
    schema: z.object({ level: z.number().int().min(1).max(6) }).strict(),
    message: 'A heading needs a level from 1 to 6.',
  },
  orderedList: {
    // `type` is the HTML list style (1, a, A, i, I) of a pasted list; null when typed.
    schema: z.object({ start: z.number().int().optional(), type: z.string().max(100).nullable().optional() }).strict(),
    message: 'A numbered list starts at a whole number.',
  },
  codeBlock: {
    schema: z.object({ language: z.string().max(100).nullable().optional() }).strict(),
    message: 'A code block’s language must be a short name.',
  },
  doc: none('a note'),
  paragraph: none('a paragraph'),
  text: none('text'),
  bulletList: none('a bulleted list'),
  listItem: none('a list item'),
  taskList: none('a list of action items'),
  hardBreak: none('a line break'),
  blockquote: none('a quote'),
  horizontalRule: none('a rule'),
};

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
      attrs: AttrsSchema.optional(),
      content: z.array(child).max(20_000).optional(),
      marks: z.array(MarkSchema).max(10).optional(),
      text: z
        .string()
        .max(100_000, 'A paragraph is too long to save (at most 100,000 characters): split it.')
        .optional(),
    })
    .strict()
    .superRefine((node, ctx) => {
      const { schema: attrs, message } = NODE_ATTRS[node.type];
      // The action item's check has always run, attrs or not (it needs an id).
      const given = node.type === 'taskItem' ? node.attrs : (node.attrs ?? {});
      if (!attrs.safeParse(given).success) ctx.addIssue({ code: 'custom', path: ['attrs'], message });
      if (node.type === 'text' && (node.text === undefined || node.text === '')) {
        ctx.addIssue({ code: 'custom', message: 'Text nodes need text.' });
      }
    });
  nodeSchemas.set(level, schema);
  return schema;
}

/** A node at the top of a note; its descendants are bounded to MAX_DEPTH levels in all. */
const NoteNodeSchema: z.ZodType<NoteNode> = nodeAt(1);

/** The UTF-8 length of `text`, without encoding it. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    // A surrogate pair is one 4-byte character: 2 bytes for each half.
    else if (unit >= 0xd800 && unit <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

export const NoteDocSchema = NoteNodeSchema.refine((node) => node.type === 'doc', {
  message: 'A note must be a document.',
});

/**
 * A note as the renderer sends it: a note, and at most MAX_NOTE_BYTES of JSON. Only what
 * comes in is bounded: a bigger note an older version accepted still loads (so upgrading
 * never quarantines an engagement) and can still be read, exported and made shorter.
 */
export const NoteInputSchema = NoteDocSchema.superRefine((node, ctx) => {
  // Runs only on a valid note: plain JSON by then (scalar attrs, bounded depth), so this cannot throw.
  const bytes = utf8Length(JSON.stringify(node));
  if (bytes > MAX_NOTE_BYTES) {
    ctx.addIssue({
      code: 'custom',
      message: `This note is too long to save (${(bytes / 1e6).toFixed(1)} MB; at most 1 MB): split it, or move long pasted text to a linked document.`,
    });
  }
});
export type NoteDoc = NoteNode;

export function emptyNote(): NoteDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}
