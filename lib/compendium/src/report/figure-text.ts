/**
 * Every word the figures draw, one object per language of one interface ({@link FigureText}),
 * so that each language has every string and a figure is drawn in one language at a time. The
 * texts may hold plotly's small HTML subset (`<br>`, `<i>`, `<b>`); what they are given as
 * arguments (labels, numbers) is already escaped and formatted by the caller.
 *
 * Construct names, item wordings, the questions of the open answers and the article's own
 * model (the boxes of Fig. 1) are the article's Dutch and are not here: they stay as printed in
 * both languages.
 * @module report/figure-text
 */

/** A language of the figures. */
export type FigureLang = "en" | "nl";

/** The texts of the pre/post figure (`prePostFigure`). */
export interface PrePostText {
  readonly title: string;
  /** Subtitle; `ci` names the interval (e.g. "95% CIs"), `reversed` is {@link PrePostText.reversedNote} or "". */
  readonly subtitle: (ci: string, withChanges: boolean, reversed: string) => string;
  readonly reversedNote: (labels: string) => string;
  /** The interval's name in a legend or hover text, e.g. "95% CI". */
  readonly ciName: (level: string) => string;
  /** The interval's name in the subtitle, e.g. "95% CIs". */
  readonly ciNamePlural: (level: string) => string;
  readonly meanAxis: (min: number, max: number) => string;
  readonly changeAxis: string;
  readonly changeHover: string;
  /** The hover text's last line of one respondent's change. */
  readonly oneRespondent: string;
  /** Name of the (hidden) line joining pre and post. */
  readonly link: string;
  readonly pre: string;
  readonly post: string;
  readonly better: string;
  readonly same: string;
  readonly worse: string;
  readonly meanChange: (ci: string) => string;
  /** The shares that went up, stayed the same and went down. */
  readonly upSameDown: (up: string, same: string, down: string) => string;
  readonly filename: string;
}

/** The texts of the forest plot (`forestFigure`). */
export interface ForestText {
  readonly title: string;
  readonly subtitle: (ci: string) => string;
  readonly ciName: (level: string) => string;
  readonly ciNamePlural: (level: string) => string;
  /** Axis title; `variant` is HTML (e.g. `<i>d</i><sub>av</sub>`). */
  readonly axis: (variant: string, ci: string) => string;
  readonly estimateName: string;
  readonly publishedName: string;
  readonly estimateHover: string;
  readonly publishedHover: string;
  readonly filename: string;
}

/** The texts of the scatter plot (`scatterFigure`). */
export interface ScatterText {
  /** Title; labels are escaped, `r` and `n` formatted. */
  readonly title: (yLabel: string, xLabel: string, r: string, n: number) => string;
  readonly subtitle: (jitter: string, seed: number) => string;
  readonly axis: (label: string, min: number, max: number) => string;
  readonly lineName: (equation: string) => string;
  readonly points: string;
  readonly pointHover: string;
  readonly lineHover: string;
  readonly filename: string;
}

/** The texts of the diverging Likert bars (`likertFigure`). */
export interface LikertText {
  readonly title: string;
  /** Subtitle; `low` and `high` are the scale points of each side (e.g. "1–2"). */
  readonly subtitle: (low: string, high: string, neutral: string, reversed: string) => string;
  readonly neutral: (point: number) => string;
  readonly reversedNote: (groups: string, top: string) => string;
  readonly axis: (low: string, high: string) => string;
  /** "2 of 51". */
  readonly countOf: (count: number, total: number) => string;
  readonly filename: string;
}

/** The texts of Table 2 as bars (`table2Figure` of views/table2-figure). */
export interface Table2Text {
  readonly title: (n: string) => string;
  readonly subtitle: string;
  readonly self: string;
  readonly teachers: string;
  /** A gloss of each question after its Dutch wording in the hover text, or null for none. */
  readonly selfQuestionGloss: string | null;
  readonly teachersQuestionGloss: string | null;
  readonly mentioned: (count: number) => string;
  readonly total: (count: number) => string;
  /** The article's own label in the hover text when the axis shows a translation. */
  readonly printedLabel: (label: string) => string;
  readonly axis: string;
  readonly filename: string;
}

/** Our texts around the article's balance model (`balanceModelFigure` of views/balance-model); its boxes stay as printed. */
export interface BalanceModelText {
  readonly title: string;
  readonly subtitle: string;
  readonly reasonsHeader: string;
  readonly threatsHeader: string;
  readonly threatens: (k: number) => string;
  readonly fulcrumNote: string;
  readonly moderators: string;
  readonly source: string;
  /** The hover text of each box, in the order intrinsic, altruistic, workload, complexity, autonomy, appreciation. */
  readonly boxHover: readonly [string, string, string, string, string, string];
  readonly filename: string;
}

/** The texts around a figure in HTML and in a notebook's MIME bundle (report/bundle). */
export interface BundleText {
  /** The note shown until plotly.js draws the figure; `title` is escaped, "" when the figure has none. */
  readonly notDrawn: (title: string) => string;
  /** Before the error message when plotly.js fails (plain text, set with textContent). */
  readonly drawingFailed: string;
  /** The plain-text description of a figure. */
  readonly plain: (title: string) => string;
  /** The alternative text of the figure's PNG, shown until plotly.js draws (plain text; escaped by the caller). */
  readonly pngAlt: (title: string) => string;
}

/** Every text of the figures in one language. */
export interface FigureText {
  readonly lang: FigureLang;
  /** The names of the lowest and highest point of the five-point scale ("helemaal niet", "helemaal wel" in the questionnaire). */
  readonly scaleEnds: { readonly min: string; readonly max: string };
  readonly prePost: PrePostText;
  readonly forest: ForestText;
  readonly scatter: ScatterText;
  readonly likert: LikertText;
  readonly table2: Table2Text;
  readonly balanceModel: BalanceModelText;
  /** What a figure with nothing to draw says before its reason. */
  readonly notComputable: string;
  readonly bundle: BundleText;
  /** plotly.js's own texts of the mode bar and its messages, keyed by plotly's English (empty: plotly's English as is). */
  readonly modeBar: Readonly<Record<string, string>>;
}

/** The figures' texts in Dutch. */
export const FIGURE_TEXT_NL: FigureText = {
  lang: "nl",
  scaleEnds: { min: "helemaal niet", max: "helemaal wel" },
  prePost: {
    title: "Clusterscores voor en na de leergangen",
    subtitle: (ci, withChanges, reversed) =>
      withChanges
        ? `Links: gemiddelden met ${ci}. Rechts: één stip per respondent (na − voor),<br>blauw = gunstig, oranje = ongunstig${reversed}`
        : `Gemiddelden met ${ci}; voor = retrospectieve voormeting`,
    reversedNote: (labels) => ` (bij ${labels} is lager gunstig)`,
    ciName: (level) => `${level}%-BI`,
    ciNamePlural: (level) => `${level}%-BI`,
    meanAxis: (min, max) => `Gemiddelde score (schaalpunten ${min}–${max})`,
    changeAxis: "Verandering na − voor<br>(schaalpunten)",
    changeHover: "verandering na − voor",
    oneRespondent: "één respondent",
    link: "verschil",
    pre: "voor de leergangen (retrospectief)",
    post: "na de leergangen",
    better: "gunstige verandering",
    same: "geen verandering",
    worse: "ongunstige verandering",
    meanChange: (ci) => `gemiddelde verandering (${ci})`,
    upSameDown: (up, same, down) => `hoger ${up} · gelijk ${same} · lager ${down}`,
    filename: "voor-na",
  },
  forest: {
    title: "Effectgroottes per cluster: herberekend en gepubliceerd",
    subtitle: (ci) => `Herberekend met ${ci}; open ruit: waarde in het artikel;<br>stippellijnen: grenzen van Hattie (2009)`,
    ciName: (level) => `${level}%-BI`,
    ciNamePlural: (level) => `${level}%-BI`,
    axis: (variant, ci) => `Effectgrootte ${variant} in standaarddeviaties, met ${ci}`,
    estimateName: "herberekend",
    publishedName: "gepubliceerd (artikel)",
    estimateHover: "herberekende effectgrootte",
    publishedHover: "waarde zoals het artikel die afdrukt",
    filename: "effectgroottes",
  },
  scatter: {
    title: (y, x, r, n) => `${y} en ${x} (r = ${r}; N = ${n})`,
    subtitle: (jitter, seed) =>
      `Punten licht verschoven (±${jitter}, startwaarde ${seed}) zodat gelijke scores zichtbaar blijven;<br>lijn op de onverschoven scores`,
    axis: (label, min, max) => `${label}, schaalpunten ${min}–${max}`,
    lineName: (equation) => `kleinste-kwadratenlijn: ${equation}`,
    points: "respondenten",
    pointHover: "onverschoven scores",
    lineHover: "kleinste-kwadratenlijn door de onverschoven scores",
    filename: "spreiding",
  },
  likert: {
    title: "Verdeling van de antwoorden (percentages)",
    subtitle: (low, high, neutral, reversed) =>
      `Links ${low}, rechts ${high}${neutral}; aan de uiteinden het percentage per kant<br>blauw = gunstig, oranje = ongunstig${reversed}`,
    neutral: (point) => `, ${point} verdeeld over nul`,
    reversedNote: (groups, top) => ` (bij ${groups} is ‘${top}’ ongunstig)`,
    axis: (low, high) => `Percentage respondenten (links: ${low}, rechts: ${high})`,
    countOf: (count, total) => `${count} van ${total}`,
    filename: "likert",
  },
  table2: {
    title: (n) => `Wat is nodig om leraren te behouden? Labels bij de open vragen${n}`,
    subtitle:
      "Aantal keer genoemd per label (Tabel 2),<br>bij de vraag over jezelf (“…om jou te behouden…”) en over leraren (“…om leraren te behouden…”)",
    self: "over jezelf",
    teachers: "over leraren",
    selfQuestionGloss: null,
    teachersQuestionGloss: null,
    mentioned: (count) => `${count} keer genoemd`,
    total: (count) => `totaal ${count}`,
    printedLabel: (label) => label,
    axis: "Aantal keer genoemd",
    filename: "tabel-2",
  },
  balanceModel: {
    title: "Fig. 1: het werkplezier-balansmodel",
    subtitle: "Redenen om te blijven (links) tegenover bedreigingen (rechts); moderatoren onder de balk",
    reasonsHeader: "<b>Redenen om leraar<br>te worden / te blijven</b>",
    threatsHeader: "<b>Bedreigingen: redenen<br>om het beroep te verlaten</b>",
    threatens: (k) => `bedreigt (${k})`,
    fulcrumNote: "scharnierpunt schuift naar rechts<br>als autonomie en waardering toenemen:<br>de balans pakt eerder positief uit",
    moderators: "<b>Moderatoren</b> (onder de weegschaal)",
    source: "Bron: naar fig. 1 in Koffeman, Van de Kuilen &amp; Snoek (2023); hertekend",
    boxHover: [
      "Intrinsieke redenen: plezier in het vak en in het onderwijzen ervan",
      "Altruïstische redenen: betekenisvol willen zijn, ertoe doen, het verschil maken",
      "(1) Ervaren werkdruk, kwantitatief (veel uren, veel leerlingen) en kwalitatief (een brede agenda): houdt leraren weg van hun vak en bedreigt de intrinsieke redenen",
      "(2) Toenemende complexiteit van het beroep en van de leerlingen: leraren voelen zich niet (meer) toegerust om het verschil te maken; hun self-efficacy en agency nemen af, wat de altruïstische redenen bedreigt",
      "Moderator autonomie: invloed kunnen uitoefenen op het eigen werk is een buffer tegen werkdruk (1)",
      "Moderator waardering: zich gewaardeerd voelen voedt de self-efficacy, het gevoel ertoe te (kunnen) doen (2)",
    ],
    filename: "balansmodel",
  },
  notComputable: "niet te berekenen",
  bundle: {
    notDrawn: (title) =>
      `Interactieve figuur${title === "" ? "" : ` “${title}”`}: plotly.js tekent die, maar is in deze weergave niet geladen.`,
    drawingFailed: "Deze figuur kon niet worden getekend: ",
    plain: (title) => (title === "" ? "Figuur (plotly)" : `Figuur: ${title}`),
    pngAlt: (title) => (title === "" ? "Figuur" : `Figuur: ${title}`),
  },
  modeBar: {
    "Download plot as a PNG": "Figuur downloaden als PNG",
    "Download plot": "Figuur downloaden",
    Zoom: "Zoomen",
    Pan: "Verschuiven",
    "Box Select": "Rechthoek selecteren",
    "Lasso Select": "Lasso selecteren",
    "Zoom in": "Inzoomen",
    "Zoom out": "Uitzoomen",
    Autoscale: "Automatisch schalen",
    "Reset axes": "Assen herstellen",
    "Toggle Spike Lines": "Hulplijnen aan/uit",
    "Show closest data on hover": "Dichtstbijzijnde gegevens tonen bij aanwijzen",
    "Toggle show closest data on hover": "Dichtstbijzijnde gegevens tonen bij aanwijzen aan/uit",
    "Compare data on hover": "Gegevens vergelijken bij aanwijzen",
    "Double-click to zoom back out": "Dubbelklik om weer uit te zoomen",
    "Double-click on legend to isolate one trace": "Dubbelklik op de legenda om één reeks apart te tonen",
    "Preparing image - this may take a few seconds": "Afbeelding maken; dit kan enkele seconden duren",
    "Image download succeeded": "Afbeelding gedownload",
    "Sorry, there was a problem downloading your image!": "Sorry, de afbeelding kon niet worden gedownload.",
  },
};

/** The figures' texts in English. */
export const FIGURE_TEXT_EN: FigureText = {
  lang: "en",
  scaleEnds: { min: "not at all", max: "completely" },
  prePost: {
    title: "Cluster scores before and after the courses",
    subtitle: (ci, withChanges, reversed) =>
      withChanges
        ? `Left: means with ${ci}. Right: one dot per respondent (after − before),<br>blue = favourable, orange = unfavourable${reversed}`
        : `Means with ${ci}; before = retrospective pre-test`,
    reversedNote: (labels) => ` (for ${labels}, lower is favourable)`,
    ciName: (level) => `${level}% CI`,
    ciNamePlural: (level) => `${level}% CIs`,
    meanAxis: (min, max) => `Mean score (scale points ${min}–${max})`,
    changeAxis: "Change after − before<br>(scale points)",
    changeHover: "change after − before",
    oneRespondent: "one respondent",
    link: "difference",
    pre: "before the courses (retrospective)",
    post: "after the courses",
    better: "favourable change",
    same: "no change",
    worse: "unfavourable change",
    meanChange: (ci) => `mean change (${ci})`,
    upSameDown: (up, same, down) => `up ${up} · same ${same} · down ${down}`,
    filename: "before-after",
  },
  forest: {
    title: "Effect sizes per cluster: recomputed and published",
    subtitle: (ci) => `Recomputed with ${ci}; open diamonds: values printed in the article;<br>dashed lines: Hattie's (2009) thresholds`,
    ciName: (level) => `${level}% CI`,
    ciNamePlural: (level) => `${level}% CIs`,
    axis: (variant, ci) => `Effect size ${variant} in standard deviations, with ${ci}`,
    estimateName: "recomputed",
    publishedName: "published (article)",
    estimateHover: "recomputed effect size",
    publishedHover: "value as printed in the article",
    filename: "effect-sizes",
  },
  scatter: {
    title: (y, x, r, n) => `${y} and ${x} (r = ${r}, N = ${n})`,
    subtitle: (jitter, seed) =>
      `Points shifted slightly (±${jitter}, seed ${seed}) so that equal scores stay visible;<br>line fitted to the unshifted scores`,
    axis: (label, min, max) => `${label}, scale points ${min}–${max}`,
    lineName: (equation) => `least-squares line: ${equation}`,
    points: "respondents",
    pointHover: "unshifted scores",
    lineHover: "least-squares line through the unshifted scores",
    filename: "scatter",
  },
  likert: {
    title: "Distribution of the answers (percentages)",
    subtitle: (low, high, neutral, reversed) =>
      `Left ${low}, right ${high}${neutral}; at the ends the percentage on each side<br>blue = favourable, orange = unfavourable${reversed}`,
    neutral: (point) => `, ${point} split over zero`,
    reversedNote: (groups, top) => ` (for ${groups}, ‘${top}’ is unfavourable)`,
    axis: (low, high) => `Percentage of respondents (left: ${low}, right: ${high})`,
    countOf: (count, total) => `${count} of ${total}`,
    filename: "likert",
  },
  table2: {
    title: (n) => `What would keep teachers in teaching? Labels of the open answers${n}`,
    subtitle:
      "Mentions per label (Table 2),<br>for the question about yourself (“…to keep you…”) and about teachers (“…to keep teachers…”)",
    self: "about yourself",
    teachers: "about teachers",
    selfQuestionGloss: "What above all should happen to keep you in teaching?",
    teachersQuestionGloss: "What above all should happen to keep teachers in teaching?",
    mentioned: (count) => (count === 1 ? "mentioned once" : `mentioned ${count} times`),
    total: (count) => `${count} in total`,
    printedLabel: (label) => `printed as “${label}”`,
    axis: "Number of mentions",
    filename: "table-2",
  },
  balanceModel: {
    title: "Fig. 1: the Werkplezier balance model",
    subtitle:
      "Reasons to stay (left) against threats (right), moderators under the beam;<br>the boxes as the article prints them (in English on hover)",
    reasonsHeader: "<b>Reasons to become<br>and stay a teacher</b>",
    threatsHeader: "<b>Threats: reasons<br>to leave the profession</b>",
    threatens: (k) => `threatens (${k})`,
    fulcrumNote: "the fulcrum moves right<br>when autonomy and appreciation grow:<br>the balance tips towards staying",
    moderators: "<b>Moderators</b> (under the scales)",
    source: "Source: after Fig. 1 in Koffeman, Van de Kuilen &amp; Snoek (2023); redrawn",
    boxHover: [
      "Intrinsic reasons: enjoying the subject and teaching it",
      "Altruistic reasons: wanting to be meaningful, to matter, to make a difference",
      "(1) Perceived workload, quantitative (many hours, many pupils) and qualitative (a broad agenda): it keeps teachers from their subject and threatens the intrinsic reasons",
      "(2) Growing complexity of the profession and of the pupils: teachers no longer feel equipped to make a difference; their self-efficacy and agency decline, which threatens the altruistic reasons",
      "Moderator autonomy: being able to influence one's own work buffers against workload (1)",
      "Moderator appreciation: feeling valued feeds self-efficacy, the sense of (being able to) matter (2)",
    ],
    filename: "balance-model",
  },
  notComputable: "not computable",
  bundle: {
    notDrawn: (title) =>
      `Interactive figure${title === "" ? "" : ` “${title}”`}: it is drawn by plotly.js, which is not loaded in this view.`,
    drawingFailed: "This figure could not be drawn: ",
    plain: (title) => (title === "" ? "Figure (plotly)" : `Figure: ${title}`),
    pngAlt: (title) => (title === "" ? "Figure" : `Figure: ${title}`),
  },
  modeBar: {},
};

const TEXTS: Readonly<Record<FigureLang, FigureText>> = { en: FIGURE_TEXT_EN, nl: FIGURE_TEXT_NL };

/**
 * The figures' texts in a language.
 * @example figureText("en").prePost.post // "after the courses"
 * @example figureText("nl").prePost.post // "na de leergangen"
 */
export function figureText(lang: FigureLang): FigureText {
  return TEXTS[lang];
}
