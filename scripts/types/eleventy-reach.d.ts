// @11ty/eleventy-img 6 and @11ty/eleventy-plugin-rss 3 ship no type declarations: the slice Achyk uses.
declare module "@11ty/eleventy-img" {
  export interface ImageOutput {
    format: string;
    width: number;
    height: number;
    url: string;
    sourceType: string;
    srcset: string;
    filename: string;
    outputPath: string;
    size: number;
  }
  export type ImageMetadata = Record<string, ImageOutput[]>;
  export interface ImageOptions {
    widths?: (number | "auto" | null)[];
    formats?: string[];
    outputDir?: string;
    urlPath?: string;
    filenameFormat?: (id: string, src: string, width: number, format: string) => string;
    sharpJpegOptions?: Record<string, unknown>;
    sharpWebpOptions?: Record<string, unknown>;
    sharpPngOptions?: Record<string, unknown>;
    svgShortCircuit?: boolean;
    useCache?: boolean;
  }
  function Image(src: string | Buffer, options?: ImageOptions): Promise<ImageMetadata>;
  namespace Image {
    function generateHTML(metadata: ImageMetadata, attributes: Record<string, string>): string;
  }
  export default Image;
}

declare module "@11ty/eleventy-plugin-rss" {
  export function dateToRfc3339(date: Date): string;
  export function convertHtmlToAbsoluteUrls(html: string, base: string, options?: Record<string, unknown>): Promise<string>;
}
