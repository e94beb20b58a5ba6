/**
 * Reaching residents beyond the site, wired into Eleventy as global data `achykReach`: the
 * link-preview picture, calendars (.ics), Atom feeds (@11ty/eleventy-plugin-rss), sitemap and
 * robots.txt; and, for entry pages (joined by the pages plugin), QR codes for printed notices
 * and responsive photos (@11ty/eleventy-img).
 * The logic lives in scripts/lib; this file only runs it and hands the results to templates.
 */
import path from "node:path";
import Image, { type ImageMetadata } from "@11ty/eleventy-img";
import { convertHtmlToAbsoluteUrls, dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import { eventCalendars } from "../lib/reach/calendar.ts";
import { t } from "../lib/shared/dictionary.ts";
import { bishkekMidnight } from "../lib/shared/dates.ts";
import { memoByObject } from "../lib/shared/memo.ts";
import { readBuildEnv } from "../lib/shared/env.ts";
import type { LoadedContent } from "../lib/validate/load.ts";
import { buildProgressModel } from "../lib/progress/progress-model.ts";
import { feedViews } from "../lib/reach/feed.ts";
import { OG_HEIGHT, OG_WIDTH, ogImageSvg } from "../lib/reach/og-image.ts";
import { qrSvg } from "../lib/reach/qr.ts";
import { buildSiteModel } from "../lib/model/site-model.ts";
import { robotsTxt, sitemapPages, sitemapXml } from "../lib/reach/sitemap.ts";
import { placeText } from "../lib/validate/site-identity.ts";
import { nationalSite } from "../lib/national/national-site.ts";
import { currentContent } from "./content.ts";
import type { EleventyConfig } from "./eleventy.ts";

/** Photo widths: a phone screen and a wide screen (at most the original's width). */
const PHOTO_WIDTHS = [480, 960];
/** The content column is 46rem wide with 1rem padding each side. */
const PHOTO_SIZES = "(min-width: 46rem) 44rem, calc(100vw - 2rem)";
const OG_IMAGE_PATH = "/assets/og-image.png";

/** What entry pages show of reach: QR codes for print, responsive photos. */
export interface EntryMedia {
  /** Inline SVG QR codes for printed notices, by page URL: to the page, and to a questionnaire's online form. */
  qr: Map<string, string>;
  formQr: Map<string, string>;
  /** Photos processed by eleventy-img, by attachment `file`. */
  images: Map<string, ImageMetadata>;
}

/** QR codes and photos of the live entries, made once per content load and output folder. */
export const entryMedia: (content: LoadedContent, outputDir: string) => Promise<EntryMedia> = memoByObject(makeEntryMedia);

async function makeEntryMedia(content: LoadedContent, outputDir: string): Promise<EntryMedia> {
  const model = buildSiteModel(content, readBuildEnv().contentDirName);
  const qr = new Map<string, string>();
  const formQr = new Map<string, string>();
  for (const e of model.entries) {
    if (!e.printable) continue;
    qr.set(e.url, await qrSvg(e.absoluteUrl, { label: t("qrLabel", e.lang) }));
    if (e.formUrl) formQr.set(e.url, await qrSvg(e.formUrl, { label: t("formQrLabel", e.lang) }));
  }
  const images = new Map<string, ImageMetadata>();
  const photos = new Set(model.entries.flatMap((e) => e.attachments.filter((a) => a.isImage).map((a) => a.file)));
  for (const file of [...photos].sort()) {
    images.set(
      file,
      await Image(path.join(content.contentDir, "files", file), {
        widths: PHOTO_WIDTHS,
        formats: ["webp", "jpeg"],
        outputDir: path.join(outputDir, "img"),
        urlPath: "/img/",
        sharpJpegOptions: { quality: 78, progressive: true },
        sharpWebpOptions: { quality: 75 },
      }),
    );
  }
  return { qr, formQr, images };
}

/** `<picture>` (WebP + JPEG, lazy, width/height) for a photo processed by {@link entryMedia}. */
export function pictureHtml(metadata: ImageMetadata, alt: string): string {
  return Image.generateHTML(metadata, { alt, sizes: PHOTO_SIZES, loading: "lazy", decoding: "async" });
}

export default function reachPlugin(config: EleventyConfig): void {
  const env = readBuildEnv();

  config.addFilter("dateToRfc3339", dateToRfc3339);

  config.addGlobalData("achykReach", async () => {
    const content = await currentContent();
    const site = content.site;
    if (!site) return null;
    const model = buildSiteModel(content, env.contentDirName);
    const outputDir = path.resolve(config.directories.output);

    const og = await Image(Buffer.from(ogImageSvg({ name: site.name, region: placeText(site) })), {
      widths: [OG_WIDTH],
      formats: ["png"],
      outputDir: path.join(outputDir, path.dirname(OG_IMAGE_PATH)),
      urlPath: `${path.dirname(OG_IMAGE_PATH)}/`,
      filenameFormat: () => path.basename(OG_IMAGE_PATH),
    });
    const ogPng = og.png?.[0];

    const feeds = await Promise.all(
      feedViews(model.entries, site, content.today).map(async (feed) => ({
        ...feed,
        updated: bishkekMidnight(feed.updatedDay),
        entries: await Promise.all(
          feed.entries.map(async (entry) => ({
            ...entry,
            published: bishkekMidnight(entry.publishedDay),
            updated: bishkekMidnight(entry.updatedDay),
            // Root-relative links first (they keep a project site's /<repository>/ path), then the rest.
            html: await convertHtmlToAbsoluteUrls(entry.html.replace(/(\s(?:href|src)=")\/(?!\/)/g, `$1${site.base_url}`), entry.url),
          })),
        ),
      })),
    );

    return {
      ogImage: { url: ogPng?.url ?? OG_IMAGE_PATH, width: ogPng?.width ?? OG_WIDTH, height: ogPng?.height ?? OG_HEIGHT },
      calendars: eventCalendars(content.entries, site, content.today),
      feeds,
      feedTitles: Object.fromEntries(feeds.map((f) => [f.lang, f.title])),
      // A national site's plan pages are the national ones (scripts/lib/national).
      sitemapXml: sitemapXml(sitemapPages(model, [...buildProgressModel(content, env.contentDirName).planPages, ...((await nationalSite(content))?.planPages ?? [])]), site.base_url),
      robotsTxt: robotsTxt(site.base_url),
    };
  });
}
