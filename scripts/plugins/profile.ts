/**
 * Eleventy's own phases on the build's timeline (`npm run build -- --profile`): from the start
 * of a build to the map of every page's URL (templates read, global data computed), then to the
 * end (every page rendered and written).
 */
import { timeline } from "../lib/shared/timeline.ts";
import type { EleventyConfig } from "./eleventy.ts";

export default function profilePlugin(config: EleventyConfig): void {
  let end: (() => void) | undefined;
  const next = (name: string | null) => {
    end?.();
    end = name ? timeline.begin(name) : undefined;
  };
  config.on("eleventy.before", () => next("Eleventy: templates and data"));
  config.on("eleventy.contentMap", () => next("Eleventy: render and write pages"));
  config.on("eleventy.after", () => next(null));
}
