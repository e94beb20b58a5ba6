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
import { timeline } from "../lib/shared/timeline.ts";
import { cacheDirFrom, cacheName, DiskCache, FolderCache, hashKey } from "../lib/shared/disk-cache.ts";

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
  const cacheDir = cacheDirFrom();
  // QR codes by their text and label, kept between builds: a site of 10,000 entries has thousands.
  const qrCache = await DiskCache.open<string>(cacheDir, cacheName("qr", content.contentDir));
  const code = async (text: string, label: string) => {
    const key = hashKey(text, label);
    return qrCache.get(key) ?? qrCache.set(key, await qrSvg(text, { label }));
  };
  const qr = new Map<string, string>();
  const formQr = new Map<string, string>();
  for (const e of model.entries) {
    if (!e.printable) continue;
    qr.set(e.url, await code(e.absoluteUrl, t("qrLabel", e.lang)));
    if (e.formUrl) formQr.set(e.url, await code(e.formUrl, t("formQrLabel", e.lang)));
  }
  await qrCache.save();
  // Photos are made into the cache folder, where eleventy-img finds them next time (their names
  // are a hash of the photo and the options), then copied into the output.
  const folder = cacheDir ? new FolderCache(path.join(cacheDir, cacheName("img", content.contentDir))) : null;
  const images = new Map<string, ImageMetadata>();
  const photos = new Set(model.entries.flatMap((e) => e.attachments.filter((a) => a.isImage).map((a) => a.file)));
  for (const file of [...photos].sort()) {
    const metadata = await Image(path.join(content.contentDir, "files", file), {
      widths: PHOTO_WIDTHS,
      formats: ["webp", "jpeg"],
      outputDir: folder?.dir ?? path.join(outputDir, "img"),
      urlPath: "/img/",
      sharpJpegOptions: { quality: 78, progressive: true },
      sharpWebpOptions: { quality: 75 },
    });
    for (const output of Object.values(metadata).flat()) await folder?.publish(output.outputPath, path.join(outputDir, "img", output.filename));
    images.set(file, metadata);
  }
  await folder?.prune();
  return { qr, formQr, images };
}

/** `<picture>` (WebP + JPEG, lazy, width/height) for a photo processed by {@link entryMedia}. */
export function pictureHtml(metadata: ImageMetadata, alt: string): string {
  return Image.generateHTML(metadata, { alt, sizes: PHOTO_SIZES, loading: "lazy", decoding: "async" });
}

export default function reachPlugin(config: EleventyConfig): void {
  const env = readBuildEnv();

  config.addFilter("dateToRfc3339", dateToRfc3339);

  config.addGlobalData("achykReach", () => timeline.span("feeds, calendars, sitemap, preview image", () => reachData(config, env)));
}

/** The link-preview picture, feeds, calendars, sitemap and robots.txt of a build. */
async function reachData(config: EleventyConfig, env: ReturnType<typeof readBuildEnv>) {
  const content = await currentContent();
  const site = content.site;
  if (!site) return null;
  const model = buildSiteModel(content, env.contentDirName);
  const outputDir = path.resolve(config.directories.output);

  const og = await ogImage(Buffer.from(ogImageSvg({ name: site.name, region: placeText(site) })), content.contentDir, outputDir);
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
    ogImage: { url: OG_IMAGE_PATH, width: ogPng?.width ?? OG_WIDTH, height: ogPng?.height ?? OG_HEIGHT },
    calendars: eventCalendars(content.entries, site, content.today),
    feeds,
    feedTitles: Object.fromEntries(feeds.map((f) => [f.lang, f.title])),
    // A national site's plan pages are the national ones (scripts/lib/national).
    sitemapXml: sitemapXml(sitemapPages(model, [...buildProgressModel(content, env.contentDirName).planPages, ...((await nationalSite(content))?.planPages ?? [])]), site.base_url),
    robotsTxt: robotsTxt(site.base_url),
  };
}

/**
 * The link-preview picture at OG_IMAGE_PATH. With a cache, made under its content's hash in the
 * cache folder (eleventy-img skips a picture it finds there) and copied into place.
 */
async function ogImage(svg: Buffer, contentDir: string, outputDir: string): Promise<ImageMetadata> {
  const cacheDir = cacheDirFrom();
  const target = path.join(outputDir, OG_IMAGE_PATH);
  const options = { widths: [OG_WIDTH], formats: ["png"], urlPath: `${path.dirname(OG_IMAGE_PATH)}/` };
  if (!cacheDir) return Image(svg, { ...options, outputDir: path.dirname(target), filenameFormat: () => path.basename(target) });
  const folder = new FolderCache(path.join(cacheDir, cacheName("og", contentDir)));
  const metadata = await Image(svg, { ...options, outputDir: folder.dir });
  for (const output of metadata.png ?? []) await folder.publish(output.outputPath, target);
  await folder.prune();
  return metadata;
}
