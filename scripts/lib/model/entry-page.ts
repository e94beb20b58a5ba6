/**
 * An entry page as `entry.njk` displays it: the entry's view joined with what later stages made
 * for it (QR codes for print, photos, which PDFs are scans), so the template looks nothing up.
 */
import type { AttachmentView, EntryView } from "./entry-view.ts";

export interface EntryPage extends Omit<EntryView, "attachments"> {
  attachments: (AttachmentView & {
    /** A photo as `<picture>` HTML; null for other files (and photos not processed). */
    pictureHtml: string | null;
    /** A PDF without a text layer. */
    isScan: boolean;
  })[];
  /** Inline SVG QR codes of the printed notice: to the page, and to a questionnaire's form. */
  qrSvg: string | null;
  formQrSvg: string | null;
}

/** What the reach and search stages made for entry pages, by page URL or attachment file. */
export interface EntryPageMedia {
  qr: ReadonlyMap<string, string>;
  formQr: ReadonlyMap<string, string>;
  pictures: ReadonlyMap<string, string>;
  scans: ReadonlySet<string>;
}

/**
 * @example entryPages(model.entries, { qr, formQr, pictures, scans })[0]?.qrSvg // "<svg …>" or null
 */
export function entryPages(views: readonly EntryView[], media: EntryPageMedia): EntryPage[] {
  return views.map((view) => ({
    ...view,
    attachments: view.attachments.map((a) => ({
      ...a,
      pictureHtml: a.isImage ? (media.pictures.get(a.file) ?? null) : null,
      isScan: a.isPdf && media.scans.has(a.file),
    })),
    qrSvg: (view.printable && media.qr.get(view.url)) || null,
    formQrSvg: (view.printable && media.formQr.get(view.url)) || null,
  }));
}
