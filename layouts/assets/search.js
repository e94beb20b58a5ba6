// The search page: Pagefind's JS API, no framework. Reads ?q= (and filters) on load so a
// search is a link to share. Pagefind (its script, its WebAssembly, its index) loads only when
// it is needed: at once for a ?q= link, else when the resident first touches the form, so
// opening the page costs a phone nothing more than its HTML. The filter lists are in the HTML
// (built from the index's records). How Pagefind is asked (Kyrgyz query variants, merging, dropping
// Pagefind's truncated-word matches) lives in scripts/lib/search/search-query.ts, bundled at build
// time into search-query.js. Every word shown comes from #search-text (ky or ru).
import { PAGEFIND_OPTIONS, searchMerged } from "./search-query.js";

const PAGE_SIZE = 10;
// The site may live under a path prefix (a GitHub Pages project site): find Pagefind and the
// site root relative to this script, which is always <root>assets/search.js.
const siteRoot = new URL("../", import.meta.url).pathname;
const pagefindUrl = new URL("../pagefind/pagefind.js", import.meta.url).href;

const form = document.querySelector("form[data-search]");
const input = form.querySelector('input[name="q"]');
const selects = [...form.querySelectorAll("select[data-filter]")];
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const more = document.getElementById("search-more");
const text = JSON.parse(document.getElementById("search-text").textContent);
const lang = document.documentElement.lang;

let pagefind = null; // a promise of the initialised API, once asked for
let run = 0; // id of the latest search: a slower, older one never overwrites it
let pending = [];

const fill = (template, values) => template.replace(/\{(\w+)\}/g, (whole, key) => values[key] ?? whole);

function setStatus(message, state) {
  status.textContent = message;
  status.dataset.state = state;
}

function chosenFilters() {
  const filters = {};
  for (const select of selects) if (select.value) filters[select.dataset.filter] = select.value;
  return filters;
}

function readLocation() {
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  for (const select of selects) {
    const wanted = params.get(select.name) ?? "";
    if ([...select.options].some((option) => option.value === wanted)) select.value = wanted;
  }
}

/** Pagefind, loaded and initialised once, on first need (asked again after a failed load). */
function loadPagefind() {
  pagefind ??= (async () => {
    const api = await import(pagefindUrl);
    await api.options({ ...PAGEFIND_OPTIONS, baseUrl: siteRoot });
    await api.init();
    return api;
  })().catch((error) => {
    pagefind = null;
    throw error;
  });
  return pagefind;
}

function writeLocation(query, filters) {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  for (const select of selects) if (filters[select.dataset.filter]) params.set(select.name, filters[select.dataset.filter]);
  const search = params.toString();
  history.replaceState(null, "", search ? `?${search}` : location.pathname);
}

/** Pagefind's excerpt is text with <mark> around hits: keep exactly that, nothing else. */
function excerptNodes(excerpt) {
  const template = document.createElement("template");
  template.innerHTML = excerpt;
  const out = [];
  for (const node of template.content.childNodes) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      out.push(mark);
    } else {
      out.push(document.createTextNode(node.textContent ?? ""));
    }
  }
  return out;
}

function element(tag, props = {}, children = []) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function resultItem(data) {
  const meta = data.meta ?? {};
  const item = element("li", { className: "card search-result" }, [
    element("h2", {}, [element("a", { href: data.url, textContent: meta.title ?? data.url })]),
    element("p", { className: "meta" }, [element("span", { className: "badge", textContent: meta.type ?? "" }), ` ${meta.date ?? ""}`, ...(meta.member ? [" · ", element("span", { className: "member", textContent: meta.member })] : [])]),
    element("p", { className: "excerpt" }, excerptNodes(data.excerpt ?? "")),
  ]);
  if (meta.attachment) {
    const href = meta.attachmentUrl ? siteRoot + meta.attachmentUrl.replace(/^\//, "") : "";
    const link = href ? element("a", { href, textContent: meta.attachment }) : meta.attachment;
    item.append(element("p", { className: "muted" }, [`${text.inAttachment}: `, link]));
  }
  return item;
}

async function showMore(id) {
  const slice = pending.splice(0, PAGE_SIZE);
  const data = await Promise.all(slice.map((result) => result.data()));
  if (id !== run) return;
  list.append(...data.map(resultItem));
  more.hidden = pending.length === 0;
}

async function search() {
  const id = ++run;
  const query = input.value.trim().replace(/\s+/g, " ");
  const filters = chosenFilters();
  writeLocation(query, filters);
  list.replaceChildren();
  more.hidden = true;
  if (query === "" && Object.keys(filters).length === 0) {
    setStatus(text.prompt, "idle");
    return;
  }
  setStatus(text.loading, "loading");
  const results = await searchMerged(await loadPagefind(), query, lang, filters);
  if (id !== run) return;
  pending = results;
  const count = pending.length;
  await showMore(id);
  if (id !== run) return;
  status.dataset.count = String(count);
  if (count > 0) setStatus(fill(query ? text.foundFor : text.found, { q: query, n: String(count) }), "done");
  else setStatus(fill(query ? text.nothing : text.nothingFiltered, { q: query }), "done");
}

function start() {
  readLocation();
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    search().catch(fail);
  });
  for (const select of selects) select.addEventListener("change", () => search().catch(fail));
  more.addEventListener("click", () => showMore(run).catch(fail));
  if (input.value.trim() !== "" || Object.keys(chosenFilters()).length > 0) {
    search().catch(fail);
    return;
  }
  // No search in the link: warm Pagefind up when the resident reaches for the form, so the
  // first results come as fast as before without costing a visit that never searches.
  const warm = () => loadPagefind().catch(fail);
  for (const type of ["focusin", "pointerdown", "input"]) form.addEventListener(type, warm, { once: true });
}

function fail(error) {
  setStatus(text.failed, "error");
  // Kept for whoever opens the console; the page itself says what to do.
  console.warn(error);
}

start();
