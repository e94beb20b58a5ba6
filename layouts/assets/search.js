// The search page: Pagefind's JS API, no framework. Reads ?q= (and filters) on load so a
// search is a link to share. How Pagefind is asked (Kyrgyz query variants, merging, dropping
// Pagefind's truncated-word matches) lives in scripts/lib/search/search-query.ts, bundled at build
// time into search-query.js. Every word shown comes from #search-text (ky or ru).
import { PAGEFIND_OPTIONS, searchMerged } from "./search-query.js";

const PAGE_SIZE = 10;
// The site may live under a path prefix (a GitHub Pages project site): find Pagefind and the
// site root relative to this script, which is always <root>assets/search.js.
const siteRoot = new URL("../", import.meta.url).pathname;
const pagefindUrl = new URL("../pagefind/pagefind.js", import.meta.url).href;
const LABEL_MAX = 70;

const form = document.querySelector("form[data-search]");
const input = form.querySelector('input[name="q"]');
const fieldset = form.querySelector(".search-filters");
const selects = [...form.querySelectorAll("select[data-filter]")];
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const more = document.getElementById("search-more");
const text = JSON.parse(document.getElementById("search-text").textContent);
const lang = document.documentElement.lang;
const collator = new Intl.Collator(lang, { numeric: true });

let pagefind = null;
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
  for (const select of selects) select.dataset.wanted = params.get(select.name) ?? "";
}

function writeLocation(query, filters) {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  for (const select of selects) if (filters[select.dataset.filter]) params.set(select.name, filters[select.dataset.filter]);
  const search = params.toString();
  history.replaceState(null, "", search ? `?${search}` : location.pathname);
}

function shorten(label) {
  return label.length > LABEL_MAX ? `${label.slice(0, LABEL_MAX - 1).trimEnd()}…` : label;
}

async function fillFilters() {
  const available = await pagefind.filters();
  for (const select of selects) {
    const counts = available[select.dataset.filter] ?? {};
    const values = Object.keys(counts).sort((a, b) => collator.compare(a, b));
    if (select.dataset.filter === "year") values.reverse();
    for (const value of values) {
      const option = new Option(`${shorten(value)} (${counts[value]})`, value);
      option.title = value;
      select.add(option);
    }
    if (values.includes(select.dataset.wanted)) select.value = select.dataset.wanted;
  }
  fieldset.hidden = false;
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
  const results = await searchMerged(pagefind, query, lang, filters);
  if (id !== run) return;
  pending = results;
  const count = pending.length;
  await showMore(id);
  if (id !== run) return;
  status.dataset.count = String(count);
  if (count > 0) setStatus(fill(query ? text.foundFor : text.found, { q: query, n: String(count) }), "done");
  else setStatus(fill(query ? text.nothing : text.nothingFiltered, { q: query }), "done");
}

async function start() {
  readLocation();
  pagefind = await import(pagefindUrl);
  await pagefind.options({ ...PAGEFIND_OPTIONS, baseUrl: siteRoot });
  await pagefind.init();
  await fillFilters();
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    search().catch(fail);
  });
  for (const select of selects) select.addEventListener("change", () => search().catch(fail));
  more.addEventListener("click", () => showMore(run).catch(fail));
  await search();
}

function fail(error) {
  setStatus(text.failed, "error");
  // Kept for whoever opens the console; the page itself says what to do.
  console.warn(error);
}

start().catch(fail);
