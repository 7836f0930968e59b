/**
 * Script injection into the notebook pages (issue 11, finding 2), at unit level: text from data
 * (focus-group fragments, code labels, codebook descriptions, paths) reaches a notebook page
 * through Markdown (`showMarkdown`, `check`, the data banner, the colophon) and through MIME
 * bundles. Raw HTML in Markdown is shown as text, URLs are allow-listed, attributes get plain
 * text, code spans cannot be closed early, and the display helpers escape what they put into
 * Markdown. Where Chromium is installed the rendered page is also opened in it and must run
 * none of the payloads.
 */
import { describe, it } from "node:test";
import { PROBE } from "../helpers/injection-probe.js";
import assert from "node:assert/strict";
import type { Study } from "../../lib/compendium/src/analysis/study.js";
import { check, showColophon, showDataBanner, showText } from "@behoud/compendium";
import { displayedOutsideKernel, escapeMarkdown, markdownCode } from "@behoud/notebook-runner/display";
import { CHROMIUM_ARGS, browserAvailability } from "../../lib/compendium/src/report/index.js";
import { basicMarkdown, parseNotebook, renderNotebookHtml } from "../../lib/notebook-runner/src/index.js";
import { safeUrl } from "../../lib/notebook-runner/src/markdown.js";
import { mathToMathML } from "../../lib/notebook-runner/src/math.js";

/** Payloads that run script when HTML is not escaped; each sets `window.__pwned` or `document.title`. */
const PAYLOADS = [
  `<img src=x onerror="window.__pwned='img';document.title='PWNED'">`,
  `<script>window.__pwned='script'</script>`,
  `<svg onload="window.__pwned='svg'">`,
  `</code><img src=x onerror=window.__pwned='code'>`,
  "`<img src=x onerror=window.__pwned='tick'>`",
  `"><img src=x onerror=window.__pwned='quote'>`,
  `'><img src=x onerror=window.__pwned='apos'>`,
  `<a href="javascript:window.__pwned='href'">click</a>`,
  `[click](javascript:window.__pwned='md-link')`,
  `<!-- comment --><iframe src="javascript:window.__pwned='iframe'"></iframe>`,
];

/** Character references as a browser decodes them in text and attribute values (the ones that matter here). */
function decode(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The start tags of an HTML text with their attributes, read the way an HTML tokenizer reads them. */
function startTags(html: string): { name: string; attributes: [string, string][] }[] {
  const tags: { name: string; attributes: [string, string][] }[] = [];
  const open = /<([A-Za-z][^\s/>]*)/g;
  let m: RegExpExecArray | null;
  while ((m = open.exec(html)) !== null) {
    let i = open.lastIndex;
    const attributes: [string, string][] = [];
    for (;;) {
      const a = /^[\s/]*(?:(>)|([^\s/>=][^\s/>=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?)/.exec(html.slice(i));
      if (a === null || a[0] === "") break;
      i += a[0].length;
      if (a[1] !== undefined) break;
      attributes.push([(a[2] ?? "").toLowerCase(), decode(a[3] ?? a[4] ?? a[5] ?? "")]);
    }
    open.lastIndex = i;
    tags.push({ name: (m[1] ?? "").toLowerCase(), attributes });
  }
  return tags;
}

/** Asserts that an HTML fragment or page holds no markup that runs script. */
function assertInert(html: string, what: string): void {
  for (const tag of startTags(html)) {
    assert.ok(
      !["script", "iframe", "svg", "object", "embed", "base", "form"].includes(tag.name),
      `${what}: a <${tag.name}> element\n${html}`,
    );
    for (const [name, value] of tag.attributes) {
      assert.ok(!name.startsWith("on"), `${what}: <${tag.name}> with the event handler ${name}\n${html}`);
      if (["href", "src", "xlink:href", "action", "formaction"].includes(name)) {
        // eslint-disable-next-line no-control-regex
        const probe = value.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, "");
        assert.doesNotMatch(probe, /^(?:javascript|vbscript|data:text)/i, `${what}: <${tag.name} ${name}="${value}">\n${html}`);
      }
    }
  }
}

/** The text a browser shows for an HTML fragment: tags removed, entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The Markdown of the last bundle a display helper sent (outside a kernel they are collected). */
function lastMarkdown(): string {
  const bundles = displayedOutsideKernel();
  const md = (bundles[bundles.length - 1] as { "text/markdown"?: unknown } | undefined)?.["text/markdown"];
  assert.equal(typeof md, "string", "a text/markdown bundle was displayed");
  return md as string;
}

/** A study as the display helpers read it: real data from the folder `dataDir`. */
function fakeStudy(dataDir: string, fileName: string): Study {
  return {
    synthetic: false,
    dataDir,
    codebookDir: "/nonexistent/codebook",
    ds: { respondents: { rowCount: 51 }, files: [{ path: `${dataDir}/${fileName}`, sha256: "0123abcd" }] },
  } as unknown as Study;
}

describe("Markdown of notebook pages: raw HTML and URLs", () => {
  for (const payload of PAYLOADS) {
    it(`shows raw HTML as text: ${payload}`, () => {
      for (const md of [
        payload,
        `Before ${payload} after`,
        `> ${payload}`,
        `- ${payload}`,
        `| a |\n|---|\n| ${payload.replace(/\|/g, "\\|")} |`,
        `# ${payload}`,
      ]) {
        const html = basicMarkdown.render(md);
        assertInert(html, JSON.stringify(md));
      }
      // Markdown syntax (a link, a code span) keeps its meaning; raw HTML is shown as written.
      if (payload.startsWith("<") || payload.startsWith('"') || payload.startsWith("'")) {
        assert.equal(
          textOf(basicMarkdown.render(`Before ${payload} after`)),
          `Before ${payload} after`,
          "the payload stays visible as text",
        );
      }
    });
  }

  it("shows an HTML block as text", () => {
    const md = `<div onclick="window.__pwned=1">\n<script>window.__pwned=2</script>\n</div>`;
    const html = basicMarkdown.render(md);
    assertInert(html, md);
    assert.equal(textOf(html), md);
  });

  it("replaces script URLs in links and images by #, also with case, leading spaces or control characters", () => {
    for (const url of [
      "javascript:window.__pwned=1",
      "JaVaScRiPt:x",
      "vbscript:x",
      "data:text/html,<script>x</script>",
      "data:application/xhtml+xml,x",
      "livescript:x",
    ]) {
      assert.equal(safeUrl(url), "#", url);
      assert.equal(safeUrl(` \u0001${url}`), "#", `${url} after control characters`);
    }
    assert.equal(safeUrl("java\tscript:x"), "#", "a tab inside the scheme");
    assert.equal(safeUrl("data:image/svg+xml;base64,AAAA", "link"), "#", "data: is for images only");
    for (const url of ["https://example.org/a?b=1&c=2", "mailto:a@b.nl", "#section", "notebooks/01.html", "attachment:p.png"])
      assert.equal(safeUrl(url), url, url);
    assert.equal(safeUrl("data:image/png;base64,AAAA", "image"), "data:image/png;base64,AAAA");
    const html = basicMarkdown.render("[a](javascript:x) [b](data:text/html,x) ![c](vbscript:x) <javascript:x> [d](JAVASCRIPT:x)");
    assertInert(html, "links");
  });

  it("writes plain text into attributes: a code span, math or a raw tag in a URL cannot break out of href", () => {
    const cases = [
      `[x](<img src="a" onerror="window.__pwned=1">)`,
      '[x](`"onmouseover="window.__pwned=1`)',
      "[x]($a$)",
      `![<https://x/onerror=window.__pwned=1//>](y)`,
      `![a" onerror="window.__pwned=1](y)`,
      `[x](y "t\\" onmouseover=\\"window.__pwned=1")`,
      `![a](y "<img src=x onerror=window.__pwned=1>")`,
    ];
    for (const md of cases) {
      const html = mathToMathML(basicMarkdown.render(md));
      assertInert(html, md);
      // Every attribute value is one quoted string without a raw quote or tag inside.
      for (const tag of html.match(/<(?:a|img)\b[^>]*>/g) ?? []) {
        assert.match(tag, /^<(?:a|img)(?:\s+[a-z]+="[^"<>]*")*>$/, `${md}: ${tag}`);
      }
    }
  });

  it("decodes a URL once: & in a query string is written as &amp; once", () => {
    assert.equal(basicMarkdown.render("[q](https://x.nl/?a=1&b=2)"), '<p><a href="https://x.nl/?a=1&amp;b=2">q</a></p>');
  });

  it("replaces NUL, which would address the renderer's placeholders", () => {
    const html = basicMarkdown.render("`<img src=x onerror=window.__pwned=1>` \u00000\u0000 [x](\u00000\u0000)");
    assertInert(html, "NUL");
    assert.ok(!html.includes("\u0000"));
    assert.equal(html.match(/<code>/g)?.length, 1, `a NUL-delimited number is text, not a copy of a code span: ${html}`);
  });

  it("typesets no link or HTML from TeX (KaTeX without trust)", () => {
    for (const tex of [
      "$\\href{javascript:window.__pwned=1}{x}$",
      "$\\url{javascript:x}$",
      "$\\htmlData{x=1}{y}$",
      "$\\text{<img src=x onerror=window.__pwned=1>}$",
      "$$\\frac{</span><img src=x onerror=window.__pwned=1>$$",
    ]) {
      const html = mathToMathML(basicMarkdown.render(tex));
      assertInert(html, tex);
      assert.doesNotMatch(html, /\shref=/, tex);
    }
  });
});

describe("display helpers: text from data in Markdown", () => {
  it("escapeMarkdown: every payload renders as exactly its text", () => {
    const texts = [
      ...PAYLOADS,
      "# heading?",
      "1. list?",
      "12) list?",
      "- item?",
      "> quote?",
      "***",
      "| a | b |",
      "**bold** _em_ ~~del~~ $x^2$ $$y$$",
      "![img](https://tracker.example/p.png) [link](https://example.org) <https://example.org>",
      "&amp; &#106; \\ back\\slash",
      "```fence",
    ];
    for (const t of texts) {
      const html = mathToMathML(basicMarkdown.render(escapeMarkdown(t)));
      assertInert(html, t);
      assert.equal(html, `<p>${html.slice(3, -4)}</p>`, `${t}: one paragraph`);
      assert.doesNotMatch(html.slice(3, -4), /<(?!\/?p>)/, `${t}: no element inside the paragraph\n${html}`);
      assert.equal(textOf(html.slice(3, -4)), t, `${t}: shown as written`);
    }
    assert.equal(escapeMarkdown("a\nb\r\nc"), "a b c");
  });

  it("markdownCode: a code span no text can close early (backticks, </code>)", () => {
    for (const t of ["a`b", "`a", "a`", "``x``", "</code><img src=x onerror=window.__pwned=1>", "` </code> `", " a ", "x$y$|z"]) {
      const html = basicMarkdown.render(`path ${markdownCode(t)} end`);
      assertInert(html, t);
      const m = /^<p>path <code>([^<]*)<\/code> end<\/p>$/.exec(html);
      assert.ok(m !== null, `${t}: one code element\n${html}`);
      assert.equal(textOf(m[1] ?? ""), t);
    }
  });

  it("the data banner shows a data-folder name with backticks and HTML as code text", () => {
    const dir = "/tmp/data`<img src=x onerror=\"window.__pwned='banner'\">`x";
    showDataBanner(fakeStudy(dir, "respondents.csv"));
    const html = basicMarkdown.render(lastMarkdown());
    assertInert(html, "banner");
    const code = /<code>([^<]*)<\/code>/.exec(html);
    assert.equal(textOf(code?.[1] ?? ""), dir, "the path is the content of one code element");
  });

  it("the colophon shows paths with HTML, backticks and | in their table cells", () => {
    const dir = "/tmp/d`|<img src=x onerror=window.__pwned='colophon'>";
    showColophon(fakeStudy(dir, "a|b`<b>.csv"));
    const html = basicMarkdown.render(lastMarkdown());
    assertInert(html, "colophon");
    const row = (html.match(/<tr>.*<\/tr>/g) ?? []).find((r) => r.includes("0123abcd"));
    assert.ok(row !== undefined, html);
    const cells = row.match(/<td>(.*?)<\/td>/g) ?? [];
    assert.equal(cells.length, 2, `two cells: ${row}`);
    assert.equal(textOf(cells[0] ?? ""), `sha256 ${dir}/a|b\`<b>.csv`);
    assert.equal(textOf(cells[1] ?? ""), "0123abcd");
  });

  it("check() shows a label from data (a code) as text; showText shows a sentence as text", () => {
    const label = `<img src=x onerror="window.__pwned='check'">: about oneself`;
    check(label, 1, 1);
    let html = basicMarkdown.render(lastMarkdown());
    assertInert(html, "check");
    assert.ok(textOf(html).includes(label));
    const sentence = "k = 3 over experience_years, <script>window.__pwned='text'</script> *x*";
    showText(sentence);
    html = basicMarkdown.render(lastMarkdown());
    assertInert(html, "showText");
    assert.equal(textOf(html), sentence);
    const last = displayedOutsideKernel().at(-1) as { "text/plain"?: string };
    assert.equal(last["text/plain"], sentence, "text/plain is the text as written");
  });
});

/** A notebook with payloads in every place a page shows text from a notebook. */
function payloadNotebook(): string {
  const p = PAYLOADS[0] as string;
  return JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { language_info: { name: `ts"><img src=x onerror=window.__pwned='lang'>` } },
    cells: [
      {
        id: "m",
        cell_type: "markdown",
        metadata: {},
        source: `# Focus groups ${p}\n\n${PAYLOADS.join("\n\n")}\n\n![a](attachment:x.png)`,
        attachments: { "x.png": { "image/png": `AAAA" onerror="window.__pwned='attachment'` } },
      },
      {
        id: `c"><img src=x onerror=window.__pwned='cellid'>`,
        cell_type: "code",
        metadata: {},
        execution_count: 1,
        source: `showMarkdown(\`${p}\`)`,
        outputs: [
          { output_type: "display_data", metadata: {}, data: { "text/markdown": PAYLOADS.join("\n\n"), "text/plain": p } },
          { output_type: "stream", name: "stdout", text: p },
          { output_type: "error", ename: p, evalue: p, traceback: [p] },
          { output_type: "display_data", metadata: {}, data: { "image/png": `AAAA" onerror="window.__pwned='png'`, "text/plain": p } },
          { output_type: "display_data", metadata: {}, data: { "text/latex": p } },
          {
            output_type: "display_data",
            metadata: {},
            data: {
              "application/vnd.plotly.v1+json": { data: [{ type: "bar", x: [p], y: [1] }], layout: { title: { text: `</script>${p}` } } },
              "text/plain": p,
            },
          },
          { output_type: "execute_result", execution_count: 1, metadata: {}, data: { "text/plain": p } },
        ],
      },
    ],
  });
}

describe("renderNotebookHtml: a notebook page with payloads", () => {
  it("escapes payloads in markdown cells, outputs, title, language, cell ids and image data", () => {
    const page = renderNotebookHtml(parseNotebook(payloadNotebook()));
    // The page's only script element would be plotly's; without plotly.js none.
    assertInert(page, "notebook page");
    assert.equal(
      textOf(/<title>(.*)<\/title>/.exec(page)?.[1] ?? ""),
      `Focus groups ${(PAYLOADS[0] as string).replace(/_/g, "")}`,
      "the heading's HTML is text in the title too",
    );
  });

  it("writes image data into src as one attribute value", () => {
    const nb = parseNotebook(
      JSON.stringify({
        nbformat: 4,
        nbformat_minor: 5,
        metadata: {},
        cells: [
          {
            cell_type: "code",
            metadata: {},
            execution_count: 1,
            source: "",
            outputs: [{ output_type: "display_data", metadata: {}, data: { "image/png": `AAAA" onerror="window.__pwned='png'` } }],
          },
        ],
      }),
    );
    const page = renderNotebookHtml(nb);
    assertInert(page, "image output");
    assert.ok(
      page.includes(`<img src="data:image/png;base64,AAAA&quot;onerror=&quot;window.__pwned=&#39;png&#39;" alt="output image">`),
      page,
    );
  });

  it("the rendered page runs no payload in Chromium", async (t) => {
    const availability = await browserAvailability();
    if (!availability.available) {
      t.skip(`Chromium unavailable: ${availability.reason}`);
      return;
    }
    const page = renderNotebookHtml(parseNotebook(payloadNotebook()), { plotlyJs: "window.Plotly={newPlot:function(){}};" });
    const result = await inChromium(availability.chromiumPath, page);
    assert.deepEqual(result.dialogs, [], "no dialog opened");
    assert.equal(result.pwned, null, "no payload ran");
    assert.notEqual(result.title, "PWNED", "no payload set the title");
    assert.deepEqual(result.bad, [], "no element with an event handler or script URL");
    assert.ok(result.text.includes(PAYLOADS[0] as string), `the payload is visible as text:\n${result.text}`);
  });
});

interface ProbeResult {
  readonly pwned: unknown;
  readonly title: string;
  readonly bad: readonly string[];
  readonly text: string;
  readonly dialogs: readonly string[];
}

/** Loads a page in headless Chromium (no network) and reports whether any payload ran. */
async function inChromium(chromiumPath: string, html: string): Promise<ProbeResult> {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.route("**/*", (route) => (route.request().url().startsWith("data:") ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: "load" });
    await page.waitForTimeout(200);
    const probe = (await page.evaluate(PROBE)) as Omit<ProbeResult, "dialogs">;
    return { ...probe, dialogs };
  } finally {
    await browser.close();
  }
}
