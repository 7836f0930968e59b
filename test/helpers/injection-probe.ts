/**
 * The probe both injection tests evaluate in a page in Chromium: whether a payload ran
 * (`window.__pwned`, the title), script-capable markup left in the page (event-handler
 * attributes, script URLs, frames, forms), and the visible text.
 * @module test/helpers/injection-probe
 */

/** What {@link PROBE} returns. */
export interface ProbeResult {
  readonly pwned: string | null;
  readonly title: string;
  readonly bad: readonly string[];
  readonly text: string;
}

/** Evaluated in a page: payload effects, event-handler attributes, script URLs, visible text. */
export const PROBE = `(() => {
  const bad = [];
  for (const el of document.querySelectorAll("*")) {
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) bad.push(el.tagName + " " + a.name + "=" + a.value);
      if (/^(href|src|xlink:href|action|formaction)$/i.test(a.name) && /^[\\s\\u0000-\\u001f]*(javascript|vbscript|data:text)/i.test(a.value)) bad.push(el.tagName + " " + a.name + "=" + a.value);
    }
  }
  for (const sel of ["iframe", "object", "embed", "base", "form"]) if (document.querySelector(sel)) bad.push(sel);
  return { pwned: window.__pwned === undefined ? null : String(window.__pwned), title: document.title, bad, text: document.body.innerText };
})()`;
