/** The web page's files, served as strings (they ship inside the compiled package). */
import { APP_JS } from "./app-js.js";
import { INDEX_HTML } from "./index-html.js";
import { STYLE_CSS } from "./style-css.js";

export interface WebAsset {
  readonly type: string;
  readonly body: string;
}

export const WEB_ASSETS: Readonly<Record<"index.html" | "app.js" | "style.css", WebAsset>> = {
  "index.html": { type: "text/html; charset=utf-8", body: INDEX_HTML },
  "app.js": { type: "text/javascript; charset=utf-8", body: APP_JS },
  "style.css": { type: "text/css; charset=utf-8", body: STYLE_CSS },
};
