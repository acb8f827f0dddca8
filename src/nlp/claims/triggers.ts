/**
 * Trigger detection: does a sentence talk about a *state* restrictive measure?
 *
 * Each trigger is a surface pattern for one kind of measure plus the negative
 * contexts that give the same words another sense (sanction = approve, sports
 * or court sanctions, health bans, tax freezes, consumer boycotts, ...).
 * A sentence is a claim candidate when at least one trigger survives its
 * negative contexts; the type rules then read the predicates around it.
 */
import {
  APPROVAL_OBJECTS, ARMS_TRADE, AUTHORITY, BAN_VERB, COMMODITY_CONTEXT, CRIMINAL_OR_FISCAL_CONTEXT,
  DISCIPLINARY_CONTEXT, HEALTH_CONTEXT, IN_CLAUSE, NATIONALITY, SANCTIONS_LAW, TARGET_STATE, TARGET_STATE_NAMES, TRADE_POLICY_CONTEXT, UN_SANCTIONED_STATE, rx,
} from './lexicon.ts';

/** What kind of measure a trigger found; used for type defaults and the reason text. */
export type MeasureKind =
  | 'sanctions' | 'embargo' | 'asset freeze' | 'export controls' | 'terrorist designation'
  | 'UN resolution breach' | 'trade boycott' | 'sanctions law' | 'oil-for-food' | 'divestment';

export interface Trigger {
  kind: MeasureKind;
  /** Offset of the match in the sentence. */
  index: number;
  match: string;
}

interface TriggerRule {
  kind: MeasureKind;
  pattern: RegExp; // must be global
  /**
   * Words every match of `pattern` contains (same case-sensitivity): a cheap test that
   * lets most sentences skip the pattern and its context checks (see findTriggers).
   */
  needs: RegExp;
  /** Return false when the context gives the words a non-sanctions sense. */
  accept?: (sentence: string, match: RegExpExecArray) => boolean;
  /**
   * A match `accept` turns down leaves the sentence undecided, so the learned assist may still
   * take it: for words common in other senses whose context only fails to prove this one.
   */
  undecidedWhenTurnedDown?: true;
}

const DISCIPLINARY = rx(DISCIPLINARY_CONTEXT);
const REGIME_ADJECTIVE = rx(String.raw`\b(?:economic|trade|financial|oil|arms|targeted|secondary|sectoral|international|visa|U\.N\.|UN|Western|US|U\.S\.|EU)[- ]sanctions?\b`);
// "government-sanctioned" and "state-sanctioned" mean approved; a named power ("US-sanctioned") lists.
const HYPHEN_AUTHORITY = rx(String.raw`(?!government|state)${AUTHORITY}-sanction`);
const APPROVED_THINGS = /^\s+(?:[\w-]+\s+)?(?:talks|negotiations|missions?|forces?|operations?|elections?|peacekeep\w*|process|plans?|deals?|agreements?|conference|summit|ceasefire|truce|interventions?|troops|rall(?:y|ies)|marches|march|protests?|demonstrations?|events?|gatherings?|candidates?|challengers?|contenders?|part(?:y|ies)|churche?s?|unions?|media|channels?|newspapers?)\b/i;
// A direct object (not a preposition or a verb) that ends in an approvable thing within six words.
const APPROVAL_DIRECT_OBJECT = rx(String.raw`^\s+(?!(?:on|against|of|for|to|in|over|from|by|with|at|and|or|are|were|was|is|have|had|will|would|could|that|which|imposed|regimes?|relief|lists?|programs?|programmes?|framework)\b)(?:[\w$.,'’-]+\s+){0,5}?${APPROVAL_OBJECTS}\b`);
const TARGET_STATE_RE = rx(TARGET_STATE);
const NAMED_BAN_TARGET = rx(String.raw`(?:\b(?:U\.N\.|UN|United Nations|Security Council|international)\s+(?:arms|trade|oil|weapons|flight|air) bans?\b|\b(?:arms|trade|oil|weapons|flight|air) bans? (?:on|against|with|to|imposed on) (?:the )?(?:[\w'’-]+ ){0,3}?(?:${TARGET_STATE_NAMES}|${NATIONALITY} (?:carriers|airlines|flights))\b|\bto (?:the )?${TARGET_STATE_NAMES}\b)`);
/** A state power, by name and case ("US", not "us"). */
/** A sanctioned state's assets called frozen: "frozen Iranian central-bank assets", "frozen Russian reserves". */
const FROZEN_STATE_ASSETS = rx(String.raw`\bfrozen (?:${TARGET_STATE_NAMES}) (?:[\w-]+ ){0,2}(?:assets|funds|reserves|deposits)\b|\b(?:${TARGET_STATE_NAMES})['’]s frozen (?:[\w-]+ ){0,2}(?:assets|funds|reserves|deposits)\b`);
const STATE_POWER_WORDS = String.raw`\b(?:EU|European Union|US|United States|Washington|UK|Britain|London|Canada|Ottawa|Australia|Japan|Tokyo|Switzerland|Norway|UN|United Nations|Security Council|Treasury|Brussels)\b|U\.S\.|U\.N\.|E\.U\.`;
const STATE_POWER = new RegExp(STATE_POWER_WORDS);
const NOT_CRIMINAL_OR_FISCAL = notInContext(CRIMINAL_OR_FISCAL_CONTEXT);
const NATIONAL_RE = new RegExp(String.raw`\b${NATIONALITY}\b`);
const TARGET_OR_REGIME = rx(String.raw`${TARGET_STATE}|\b(?:junta|regime)\b`);
/** "issued a licence allowing …": shared with the type rules (a licence eases). */
export const LICENCE_ALLOWING = /\b(?:issu|grant|extend|renew|receiv)\w* (?:a |an |the |its )?(?:[\w,-]+ ){0,3}licen[cs]es? (?:[\w'’,-]+ ){0,3}?(?:allowing|permitting|authori[sz]ing|that (?:allows?|lets?|permits?))\b/gi;
/** A licence withdrawn: "the US revoked Chevron's licence to operate in the country". */
export const LICENCE_REVOKED = /\b(?:revok|withdr[ae]w|cancel|rescind|end(?=ed|ing|s\b)|terminat)\w* (?:[\w'’-]+ ){0,3}licen[cs]e (?:to|that (?:had |has )?(?:allowed|allows|let|lets|permitted)|allowing) (?:[\w'’-]+ ){0,2}(?:operate|trade|export|work|do business|pump|produce)\b|\blet (?:[\w'’-]+ ){0,3}?lapse (?:[\w'’-]+ ){0,4}?the licen[cs]e (?:that (?:had |has )?(?:allowed|let|permitted)|allowing)\b/gi;
/** Charged with routing goods to a sanctioned state's arms makers: "charged in New York with routing American-made microelectronics to Russian arms makers". */
export const CHARGED_WITH_ROUTING = String.raw`\b(?:charged|indicted|accused|arrested|convicted)\b${IN_CLAUSE}{0,80}?\b(?:rout|ship|export|smuggl)\w*${IN_CLAUSE}{0,60}?\bto (?:Russian|Iranian|North Korean|Syrian) (?:arms|weapons|military|defen[cs]e)\b`;
/** A waiver from a regime granted, renewed or received: "granted Iraq a waiver to keep paying for Iranian electricity". */
export const WAIVER_GRANTED = /\b(?:grant|extend|issu|renew|restor|gave|give|receiv|approv)\w* (?:[\w.'’-]+ ){0,3}?(?:an? |the |its |another )?(?:[\w-]+ ){0,2}waivers?\b|\bwaivers? (?:approved|issued|granted) by\b/gi;
/** Permission, like a licence, to resume business: "granted oil companies permission to resume some operations". */
export const PERMISSION_GRANTED = /\b(?:grant\w*|won|wins|receiv\w*|obtain\w*) (?:[\w.'’-]+ ){0,4}?permission to (?:resume|ship|export|sell|operate|keep)\b/gi;
/** A court annulling a listing: "The EU's General Court annulled the listing of an oligarch's mother". */
export const LISTING_ANNULLED = /\b(?:annull?|quash|overturn|revok|rescind)\w* (?:the )?(?:listings?|designations?|freezing|asset[- ]freezes?|(?:Treasury|sanctions?) orders?)\b|\bshould not have been (?:on|added to|placed on|kept on) (?:the |its |their |a )?(?:bloc['’]s |EU['’]s |sanctions? |U\.S\. |US |UK |British )?(?:sanctions? )?list\b/gi;
/** A state as the target without its name: "the economic measures against his country", apartheid South Africa. */
const MEASURES_AGAINST_A_STATE = /\bapartheid\b|\bmeasures (?:against|on) (?:his|her|their|its|this|that|the) (?:country|government|regime)\b(?!['’])/i;
const GENERAL_LICENCE_ISSUER = /\b(?:US|United States|Washington|Treasury|OFAC|OFSI|Commerce|State Department|Department of State|White House|[Aa]dministration)\b|\bU\.S\./;
const APPROVED_ACTION = /^\s+(?:the )?(?:[\w-]+ )?(?:selling|sale|giving|paying|payment|using|use|allowing|letting|buying|building|sending|arming|spending|hiring|killing|killings|torture|torturing|spying|wiretapping|drilling|release|transfer|occupations?|seizures?|confiscations?|attacks?|assassinations?|raids?|bombings?|crackdown|storming|assaults?|mutiny|massacres?|protests?|riots?|coup|invasion|incursions?|executions?|abductions?|kidnappings?)\b(?!['’]|\s+(?:leaders?|organi[sz]ers?|participants?|plotters?|commanders?|perpetrators?|officials?|groups?|networks?|units?))/i;
/** An act as the subject of the passive: "the killings were sanctioned at the highest levels" (not "officials behind the killings were sanctioned"). */
const ACT_APPROVED = rx(String.raw`(?<!\b(?:for|over|behind|in|of|after) (?:the )?)\b(?:killings?|attacks?|murders?|assassinations?|torture|abuses|raids?|crackdown|bombings?|invasion|war|intervention|operation|strikes|plot)\b(?: (?:on|against|of|in) ${IN_CLAUSE}{0,40}?)?\s+(?:were|was|(?:had|have|has)(?: not| never)? been)\s+(?:\w+\s+)?$`, 'i');
const SANCTIONED_PARTY = /^\s+(?:[A-Z][\w-]+\s+){0,2}(?:individuals?|entities|entity|persons?|people|oligarchs?|companies|company|banks?|firms?|countries|country|regimes?|vessels?|tankers?|businessm[ae]n|officials?|customers?|clients?)\b/;
/** An event just before "sanctioned": "the march had not been sanctioned". */
const EVENT_BEFORE = rx(String.raw`\b(?:march|rally|protest|demonstration|strike|walkout|event|fight|bout|race|meeting|gathering|match|tournament)\b${IN_CLAUSE}{0,50}$`);
/** A press embargo on a report, or one lifted at an hour. */
const PRESS_EMBARGO = rx(String.raw`\bembargo(?:es|ed)? (?:on|until) (?:the |its |a |this )?(?:\w+ ){0,2}(?:report|study|data|figures|results|statement|story|speech|book|announcement|release|findings)s?\b|\bembargo\w*${IN_CLAUSE}{0,40}\b(?:lifted at|until) (?:midnight|noon|\d)`);
/** A disciplinary body just before the verb: "The SEC sanctioned two former executives", "the league sanctions clubs". */
const DISCIPLINARY_SUBJECT = /\b(?:Major League Baseball|MLB|NBA|NFL|NHL|federation|SEC|Securities and Exchange Commission|Securities Dealers|CFTC|FCA|Financial Conduct Authority|NASD|FINRA|FIFA|UEFA|IOC|NCAA|FIA|league|judges?|courts?|regulators?|watchdog|tribunal|stewards|bar association|medical board|ethics committee)\s+(?:has |had |have |also |formally |later |then )?$/i;
const SANCTIONED_BY_AUTHORITY = rx(String.raw`sanctioned (?:\w+ ){0,2}by (?:the )?${AUTHORITY}\b`);

/** An amount right after the verb: "sanctioned Rs 2 billion", "sanctioned an additional Sh10 billion", "sanctioned $40m". */
const APPROVED_AMOUNT = /^\s+(?:an? (?:additional |extra |further |further sum of )?|another )?(?:Rs\.?|₹|Sh|KSh|Tk|PKR|INR|N|[$€£])\s?\d/i;
/** A counted object right after the verb, its first words: "85 new Kendriya Vidyalayas", "only six of the 80 hopefuls". */
const COUNTED_OBJECT = /^\s+(?:only |another |an additional )?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|scores)\s+(?:of (?:the |its |their )?(?:\d[\d,.]* )?)?((?:[A-Za-z-]+ ){0,2}[A-Za-z-]+)/;
/** What a power sanctions, counted: "sanctioned 85 individuals", "sanctioned two Chinese companies". */
const SANCTIONED_KINDS = /^(?:individuals?|entit(?:y|ies)|people|persons?|officials?|compan(?:y|ies)|firms?|vessels?|ships?|tankers?|banks?|oligarchs?|generals?|businessm[ae]n|judges?|prosecutors?|ministers?|members?|leaders?|commanders?|groups?|organi[sz]ations?|networks?|refiner(?:y|ies)|units?|subsidiaries|airlines?|aircraft|targets?|traders?|dealers?|smugglers?|brokers?|executives?|financiers?|facilitators?|suppliers?|shippers?|operators?|owners?|outposts?|settlers?|militias?|Russian|Chinese|Iranian|North|Syrian|Belarusian|Venezuelan|Cuban|Myanmar|Hong|Israeli|Palestinian|Saudi|Turkish|Indian|Emirati|American|British|Western)$/i;

/** Who keeps a blacklist in a sentence: a power, a target, a measure, a government. */
const BLACKLIST_KEEPER = /\b(?:sanction\w*|embargo\w*|Entity List|terror\w*|Treasury|OFAC|State Department|Commerce Department|Pentagon|government\w*|administration|ministr\w*|authorities|White House|Congress|lawmakers|senators?|parliament\w*|Kremlin|Beijing|paramilitar\w*|militia\w*|cartels?)\b/i;
/** Lists of other kinds: of borrowers, tenants, websites, bidders, books. */
const OTHER_BLACKLISTS = /\b(?:borrowers?|debtors?|credit|employers?|hotels?|Hollywood|players?|contractors?|landlords?|tenants?|spam\w*|websites?|apps?|tenders?|procurement|brib\w*|consumer\w*|activists?|textbooks?|books?|schools?|education)\b/i;

/**
 * "blacklist(ed)" as a power's list: not the EU's list of tax havens, whoever draws it up; it needs a
 * power, a target or a measure in view (not "avoid being blacklisted" in a film review); and lists of
 * other kinds count only beside a state.
 */
function acceptBlacklist(s: string): boolean {
  if (/\btax (?:havens?|jurisdictions?|information|evasion|avoidance|cooperation)\b|\bnon-cooperative jurisdictions\b/i.test(s)) return false;
  const stateInView = NATIONAL_RE.test(s) || TARGET_STATE_RE.test(s);
  if (!stateInView && !STATE_POWER.test(s) && !BLACKLIST_KEEPER.test(s)) return false;
  return stateInView || !OTHER_BLACKLISTS.test(s);
}

/** "sanction(s)" in the restrictive-measure sense (noun or verb). */
function acceptSanction(sentence: string, m: RegExpExecArray): boolean {
  const after = sentence.slice(m.index + m[0].length);
  const before = sentence.slice(0, m.index);
  // An adverb of authority before the participle approves: "the only legally sanctioned party", "officially sanctioned".
  if (/^sanctioned$/i.test(m[0]) && /\b(?:legally|officially|constitutionally|divinely|socially|formally) $/i.test(before)) return false;
  // … and so does an adverb of private consent before the verb: "Beijing tacitly sanctioned the protests", "personally sanctioned the assault".
  if (/^sanction(?:ed|s|ing)?$/i.test(m[0]) && /\b(?:tacitly|personally|implicitly|quietly|secretly|privately) $/i.test(before)) return false;
  // Compounds: "government-sanctioned" approves; "US-sanctioned" lists.
  // ("UN-sanctioned peace talks", "a U.N.-sanctioned force" approve.)
  if (/-$/.test(before)) return HYPHEN_AUTHORITY.test(sentence.slice(Math.max(0, m.index - 30), m.index + 9)) && !APPROVED_THINGS.test(after);
  // Threatening or vowing to sanction someone is the restrictive verb, whatever the object: "had never threatened to sanction
  // Turkish firms over the purchase".
  if (/^sanction$/i.test(m[0]) && /\b(?:threat\w*|vow\w*|warn\w*|pledg\w*) to $/i.test(before)) return true;
  // Approval sense takes a direct object that is an action or a financial item:
  // "sanctioned a base rate reduction", "sanctions $6.5 mln loan", "sanctioning such unions".
  // The restrictive noun takes a preposition instead ("sanctions on loans to ...").
  // (After a regime's name or kind it is the restrictive noun: "Western sanctions cut Russian banks off".)
  if (APPROVAL_DIRECT_OBJECT.test(after) && !/\b(?:the|new|fresh|further|of|impose\w*|lift\w*|Western|U\.S\.|US|EU|U\.N\.|UN|international|economic|trade|financial|targeted|secondary)\s+$/i.test(before)) return false;
  // An act "sanctioned at the highest levels" or with an act as its subject was approved, by whomever: "the attack on the
  // newspaper had been sanctioned by the government".
  if (/^sanctioned$/i.test(m[0]) && (ACT_APPROVED.test(before) || /^\s+(?:by (?:the )?[\w'’]+(?: [\w'’]+)? )?at the (?:very )?(?:highest|top) levels?\b/i.test(after))) return false;
  // An amount, or a number of things that are not a measure's targets, sanctioned was approved: "sanctioned Rs 2 billion for
  // flood relief", "sanctioned an additional Sh10 billion", "has sanctioned 85 new schools", "sanctioned only six of the 80
  // hopefuls" (not "sanctioned 85 individuals and entities").
  if (/^sanction(?:ed|s|ing)$/i.test(m[0]) && APPROVED_AMOUNT.test(after)) return false;
  if (/^sanction(?:ed|s|ing)$/i.test(m[0]) && !STATE_POWER.test(sentence) && !TARGET_STATE_RE.test(sentence)) {
    const counted = COUNTED_OBJECT.exec(after);
    if (counted && !counted[1]!.split(' ').some((word) => SANCTIONED_KINDS.test(word))) return false;
  }
  // Consent given, needed or withheld is an approval: "has Holy Church given her sanction", "Research on humans needs sanction".
  if (/^sanction$/i.test(m[0]) && /\b(?:gave|give|given|gives|giving|grant\w*|withh\w*|with|without|needs?|require[sd]?|requiring|seek\w*|sought|obtain\w*|receiv\w*) (?:(?:his|her|its|their|the|official|royal|legal|prior|formal|full|tacit|explicit|divine) ){0,2}$/i.test(before)) return false;
  // The consent of owners or a body is an approval: "The rights issue requires the sanction of shareholders".
  if (/^sanction$/i.test(m[0]) && /^\s+of (?:the )?(?:shareholders|stockholders|(?:the )?board|directors|members|parliament|(?:the )?court|creditors|bondholders|the general meeting)\b/i.test(after)) return false;
  // An act named by its gerund was approved: "he had sanctioned eavesdropping on Americans" (not "sanctioned shipping firms").
  if (/^sanction(?:ed|ing)?$/i.test(m[0]) && /^\s+[a-z]+ing\b(?!\s+(?:firms?|compan\w*|entit\w*|vessels?|ships?|networks?|banks?|groups?|operators?|agents?|giants?|lines?|magnates?))/.test(after)) return false;
  // Leave to prosecute is an approval: "The governor granted sanction to prosecute the chief minister".
  if (/^sanction$/i.test(m[0]) && /^\s+(?:to prosecut|for (?:the )?prosecution)/i.test(after)) return false;
  // A candidate sanctioned by a power was approved by it: "The only candidate sanctioned by Beijing was elected".
  if (/^sanctioned$/i.test(m[0]) && /\bcandidates?\s+$/i.test(before)) return false;
  // A deal, a plan or a law "was sanctioned" was approved: "The deal was sanctioned by the Kremlin".
  if (/^sanctioned$/i.test(m[0]) && /\b(?:deal|agreement|plan|merger|takeover|sale|purchase|contract|project|law|bill|decree|operation)\s+(?:was|were|had been|has been|have been)\s+(?:\w+\s+)?$/i.test(before)) return false;
  // "sanctioned by the shareholders / by SAMA" approves; "sanctioned by the US" lists.
  if (/^sanctioned$/i.test(m[0]) && /^\s+(?:\w+\s+){0,2}by\b/i.test(after)) return SANCTIONED_BY_AUTHORITY.test(sentence);
  // The verb (not the noun: "the sanctions bill") with a law as its object approves it: "the National Assembly sanctioned the law".
  if (/^sanction(?:ed|ing)$/i.test(m[0]) && /^\s+the (?:[\w-]+ )?(?:law|bill|decree|constitution|amendment)\b/i.test(after)) return false;
  // The verb with an action as its object approves it: "the administration sanctioned selling guns to …".
  if (/^sanction(?:ed|ing)?$/i.test(m[0]) && APPROVED_ACTION.test(after)) return false;
  // An event "not sanctioned" (by the police, a federation) was not approved: "the march had not been sanctioned".
  if (/^sanctioned$/i.test(m[0]) && EVENT_BEFORE.test(before)) return false;
  // "sanctioned individuals", "a sanctioned Russian oligarch": listed ones, whoever else the sentence names (a watchdog fining a bank).
  if (/^sanctioned$/i.test(m[0]) && SANCTIONED_PARTY.test(after)) return true;
  // A board, shareholders or members sanctioning something approve it: "The board sanctioned a two-for-one stock split".
  if (/^sanction(?:s|ed|ing)$/i.test(m[0]) && /\b(?:board|directors|shareholders|stockholders|members|trustees|synod|bishops?)\s+(?:(?:has|had|have|also|never|not|voted to|agreed to|\w+ly) ){0,2}$/i.test(before)) return false;
  // A regulator, a court or a sports body doing the sanctioning is discipline, whatever else the sentence names.
  if (/^sanction(?:s|ed|ing)$/i.test(m[0]) && DISCIPLINARY_SUBJECT.test(before)) return false;
  // A football body's sanction on a club, or a doping sanction on a country's athletes, is sport, whatever country — unless the U.N. or an embargo is in view
  // (Yugoslav teams barred under the U.N. sanctions).
  if (/\b(?:UEFA|FIFA|IOC|club|clubs|fans|doping|Court of Arbitration for Sport)\b/.test(sentence) && !/\b(?:U\.N\.|UN|United Nations|Security Council|embargo)\b/.test(sentence)) return false;
  // Disciplinary/judicial sanctions, unless the sentence names a state regime explicitly.
  if (DISCIPLINARY.test(sentence) && !REGIME_ADJECTIVE.test(sentence) && !TARGET_STATE_RE.test(sentence)) return false;
  // "sanctions expert/lawyer", "advising banks on sanctions": a mere topic label, not a claim by itself.
  if (/\badvis\w* (?:[\w-]+ ){0,2}on $|\bspeciali[sz]\w* in $/i.test(before)) return false;
  if (/^\s+(?:experts?|analysts?|lawyers?|specialists?|researchers?|scholars?|consultants?|advis[eo]rs?|practice|team|desk)\b/i.test(after)) return false;
  return true;
}

function notInContext(context: string): (sentence: string) => boolean {
  const re = rx(context);
  return (sentence) => !re.test(sentence);
}
const NOT_COMMODITY = notInContext(COMMODITY_CONTEXT);
const NOT_HEALTH = notInContext(HEALTH_CONTEXT);
const NOT_TRADE_POLICY = notInContext(TRADE_POLICY_CONTEXT);
const ARMS_TRADE_RE = rx(ARMS_TRADE);
// Security-relevant goods: curbs on them are export controls even beside tariff talk.
const SECURITY_GOODS = /\b(?:chips?|chipmak\w*|semiconductors?|processors?|lithography|technology|dual-use|military|weapons?)\b/i;
const UN_SANCTIONED_STATE_RE = rx(UN_SANCTIONED_STATE);
const DOMESTIC_PURPOSE = /\b(?:encourag|boost|protect|support|develop|promot|build)\w* (?:local|domestic|home)\b|\bdomestic (?:[a-z]+ing|processing|industry|industries|manufactur\w*|producers|supplies|supply|prices|value)\b|\bvalue[- ]added\b/i;
const DESIGNATING_AUTHORITY = /\b(?:Treasury|OFAC|Office of Foreign Assets Control|State Department|Department of (?:State|the Treasury)|sanctions? (?:list|programmes?|programs?|authorit\w*))\b/i;
// What makes it a sanctions designation, not a currency manipulator or a spokesperson: sanctions, terrorism, its legal basis, a financier.
const DESIGNATION_CONTEXT = /\bIslamic State\b|\bISIS\b|\bISIL\b|\bal-Qaeda\b|\bal-Shabaab\b|\bIRGC\b|\bsanction\w*|\bdesignated persons?\b|\bOFAC\b|Office of Foreign Assets Control|\bSDN\b|Specially Designated|\bterrorists?\b|\bterrorism financ\w*|\bunder (?:its |their |the )?(?:[\w-]+ )?(?:counter-?terrorism|terrorism|sanctions?|IEEPA|Magnitsky) authorit\w*|\bexecutive order \d+|\bfinanc(?:e|ial|ier)\w* (?:chief|network|facilitator|arm)s?\b|\bfinanciers?\b|\bfor (?:financing|funding|supporting|helping) (?:the )?(?:[\w'’-]+ ){0,2}(?:terror\w*|militia\w*|Hezbollah|Hamas|Houthis?|regime|junta)/i;
// An office or a use, not a listing: "designated a senior diplomat as its new coordinator", "designated the bonds as collateral".
const DESIGNATED_OFFICE = /\bdesignat\w* (?:a |an |the |its )?(?:new |senior |special )?(?:\w+ )?(?:diplomat|envoy|coordinator|spokes\w*|ambassador|representative)\b|\bdesignat\w* (?:\w+ ){0,6}as (?:its|their|his|her|the|a|an) (?:new |senior |special )?(?:\w+ )?(?:envoy|coordinator|spokes\w*|collateral|hub|head)\b/i;
const DIVESTMENT_TARGET = rx(String.raw`\b(?:Iran|Sudan|South Africa|Russia|North Korea|Cuba|Syria|Myanmar|Burma|Venezuela)\b`);

const TRIGGER_RULES: TriggerRule[] = [
  { kind: 'sanctions', pattern: /\bsanction(?:s|ed|ing)?\b/gi, needs: /sanction/i, accept: acceptSanction },
  { kind: 'sanctions', pattern: /\brestrictive measures\b/gi, needs: /restrictive measures/i },
  // A ban or a cap by the U.N.: "Despite UN Ban", "in defiance of a Security Council ban", "the cap on refined petroleum imposed by the Security Council".
  { kind: 'embargo', pattern: rx(String.raw`(?:\bU\.N\.|\bUN|\bUnited Nations|\bSecurity Council) (?:[Bb]ans?|prohibitions?)\b|\bcap on (?:\w+ ){0,3}(?:imports|petroleum|oil|exports)\b${IN_CLAUSE}{0,40}\bSecurity Council\b|\bcap (?:set|imposed|fixed) by the (?:U\.N\. |UN )?Security Council\b`, 'g'), needs: /\b[Bb]ans?\b|\bcap on|prohibition/, accept: NOT_HEALTH },
  // "Western restrictions" on a country are its sanctions ("Western restrictions make it impossible to obtain spare parts").
  { kind: 'sanctions', pattern: /\bWestern (?:export )?(?:restrictions|curbs|measures|listings?)\b/g, needs: /Western/, accept: NOT_HEALTH },
  // A power's curbs on chips or a target: "stockpiled Nvidia chips ahead of Washington's curbs".
  {
    kind: 'export controls',
    pattern: /\b(?:Washington['’]s|U\.S\.|US|American|EU|Brussels['’]) (?:export |new |latest |tighter )?(?:restrictions|curbs)\b/g,
    needs: /restrictions|curbs/,
    accept: (s) => NOT_HEALTH(s) && NOT_TRADE_POLICY(s) && (SECURITY_GOODS.test(s) || TARGET_STATE_RE.test(s)),
    undecidedWhenTurnedDown: true,
  },
  // Measures that someone evades are sanctions: "circumventing measures intended to choke off funding".
  { kind: 'sanctions', pattern: /\b(?:circumvent\w*|evad\w*|evasion of|get(?:s|ting)? around|got around|skirt\w*) (?:the |these |such )?(?:\w+ ){0,2}measures\b/gi, needs: /measures/i },
  {
    kind: 'sanctions',
    // Sanctions called measures or penalties: "punitive measures", "a new package of measures against Moscow", "renewed U.N. penalties".
    pattern: rx(String.raw`\b(?:punitive|economic|Western|EU|U\.S\.|US)\s+(?:economic\s+)?measures\b|\b(?:package|round) of (?:\w+ )?measures\b|\bmeasures (?:imposed )?(?:against|on) (?:the )?(?:${TARGET_STATE_NAMES})\b|(?:U\.N\.|\bUN|\bUnited Nations|\bsecondary|\binternational) penalties\b|(?:U\.S\.|\bUS|\bAmerican|\bEU|\bWestern) [Pp]enalties (?:on|against|over|targeting)\b|\b[Hh]it [Ww]ith (?:U\.S\.|US|EU|U\.N\.|UN|Western) [Pp]enalties\b`, 'gi'),
    needs: /measures|penalties/i,
    // ("punitive measures against Chile": against a named country.)
    // (The U.N.'s measures against a state are whatever else the sentence names: "hospitals … blaming the UN measures against Yugoslavia".)
    accept: (s) => (/\b(?:U\.N\.|UN|United Nations|Security Council) measures against\b/.test(s) && NOT_HEALTH(s)) || (NOT_HEALTH(s) && NOT_CRIMINAL_OR_FISCAL(s) && !DISCIPLINARY.test(s) && (TARGET_STATE_RE.test(s) || NATIONAL_RE.test(s) || STATE_POWER.test(s) || MEASURES_AGAINST_A_STATE.test(s) || /\bpunitive measures against [A-Z]/.test(s))),
  },
  {
    kind: 'sanctions',
    // "targeted measures on the officials responsible" — not on bars and restaurants in a pandemic.
    pattern: /\btargeted (?:financial |economic )?measures (?:on|against) (?:the )?(?:[\w'’-]+ ){0,3}?(?:officials|leaders|generals|oligarchs|individuals|entities|members|regime|junta|government|those responsible)\b/gi,
    needs: /targeted measures/i,
    accept: (s) => NOT_HEALTH(s) && NOT_CRIMINAL_OR_FISCAL(s) && (STATE_POWER.test(s) || TARGET_STATE_RE.test(s)),
  },
  {
    kind: 'sanctions',
    // A state's ban on dealings: "banned American companies from doing business with the regime".
    // With a sanctioned state, a regime or a junta, or in a bare sanctioned country; not by a court or a league, and not a junta's own ban.
    pattern: rx(String.raw`\b(?:${BAN_VERB}) (?:[\w'’-]+ ){0,4}from (?:doing business|trading|dealing|dealings|investing|making (?:new )?investments?) (?:with (?:the )?(?:[\w'’-]+ ){0,3}?(?:${TARGET_STATE_NAMES}|regime|junta)\b|in (?:${TARGET_STATE_NAMES})\b(?![\w'’-]| [a-z]))`, 'gi'),
    needs: /\bfrom (?:doing business|trading|dealing|investing|making (?:new )?investment)/i,
    accept: (s, m) => NOT_CRIMINAL_OR_FISCAL(s) && !DISCIPLINARY.test(s) && !TARGET_OR_REGIME.test(s.slice(0, m.index)),
  },
  {
    kind: 'embargo',
    // Named bans on trade with a state, breached or in force: "in breach of the trade ban" on Libya.
    pattern: /\b(?:arms|trade|oil|weapons|flight|air) bans?\b/gi,
    needs: /\b(?:arms|trade|oil|weapons|flight|air) ban/i,
    // The ban is the U.N.'s, or its object or destination is a sanctioned state: not an ivory ban, nor a city's air ban on drones.
    accept: (s) => NOT_HEALTH(s) && NAMED_BAN_TARGET.test(s),
  },
  {
    kind: 'sanctions law',
    pattern: rx(SANCTIONS_LAW, 'gi'),
    needs: /cocom|coordinating committee|export control|enemy act|ieepa|emergency economic powers|magnitsky|ofac|assets control|caatsa|helms-burton|caesar|glenn|pressler|symington|designated nationals|entity list|state sponsor|sponsors? list|anti-apartheid/i,
    // (The emergency-powers law used for tariffs: "exceeded his authority under the International Emergency Economic Powers Act
    // by imposing sweeping tariffs".)
    accept: (s, m) => !/ieepa|emergency economic powers/i.test(m[0]) || !/\btariffs?\b|\bduties\b/i.test(s) || /\bsanction\w*|\bembargo\w*|\bfreez\w*|\bfroze\b/i.test(s),
  },
  {
    kind: 'embargo',
    pattern: /\bembargo(?:e[sd]|ing)?\b/gi,
    needs: /embargo/i,
    // Press embargoes and union blacking are not state measures.
    // ("press" the noun, not the verb: "would press for an arms embargo".)
    accept: (s) => !/\b(?:news|(?:the|a|foreign|local|free) press|press (?:releases?|conferences?|office|agenc\w*|reports?)|publication|newspapers?|magazines?|broadcasters?|journalists?|dock\w*|longshore\w*|waterfront|wharf\w*|trade unions?|unions\b|(?:growers|farmers|producers|airlines?|carriers?|retailers?|compan(?:y|ies))\b[^.;]{0,30}\b(?:their|its|an?) (?:[\w-]+ ){0,2}embargo|(?<!\b(?:air|missile|drone|military|rocket|Israeli|Russian|US|U\.S\.|American|retaliatory) )strik\w*|(?<!\baid )workers|industrial action)\b/i.test(s) &&
      // A trade union's "embargo" (lowercase "union": the European Union stays).
      !/\b[a-z]+s['’] union\b|\bunion (?:members|leaders?|officials?|said|says|chief|boss)\b/.test(s) &&
      !PRESS_EMBARGO.test(s) &&
      // A club's "embargo on signing players" is sport (an arms embargo on a junta is not, whatever stadium the sentence names).
      (!DISCIPLINARY.test(s) || TARGET_STATE_RE.test(s) || /\barms embargo\b|\bjunta\b/i.test(s)) &&
      // A state's embargo on its own exports of a crop or a commodity ("its embargo on onion exports") is trade policy.
      !(/\bembargo(?:es)? on (?:\w+ ){0,2}exports\b/i.test(s) && !TARGET_STATE_RE.test(s) && !SECURITY_GOODS.test(s)),
  },
  {
    kind: 'asset freeze',
    pattern: rx(String.raw`\basset[- ]freez\w*|\bfreez\w* (?:of|on) (?:[\w'’]+ ){0,3}(?:assets|funds|reserves|property)\b|\b(?:assets|funds|reserves) (?:\w+ ){0,3}(?:frozen|froze|immobili[sz]ed)\b|\bfro(?:zen|ze) (?:the )?(?:[\w.'’-]+ ){0,2}(?:assets|funds|reserves)\b|\bunfreez\w*|\bunfro(?:ze|zen)\b`, 'gi'),
    needs: /freez|froze/i,
    // (A sanctions list of frozen assets stays one after a court ruling: "removed … from its asset-freeze list following a court ruling";
    // so does a sanctioned state's money to unfreeze, whatever it would pay: "unfreeze state funds … so that salaries can be paid".)
    // (A freeze under a Security Council resolution is one whatever else the sentence names: "humanitarian aid … exempt from the asset freeze on the Taliban".)
    // (A state's assets frozen under sanctions stay so in a courtroom: "ruled that $2bn in frozen Iranian central-bank assets could be handed to victims".)
    accept: (s, m) => NOT_CRIMINAL_OR_FISCAL(s) || FROZEN_STATE_ASSETS.test(s) || /\bSecurity Council\b|\b(?:EU|UK|UN|U\.N\.|British|American|European)\s+asset[- ]freeze|\bU\.S\.\s+asset[- ]freeze/.test(s) || (/\basset[- ]freeze list\b/i.test(s) && (STATE_POWER.test(s) || NATIONAL_RE.test(s))) ||
      (/^unfr/i.test(m[0]) && TARGET_STATE_RE.test(s)),
  },
  {
    kind: 'asset freeze',
    // The verb with words between: "freezing more than $7 billion in assets", "freeze the London assets of". Case-sensitive, so
    // that only determiners, amounts, names and owners may stand between — not "freeze pay and tap reserves".
    pattern: /\b(?:[Ff]reez(?:e|es|ing)|[Ff]ro(?:ze|zen)) (?:(?:the|their|his|her|its|all|any|some|more|than|about|over|nearly|up|to|in|of|worth|billion|million|bn|mln|central|bank|state|government|sovereign|foreign|overseas|offshore|personal) |[$€£]?\d[\d.,]*(?:bn|m|mn|mln|billion|million)? |[A-Z][\w.'’-]* |[\w-]+(?:['’]s|s['’]) ){0,6}?(?:[Aa]ssets|[Ff]unds|[Ff]ortunes?|[Hh]oldings|(?:government|state) [Dd]eposits)\b/g,
    needs: /freez|froze/i,
    accept: NOT_CRIMINAL_OR_FISCAL,
  },
  {
    kind: 'asset freeze',
    // A sanctioning power (or a draft resolution) freezing the assets of a regime's people is a measure, whatever crimes they are
    // accused of: "Britain on Tuesday froze the assets of two Hong Kong police commanders", "the draft … would freeze the
    // overseas assets of Sudanese officials".
    pattern: rx(String.raw`(?:${STATE_POWER_WORDS}|\b(?:draft|resolution)\b|\b(?:European|Western) (?:capitals|governments))${IN_CLAUSE}{0,60}?\b(?:froze|freezes|frozen|freeze|freezing) (?:the )?(?:[\w-]+ ){0,2}(?:assets|funds|(?:bank )?accounts|mansions|properties|homes|villas|yachts|jets|estates) of (?:[\w.'’-]+ ){0,5}?(?:officials|commanders|generals|leaders|ministers|officers|chiefs|oligarchs|tycoons|aides|judges|prosecutors|inner circle|cronies|relatives)\b`, 'gi'),
    needs: /freez|froze/i,
    accept: NOT_HEALTH,
  },
  {
    kind: 'sanctions',
    // A waiver granted from a sanctions regime, to keep buying from or paying a target state: "granted Iraq a waiver to keep
    // paying for Iranian electricity".
    pattern: WAIVER_GRANTED,
    needs: /waiver/i,
    // (Or a waiver to ship goods under export controls: "indefinite waivers to ship U.S. chipmaking equipment to their plants in China".)
    // (Or a waiver for aid where listed groups rule: "a waiver permitting humanitarian organizations to deliver food … in areas under
    // the control of designated groups".)
    accept: (s) => (TARGET_STATE_RE.test(s) || /\bwaivers? (?:to|allowing (?:\w+ ){0,3}to) (?:\w+ )?(?:ship|export|sell|supply)\b/i.test(s) || /\b(?:designated|sanctioned|listed) (?:groups?|entities|organi[sz]ations|persons|individuals)\b/i.test(s)) && NOT_HEALTH(s) && NOT_TRADE_POLICY(s),
  },
  {
    kind: 'export controls',
    // Restrictions on *exports* and technology (export controls); import curbs are usually trade policy.
    pattern: rx(String.raw`\bexport[- ]controls?\b|\b(?:restrictions|curbs|controls) on (?:[\w'’]+ ){0,3}(?:exports?|chips?|semiconductors?|technology|shipments?|investment)\b|\bexport (?:curbs|restrictions|bans?)\b|\bbarred (?:\w+ ){0,4}from (?:exporting|selling|shipping|trading)\b|\blicen[cs]ing requirements? (?:for|on) (?:\w+ ){0,3}(?:chips?|semiconductors?|technology)\b|\brevok\w* (?:[\w'’-]+ ){0,3}export licen[cs]es?\b|\brestrict(?:s|ed|ing)? (?:the )?(?:\w+ ){0,2}exports? of (?:\w+ ){0,2}(?:chip\w*|semiconductors?|technology|dual-use|weapons|arms)\b`, 'gi'),
    needs: /export|restrictions on|curbs on|controls on|barred|licen[cs]ing requirement/i, // ("revoked … export licence" has "export")
    // (A platform barring merchants from selling elsewhere is an antitrust matter.)
    accept: (s, m) =>
      NOT_COMMODITY(s) && NOT_HEALTH(s) && (!/^barred/i.test(m[0]) || !/\b(?:antitrust|anti-trust|anti-?competitive|competition (?:law|rules|authority|regulator|watchdog)|rival platforms?)\b/i.test(s)) && (/^export[- ]controls?$|chips?$|semiconductors?$|technology$/i.test(m[0]) || SECURITY_GOODS.test(s) || NOT_TRADE_POLICY(s)) &&
      // Curbs meant to build a domestic industry ("export controls on unprocessed logs … to encourage domestic sawmilling") are trade policy.
      !(DOMESTIC_PURPOSE.test(s) && !TARGET_STATE_RE.test(s) && !SECURITY_GOODS.test(s)) &&
      // A regulator barring a broker from trading securities is discipline, not an export control.
      !(/trading$/i.test(m[0]) && (DISCIPLINARY.test(s) || /\b(?:shares|securities|stocks?|futures|options|bonds|SEC)\b/.test(s))),
  },
  {
    kind: 'terrorist designation',
    pattern: rx(String.raw`\b(?:re-?)?(?:designat|list|proscrib|blacklist)\w* (?:\w+ ){0,8}?(?:as )?(?:an? )?(?:foreign )?terrorist (?:organi[sz]ations?|groups?|entit\w*)|\blist of (?:designated )?(?:foreign )?terrorist (?:organi[sz]ations|groups|entities)|\blist of (?:states|countries) (?:that )?sponsor\w* (?:of )?(?:international )?terror\w*|\bFTOs?\b|\bterror(?:ist|ism)?(?:-sponsor\w*)? lists?\b|\bblack ?list\w*`, 'gi'),
    needs: /terror|fto|black/i,
    // (Not the Amsterdam exchange's FTO bond-futures contract.)
    accept: (s, m) => /^FTOs?$/i.test(m[0]) ? !/\bFTO (?:contracts?|futures?|options?|index)\b|\bbonds?\b|\bfutures\b/i.test(s) : !/black ?list/i.test(m[0]) || acceptBlacklist(s),
  },
  {
    kind: 'UN resolution breach',
    pattern: rx(String.raw`\b(?:violat\w*|breach\w*|contraven\w*|in defiance of|flout\w*)\b${IN_CLAUSE}{0,40}?\b(?:U\.N\.|UN|United Nations)?\s*(?:Security Council )?resolutions?\b`, 'gi'),
    needs: /resolution/i,
    // Only resolutions that impose restrictive measures: arms trade or a UN-sanctioned state.
    accept: (s) => ARMS_TRADE_RE.test(s) || UN_SANCTIONED_STATE_RE.test(s) || /\bsanctions? resolutions?\b/i.test(s),
  },
  {
    kind: 'trade boycott',
    pattern: /\b(?:trade|economic|commercial|oil|arms|investment) boycotts?\b|\bboycott\w*\b/gi,
    needs: /boycott/i,
    // Government trade boycotts only; consumer, election and parliamentary boycotts are excluded.
    accept: (s, m) =>
      /^(?:trade|economic|commercial|oil|arms|investment) /i.test(m[0]) ||
      (/\bgovernment\b/i.test(s) && /\btrade\b/i.test(s) && !/\b(?:products|consumers?|shoppers|elections?|parliament|vote|polls?)\b/i.test(s)),
  },
  {
    kind: 'export controls',
    // Illegal sales to a sanctioned state are breaches of export controls/embargoes even unnamed.
    pattern: rx(String.raw`\b(?:illegal(?:ly)?|smuggl\w*)\b${IN_CLAUSE}{0,40}?\b(?:sold|sells?|sales?|export\w*|ship\w*|suppl\w*|smuggl\w*)\b${IN_CLAUSE}{0,60}?\bto (?:the )?(?:${TARGET_STATE_NAMES}|Soviet\w*|Eastern bloc|communist)|\b(?:sold|sell\w*|export\w*|ship\w*|suppl\w*)\b${IN_CLAUSE}{0,60}?\bto (?:the )?(?:${TARGET_STATE_NAMES})\b${IN_CLAUSE}{0,30}?\bwithout (?:an? |the |any )?(?:\w+ ){0,2}licen[cs]es?\b|\b(?:oil|crude|fuel|arms|weapons|gold|diamonds|goods|technology|cargo|parts|components|drones?|chips?|equipment|machinery|electronics)\b${IN_CLAUSE}{0,40}?\bsmuggl\w* (?:\w+ ){0,2}(?:out of|from|to|into) (?:the )?(?:${TARGET_STATE_NAMES})`, 'gi'),
    needs: /illegal|smuggl|licen[cs]/i,
  },
  { kind: 'oil-for-food', pattern: /\boil[- ]for[- ]food\b/gi, needs: /oil.for.food/i },
  {
    kind: 'terrorist designation',
    // A designation by a sanctions authority, without the words "terrorist organisation": "the Treasury designated the militia's finance chief".
    pattern: /\bdesignat(?:ed|es|ing|ions?)\b/gi,
    needs: /designat/i,
    accept: (s) => DESIGNATING_AUTHORITY.test(s) && DESIGNATION_CONTEXT.test(s) && !DESIGNATED_OFFICE.test(s),
  },
  // OFAC's general licences authorise what sanctions forbid.
  {
    kind: 'sanctions',
    pattern: /\bgeneral licen[cs]es?\b/gi,
    needs: /general licen/i,
    // Not England's general licences to shoot crows.
    accept: (s) => /\b(?:Treasury|OFAC|OFSI)\b|\bGeneral Licen[cs]e (?:No\.? ?)?\d/.test(s) || /\b(?:sanction\w*|embargo\w*|designation|Huawei|ZTE)\b/i.test(s) ||
      (TARGET_STATE_RE.test(s) && (GENERAL_LICENCE_ISSUER.test(s) || /\b(?:listed|designated|blocked|payments?|transactions?|humanitarian)\b/i.test(s))),
  },
  // Measures named by their mechanism: the G7 oil price cap, disconnection from SWIFT, sanctions-evading "shadow fleet".
  { kind: 'sanctions', pattern: /\bprice cap\b/gi, needs: /price cap/i, accept: (s) => /\b(?:oil|crude|Russia\w*|G7|G-7)\b/i.test(s) },
  { kind: 'sanctions', pattern: /\b(?:cut off|excluded|disconnected|removed|banned) from (?:the )?SWIFT\b|\breconnect\w* to (?:the )?SWIFT\b|\bshadow[- ]fleet\b|\bsnapback\b/gi, needs: /swift|shadow.fleet|snapback/i,
    // (An economy's snapback after a downturn is no U.N. snapback.)
    accept: (s, m) => !/snapback/i.test(m[0]) || /\b(?:Iran\w*|sanction\w*|U\.N\.|UN|United Nations|Security Council|nuclear|JCPOA|E3)\b/.test(s) },
  {
    kind: 'sanctions',
    // Secondary sanctions by their mechanism: "a bill that would penalise foreign banks doing business with Iran's central bank".
    pattern: rx(String.raw`\b(?:penali[sz]\w*|(?:slap\w*|impos\w*|levy\w*) penalties (?:on|against)|tougher penalties (?:on|against)) (?:any |all )?(?:foreign|overseas|international|non-U\.S\.|non-American|third-country|other|${NATIONALITY}) (?:(?:oil|energy) )?(?:banks?|compan(?:y|ies)|firms?|entities|lenders?|businesses|financial institutions?|investors)\b`, 'gi'),
    needs: /penali[sz]|penalties/i,
    accept: (s) => TARGET_STATE_RE.test(s) && NOT_CRIMINAL_OR_FISCAL(s),
  },
  {
    kind: 'sanctions',
    // A power's penalties feared or faced over dealings with a sanctioned state: "foreign banks, fearful of US penalties, refuse … Iranian importers".
    pattern: /(?:\bU\.S\.|\bUS|\bAmerican|\bWestern|\bEU|\bEuropean) penalties\b/g,
    needs: /penalties/,
    accept: (s) => TARGET_STATE_RE.test(s) && NOT_HEALTH(s) && !DISCIPLINARY.test(s),
  },
  {
    kind: 'sanctions',
    // A licence that lets a firm do what sanctions forbid: "issued a six-month licence allowing Chevron to resume … in Venezuela".
    pattern: LICENCE_ALLOWING,
    needs: /licen[cs]e/i,
    accept: (s) => GENERAL_LICENCE_ISSUER.test(s) && TARGET_STATE_RE.test(s),
  },
  {
    kind: 'sanctions',
    // Its opposite, a licence revoked: a tightening.
    pattern: LICENCE_REVOKED,
    needs: /licen[cs]e (?:to|that|allowing)/i,
    accept: (s) => GENERAL_LICENCE_ISSUER.test(s) && TARGET_STATE_RE.test(s),
  },
  {
    kind: 'sanctions',
    // Secondary sanctions by their effect: "will be shut out of the US financial system"; the policy by its name.
    pattern: /\b(?:shut|cut) out of the (?:U\.S\.|US|American|dollar|Western) (?:financial|banking|payments?) system\b|\bcut off from the (?:U\.S\. |US |American )?dollar(?: system| clearing|-based (?:financial|banking) system)?\b|\boff from (?:the )?(?:U\.S\. |US )?dollar (?:transactions|clearing|payments)\b|\bcut(?:s|ting)? (?:[\w'’.-]+ ){1,5}off from the (?:U\.S\.|US|American|dollar|Western) (?:financial|banking|payments?) system\b|\bmaximum pressure\b/gi,
    needs: /financial system|banking system|payments? system|maximum pressure|off from/i,
    accept: (s, m) => !/maximum/i.test(m[0]) || TARGET_STATE_RE.test(s),
  },
  {
    kind: 'sanctions',
    // A state's funds frozen abroad, released: "Some $6 billion in Iranian funds held in South Korea were released".
    pattern: rx(String.raw`\b(?:${TARGET_STATE_NAMES}) (?:[\w-]+ ){0,2}(?:funds|assets|reserves|money|oil revenues?)\b${IN_CLAUSE}{0,60}?\b(?:released|unfrozen|unlocked|transferred)\b|\b(?:released|releasing|unfrozen|unlocked|unlocking|transferred) (?:[\w$€£.,-]+ ){0,4}(?:in|of) (?:${TARGET_STATE_NAMES}) (?:[\w-]+ ){0,2}(?:funds|assets|reserves|money|oil revenues?)\b`, 'g'),
    needs: /released|unfrozen|unlocked|transferred/i,
    accept: NOT_CRIMINAL_OR_FISCAL,
  },
  {
    kind: 'embargo',
    // Cutting a state off: "called on its members to cut all trade links with Pretoria", "cut off oil supplies to Tehran".
    pattern: rx(String.raw`\bcut(?:s|ting)? (?:off )?(?:all |its |their )?(?:oil supplies|trade links|trade ties|economic ties|commercial ties|air links|trade|oil) (?:to|with) (?:${TARGET_STATE_NAMES})\b`, 'gi'),
    needs: /\bcut/i,
    accept: NOT_HEALTH,
  },
  {
    kind: 'sanctions',
    // Threatened with penalties as a state: "would have threatened Damascus with penalties".
    pattern: rx(String.raw`\bthreat\w* (?:${TARGET_STATE_NAMES}) with (?:\w+ ){0,2}(?:penalties|measures|punishment)\b`, 'gi'),
    needs: /threat/i,
    accept: (s) => !DISCIPLINARY.test(s),
  },
  {
    kind: 'sanctions',
    // A power's restrictions with a sanctioned state in view ("shipped through Russian ports despite EU restrictions"); a state
    // hit with restrictions or penalties ("could hit Russia with sweeping banking restrictions"); the EU's numbered packages.
    pattern: rx(String.raw`(?:\bU\.S\.|\bUS|\bAmerican|\bEU|\bEuropean|\bU\.N\.|\bUN) restrictions\b|\bhit (?:${TARGET_STATE_NAMES}) with (?:[\w-]+ ){0,3}(?:restrictions|measures|penalties|curbs)\b|\b(?:EU|EU['’]s|European Union['’]s|bloc['’]s) (?:\d+(?:st|nd|rd|th)|[a-z]+teenth|[a-z]+th|latest|new|next) (?:sanctions )?package\b|\b(?:latest|new|next|fresh) (?:Western|EU|European|U\.S\.|American) package\b`, 'g'),
    needs: /restrictions|\bhit |package/,
    accept: (s, m) => /package$/.test(m[0]) || TARGET_STATE_RE.test(s) || SECURITY_GOODS.test(s),
  },
  {
    kind: 'export controls',
    // Chips smuggled into a state they are barred from: "smuggled Nvidia chips into China through shell companies".
    pattern: /\bsmuggl\w* (?:[\w'’-]+ ){0,3}(?:chips?|semiconductors?|processors|GPUs?|microelectronics) (?:in)?to (?:China|Russia|Iran|North Korea|Belarus)\b/gi,
    needs: /smuggl/i,
  },
  {
    kind: 'divestment',
    // Divestment without the word: "voted to require state pension funds to sell shares in companies doing business with Iran".
    pattern: rx(String.raw`\b(?:sell (?:\w+ ){0,2}(?:shares|stakes|holdings|investments) in|from investing in) (?:\w+ ){0,3}(?:doing|that do|which do) business (?:with|in) (?:${TARGET_STATE_NAMES})\b`, 'gi'),
    needs: /business (?:with|in)/i,
  },
  {
    kind: 'export controls',
    // A conspiracy to export without a licence, whatever the destination: "conspiring to export controlled equipment … without the required licences".
    pattern: rx(String.raw`\bconspir\w* to (?:export|ship|sell|supply)\b${IN_CLAUSE}{0,80}?\bwithout (?:an? |the |any )?(?:[\w-]+ ){0,3}licen[cs]es?\b`, 'gi'),
    needs: /conspir/i,
  },
  {
    kind: 'embargo',
    // A state's visa ban on a regime's officials: "hope the EU will suspend its visa ban", "visa restrictions on six Hong Kong officials".
    pattern: /\bvisa (?:bans?|restrictions)\b/gi,
    needs: /visa (?:ban|restrictions)/i,
    accept: (s) => (TARGET_STATE_RE.test(s) || STATE_POWER.test(s)) && /\b(?:EU|European Union|officials|leaders|generals|ministers|chiefs|commanders|aides|junta|regime)\b/.test(s) && NOT_HEALTH(s),
  },
  {
    kind: 'sanctions',
    // Dealings hidden from the sanctions screen: "stripped identifying information from wire transfers to hide payments involving Cuba".
    pattern: rx(String.raw`\b(?:hid(?:e|es|ing)?|hidden|conceal\w*|disguis\w*|mask\w*|strip\w*)\b${IN_CLAUSE}{0,60}?\b(?:payments?|transactions?|transfers?|shipments?|cargoes?|dealings)\b${IN_CLAUSE}{0,20}?\b(?:involving|for|to|from|with) (?:the )?(?:[\w'’-]+ ){0,2}?(?:${TARGET_STATE_NAMES})\b`, 'gi'),
    needs: /\bhid|conceal|disguis|mask|strip/i,
    accept: NOT_CRIMINAL_OR_FISCAL,
  },
  {
    kind: 'sanctions',
    // A sanctioned state's oil with its origin disguised: "transferred Iranian crude at sea to disguise its origin".
    pattern: rx(String.raw`\b(?:${TARGET_STATE_NAMES}) (?:crude|oil|fuel|coal|cargo|cargoes)\b${IN_CLAUSE}{0,80}?\b(?:disguis|mask|conceal|hid)\w* (?:its|their|the) (?:origin|source)\b`, 'gi'),
    needs: /disguis|mask|conceal|hid/i,
  },
  {
    kind: 'embargo',
    // "imposed an economic blockade on Burundi"; the supply of arms prohibited to a state by a resolution.
    pattern: rx(String.raw`\b(?:economic|trade|commercial) blockade\b|\b(?:${BAN_VERB}|halt\w*|stop(?:s|ped|ping)?|suspend\w*|ceas\w*) (?:all )?(?:the )?(?:supply|sale|export|transfer|delivery|shipment)s? of (?:[\w-]+ (?:and |or )?){0,4}?(?:arms|weapons|military equipment|(?:[\w-]+ ){0,3}(?:chips?|semiconductors?|processors))\b`, 'gi'),
    needs: /blockade|\b(?:supply|sale|export|transfer|delivery|shipment)s? of /i,
    // (A call on all states to stop arming one is an embargo call whatever the state: "urged all countries to halt exports of weapons … to Israel".)
    accept: (s, m) => NOT_HEALTH(s) && (/blockade/i.test(m[0]) || TARGET_STATE_RE.test(s) || /\bresolution\b|Security Council|\ball (?:countries|states|nations|governments)\b|\binternational community\b/i.test(s) ||
      (/chips?$|semiconductors?$|processors$/i.test(m[0]) && (STATE_POWER.test(s) || NATIONAL_RE.test(s)))),
  },
  {
    kind: 'sanctions',
    // Restrictions a sanctioned state wants lifted: "made the lifting of restrictions on its state agricultural bank a condition".
    pattern: /\b(?:lifting|easing|removal|relaxation) of (?:the )?(?:[\w-]+ )?restrictions on\b/gi,
    needs: /restrictions on/i,
    accept: (s) => TARGET_STATE_RE.test(s) && NOT_HEALTH(s) && NOT_CRIMINAL_OR_FISCAL(s),
  },
  {
    kind: 'divestment',
    pattern: /\bdivest\w*\b/gi,
    needs: /divest/i,
    accept: (s) => DIVESTMENT_TARGET.test(s) && /\b(?:law|state|pension|bill|legislat\w*)\b/i.test(s),
  },
  {
    kind: 'embargo',
    // A state's purchases of a target's goods stopped, or called for: "EU governments agreed to stop buying Syrian crude oil",
    // "urged Western governments to stop buying Nigerian oil"; a power's import bans: "as American and Scandinavian import bans bite".
    pattern: rx(String.raw`\b(?:stop|halt|end|cease|suspend)\w* (?:all )?(?:buying|importing|imports of|purchases of|purchasing) (?:[\w-]+ )?(?:${NATIONALITY}|Nigerian) (?:crude|oil|gas|LNG|coal|diamonds|gold|timber|steel|goods|products)\b|\b(?:stop|halt|end|cease|suspend)\w* (?:all )?(?:buying|importing) (?:[\w-]+ ){1,4}from (?:${TARGET_STATE_NAMES})\b|\bhalt on (?:all )?(?:imports|exports|trade) (?:from|to|with) (?:${TARGET_STATE_NAMES})\b|\bclos\w* (?:its |their |all )?ports to (?:${NATIONALITY}|North Korean) (?:ships|vessels|tankers)\b|\b${NATIONALITY}(?: and ${NATIONALITY})? (?:import|export|trade|investment) bans?\b`, 'g'),
    needs: /\b(?:stop|halt|end|cease|suspend)|\bbans?\b|ports to/i,
    accept: (s) => NOT_HEALTH(s) && NOT_TRADE_POLICY(s),
  },
  {
    kind: 'embargo',
    // Airspace closed to a target's carriers: "after Western countries closed their airspace to Russian carriers".
    pattern: rx(String.raw`\bclos\w* (?:their |its |the )?airspace to ${NATIONALITY} (?:carriers|airlines|aircraft|planes|flights|jets)\b`, 'g'),
    needs: /airspace/i,
  },
  {
    kind: 'embargo',
    // Visas denied to a regime's people, or a list of those barred from entering: "called on the European Union to deny visas to
    // members of Burma's ruling junta", "added 21 Belarusian judges and prosecutors to a list of officials barred from entering the bloc".
    pattern: /\b(?:deny|denied|denying|refus\w*|withhold\w*) (?:\w+ )?visas? to\b|\blist of (?:[\w-]+ ){0,2}(?:officials|individuals|people|persons|members) (?:barred|banned) from (?:entering|travelling|traveling)\b/gi,
    needs: /visa|barred from|banned from/i,
    accept: (s) => /\b(?:junta|regime|officials|generals|leaders|ministers|judges|prosecutors|members|families)\b/i.test(s) && NOT_HEALTH(s),
  },
  {
    kind: 'embargo',
    // A regime's people kept out of a bloc: "Mugabe and his associates would remain barred from travelling to the EU".
    pattern: /\b(?:barred|banned) from (?:travel?ling to|entering|visiting) (?:the )?(?:EU|European Union|Europe|United States|U\.S\.|US|Britain|UK|Canada|Australia|Switzerland|Schengen (?:area|zone)|bloc)\b/gi,
    needs: /barred from|banned from/i,
    // (Not a country's immigration rules, nor an athlete or a traveller turned away over a vaccine.)
    accept: (s) => /\b(?:junta|regime|officials|generals|leaders|ministers|associates|inner circle|cronies|oligarchs|relatives)\b/i.test(s) && NOT_HEALTH(s) &&
      !/\b(?:immigra\w*|refugees?|asylum|migrants?|citizens of|nationals of|vaccin\w*|unvaccinated)\b/i.test(s),
    undecidedWhenTurnedDown: true,
  },
  {
    kind: 'asset freeze',
    // U.S. assets "blocked": "added the Taliban to the list of foreign entities whose U.S. assets are blocked".
    // The OFAC term for a listed party: "any company majority-owned by a blocked person is itself treated as blocked".
    pattern: /\b(?:assets|property|funds) (?:[\w.]+ ){0,6}?(?:are|were|was|is|be|been|being) blocked\b|\bblock(?:ed|s|ing)? (?:the |their |its )?(?:[\w.-]+ )?(?:assets|property)\b|\bblocked (?:persons?|entit(?:y|ies)|individuals?|parties)\b/gi,
    needs: /blocked|block/i,
    // (The Treasury's list or an executive order blocks whatever police or courts the sentence names.)
    accept: (s) => (STATE_POWER.test(s) || TARGET_STATE_RE.test(s) || /\b(?:Treasury|OFAC|list)\b/.test(s)) &&
      (NOT_CRIMINAL_OR_FISCAL(s) || /\b(?:Treasury|OFAC|executive order|list of)\b/.test(s)),
  },
  {
    kind: 'sanctions',
    // A power designating a target's bank or people: "Treasury designated Bank Sepah and its chairman on Tuesday".
    // (Its object a name or a number: not "designated a special envoy for Sudan".)
    pattern: /\b(?:Treasury|OFAC|State Department|Department of State|Commerce Department|Foreign Office|EU|European Union|Britain|Washington)\b (?:[\w']+ ){0,2}?designat(?:ed|es|ing) (?=[A-Z0-9])/g,
    needs: /designat/i,
    accept: (s) => TARGET_STATE_RE.test(s) && !/\bcurrency manipulator\b/i.test(s),
  },
  {
    kind: 'export controls',
    // A firm cut off from a power's technology: "after the Commerce Department cut the company off from American components".
    pattern: /\bcut(?:s|ting)? (?:[\w'’.-]+ ){1,4}off from (?:American|U\.S\.|US|Western|European) (?:components|technology|chips|suppliers|parts|software|semiconductors)\b/gi,
    needs: /off from/i,
  },
  {
    kind: 'sanctions',
    // A sanctioned state's prohibited exports: "North Korea earned nearly $200 million from prohibited coal exports".
    pattern: /\bprohibited (?:[\w-]+ )?(?:exports?|imports?|shipments?|sales?)\b/gi,
    needs: /prohibited/i,
    accept: (s) => UN_SANCTIONED_STATE_RE.test(s) || TARGET_STATE_RE.test(s),
  },
  {
    kind: 'embargo',
    // A ban on arms sales to a state, wherever: "keep in place the ban on weapons sales to China imposed after the Tiananmen
    // Square killings".
    pattern: /\b(?:ban on|(?:halt|stop|suspend|end|freez)\w* (?:all )?(?:new )?) ?(?:all )?(?:arms|weapons?) (?:sales|exports|shipments|deliveries) to\b|\bbars? (?:all )?(?:U\.S\. |American |British )?(?:military|arms|weapons) sales\b/gi,
    needs: /\bban on|halt|stop|suspend|end|freez|bars? /i,
  },
  {
    kind: 'export controls',
    // Export controls named by their goods: "the chip curbs have forced the company to design slower versions".
    pattern: /\bchip (?:curbs|controls|restrictions|export controls|bans?)\b/gi,
    needs: /chip/i,
  },
  {
    kind: 'sanctions',
    // Limits on remittances and family visits to a target state, eased or tightened: "after the administration relaxed limits on
    // family visits and remittances to the island".
    pattern: /\b(?:(?:relax|eas|lift|loosen|tighten|restor|reimpos|re-impos|impos)\w* (?:the )?|(?:new|tighter|stricter) )(?:limits|restrictions|curbs|caps?|rules) on (?:[\w-]+ ){0,3}(?:remittances|family visits|travel)\b/gi,
    needs: /remittances|family visits|travel/i,
    accept: (s) => TARGET_STATE_RE.test(s) || /\bHavana\b/.test(s),
  },
  {
    kind: 'sanctions',
    // Measures named by their authors or by the U.N.: "every measure imposed by the Trump administration", "the third month of
    // its UN-imposed isolation", "stands ready to impose further costs on Moscow".
    pattern: rx(String.raw`\bmeasures? imposed by (?:the )?(?:[\w-]+ )?(?:administration|Washington|United States|U\.S\.|EU|European Union|Security Council|UN|U\.N\.)|\b(?:UN|U\.N\.|United Nations)-imposed\b|\bimpos\w* (?:[\w-]+ ){0,2}costs on (?:${TARGET_STATE_NAMES})\b`, 'g'),
    needs: /imposed by|-imposed|costs on/i,
  },
  {
    kind: 'sanctions',
    // Permission, like a licence, to resume business with a target: "granted oil companies permission to resume some operations in
    // the country", "granted Calder Semiconductor permission to resume shipments of its AI accelerators to Chinese cloud companies".
    pattern: PERMISSION_GRANTED,
    needs: /permission to/i,
    // ("Chevron has been granted permission to resume limited oil production in Venezuela under a six-month licence.")
    accept: (s) => (GENERAL_LICENCE_ISSUER.test(s) || /\blicen[cs]e\b/i.test(s)) && (TARGET_STATE_RE.test(s) || SECURITY_GOODS.test(s) || /\baccelerators\b/i.test(s)),
  },
  {
    kind: 'embargo',
    // Travel to a target banned or allowed: "Bush Lifts Ban on U.S. Travel to Libya After 23 Years"; all trade suspended to make
    // coup leaders restore civilian rule.
    pattern: rx(String.raw`\bban on (?:U\.S\. |US |American )?travel to (?:${TARGET_STATE_NAMES})\b|\b(?:suspend|cut|halt)\w* all (?:trade|commerce)\b(?=${IN_CLAUSE}{0,80}\b(?:coup|junta|civilian rule|military rul\w*)\b)`, 'gi'),
    needs: /travel to|all (?:trade|commerce)/i,
  },
  {
    kind: 'sanctions',
    // Penalties waived and limits on a target's trade: "President Clinton waived some of the penalties imposed on India and
    // Pakistan after last year's nuclear tests"; "would have tightened limits on North Korea's oil imports"; goods routed to a
    // sanctioned buyer, charged: "charged in New York with routing American-made microelectronics to Russian arms makers".
    pattern: rx(String.raw`\bwaiv\w* (?:[\w-]+ ){0,4}(?:penalties|measures|restrictions) imposed on\b|\b(?:limits|caps?) on (?:${TARGET_STATE_NAMES})['’]s (?:[\w-]+ )?(?:imports|exports)\b|${CHARGED_WITH_ROUTING}`, 'gi'),
    needs: /waiv|limits on|caps? on|charged|indicted|accused|arrested|convicted/i,
  },
  {
    kind: 'embargo',
    // Supplies cut off, imports stopped, trade restricted, by a state: "pressing its EC partners to cut off oil deliveries to
    // Serbia", "never threatened to cut off grain sales to Moscow", "agreed to stop all imports from Argentina", "ended its
    // restrictions on trade with Rhodesia"; funds of a state "blocked": "release about $400 million in blocked Panamanian funds".
    pattern: rx(String.raw`\bcut(?:s|ting)? off (?:all )?(?:oil|arms|fuel|grain|weapons|gas) (?:deliveries|supplies|shipments|sales|exports) to (?:the )?(?:${TARGET_STATE_NAMES}|Soviet Union|Moscow)\b|\b(?:stop|halt|ban|suspend)\w* (?:all )?imports from [A-Z][\w-]+|\brestrictions on trade with [A-Z][\w-]+|\bblocked [A-Z][\w-]+ (?:government |state )?(?:funds|assets|deposits)\b`, 'g'),
    needs: /cut(?:s|ting)? off|imports from|trade with|blocked/i,
    accept: (s) => NOT_HEALTH(s) && (STATE_POWER.test(s) || TARGET_STATE_RE.test(s) || /\b(?:governments?|Community|EC|Bonn|Paris|Britain|Treasury|Washington)\b/.test(s)),
  },
  {
    kind: 'sanctions',
    // A court annulling a listing: "The EU's General Court annulled the listing of an oligarch's mother".
    pattern: LISTING_ANNULLED,
    needs: /annul|quash|overturn|revok|rescind|should not have been/i,
    accept: (s) => /\b(?:EU|European Union|Council|General Court|oligarch\w*|freez\w*|sanction\w*|Treasury|OFAC|bloc)\b/.test(s) || TARGET_STATE_RE.test(s),
  },
  {
    kind: 'sanctions',
    // Transfers at sea that evade a regime: "North Korea had used ship-to-ship transfers at sea to bring in refined petroleum".
    pattern: /\bship-to-ship (?:transfers?|transshipments?|deliveries)\b/gi,
    needs: /ship-to-ship/i,
    accept: (s) => TARGET_STATE_RE.test(s) || UN_SANCTIONED_STATE_RE.test(s),
  },
  {
    kind: 'export controls',
    // Goods routed to a sanctioned buyer through front companies, charged as a crime: "charged a Brooklyn man with shipping
    // American-made microelectronics to Russian defence firms through front companies in Hong Kong".
    // (Or used to move a listed person's property: "used a web of shell companies in Cyprus to move his yacht … after he was listed".)
    pattern: /\b(?:charged|indicted|accused|arrested|convicted)\b[^.;]{0,80}?\b(?:ship|export|rout|smuggl|suppl|sell|sold|send|sent)\w*[^.;]{0,100}?\bthrough (?:a )?(?:network of )?(?:shell|front) (?:compan(?:y|ies)|firms?)\b|\b(?:used|using|set up) (?:a )?(?:network of |web of )?(?:shell|front) (?:compan(?:y|ies)|firms?)\b[^.;]{0,60}?\bto (?:route|ship|export|move|hide|buy|sell|transfer)\b/gi,
    needs: /(?:shell|front) (?:compan|firm)/i,
    accept: (s) => TARGET_STATE_RE.test(s) || /\b(?:Russian|Iranian|North Korean|Syrian|Belarusian)\b|\b(?:listed|designated|sanctioned|blacklisted)\b/.test(s),
  },
  {
    kind: 'sanctions',
    // The G7 price cap named without "price": "lowering the cap on Russian crude to $45 a barrel".
    pattern: /\bcap on (?:Russian|Iranian|Venezuelan) (?:seaborne )?(?:crude|oil|petroleum)\b/gi,
    needs: /cap on/i,
  },
  {
    kind: 'sanctions',
    // A settlement over dealings with a sanctioned state or region: "agreed to pay $340 million to settle U.S. allegations that it
    // stripped identifying details from payments made on behalf of Iranian clients".
    pattern: rx(String.raw`\bto settle (?:[\w.'’-]+ ){0,3}(?:allegations?|charges)\b`, 'gi'),
    needs: /allegation|charges/i,
    accept: (s) => TARGET_STATE_RE.test(s) || /\bCrimea\b/.test(s),
  },
  {
    kind: 'sanctions',
    // A fine or a settlement for moving a target state's money: "BNP Paribas's $8.9bn settlement in 2014, for moving money on
    // behalf of Sudanese, Iranian and Cuban clients".
    pattern: rx(String.raw`(?:\b(?:settlements?|settled|fines?|fined|penalt(?:y|ies)|forfeit\w*)\b${IN_CLAUSE}{0,60}?\bfor|\b(?:admit\w*|pleaded guilty to|accused of|charged with|convicted of)(?: illegally)?) (?:moving|processing|routing|clearing|handling|transferring|making) (?:[\w'’-]+ ){0,2}?(?:money|payments?|funds|transactions|transfers|dollars) (?:[\w'’-]+ ){0,3}?(?:on behalf of|for|to|from) (?:[\w,'’-]+ ){0,5}?(?:clients|customers|entities|compan(?:y|ies)|banks|parties|individuals)\b`, 'gi'),
    needs: /settle|fine|penalt|forfeit|admit|guilty|accused|charged|convicted/i,
    accept: (s) => TARGET_STATE_RE.test(s),
  },
  {
    kind: 'asset freeze',
    // A target state's property or funds blocked or frozen: "all property of the Venezuelan government in the United States is
    // blocked", "agreed to freeze Yugoslav government funds held abroad".
    pattern: rx(String.raw`\b(?:property|assets|funds|holdings|reserves)\b${IN_CLAUSE}{0,60}?\b(?:is|are|was|were|been|be|remain|remains) (?:now |still )?(?:blocked|frozen)\b|\bfreez\w* (?:the |all )?(?:[\w'’-]+ ){0,2}government (?:funds|assets|property|reserves)\b`, 'gi'),
    needs: /blocked|frozen|freez/i,
    // A power's act, not a tax office's or a court's: "its assets would be frozen" for overdue taxes is not a sanction.
    accept: (s, m) => TARGET_STATE_RE.test(s) && NOT_CRIMINAL_OR_FISCAL(s) && (/government/i.test(m[0]) || STATE_POWER.test(s)),
  },
  {
    kind: 'embargo',
    // A target state's goods kept out: "South African steel, coal, uranium … can no longer be imported into the United States".
    pattern: /\b(?:can|could|may) no longer be (?:imported|exported|sold|shipped)\b|\b(?:cannot|can't|may not) be (?:imported|exported) (?:into|to|from)\b/gi,
    needs: /imported|exported|sold|shipped/i,
    accept: (s) => TARGET_STATE_RE.test(s),
  },
  {
    kind: 'sanctions',
    // A numbered U.N. resolution's measures on a sanctioned state: "Resolution 2270 requires member states to inspect all cargo …
    // and bans the country's exports of gold".
    pattern: /\b[Rr]esolution \d{3,4}\b[^.;]{0,120}?\b(?:bans?|bars?|prohibits?|requires?|imposes?|freezes?|caps?|capped|banned|barred|imposed|required)\b/g,
    needs: /esolution/,
    accept: (s) => TARGET_STATE_RE.test(s) || UN_SANCTIONED_STATE_RE.test(s),
  },
  {
    kind: 'export controls',
    // A target state's counter-measure on a power: "Beijing hit back by banning exports of gallium, germanium and antimony to the
    // United States".
    pattern: /\b(?:bann\w*|bars?|barred|barring|halt\w*|prohibit\w*) (?:all )?exports? of (?:[\w,'’-]+ ){1,8}?to (?:the )?(?:United States|US|U\.S\.|America|Japan|Taiwan|Lithuania|Australia|Britain|the EU|European Union|Europe)\b/gi,
    needs: /export/i,
    accept: (s) => /\b(?:Beijing|China|Chinese|Moscow|Russia|Kremlin|Tehran|Pyongyang)\b/.test(s) && NOT_HEALTH(s),
  },
  {
    kind: 'sanctions',
    // A sanctioned state allowed to sell its oil, under the U.N.: "a plan allowing Iraq to sell $2 billion of oil … to buy food".
    pattern: rx(String.raw`\ballow\w* (?:${TARGET_STATE_NAMES}) to (?:sell|export) (?:[\w$.,'’-]+ ){0,5}?(?:oil|crude)\b`, 'g'),
    needs: /allow/i,
  },
  {
    kind: 'embargo',
    // A flight ban in a sentence about the U.N.: "if the United Nations first suspended the flight ban". (A state's own air or
    // flight ban — on drones over a parade, on a grounded jet — is not a sanction: NAMED_BAN_TARGET takes those on a target.)
    pattern: /\b(?:flight|air) bans?\b/gi,
    needs: /(?:flight|air) ban/i,
    accept: (s) => /\b(?:United Nations|U\.N\.|UN|Security Council)\b/.test(s) && NOT_HEALTH(s),
  },
  {
    kind: 'sanctions',
    // A listing by a sanctioning power: "would push for new EU listings of Iranian drone manufacturers", "his client's listing
    // by the EU was arbitrary". (Not a stock-market listing, a protected species or a heritage site.)
    pattern: /\b(?:EU|E\.U\.|European Union|U\.N\.|UN|Security Council|UK|British|U\.S\.|US|American|Western|Treasury|OFAC)(?:['’]s)? (?:new |latest |fresh |further )?listings?\b|\blistings? (?:of (?:[\w'’-]+ ){1,6})?by (?:the )?(?:EU|E\.U\.|European Union|U\.N\.|UN|Security Council|Treasury|OFAC|State Department|UK|Britain|Washington|Brussels)\b/g,
    needs: /listing/i,
    accept: (s) => !/\b(?:species|heritage|endangered|habitats?|stock (?:exchange|market)|shares|IPO|flotation|bourse|Nasdaq|NYSE|medicines?|drugs?|products?|hotels?|propert(?:y|ies)|homes?|real estate|jobs?)\b/i.test(s),
    undecidedWhenTurnedDown: true,
  },
  {
    kind: 'sanctions',
    // A bank hiding a sanctioned state's payments ("wire stripping"): "accused Standard Chartered of hiding some 60,000
    // transactions worth $250bn for Iranian clients".
    pattern: rx(String.raw`\b(?:hid|hide|hides|hiding|hidden|conceal\w*|strip\w*|disguis\w*|falsif\w*|scrubb\w*)\b${IN_CLAUSE}{0,50}?\b(?:transactions|payments|transfers|wire transfers|dealings)\b${IN_CLAUSE}{0,60}?\b(?:for|with|involving|to|from) (?:[\w'’-]+ ){0,2}?(?:${TARGET_STATE_NAMES})`, 'g'),
    needs: /\b(?:hid|hide|hiding|hidden|conceal|strip|disguis|falsif|scrubb)/i,
  },
  {
    kind: 'sanctions',
    // Goods sold to a sanctioned state through front companies: "admitting that a subsidiary sold cigarettes to North Korea
    // through a network of front companies".
    pattern: rx(String.raw`\b(?:sold|sell\w*|ship\w*|export\w*|suppl\w*|sent|send\w*|rout\w*|smuggl\w*)\b${IN_CLAUSE}{0,60}?\bto (?:the )?(?:${TARGET_STATE_NAMES})\b${IN_CLAUSE}{0,60}?\b(?:through|via|using) (?:a )?(?:network of |web of |string of )?(?:shell|front) (?:compan(?:y|ies)|firms?)\b`, 'g'),
    needs: /(?:shell|front) (?:compan|firm)/i,
  },
  {
    kind: 'sanctions',
    // Cut off from a power's financial system, or at risk of losing its dollar clearing: "a Treasury order that had cut Iran's Bank
    // Mellat off from the British financial system", "risked losing access to dollar clearing".
    pattern: /\bcut (?:[\w'’.-]+ ){0,4}off from (?:the )?(?:British|U\.S\.|US|American|Western|European|EU|dollar|global|international) (?:financial|banking|payments?) system\b|\b(?:barred|banned|blocked|shut) (?:[\w'’.-]+ ){0,6}?(?:out of|from) (?:its|their|the) (?:U\.S\. |US |American |British |European )?(?:financial|banking) system\b|\b(?:los\w*|lose) (?:their |its |his |her )?access to (?:the )?(?:dollar|U\.S\.|US|American) (?:clearing|financial system|banking system|payments? system)\b|\bcut off from (?:the )?(?:dollar|U\.S\.|US|American) (?:clearing|financial system|banking system|payments? system)\b/gi,
    needs: /off from|access to|financial system|banking system/i,
  },
  {
    kind: 'sanctions',
    // People on a government's list of designated persons: "a client on the UK's list of designated persons".
    pattern: /\b(?:list|register) of designated (?:persons|individuals|people|entities)\b|\bdesignated persons? (?:list|regime)\b/gi,
    needs: /designated/i,
  },
  {
    kind: 'sanctions',
    // Firms barred from serving a target: "European insurers will be barred from covering tankers that carry Iranian crude",
    // "barred EU firms from providing accounting … services to the Russian government".
    pattern: rx(String.raw`\b(?:barred|banned|prohibited|forbidden|bars|bans|prohibits)\b (?:[\w'’-]+ ){0,4}?from (?:insuring|covering|financing|servicing|providing|offering|selling|supplying|buying|importing|carrying|shipping|transporting)\b${IN_CLAUSE}{0,100}?\b(?:${NATIONALITY}|${TARGET_STATE_NAMES})|\b(?:barred|banned|prohibited|forbidden|bars|bans|prohibits)\b (?:[\w'’-]+ ){0,4}?from (?:dealing|doing business|trading|transacting) with\b${IN_CLAUSE}{0,60}?\b(?:${NATIONALITY}|${TARGET_STATE_NAMES})|\border\w* (?:[\w'’-]+ ){1,6}?to stop (?:doing business|dealing|trading|transacting) with\b${IN_CLAUSE}{0,60}?\b(?:${NATIONALITY}|${TARGET_STATE_NAMES})`, 'g'),
    needs: /barred|banned|prohibited|forbidden|\bbars\b|\bbans\b|prohibits|to stop/i,
    // (Not a health or trade measure, nor a court or a regulator barring a firm, nor a nation's own players.)
    // (Dealings barred by a sanctioning power, or by Beijing or Moscow in answer to one; not a junta's order to its own officials.)
    accept: (s, m) => NOT_HEALTH(s) && NOT_TRADE_POLICY(s) && !DISCIPLINARY.test(s) && NOT_CRIMINAL_OR_FISCAL(s) &&
      (!/(?:dealing|doing business|trading|transacting) with\b/i.test(m[0]) || STATE_POWER.test(s) || /\b(?:Beijing|China['’]s|Chinese commerce ministry|Moscow|Kremlin)\b/.test(s)),
    undecidedWhenTurnedDown: true,
  },
  {
    kind: 'sanctions',
    // An exemption from a power's measures, relief granted to a target: "Washington exempted Lukoil's Burgas refinery in Bulgaria
    // from the measures", "the relief granted to Damascus could be reversed".
    pattern: rx(String.raw`\bexempt\w* (?:[\w'’,-]+ ){0,8}?from (?:the |its |their )?(?:[\w-]+ )?(?:measures|sanctions|restrictions|embargo)\b|\brelief (?:granted|given|offered|extended) to (?:${TARGET_STATE_NAMES})\b`, 'gi'),
    needs: /exempt|relief/i,
    accept: (s) => (STATE_POWER.test(s) || TARGET_STATE_RE.test(s) || NATIONAL_RE.test(s)) && NOT_HEALTH(s) && !/\b(?:humanitarian|earthquake|flood|disaster|debt|tax)\b/i.test(s),
    undecidedWhenTurnedDown: true,
  },
  {
    kind: 'sanctions',
    // A U.N. committee letting a sanctioned state's money or goods go: "after a UN committee approved their release".
    pattern: /\b(?:U\.N\.|UN|Security Council|sanctions) committee\b[^.;]{0,40}?\b(?:approv\w*|authori[sz]\w*|allow\w*|cleared) (?:the |their |its )?(?:release|unfreezing|transfer|delivery|shipment|sale|purchase|import)\b/gi,
    needs: /committee/i,
  },
  {
    kind: 'sanctions',
    // The U.N.'s and the targets' name for sanctions: "unilateral coercive measures", "coercive economic measures".
    pattern: /\b(?:unilateral )?coercive (?:economic )?measures\b|\bunilateral (?:economic )?measures\b/gi,
    needs: /coercive|unilateral/i,
    // (Plain "coercive measures" only against a state: a court's subpoena and prison are coercive measures too.)
    accept: (s, m) => /unilateral (?:coercive|economic)|coercive economic/i.test(m[0]) ||
      ((TARGET_STATE_RE.test(s) || NATIONAL_RE.test(s)) && !/\b(?:subpoenas?|imprison\w*|prosecution|jury|detention|police|psychiatric|patients?|courts?)\b/i.test(s)),
    undecidedWhenTurnedDown: true,
  },
  {
    kind: 'sanctions',
    // A state's counter-sanctions on people or firms: "China has lifted its countermeasures on members of the European Parliament".
    pattern: /\bcountermeasures? (?:on|against) (?:[\w'’-]+ ){0,4}?(?:members|officials|individuals|entities|companies|firms|lawmakers|MEPs|legislators|senators|defen[cs]e (?:firms|companies|contractors))\b/gi,
    needs: /countermeasure/i,
  },
  {
    kind: 'sanctions',
    // U.N. sanctions committees are named by their resolution: "The 1718 Committee granted exemptions allowing UNICEF to ship …".
    pattern: /\b\d{3,4} (?:[Ss]anctions )?Committee\b/g,
    needs: /Committee/,
  },
  {
    kind: 'embargo',
    // A state barring a number of another's people from entering: "Moscow has permanently barred 500 Americans from entering Russia".
    pattern: /\b(?:barred|banned) (?:\d[\d,]*|dozens of|hundreds of|scores of) (?:[\w'’-]+ ){0,3}?(?:Americans|Britons|Canadians|Australians|Europeans|Japanese|officials|lawmakers|politicians|journalists|individuals|citizens) from entering\b/gi,
    needs: /from entering/i,
    accept: (s) => (TARGET_STATE_RE.test(s) || NATIONAL_RE.test(s)) && NOT_HEALTH(s) && !/\b(?:vaccin\w*|unvaccinated|immigra\w*|asylum|refugees?)\b/i.test(s),
    undecidedWhenTurnedDown: true,
  },
  {
    kind: 'sanctions',
    // A power's designation of firms or people: "termed the US designation of four entities linked to its missile programme 'biased'".
    pattern: /\b(?:U\.S\.|US|American|EU|E\.U\.|UK|British|Treasury)(?:['’]s)? designations? of (?:[\w'’-]+ ){0,3}?(?:entit(?:y|ies)|individuals?|compan(?:y|ies)|firms?|persons?|people|officials|banks?|vessels?|tankers?|groups?|organi[sz]ations?)\b/gi,
    needs: /designation/i,
  },
  {
    kind: 'sanctions',
    // Measures imposed again on a target: "arguing that the reimposed measures breached the 1955 Treaty of Amity".
    pattern: /\b(?:re-?imposed|re-?imposition of) (?:the )?(?:[\w-]+ )?(?:measures|restrictions|penalties)\b|\bmaximum pressure\b/gi,
    needs: /impos|maximum pressure/i,
    accept: (s) => TARGET_STATE_RE.test(s) || NATIONAL_RE.test(s),
    undecidedWhenTurnedDown: true,
  },
  {
    kind: 'sanctions',
    // Taken off a power's list: "Brussels dropped three businessmen from its Russia list", "delisting the junta's business allies".
    // (Not a company delisted from an exchange.)
    pattern: /\b(?:dropp\w*|remov\w*|took|taken|struck) (?:[\w'’.,-]+ ){0,6}?(?:from|off) (?:(?:the |its |their )?(?:bloc['’]s |EU['’]s |U\.S\. |US |UK |British )?(?:sanctions? ?|Russia |Iran |terror(?:ist)? |SDN |black)list\b|its list\b(?! of))|\bde-?list(?:ed|ing|s)?\b/gi,
    needs: /list/i,
    accept: (s) => (STATE_POWER.test(s) || TARGET_STATE_RE.test(s) || /\b(?:junta|regime|oligarch\w*|sanction\w*|Treasury|OFAC)\b/i.test(s)) &&
      !/\b(?:stock|exchange|shares|Nasdaq|NYSE|bourse|index|playlist|wish ?list|waiting list|species|heritage)\b/i.test(s),
    undecidedWhenTurnedDown: true,
  },
  {
    kind: 'sanctions',
    // A power going after a target's networks: "pledged to go after the overseas IT workers and laundering networks that earn
    // Pyongyang hard currency", "preparing to target Chinese refineries and traders that handle Russian oil in its next round".
    pattern: /\b(?:go(?:es|ing)? after|went after|target(?:s|ed|ing)?) (?:the |more |any )?(?:[\w'’"“”-]+ ){0,6}?(?:refiner(?:y|ies|s)|traders?|banks?|networks?|firms?|companies|entities|tankers?|shippers?|suppliers?|IT workers)\b/gi,
    needs: /go(?:es|ing)? after|went after|target/i,
    accept: (s) => TARGET_STATE_RE.test(s) && (STATE_POWER.test(s) || /\b(?:allies|package|round|Treasury|sanction\w*)\b/i.test(s)) &&
      !/\b(?:strikes?|troops|forces|military|missiles?|drones?|bomb\w*|raids?|police|army|hackers?|cyber\w*)\b/i.test(s),
    undecidedWhenTurnedDown: true,
  },
  {
    kind: 'embargo',
    // The Security Council banning or ending a ban is a U.N. measure: "the Security Council unanimously banned sales of luxury goods
    // … to Pyongyang", "The Security Council ended its ban on Liberian timber exports".
    pattern: /\bSecurity Council (?:[\w'’-]+ ){0,2}?(?:banned|barred|prohibited|ended|lifted|eased)\b/g,
    needs: /Security Council/,
    // (Not a peacekeeping mandate or mission ended.)
    accept: (s) => !/\b(?:mandate|peacekeep\w*|mission|observers?|monitors?|troops|force)\b/i.test(s),
  },
  {
    kind: 'oil-for-food',
    // Oil sold outside the U.N. programme: "Iraq sold oil through a pipeline to Syria outside the UN programme".
    pattern: /\boutside (?:the )?(?:U\.N\.|UN|United Nations) (?:oil[- ]for[- ]food )?(?:programme|program)\b/gi,
    needs: /outside/i,
  },
  {
    kind: 'sanctions',
    // A target's name for the measures on it, a travel ban reimposed, a state's measures lifted: "attacked the Cuba restrictions",
    // "expected to reimpose a travel ban on Alexander Lukashenko", "The EU lifted its restrictions on Ivory Coast's main ports".
    pattern: rx(String.raw`\b(?:${TARGET_STATE_NAMES}) (?:restrictions|curbs)\b|\bre-?impos\w* (?:a |an |the |its )?(?:[\w-]+ )?(?:travel ban|visa ban|asset freeze|embargo)\b|(?:${STATE_POWER_WORDS})${IN_CLAUSE}{0,30}?\b(?:lifted|eased|relaxed|suspended) (?:its |their |the )?(?:restrictions|curbs|measures) on\b`, 'g'),
    needs: /restrictions|curbs|measures|impos/i,
    accept: (s) => NOT_HEALTH(s) && NOT_TRADE_POLICY(s),
    undecidedWhenTurnedDown: true,
  },
  {
    kind: 'sanctions',
    // The U.N.'s own measures on a target: "the European attempt to restore the old Security Council measures"; penalties on
    // a third country's buyers framed as sanctions: "secondary tariffs of 25 to 50 per cent on all oil coming out of Russia".
    pattern: /\b(?:Security Council|U\.N\.|UN) measures\b|\bsecondary tariffs?\b/gi,
    needs: /measures|secondary tariff/i,
    accept: (s) => TARGET_STATE_RE.test(s) || NATIONAL_RE.test(s),
    undecidedWhenTurnedDown: true,
  },
  {
    kind: 'export controls',
    // Chip sales to a target needing a licence, or a firm stopped from them: "sales of its H20 chip to China would require a licence",
    // "urged the administration to stop Nvidia from selling even its downgraded H20 chips to Chinese customers".
    pattern: /\b(?:sales?|exports?|shipments?) of (?:[\w'’-]+ ){0,4}?(?:chips?|semiconductors?|processors|GPUs?) to (?:China|Russia|Iran)\b[^.;]{0,40}\brequir\w* (?:a |an )?(?:export )?licen[cs]es?\b|\b(?:stop|bar|ban|block|prevent)\w* (?:[\w'’-]+ ){0,3}?from (?:selling|exporting|shipping|supplying) (?:[\w'’-]+ ){0,5}?(?:chips?|semiconductors?|processors|GPUs?|chipmaking (?:tools|equipment)) to (?:Chinese|China|Russian|Russia|Iranian|Iran)\b/gi,
    needs: /chip|semiconductor|processor|GPU/i,
  },
  {
    kind: 'embargo',
    // Havana's name for the U.S. embargo: "condemned the U.S. blockade of Cuba as a violation of international law". (Not the
    // naval blockade of the missile crisis.)
    pattern: /\bblockade\b/gi,
    needs: /blockade/i,
    accept: (s) => /\b(?:Cuba\w*|Havana)\b/.test(s) && !/\b(?:naval|navy|military|warships?|missile crisis|quarantine|1962|Kennedy|Khrushchev|Soviet ships)\b/i.test(s),
    undecidedWhenTurnedDown: true,
  },
  {
    kind: 'embargo',
    // Travel bans on listed persons and bans on trade with a named state.
    pattern: rx(String.raw`\b[Tt]ravel (?:bans?|restrictions) (?:on|against|to) (?:[\w'’-]+ ){0,6}?(?:officials|leaders|individuals|oligarchs|members|generals|ministers|aides|commanders|associates|inner circle|cronies|relatives)\b|\bbar(?:s|red|ring)? (?:[\w'’-]+ ){1,7}?(?:officials|leaders|generals|ministers|commanders|junta members|members of the junta)(?: and their families)? from entering\b|\bbar(?:s|red|ring)? entry to (?:[\w'’-]+ ){0,5}?(?:officials|officers|generals|leaders|ministers|commanders|members)\b|\b(?:ban|bans|prohibition|restrictions|curbs) on (?:\w+ ){0,2}${NATIONALITY} (?:\w+ ){0,2}(?:imports|exports|oil|gas|LNG|crude|coal|diamonds|gold|aluminium|steel|uranium|arms|weapons|flights|airlines|carriers|aircraft|ships|vessels)\b|\b(?:ban|bar)(?:s|ned|red|ning|ring)? (?:on )?(?:all )?(?:new )?(?:U\.S\. |American |foreign |Western )?investments? in (?:the )?(?:${TARGET_STATE_NAMES})\b|\bban(?:s|ned|ning)? (?:on )?(?:all )?(?:flights|air links|air traffic) (?:to|from|to and from|into) (?:the )?(?:${TARGET_STATE_NAMES})\b|\b(?:restrictions|curbs) (?:on|against) (?:${TARGET_STATE_NAMES})\b|\b(?:restrictions|curbs|ban|bans|prohibition) on (?:[\w'’-]+ ){1,4}(?:to|with) (?:${TARGET_STATE_NAMES})\b|\bban(?:s|ned|ning)? (?:on )?(?:all )?(?:${NATIONALITY} )?(?:imports|exports) (?:of|from|to) (?:\w+ ){0,3}?(?:(?:to|from) )?(?:${NATIONALITY}|${TARGET_STATE_NAMES})`, 'g'),
    needs: /\b(?:ban(?:s|ned|ning)?|bar(?:s|red|ring)?|prohibition|restrictions|curbs) /, // case-sensitive, like the pattern; not "bank"
    // (A dockers' ban on handling a country's ships is union action.)
    accept: (s) => NOT_HEALTH(s) && !/\b(?:dock\w*|longshore\w*|trade unions?|union (?:officials?|members|leaders?))\b/i.test(s),
  },
];

/**
 * Could any rule match? One pass over the sentence with the union of the rules' `needs`
 * (case-insensitive ones together, case-sensitive ones together). Nearly all sentences
 * of an article fail it, and then none of the patterns (several are large) runs.
 */
const MAY_TRIGGER: RegExp[] = [true, false].map((ci) => new RegExp(
  TRIGGER_RULES.filter((r) => r.needs.ignoreCase === ci).map((r) => r.needs.source).join('|'), ci ? 'i' : '',
));

export function mayHaveTrigger(sentence: string): boolean {
  return MAY_TRIGGER.some((re) => re.test(sentence));
}

/** The rules, for tests (each pattern's matches must contain its `needs`). */
export const TRIGGER_RULES_FOR_TESTS: ReadonlyArray<Readonly<TriggerRule>> = TRIGGER_RULES;

/** All surviving triggers in a sentence, ordered by position. */
export function findTriggers(sentence: string): Trigger[] {
  return scanTriggers(sentence).triggers;
}

/**
 * The surviving triggers, and whether some pattern matched but its context turned it down (a
 * regulator's sanctions, a health ban): such a sentence is decided, and the learned assist
 * (assist.ts) may not take it for a claim.
 */
export function scanTriggers(sentence: string): { triggers: Trigger[]; turnedDown: boolean } {
  const found: Trigger[] = [];
  let turnedDown = false;
  if (!mayHaveTrigger(sentence)) return { triggers: found, turnedDown };
  for (const rule of TRIGGER_RULES) {
    if (!rule.needs.test(sentence)) continue; // the pattern cannot match
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(sentence); m; m = rule.pattern.exec(sentence)) {
      if (!rule.accept || rule.accept(sentence, m)) found.push({ kind: rule.kind, index: m.index, match: m[0] });
      else if (!rule.undecidedWhenTurnedDown) turnedDown = true;
      if (m[0].length === 0) rule.pattern.lastIndex++;
    }
  }
  return { triggers: found.sort((a, b) => a.index - b.index), turnedDown };
}
