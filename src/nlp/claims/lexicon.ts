/**
 * Shared word lists for the sanctions-claim finder, as regex source fragments.
 *
 * Kept apart from the rules so the vocabulary can grow without touching the
 * logic. Everything is matched case-insensitively unless a rule says otherwise.
 */

/** Build a case-insensitive regex from fragments. */
/** Verbs of a ban ("banned", "bars", "prohibits", "forbade"): a state's ban on dealings, or a sentence stating a prohibition. */
export const BAN_VERB = String.raw`bann?(?:ed|ing|s)?|bar(?:s|red|ring)?|prohibit\w*|forb[ia]d\w*`;

/**
 * One character of the same clause, in the gap a pattern allows between two words: anything but a
 * full stop or a semicolon — except the full stop of a single capital, so "U.N." and "U.S." do not
 * end the gap.
 */
export const IN_CLAUSE = String.raw`(?:[^.;]|(?<=\b[A-Z])\.)`;

export function rx(source: string, flags = 'i'): RegExp {
  return new RegExp(source, flags);
}

/** Governments and bodies that impose restrictive measures (actors in "sanctioned by X", "X sanctions"). */
export const AUTHORITY =
  String.raw`(?:U\.?S\.?A?|United States|America|Washington|the administration|White House|Congress|Treasury|OFAC|State Department|Commerce Department|` +
  String.raw`EU|E\.U\.|European Union|Brussels|EC|European Community|UK|U\.K\.|Britain|London|Whitehall|UN|U\.N\.|United Nations|Security Council|` +
  String.raw`Canada|Ottawa|Australia|Japan|Tokyo|Switzerland|Norway|Sweden|France|Germany|China|Beijing|Russia|Moscow|Kremlin|government|G7|G-7|NATO|ECOWAS|African Union|Arab League|West)`;

/** Nationality / origin adjectives that make "frozen X assets", "X sanctions" a state measure. */
export const NATIONALITY =
  String.raw`(?:U\.?S\.?|US|American|EU|European|British|UK|U\.N\.|UN|international|Western|Australian|Canadian|Japanese|Swiss|Norwegian|Swedish|French|German|Chinese|` +
  String.raw`Russian|Iranian|Iraqi|Libyan|Syrian|Cuban|Venezuelan|North Korean|Afghan|Belarusian|Myanmar|Burmese|Sudanese|Zimbabwean|South African|Yugoslav|Serbian|Polish|Soviet|Nicaraguan|Israeli|Palestinian|Lebanese|Rwandan|Congolese|Malian|Turkish|Saudi|Qatari|Emirati|Indian|Pakistani)`;

/**
 * Word forms of the core trigger nouns, used by the type cues to check that a
 * predicate governs (sits close to) a measure.
 */
export const MEASURE =
  String.raw`(?:sanction\w*|embargo\w*|restrictive measures|restrictions|asset[- ]freez\w*|frozen|freez\w*|export[- ]controls?|boycott\w*|` +
  String.raw`designat\w*|blacklist\w*|curbs|listings?|Entity List|targeted measures|general licen[cs]es?|licen[cs]ing requirements?|export licen[cs]es?|(?:package|round) of (?:\w+ )?measures|punitive measures|economic measures|(?:U\.N\.|UN|international|secondary) penalties|oil[- ]for[- ]food|terror(?:ist|ism)? list|price cap|SWIFT|blockade|export rules|state sponsors? of terror\w*|lists? of (?:\w+ )?terrorist (?:organi[sz]ations|groups)|Helms-Burton|CAATSA|IEEPA|Magnitsky|(?:unilateral )?coercive (?:economic )?measures|Trading with the Enemy Act|(?:the|these|those|such|new|latest) measures|controls on (?:the )?exports?|COCOM (?:rules|regulations|restrictions|controls|lists?)|divest\w*|(?:Western|EU|U\.S\.|US|American|European|U\.N\.|UN) measures|measures against|ban(?:s|ned|ning)?\b)`;

/** Objects of "sanction" in its approval sense ("sanctioned a rate cut", "sanctioning such unions"). */
export const APPROVAL_OBJECTS =
  String.raw`(?:cuts?|reductions?|increases?|rises?|loans?|credits?|deals?|mergers?|sales?|plans?|issues?|repurchases?|buy-?backs?|unions?|marriages?|` +
  String.raw`payments?|transfers?|projects?|bonds?|expansion|changes?|use|acquisition|takeover|budget|spending|proposal|agreement|scheme|dividend|offering|funds?|amounts?|grants?|crores?|lakhs?|rupees|posts|strike|ceremony|rally|event|fight|bout|race|games?|match(?:es)?|exhibition|tournament|concerts?|results?|outcomes?|services?|blessings?|construction|building|creation|establishment|setting[- ]up|opening|release|purchase|hiring|appointment|development|registration|formation|legali[sz]ation|leases?|permits?|drilling|operations?|runways?|airports?|pipelines?|dams?|mines?|extensions?|reviews?|rescue|bailout|consecration|ordination|techniques|methods|tactics|sequels?|films?|movies?|build|marches|march|memorials?|vigils?)`;

/**
 * Contexts where "sanction(s)" is disciplinary, regulatory or judicial, not a
 * state restrictive measure (sports bodies, courts, securities regulators).
 */
export const DISCIPLINARY_CONTEXT =
  String.raw`\b(?:judges?|courts? sanction|lawyers?|MPs?|Securities and Exchange Commission|Securities Dealers|Stock Exchange|NYSE|specialist firms|fair practice|brokerage|civil penalt\w*|standards committee|parliamentary standards|code of conduct|bar association|medical board|attorneys?|disciplin\w*|SEC|NASD|FINRA|ethics|league|FIFA|UEFA|IOC|NCAA|NFL|NBA|doping|referees?|` +
  String.raw`brokers?|antitrust|anti-trust|competition (?:commissioner|authority|regulator|watchdog)|Digital Markets Act|Financial Conduct Authority|FCA|Prudential Regulation Authority|dominant position|abuse of (?:its |a )?dominan\w*|interface information|rival software|stifl\w* competition|anti-?competitive|censure\w*|MEPs?|docked (?:[\w'’-]+ ){0,3}(?:allowance|pay|salary|wages|points)|without admitting|convicted|officeholders|misconduct|harassment|[Ss]taff [Rr]egulations|bowlers?|batsm[ae]n|cricketers?|BCCI|fines? (?:[\w.'’-]+ ){0,15}?(?:was|is|as) ["“'‘]?(?:a|an) (?:[\w-]+ )?sanction|players?|clubs?|athletes?|stewards|regulators?|watchdog|frivolous|FIA|ATP|WTA|ICC|coach\w*|tournaments?|stadiums?|fans)\b`;

/** Contexts that make a ban/restriction a health or safety measure, not a sanction. */
export const HEALTH_CONTEXT =
  String.raw`\b(?:disease|health|safety|pests?|contaminat\w*|outbreak|mad cow|BSE|bird flu|avian|foot-and-mouth|cull|hygiene|virus|pandemic|covid\w*|quarantine|FDA|Food and Drug Administration|(?:phyto)?sanitary|scientific (?:basis|evidence|grounds|justification))\b`;

/** Criminal, tax and insolvency contexts for freezes (not sanctions). */
export const CRIMINAL_OR_FISCAL_CONTEXT =
  String.raw`\b(?:tax(?:es)?|liquidat\w*|bankrupt\w*|insolven\w*|creditors?|depositors?|savers|fraud\w*|launder\w*|courts?|judges?|ruling(?! (?:family|families|party|parties|junta|elite|class|council|coalition|clan|generals?))|inheritance|police|prosecutors?|divorce|debts?|confiscat\w*|arrested|wages?|prices?|aid|grants?|universit\w*|schools?|hospitals?|drugs?|cartels?|gangs?|embezzl\w*|brib\w*|kidnap\w*|ransom|lenders?|regulators?|trustees?|pension\w*|IMF|World Bank|shareholders?|payroll|salar\w*|budgets?|invoices?|shootings?|tribunals?|bad loans)\b`;

/** Trade-policy contexts: import curbs and quotas in trade disputes are not sanctions unless called so. */
export const TRADE_POLICY_CONTEXT =
  String.raw`\b(?:tariffs?|quotas?|duties|dumping|trade (?:war|deal|talks|dispute)|protectionis\w*|food security|domestic (?:farmers|producers|industry|supply|prices)|prices|inflation|shortages?|capital flight|barter)\b`;

/** States and regimes that are common targets of sanctions; their presence keeps "sanctions" in the state sense. */
export const TARGET_STATE_NAMES =
  String.raw`(?:Iran\w*|Iraq\w*|North Korea\w*|DPRK|Pyongyang|Cuba\w*|Syria\w*|Libya\w*|Russia\w*|Moscow|Kremlin|Venezuela\w*|Belarus\w*|Myanmar|Burm\w*|Sudan\w*|` +
  String.raw`Zimbabwe\w*|South Africa\w*|Yugoslav\w*|Serbia\w*|Nicaragua\w*|Afghanistan|Taliban|Hezbollah|Hamas|Houthis?|Eritrea\w*|Rwanda\w*|Mali|Niger|Democratic People['’]s Republic of Korea|Burundi\w*|Tehran|Baghdad|Damascus|Havana|Caracas|Minsk|Pretoria|Belgrade|Khartoum|Harare|Naypyidaw|Naypyitaw|Rangoon|Managua|Kabul|Asmara)`;
export const TARGET_STATE = String.raw`\b${TARGET_STATE_NAMES}\b`;

/** Commodity-cartel contexts where "export controls" are producers' quotas. */
export const COMMODITY_CONTEXT =
  String.raw`\b(?:producers|producing countries|cartel|OPEC|commodity agreement|world prices|price support|buffer stock)\b`;

/** Arms or military trade (the object of UN Security Council arms bans). */
export const ARMS_TRADE =
  String.raw`\b(?:arms|weapons?|missiles?|munitions|ammunition|military (?:equipment|hardware|technology|cooperation))\b${IN_CLAUSE}{0,25}?\b(?:transfers?|deals?|sales?|shipments?|trade|trading|exports?|imports?|supply|supplies|supplying|purchases?|agreements?|deliver\w*)\b`;

/** States under UN Security Council sanctions regimes where violations are routinely reported. */
export const UN_SANCTIONED_STATE = String.raw`\b(?:North Korea\w*|DPRK|Pyongyang|ballistic missiles?|missile (?:tests?|launch\w*|firings?)|nuclear tests?)\b`;

/** Statutes and bodies whose mention is itself about sanctions/export-control law. */
export const SANCTIONS_LAW =
  String.raw`\b(?:COCOM|CoCom|Coordinating Committee (?:for|on) Multilateral Export Controls|Arms Export Control Act|Trading with the Enemy Act|IEEPA|International Emergency Economic Powers Act|` +
  String.raw`Magnitsky|OFAC|Office of Foreign Assets Control|CAATSA|Helms-Burton|Caesar (?:Syria Civilian Protection )?Act|Glenn Amendment|Pressler Amendment|Symington Amendment|Specially Designated Nationals|Entity List|state sponsors? of terror\w*|terror(?:ism)? sponsors? list|anti-apartheid (?:law|act|legislation))\b`;
