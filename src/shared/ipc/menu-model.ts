import { z } from 'zod';

/**
 * The menu bar as data: what the renderer's command registry sends to main (`menu:set`) so that
 * Electron's native menu shows the same commands, labels, shortcuts and enabled states. A click
 * comes back as the `menu:command` event with the command id; the renderer runs it.
 */
export const MenuItemSchema = z.object({
  /** A command id of the renderer's registry. Example: `"undo"`. */
  id: z.string().min(1).max(100),
  label: z.string().min(1).max(200),
  /** Electron accelerator text. Example: `"CmdOrCtrl+Shift+Z"`. */
  accelerator: z.string().max(100).optional(),
  enabled: z.boolean(),
});

export const MenuModelSchema = z.object({
  menus: z
    .array(
      z.object({
        id: z.string().min(1).max(50),
        label: z.string().min(1).max(100),
        /** Groups of items, drawn with a separator between them. */
        groups: z.array(z.array(MenuItemSchema).max(100)).max(50),
      }),
    )
    .max(20),
});

export type MenuItemModel = z.infer<typeof MenuItemSchema>;
export type MenuModel = z.infer<typeof MenuModelSchema>;
