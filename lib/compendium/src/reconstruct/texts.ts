/**
 * Synthetic Dutch texts for the reconstructed open answers and focus-group fragments.
 * Written for this compendium; they paraphrase the themes the article names, and quote nobody.
 * @module reconstruct/texts
 */

/** Segment variants per label: `self` in the first person, `teachers` about teachers in general. */
export const SEGMENTS: Readonly<Record<string, { readonly self: readonly string[]; readonly teachers: readonly string[] }>> = {
  loopbaanontwikkeling: {
    self: [
      "Ik wil kunnen blijven groeien in mijn vak.",
      "Perspectief op een volgende stap in mijn loopbaan.",
      "Ruimte om me verder te ontwikkelen, anders ga ik op den duur iets anders zoeken.",
      "Dat ik mijn expertise verder kan uitbouwen binnen de school.",
      "Een duidelijk ontwikkelpad voor ervaren leraren.",
    ],
    teachers: [
      "Leraren moeten kunnen doorgroeien zonder het klaslokaal te verlaten.",
      "Meer loopbaanpaden binnen het onderwijs.",
      "Zorg dat ervaren collega's een ontwikkelperspectief houden.",
      "Groeimogelijkheden aanbieden, ook na tien of twintig jaar.",
    ],
  },
  "minder-werkdruk": {
    self: [
      "Minder lesuren naast alle andere taken.",
      "Dat de werkdruk hanteerbaar blijft.",
      "Een rooster waarin ook tijd zit om bij te komen.",
    ],
    teachers: [
      "De werkdruk moet echt omlaag.",
      "Minder taken per fte.",
      "Kleinere taakbelasting zodat er tijd overblijft voor goed onderwijs.",
      "Realistische verwachtingen over wat een leraar in een week kan doen.",
    ],
  },
  "meer-waardering": {
    self: ["Dat mijn inzet gezien wordt.", "Erkenning van de schoolleiding voor wat ik doe.", "Af en toe gewoon horen dat het goed gaat."],
    teachers: [
      "Meer waardering vanuit de samenleving voor het vak.",
      "Leidinggevenden die laten merken dat ze hun mensen waarderen.",
      "Leraren serieus nemen en laten meepraten.",
      "Het beroep een beter imago geven.",
    ],
  },
  "meer-salaris": {
    self: [
      "Een salaris dat past bij de verantwoordelijkheid.",
      "Een vergoeding voor de extra taken die ik doe.",
      "Betere beloning voor de rol die ik inmiddels heb.",
    ],
    teachers: [
      "Een hoger salaris.",
      "Beter betalen, zeker in de grote stad.",
      "Een reiskosten- of huisvestingsvergoeding voor wie in de stad werkt.",
      "Salarisverhoging, dan blijven er meer mensen.",
    ],
  },
  "nieuwe-uitdagingen": {
    self: [
      "Nieuwe uitdagingen blijven vinden.",
      "Af en toe een nieuw project waar ik mijn tanden in kan zetten.",
      "Iets nieuws kunnen opzetten binnen de school.",
    ],
    teachers: [
      "Leraren uitdagen met nieuwe projecten.",
      "Afwisseling en nieuwe uitdagingen bieden.",
      "Ruimte voor vernieuwing in het werk.",
    ],
  },
  "meer-regelruimte": {
    self: [
      "Zelf kunnen bepalen hoe ik mijn lessen inricht.",
      "Vrijheid in hoe ik mijn tijd indeel.",
      "Meer zeggenschap over mijn eigen werk.",
    ],
    teachers: [
      "Geef leraren meer vertrouwen en eigen ruimte.",
      "Minder voorschrijven van bovenaf.",
      "Leraren eigenaar laten zijn van hun onderwijs.",
      "Meer regelruimte in het rooster en de werkwijze.",
    ],
  },
  "meer-studiemogelijkheden": {
    self: [
      "Tijd en budget om een opleiding te volgen.",
      "Dat de school scholing blijft faciliteren.",
      "Mogelijkheden om een master te doen.",
    ],
    teachers: [
      "De schoolleiding moet investeren in scholing.",
      "Studieverlof voor leraren.",
      "Scholing aanbieden die aansluit bij de vragen van leraren.",
    ],
  },
  "meer-ondersteuning": {
    self: ["Hulp bij leerlingen met extra zorg."],
    teachers: [
      "Meer ondersteuning in de klas.",
      "Onderwijsassistenten die werk uit handen nemen.",
      "Goede begeleiding bij lastige klassen.",
      "Steun van het zorgteam als het moeilijk wordt.",
    ],
  },
  "combinatie-lesgeven": {
    self: [
      "Lesgeven combineren met een andere rol.",
      "Naast het lesgeven ook tijd voor ontwikkelwerk.",
      "Een mix van lesgeven en coördineren.",
    ],
    teachers: ["Taken naast het lesgeven mogelijk maken voor wie dat wil.", "Afwisseling tussen lesgeven en andere taken."],
  },
  "minder-administratie": {
    self: [
      "Minder registratie en formulieren.",
      "Minder tijd kwijt aan verantwoording op papier.",
      "Dat ik niet alles hoef vast te leggen.",
    ],
    teachers: ["Minder administratieve lasten.", "Schrap overbodige verantwoordingsformulieren.", "Minder papierwerk."],
  },
  "nieuwe-rol": {
    self: [
      "Doorgroeien naar een functie in de schoolleiding.",
      "Een rol in beleid, bijvoorbeeld als teamleider.",
      "Startende collega's begeleiden als deel van mijn taak.",
      "Een leidinggevende functie op termijn.",
      "Meedenken op beleidsniveau.",
    ],
    teachers: ["Leraren een rol geven in het beleid van de school."],
  },
  vertrouwen: {
    self: ["Vertrouwen van de schoolleiding in mijn professionaliteit."],
    teachers: ["Meer vertrouwen in de professionaliteit van leraren.", "Vertrouwen in plaats van controle."],
  },
  "kleinere-klassen": {
    self: ["Kleinere klassen zodat ik meer aandacht per leerling heb.", "Minder leerlingen per groep."],
    teachers: ["Kleinere klassen."],
  },
  "goede-schoolleiding": {
    self: ["Een schoolleiding die echt betrokken is.", "Leiding die weet wat er in de klas gebeurt."],
    teachers: ["Goede leidinggevenden die hun team kennen."],
  },
  voorbereidingstijd: {
    self: ["Meer tijd om lessen goed voor te bereiden.", "Voorbereidingstijd in het rooster."],
    teachers: ["Voldoende voorbereidingstijd per les."],
  },
  "goed-team": {
    self: ["Een team waar ik graag mee samenwerk.", "Collega's met wie ik kan sparren.", "Een fijne sectie."],
    teachers: ["Een goed team om je heen."],
  },
  "minder-vergaderen": {
    self: ["Minder vergaderingen na schooltijd.", "Kortere en minder vergaderingen."],
    teachers: ["Minder vergaderen."],
  },
  "betere-huisvesting": {
    self: ["Een goed geventileerd lokaal."],
    teachers: ["Betere schoolgebouwen."],
  },
  inwerken: {
    self: ["Dat nieuwe collega's goed worden ingewerkt, dan hoef ik minder op te vangen."],
    teachers: ["Goede inwerkprogramma's voor nieuwe leraren."],
  },
  "erkenning-expertise": {
    self: ["Erkenning van de expertise die ik heb opgebouwd.", "Dat mijn specialisme wordt benut."],
    teachers: ["Erkenning van specialistische kennis."],
  },
  "flexibele-werktijden": {
    self: ["Flexibelere werktijden.", "Kunnen thuiswerken op momenten zonder lessen."],
    teachers: ["Meer flexibiliteit in werktijden."],
  },
};

/** A focus-group fragment: synthetic text with its open and axial code. */
export interface FragmentText {
  readonly axial: string;
  readonly open: string;
  readonly text: string;
}

/**
 * Focus-group fragments, in the order of the narrative. Group and participant are assigned by the
 * generator (seeded).
 */
export const FRAGMENTS: readonly FragmentText[] = [
  {
    axial: "ontwikkeling-als-startpunt",
    open: "al-ontwikkelgericht",
    text: "Wie zich voor zo'n leergang aanmeldt, is meestal al iemand die zelf op zoek gaat naar ontwikkeling.",
  },
  {
    axial: "ontwikkeling-als-startpunt",
    open: "al-ontwikkelgericht",
    text: "Wij waren eigenlijk al de mensen die kansen zien, in de school en voor onszelf.",
  },
  {
    axial: "ontwikkeling-als-startpunt",
    open: "hoge-beginscore",
    text: "Eerlijk gezegd had ik het voor de leergang ook al prima naar mijn zin.",
  },
  {
    axial: "ontwikkeling-als-startpunt",
    open: "trekkersrol",
    text: "In mijn team had ik al een beetje de rol van degene die dingen oppakt.",
  },
  {
    axial: "werkplezier-door-leergang",
    open: "meer-plezier",
    text: "De leergang gaf me weer zin om nieuwe dingen uit te proberen in de klas.",
  },
  {
    axial: "werkplezier-door-leergang",
    open: "meer-plezier",
    text: "Ik merk dat ik met meer energie naar mijn werk ga sinds die tien dagen.",
  },
  {
    axial: "werkplezier-door-leergang",
    open: "beroep-niet-aantrekkelijker",
    text: "Mijn eigen plezier is gegroeid, maar het vak als geheel is daardoor niet ineens aantrekkelijker geworden.",
  },
  {
    axial: "werkplezier-door-leergang",
    open: "expertise-benutten",
    text: "Het mooiste is als je wat je geleerd hebt ook echt in de school mag inzetten.",
  },
  {
    axial: "bronnen-van-energie",
    open: "relatie-leerlingen",
    text: "Het contact met leerlingen blijft voor mij de belangrijkste reden om dit werk te doen.",
  },
  { axial: "bronnen-van-energie", open: "ertoe-doen", text: "Je ziet een leerling iets snappen en dan weet je weer waarom je het doet." },
  { axial: "bronnen-van-energie", open: "lesmateriaal-ontwikkelen", text: "Ik haal veel voldoening uit het maken van eigen lesmateriaal." },
  {
    axial: "bronnen-van-energie",
    open: "ontwikkeling-en-plezier",
    text: "Als ik me kan blijven ontwikkelen, houd ik plezier in het vak; dat hangt voor mij echt samen.",
  },
  { axial: "bronnen-van-energie", open: "ontwikkeling-en-plezier", text: "Zonder nieuwe dingen leren zou ik hier niet lang meer zitten." },
  { axial: "bedreigingen", open: "werkdruk", text: "De hoeveelheid werk naast de lessen vreet energie." },
  { axial: "bedreigingen", open: "statisch-beroep", text: "Je functie verandert in twintig jaar nauwelijks; je blijft gewoon docent." },
  {
    axial: "bedreigingen",
    open: "statisch-beroep",
    text: "Er is weinig verschil tussen het werk van een beginner en iemand met veel ervaring.",
  },
  {
    axial: "ondersteunende-schoolleiding",
    open: "faciliteren",
    text: "De schoolleiding moet het mogelijk maken, met tijd en met ruimte in het rooster.",
  },
  {
    axial: "ondersteunende-schoolleiding",
    open: "wisselwerking",
    text: "Het moet van twee kanten komen: de school biedt iets aan en jij moet het ook willen.",
  },
  {
    axial: "ondersteunende-schoolleiding",
    open: "functioneringsgesprek",
    text: "In gesprekken met je leidinggevende zou ontwikkeling veel vaker op tafel moeten komen.",
  },
  { axial: "autonomie-dubbelzinnig", open: "autonomie-als-ruimte", text: "Ik waardeer dat ik mijn lessen grotendeels zelf kan vormgeven." },
  {
    axial: "autonomie-dubbelzinnig",
    open: "autonomie-als-stilstand",
    text: "Sommige collega's gebruiken hun vrijheid juist om alles bij het oude te laten.",
  },
  {
    axial: "autonomie-dubbelzinnig",
    open: "autonomie-als-stilstand",
    text: "Je kunt jarenlang hetzelfde doen zonder dat iemand daar iets van zegt.",
  },
  { axial: "autonomie-dubbelzinnig", open: "comfortzone", text: "Uit je comfortzone stappen is niet voor iedereen vanzelfsprekend." },
  {
    axial: "autonomie-dubbelzinnig",
    open: "beleid-op-ontwikkeling",
    text: "Vrijheid zonder dat de school iets verwacht, werkt niet; er hoort ook een beetje sturing bij.",
  },
  { axial: "waardering-bronnen", open: "waardering-leiding", text: "Van mijn leidinggevende hoor ik zelden dat ik iets goed doe." },
  {
    axial: "waardering-bronnen",
    open: "waardering-leerlingen",
    text: "Als een klas blij is dat ik weer voor ze sta, is dat voor mij de grootste waardering.",
  },
  {
    axial: "waardering-bronnen",
    open: "feedback-vragen",
    text: "Ik vraag leerlingen geregeld om feedback, en dat levert vaak verrassend positieve reacties op.",
  },
  { axial: "waardering-bronnen", open: "waardering-leiding", text: "Een compliment van de schoolleiding doet meer dan je zou denken." },
];
