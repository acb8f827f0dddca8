/**
 * Claim type: which predicate governs the measure.
 *
 * The rules look for a cue word that governs a measure word (cue shortly
 * before it: "lift sanctions", "in violation of a U.N. embargo") or is
 * predicated of it (shortly after: "sanctions were eased", "the embargo would
 * leave the army unable"). They are checked in a fixed priority order, most
 * specific first, because news sentences often stack predicates
 * ("ended the embargo but left in place sanctions", "lashed out at sanctions
 * imposed by ..."): breach > lifting > stance/opinion > impact > threat > imposed.
 */
import { BAN_VERB, IN_CLAUSE, MEASURE, TARGET_STATE_NAMES, rx } from './lexicon.ts';
import { CHARGED_WITH_ROUTING, LICENCE_ALLOWING, LICENCE_REVOKED, LISTING_ANNULLED, type MeasureKind, PERMISSION_GRANTED, type Trigger, WAIVER_GRANTED } from './triggers.ts';

export type ClaimType = 'imposed' | 'threatened_or_called_for' | 'violation_or_evasion' | 'lifted_or_eased' | 'impact' | 'other';

/** A cue that must sit before a measure word, within `gap` characters of the same clause. */
function governs(cue: string, gap = 50): RegExp {
  return rx(String.raw`\b(?:${cue})\b[^;:!?]{0,${gap}}?\b${MEASURE}`);
}

/** A cue predicated of a measure word that comes first. */
function predicatedOf(cue: string, gap = 60): RegExp {
  return rx(String.raw`\b${MEASURE}[^;:!?]{0,${gap}}?\b(?:${cue})\b`);
}

interface TypeRule {
  type: ClaimType;
  why: string;
  test: (sentence: string, triggers: Trigger[]) => boolean;
}

const has = (...kinds: MeasureKind[]) => (_: string, t: Trigger[]) => t.some((x) => kinds.includes(x.kind));
const any = (...tests: (RegExp | ((s: string) => boolean))[]) => (s: string) =>
  tests.some((t) => (t instanceof RegExp ? t.test(s) : t(s)));

const BREACH = String.raw`in (?:open |direct |flagrant |blatant )?defiance of|sidestep\w*|r[au]n(?:s|ning)? counter to|screen\w*|get(?:s|ting)? around|got around|violat\w*|breach\w*|skirt\w*|contraven\w*|evad\w*|evasion|circumvent\w*|bust\w*|skirt\w*|flout\w*|defy|defying|defied|erod\w*|undermin\w*|dodg\w*|enforc\w*|compl(?:y|ied|ying|iance|iant)`;
const LIFT = String.raw`(?<!loss of |lost |losing |lose )access to|c[oa]me off|tak(?:e|es|ing|en) (?:[\w'’,-]+ ){0,8}?off|took (?:[\w'’-]+ ){0,3}off|de-?list\w*|lift\w*|eas(?:e|ed|es|ing)|rescind\w*|repeal\w*|remov\w*|end|ended|ending|ends|waiv\w*|suspend\w*|suspension|relax\w*|paus(?:e|ed|es|ing)|dismantl\w*|water\w* down|roll\w* back|unfreez\w*|scrap\w*|loosen\w*|relief|exempt\w*|lessen\w*|phas\w* out`;
const STANCE = String.raw`oversee(?!ing)\w*|(?<!committee |panel |body )overseeing|administer(?!ing)\w*|(?<!committee |panel |body )administering|monitor\w* (?:the )?implementation|reject\w*|refus\w* to join|(?:would|will|did|does|do) not join|won't join|lash\w* out|criticis\w*|criticiz\w*|condemn\w*|denounc\w*|resist(?:s|ed|ing)?|held up|holding up|oppos(?:e|es|ed|ing|ition to)|object\w* to|block\w*|veto\w*|disagree\w*|debat\w*|defiance|welcom\w*|praise\w*|pledg\w*|accept\w*|intended to|policy|bill(?! (?:proposing|that would|which would|to (?:impose|ban|bar)|calling for|requiring))|vote on|vot(?:ed|es|ing) against|illegal(?:ly)?|unjust\w*|counterproductive|ineffective|hypocri\w*`;
/** Consequences predicated of a measure ("sanctions hurt", "the embargo would leave ... unable"). */
const IMPACT = String.raw`offset|wip(?:e|es|ed|ing) out|(?<!tak\w* |took |into )effects?|impacts?|toll|hurt\w*|hit(?! with)|hitting(?! with)|crippl\w*|damag\w*|suffer\w*|can no longer|no longer able|shr[iau]nk\w*|shav\w*|dri\w* up|slid|slipp\w*|ma(?:de|king|kes?) it (?:\w+ ){0,2}(?:impossible|difficult|harder|hard|costlier)|shut down|forc(?:ed|ing) (?:[\w'’-]+ ){0,3}to|left (?:[\w'’-]+ ){0,4}(?:short|without|in ruins|in tatters)|unable|contribut\w* to|taught|teach\w*|lead to|led to|leading to|could lead|wrought|decline|shortages?|inflation|unemployment|windfall|benefit\w*|disadvantag\w*|squeez\w*|cost\w*|los[et]\w*|stranded|isolat\w*|cut(?! off)|slash\w*|hamper\w*|weigh\w* on|push\w* up|drove up|driven up|unprofitable|uneconomic|unviable|tear\w* (?:[\w'’-]+ ){0,3}apart`;
/** Causal links that govern a measure ("as a result of Australian sanctions"). After the measure they give its reason instead. */
const CAUSED_BY = String.raw`${IMPACT}|(?:never |not |yet to )?recover\w* from|as a result of|because of|due to|in the wake of|thanks to`;
const THREAT = String.raw`campaign\w* for|threat\w*|warn\w*|warning|call\w* (?:on|for|upon)|calling|urg\w*|demand\w*|propos\w*|draft\w*|consider\w*|options?|seek\w*|sought|push\w* for|press\w* (?:[\w'’-]+ ){0,3}for|lobb\w*|want\w*|plan\w*|prepar\w*|potential|possible|further|stricter|tougher|fear\w*|held off|delay\w* on|could face|would face|should face|must face|risk\w*|ask\w*|go(?:es)? ahead with|went ahead with|retaliat\w*|appeal\w*|fac(?:es|ing)|weigh(?:s|ed|ing)?|mull\w*|rul\w* out|press(?:ed|es|ing)? (?:[\w'’-]+ ){1,3}to`;
// Verbs that also serve a purpose clause ("imposed sanctions to restrict its missile programme", "to put pressure on") predict only after a modal or a plan.
const PREDICTED_IMPOSITION = rx(String.raw`\b(?:may|might|could|would|will|to|shall|should|must)\s+(?:also\s+|soon\s+|now\s+)?(?:impose|re-?impose|slap|introduce|adopt|agree|expand|sanction|embargo|blacklist|designate|freeze|penali[sz]e)\b|` +
  String.raw`\b(?:may|might|could|would|will|shall|plans? to|planning to|proposals? to|threaten\w* to|vow\w* to|expected to|set to|likely to|(?:not )?hesitate to|expect\w* (?:[\w'’-]+ ){1,3}to)\s+(?:also\s+|soon\s+|now\s+)?(?:restrict|ban|bar|prohibit|add|place|put|re-?impose|widen|extend|expand|tighten|broaden|target)\b`);
const IMPOSE = String.raw`order(?:ed|s|ing)?|vot(?:ed|es) (?:[\w-]+ ){0,6}to|put(?:s|ting)?(?! off)|join\w*|plac\w* (?:[\w'’-]+ ){0,4}on|announc\w*|agree(?:d|s|ing)?\b(?! that)|revok\w*|expand\w*|broaden\w*|widen\w*|step\w* up|ramp\w* up|add(?:s|ed|ing)? (?:[\w'’-]+ ){0,4}to|impos\w*|re-impos\w*|slap\w*|extend\w*|renew\w*|sanctioned|designat\w*|listings?|listed|subject to|approv\w*|adopt\w*|tighten\w*|barred|authori[sz]\w*|put\w* together|add\w* to|cut off|get|got|secur\w*|pass\w*|enact\w*|in force|in place|under|froze|frozen|target\w*|hit with|new|fresh|additional|tak\w* effect|took effect|c[oa]me into force|enter\w* into force`;

/** A ban on dealings with a state (triggers.ts): a measure in force by itself. */
const BANNED_DEALINGS = rx(String.raw`\b(?:${BAN_VERB}) (?:[\w'’-]+ ){0,4}from (?:doing business|trading|dealing|investing)`);

const DEALINGS_BREACH = /\b(?:process\w*|conduct\w*|facilitat\w*|handl\w*|arrang\w*|rout\w*|made|mak\w*|did|doing|carr\w* out|fail\w* to (?:block|stop|screen|report)) (?:[\w'’-]+ ){0,3}?(?:payments?|transactions?|transfers?|deals?|business|trade|trading|dealings|shipments?) (?:[\w$€£.,'’-]+ ){0,3}?(?:for|with|to|from|involving|on behalf of) (?:[\w'’-]+ ){0,3}?sanctioned\b/i;
const UNLICENSED_EXPORT = /\bconspir\w* to (?:export|ship|sell|suppl)\w*|\bwithout (?:an? |the |any )?(?:required |necessary |valid |proper )?(?:export )?licen[cs]es?\b/i;
const PROHIBITION = rx(String.raw`\b(?:cut\w* (?:[\w'’-]+ ){0,3}off|${BAN_VERB}|cannot|can't|may not|must not|requir(?:e|es|ed|ing|ements?)\b(?!\s+(?:[\w-]+\s+)?licen))\b`);
const DEALING_DESPITE = rx(String.raw`\b(?:reach\w*|turn\w* up|end\w* up|find\w* (?:its|their) way|found (?:its|their) way|buy\w*|bought|acquir\w*|obtain\w*|import\w*|ship\w*|sell\w*|sold|export\w*|procur\w*)\b${IN_CLAUSE}{0,60}\b(?:despite|in spite of)\s+(?:the\s+)?(?:(?!lift|eas|end|remov|suspen|relax)[\w-]+\s+){0,2}${MEASURE}`);
const ALLOWED = /\b(?:licen[cs]es?|waivers?|exemptions?|exempt\w*|allow\w*|permit\w*|authori[sz]\w*)\b/i;

/** A price's or a market's sharp move. */
const MARKET_VERB = String.raw`slump\w*|plung\w*|tumbl\w*|fell|sank|dropped|soar\w*|surg\w*|jump\w*|collaps\w*|crash\w*|doubled|tripled|quadrupled|halved|shr[aiu]nk\w*|contracted`;
const MARKET_MOVE = rx(String.raw`\b(?:${MARKET_VERB})\b${IN_CLAUSE}{0,80}\b(?:after|following|amid|under|as)\b${IN_CLAUSE}{0,40}?\b${MEASURE}`);
/** A price or a currency moving on news of a measure: "Platinum rose 11 dlrs an ounce … on fears that Congress would ban imports of the metal". */
const MARKET_ON_NEWS = rx(String.raw`\b(?:${MARKET_VERB}|rose|climbed|gained|firmed|strengthened|weakened)\b(?: \w+){0,6} on (?:fears|hopes|expectations|worries|concerns?|news|reports) (?:that|of)\b`);
const THREATENED_TO = /\b(?:threat\w*|(?:is |are |was |were |stands? |stood )?(?:prepared|ready|poised)) to (?:sanction|impose|re-?impose|slap|blacklist|freeze|embargo|ban|penali[sz]e|suspend all|cut off|close its borders)\b/i;
/** A call to impose, or a warning of what a state will face if it acts: threats even beside a veto or a cost word. */
const CALL_TO_IMPOSE = rx(String.raw`\b(?:should|must|ought to) (?:be )?(?:impos|slap|sanction|punish)\w*|\bthreatened with (?:[\w.'’-]+ ){0,3}(?:penalties|sanctions|measures|an embargo|a ban)\b|\b(?:would|will|could) (?:force|require|mandate|trigger) (?:[\w-]+ ){0,2}(?:mandatory |automatic )?(?:trade )?(?:sanctions|penalties|embargo)\b|\b(?:will|would|shall) (?:take|adopt) (?:[\w-]+ ){0,2}countermeasures\b|\b(?<!(?:passed|signed|enacted|adopted) (?:a |the )?)(?:bill|legislation|amendment|resolution|draft) (?:\w+ ){0,3}?(?:to|that would|which would|would) (?:ban|bar|impose|prohibit|penali[sz]e|punish|freeze|cut off|cut all|sanction|tighten|extend|widen|expand|codify|force|require)\b|\b(?<!(?:passed|signed|enacted|adopted) (?:a |the )?)(?:bill|legislation) (?:barring|banning|imposing|prohibiting|freezing)\b|\b(?:will|would|could|might) (?:also )?hit (?:[\w'’-]+ ){1,3}with\b|\bthreat\w* (?:[\w'’-]+ ){1,3}with\b|\b(?:propos\w*|urg\w*|call\w* for|demand\w*) (?:[\w'’-]+ ){0,2}(?:barring|banning|freezing|blacklisting|sanctioning|penali[sz]ing)\b|\b(?:urg\w*|call\w* (?:on|upon)|press\w*|lobb\w*|ask\w*|demand\w*)\b${IN_CLAUSE}{0,80}?\bto (?:[\w'’-]+ ){0,6}?(?:impose|slap|adopt|enact|introduce|consider)\b|\b(?:will|would|could) face\b${IN_CLAUSE}{0,150}?\bif\b`);
/** Calls, plans and bills anywhere in a claim (see the last rules). */
const CALL_ANYWHERE = /\b(?:trigger (?:the )?snapback|called on|calls on|calling on|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|want(?:s|ed)? (?:[\w'’.-]+ ){1,3}to|press(?:es|ed|ing)? (?:[\w'’.-]+ ){1,4}to|(?:is|are) expected to (?:discuss|unveil|announce|impose|approve|adopt|agree|extend|introduce|tighten|widen|add|target|blacklist|ban|bar|list)|(?:studying|discussing|considering|weighing) whether to|introduced (?:a |the )?(?:bill|legislation|resolution)|push(?:es|ed)? (?:for )?legislation|(?:is|are) preparing|fac(?:es|ing) the return of|a bill that would|next steps? (?:is|are|would be|will be|could be)|all options (?:are|remain) on the table|next (?:sanctions )?(?:package|round)|ensure (?:that )?(?:[\w'’-]+ ){0,10}?face|draw(?:s|ing|n)? up (?:a |the |an? )?(?:new |fresh |further |\d+\w* )?(?:package|round|list)|drew up (?:a |the )?(?:new |\d+\w* )?(?:package|round|list)|(?:new|next|further|fresh) (?:EU |sanctions )?(?:package|round) (?:must|should|ought to|needs? to)|ask(?:s|ed|ing)? (?:[\w'’.-]+ ){1,4}to (?:bar|ban|impose|freeze|blacklist|sanction|stop|halt|cut off)|expose (?:[\w'’-]+ ){0,2}to (?:U\.S\. |US |American |secondary )?(?:penalties|sanctions|measures))\b/i;
/** Measures stated in force anywhere in a claim (see the last rules). */
const IN_FORCE_ANYWHERE = /\b(?:(?:is|are|was|were|been|be|remains?|remained) (?:\w+ )?(?:barred|banned|prohibited|immobili[sz]ed|blocked|frozen)|(?:can|could) no longer be (?:imported|exported)|keep (?:its |the |their )?(?:halt|ban|embargo|freeze) on|prohibits|prohibited the|rolled over|[Hh]it [Ww]ith|agreed to (?:stop|halt|ban|bar|impose|freeze)|(?:Treasury|OFAC|State Department|Commerce Department|Washington|London|Brussels|Ottawa|Canberra|Britain|the EU|the European Union|the United States|the U\.S\.|the UK) (?:\w+ ){0,2}(?:designated|blacklisted|listed)|block(?:ed|ing) (?:its|their|his|her|the) (?:[\w-]+ )?assets|written into law|keep (?:the |its |their )?(?:[\w'’"“”-]+ ){0,3}?(?:sanctions|embargo|measures) on|(?:suspended|halted|banned|cut) (?:all )?(?:[\w.'’-]+ ){0,2}(?:flights|air links) to|(?:took|takes|take|taking) (?:full )?effect|went into (?:full )?effect|[Rr]esolution \d{3,4} (?:\w+ ){0,3}(?:requires|bans|bars|prohibits|imposes)|added (?:[\w'’.-]+ ){0,6}to (?:the |its |their )?(?:[\w'’-]+ ){0,2}list|revoked the licen[cs]es?|in force|made (?:[\w'’-]+ ){0,2}law|became law|(?:package|round|regulation|decree) (?:[\w-]+ ){0,2}(?:bans|bars|prohibits|freezes|adds)|(?:banned|barred|prohibited|halted) (?:all )?(?:[\w-]+ )?(?:imports|exports|trade|flights|arms sales)|ordered (?:[\w'’-]+ ){1,8}?(?:cut off|barred|frozen|blocked)|(?:executive )?order (?:freezing|blocking|banning|barring|prohibiting|imposing)|(?:designated|blacklisted|listed) by (?:the )?(?:U\.S\. |US |American )?(?:Treasury|OFAC|State Department|Commerce Department)|invok\w* (?:the )?(?:[\w-]+ ){0,3}(?:Amendment|Act|law))\b/i;
/** Effect words that say little else, wherever they stand in a claim (see the impact rule). */
const EFFECT_ANYWHERE = rx(String.raw`\b(?:(?:has|have|had) deprived|lost (?:about |nearly |almost |more than )?(?:a third|half|a quarter|two-thirds|\d+ ?(?:%|per ?cent|percent)) of (?:its|their) value|(?:have|has) (?:all but )?disappeared|(?:business|trade|sales|exports|orders) (?:has|have) (?:slumped|collapsed|dried up|plunged|fallen)|force majeure|stopped (?:placing|taking|accepting) (?:new )?(?:orders|bookings|payments|cargoes)|struggl\w* to (?:remit|pay|get paid|import|export|buy|obtain|ship|transfer|source|secure|find)|(?:could not|couldn't|were unable to|was unable to) (?:buy|obtain|import|get|pay|access|receive)|pull(?:s|ed|ing)? out of|(?:had|has|have) left (?:[\w'’-]+ ){0,3}with|(?:have|has|had) lost (?:a |an |its |their |our )?(?:[\w-]+ )?(?:markets?|customers|clients|business|contracts|sales)|(?:would|will)(?:n't| not) (?:serve|deal with|do business with|insure)|refus\w* to (?:serve|deal with|do business with|insure|bank)|(?:fallen|dropped|plunged|slumped|risen|climbed) (?:by )?(?:a third|half|a quarter|two-thirds|\d+(?:\.\d+)? ?(?:%|per ?cent|percent))|record low|run(?:s|ning)? short|ran short|shortages? of|grounded|cannibali[sz]\w*|stockpil\w*|scrambl\w*|chok\w* off|idled|blamed on|soar(?:ed|ing)|handed (?:business|contracts|market share)|cancel(?:l?ed|l?ing|s)? (?:all )?(?:[\w-]+ ){0,2}flights)\b|\b(?:shares|stocks|bonds|rial|rouble|ruble|currency)\b[^.;]{0,40}\b(?:${MARKET_VERB})\b`);
const MEASURE_THEN_WILL = rx(String.raw`\b${MEASURE}\s+(?:will|would)\b`);

const BREACH_WORD = rx(String.raw`\b(?:${BREACH})\b`);

/** The shadow fleet as the measure's target: listed ships impose; the fleet itself evades. */
const SHADOW_FLEET_LISTERS = String.raw`target\w*|sanctioned|designat\w*|blacklist\w*|listed`;
const SHADOW_FLEET_LISTED = rx(String.raw`\b(?:${SHADOW_FLEET_LISTERS})\b${IN_CLAUSE}{0,80}shadow fleet`);
const SHADOW_FLEET_AS_TARGET = rx(String.raw`\b(?:${SHADOW_FLEET_LISTERS}|against|measures|sanction\w* on)\b${IN_CLAUSE}{0,80}shadow fleet`);
const GENERAL_LICENCE_REVOKED = rx(String.raw`\b(?:revok|withdr[ae]w|cancel|rescind)\w*${IN_CLAUSE}{0,40}general licen`);
/** Licences, waivers and permissions granted, licences withdrawn, listings annulled (triggers.ts), without their global flag: a test keeps no state. */
const LICENCE_ALLOWED = new RegExp(LICENCE_ALLOWING.source, 'i');
const LICENCE_WITHDRAWN = new RegExp(LICENCE_REVOKED.source, 'i');
const WAIVER_GIVEN = new RegExp(WAIVER_GRANTED.source, 'i');
const PERMISSION_GIVEN = new RegExp(PERMISSION_GRANTED.source, 'i');
const LISTING_ANNULMENT = new RegExp(LISTING_ANNULLED.source, 'i');

/** A decision already taken ("voted unanimously to impose", "agreed to impose") imposes; it does not predict. */
const DECIDED_TO = rx(String.raw`\b(?:voted|agreed|decided|resolved|prompting|prompted|forcing|forced|leading|led|ordered|instructed|directed)\s+(?:[\w-]+\s+){0,6}to\s+(?:impose|slap|introduce|adopt|expand|sanction|embargo|blacklist|designate|freeze|ban|bar)\b`);
/** A law's powers are a description, not a prediction: "The Act authorises the President to impose visa bans". */
const EMPOWERED_TO = /\b(?:authori[sz]\w*|empower\w*|enabl\w*|allow\w*|permit\w*) (?:[\w'’-]+ ){0,4}to (?:impose|freeze|block|designate|sanction)\b/i;
const predictsImposition = (s: string): boolean => PREDICTED_IMPOSITION.test(s) && !DECIDED_TO.test(s) && !EMPOWERED_TO.test(s);

function threatBeforeBreach(sentence: string): boolean {
  const threat = PREDICTED_IMPOSITION.exec(sentence);
  const breach = BREACH_WORD.exec(sentence);
  return threat !== null && breach !== null && threat.index < breach.index;
}

const TYPE_RULES: TypeRule[] = [
  { type: 'violation_or_evasion', why: 'UN resolution breach', test: has('UN resolution breach') },
  {
    type: 'violation_or_evasion', why: 'breach',
    // A threat to punish evaders ("would sanction anyone who helps evade the embargo") is a threat, not a breach.
    test: (s) => !threatBeforeBreach(s) && any(
      governs(BREACH, 45),
      governs(String.raw`compl(?:y|ied|ying|iance|iant)`, 80),
      rx(String.raw`\b${MEASURE}[- ](?:violations?|violators?|evasion|evaders?|busting|breach\w*|dodging|enforcement|compliance)\b`),
      // (A measure that targets the shadow fleet imposes; the fleet itself evades.)
      (s: string) => /\bshadow fleet/i.test(s) && !SHADOW_FLEET_AS_TARGET.test(s),
      /\b(?:circumvent\w*|evad\w*|evasion of|get(?:s|ting)? around|got around|skirt\w*) (?:the |these |such )?(?:\w+ ){0,2}measures\b/i,
      // Abuses of the U.N. programme: "Oil-for-food probe widens to kickbacks paid to Saddam's regime".
      rx(String.raw`\boil[- ]for[- ]food\b${IN_CLAUSE}*\b(?:kickbacks?|scandal|probe|illicit|surcharges?|brib\w*|corrupt\w*|abuses?)\b|\b(?:kickbacks?|scandal|probe|illicit|surcharges?|brib\w*|corrupt\w*|abuses?)\b${IN_CLAUSE}*\boil[- ]for[- ]food\b`),
      // Fined for the dealings themselves: "agreed to pay a record fine for processing … transactions for clients in Sudan".
      rx(String.raw`\b(?:fin(?:e|es|ed)|penalt(?:y|ies)|settlements?)\b${IN_CLAUSE}{0,40}\bfor (?:processing|handling|making|paying|moving|routing|clearing|violat\w*|breach\w*|evad\w*|export\w*|shipp\w*|sell\w*|doing business)`),
      // Settling allegations of dealings (with OFAC), or earning outside a U.N. programme.
      rx(String.raw`\b(?:charged|accused|convicted|arrested|indicted)\b${IN_CLAUSE}{0,60}\b(?:help\w*|assist\w*|aid\w*)\b${IN_CLAUSE}{0,30}\bsanctioned\b`),
      /\bsettle\w* (?:[\w.'’-]+ ){0,3}(?:allegations|charges|claims) that\b|\boutside (?:the )?(?:[\w-]+ )?(?:oil[- ]for[- ]food|sanctions?|embargo)\b/i,
      // Payments stripped of what would show their sanctioned party: "admitting it stripped identifying details from payments".
      /\b(?:strip\w*|hid|hide|hiding|hidden|conceal\w*|disguis\w*|falsif\w*) (?:[\w'’-]+ ){0,4}(?:details|information|references|transactions|payments|transfers)\b/i,
      /\billegal(?:ly)? (?:export|ship|sell|sold|sale|shipment|trade|suppl)\w*|\bsmuggl\w*|\bbarred (?:\w+ ){0,4}from (?:exporting|selling|shipping)\b/i,
      // Charged with routing goods to a sanctioned buyer's arms makers.
      rx(CHARGED_WITH_ROUTING),
      // Earnings from prohibited exports, their origin disguised: "earned nearly $200 million from prohibited coal exports by
      // disguising the origin of its shipments".
      /\bfrom prohibited (?:[\w-]+ )?(?:exports?|sales?|shipments?)\b|\bdisguis\w* (?:the )?(?:origin|ownership|destination)\b/i,
      // Transfers at sea and front companies are how a regime is evaded (unless the sentence judges the measures for it: "the
      // sanctions have done little to stop Russian crude reaching India via ship-to-ship transfers" is a stance).
      (t: string) => /\bship-to-ship (?:transfers?|transshipments?|deliveries)\b|\b(?:through|used|using) (?:a )?(?:network of |web of )?(?:shell|front) (?:compan(?:y|ies)|firms?)\b/i.test(t) &&
        !/\b(?:critics|done little|failed to (?:stop|prevent|halt))\b/i.test(t),
      // Dealings with the sanctioned ("processed payments for sanctioned entities"), exports without a licence — unless the
      // sentence states the prohibition itself ("banned trade with sanctioned banks", "cannot ship chips without a licence").
      (s: string) => !PROHIBITION.test(s) && !/\beas(?:e|ed|es|ing)\b|\bcan now\b|\bno longer need/i.test(s) && (UNLICENSED_EXPORT.test(s) || (DEALINGS_BREACH.test(s) && !ALLOWED.test(s))),
      // (Unless it is allowed: "a general licence allowing shipments despite the sanctions" eases them.)
      (s: string) => DEALING_DESPITE.test(s) && !ALLOWED.test(s),
    )(s),
  },
  // A market's move on news of a measure is its effect, whatever the measure does.
  { type: 'impact', why: 'market move', test: any(MARKET_ON_NEWS) },
  // Measures brought back, announced or threatened: a threat, even beside the lifting that ended them ("would reimpose every
  // sanction on Iran that was lifted", "ready to trigger the snapback mechanism, which would restore all UN sanctions").
  // A measure threatened on a condition, whatever else the sentence lifts or relaxes: "would impose trade sanctions … unless
  // Brasilia relaxes its restrictions".
  { type: 'threatened_or_called_for', why: 'conditional threat', test: any(/\b(?:would|will|could|threaten\w* to) impose\b[^.;]{0,150}\bunless\b/i) },
  { type: 'threatened_or_called_for', why: 'return threatened', test: any(/\b(?:would|will|could|might|to|vow\w* to|threaten\w* to|ready to|prepared to)\s+(?:re-?impose|reinstate|restore (?:all |the )?(?:U\.?N\.? )?(?:sanctions|measures)|trigger (?:the )?snap-?back)\b/i) },
  { type: 'lifted_or_eased', why: 'lifting', test: has('oil-for-food') },
  // The legal basis revoked: "revoked the Biden-era executive order that allowed sanctions on violent Israeli settlers".
  { type: 'lifted_or_eased', why: 'basis revoked', test: any(/\b(?:revok|rescind|repeal)\w* (?:[\w'’.-]+ ){0,4}?(?:executive )?order (?:that|which) (?:had )?(?:allowed|authori[sz]ed|imposed|established|permitted)\b/i) },
  {
    type: 'lifted_or_eased', why: 'lifting',
    test: any(
      governs(LIFT, 40),
      // Revoking the measure itself (revoking a licence tightens it), lifting measures described at length: "was revoking its
      // trade embargo on Sudan", "had begun lifting its nuclear-related economic and financial restrictions on Iran".
      /\brevok\w* (?:the |its |their |all )?(?:[\w-]+ ){0,3}(?:embargo|sanctions|ban|restrictions|blockade)\b/i,
      /\b(?:lift|eas|relax|loosen|suspend)\w* (?:its|their|the|all) (?:[\w-]+,? (?:and )?){0,5}(?:restrictions|sanctions|measures|embargo|curbs)\b/i,
      /\bunfr(?:eez|oz)\w*/i,
      // An end demanded to a measure described at length: "a resolution demanding an end to the US economic, commercial and financial blockade".
      /\b(?:an end to|ending|the lifting of|lifting of) (?:the )?(?:[\w.-]+,? (?:and )?){0,5}(?:blockade|embargo|sanctions|measures|restrictions)\b/i,
      (s: string) => /\bgeneral licen[cs]es?\b/i.test(s) && !GENERAL_LICENCE_REVOKED.test(s),
      LICENCE_ALLOWED,
      predicatedOf(String.raw`(?:were|was|be|been|being|is|are|get|got)\s+(?:\w+\s+)?(?:lifted|eased|removed|suspended|relaxed|waived|rescinded|unfrozen|repealed|ended|scrapped|dropped)`, 40),
      // Frozen money set free ("assets … were released"), not a coup that "returned" a ruler after a blockade.
      rx(String.raw`\b(?:frozen|freez\w*|assets?|funds|reserves|money)\b[^;:!?]{0,60}?\b(?:transferred|released|returned|unfrozen|unlocked|began moving|started moving)\b`),
      // More time to wind down, a licence amended so business can go on: "extended the deadline for companies to wind down
      // dealings with Lukoil's foreign subsidiaries", "amended Chelsea's licence so the club could keep selling tickets".
      /\bextend\w* (?:[\w'’-]+ ){0,2}deadline for (?:[\w'’-]+ ){0,4}to wind down\b|\bwind[- ]down (?:period|licen[cs]es?)\b|\blicen[cs]es?\b[^.;]{0,30}\bso (?:that )?(?:[\w'’-]+ ){1,3}(?:could|can) (?:keep|continue|resume)\b/i,
      // Headlines drop the auxiliary: "LIBYA SANCTIONS SUSPENDED".
      predicatedOf(String.raw`lifted|eased|suspended|removed|scrapped|ended|relaxed|waived`, 1),
      predicatedOf(String.raw`exempt\w*|waiv\w*`, 40),
      rx(String.raw`\bwithdr[ae]w\w* (?:the |its |their |all )?(?:[\w-]+ ){0,2}${MEASURE}`),
      // Taken off a list, frozen money released, trade status restored.
      /\b(?:remov|delist|tak)\w* (?:[\w'’-]+ ){0,8}(?:from|off) (?:the |its |their )?(?:[\w-]+ ){0,2}(?:lists?|blacklists?)\b/i,
      /\b(?:releas|hand|give|gave|unlock)\w* (?:[\w$€£.,'’-]+ ){0,5}(?:in |of )?(?:frozen|blocked)\b/i,
      /\blicen[cs]es? (?:that (?:allows?|lets|permits?)|allowing|permitting) (?:[\w'’.-]+ ){0,4}to (?:keep |continue |resume )?(?:suppl|sell|export|ship|do business|operate|trade)/i,
      /\brestor\w* (?:[\w'’-]+ ){0,3}most-favou?red-nation\b/i,
      // Licensed to ship to a target, or a target allowed to sell its oil: "licensed three U.S. pharmaceutical companies to ship
      // medicines to Cuba", "a plan allowing Iraq to sell $2 billion of oil".
      /\blicensed (?:[\w.'’-]+ ){0,5}to (?:ship|sell|export|supply|send|trade)\b/i,
      PERMISSION_GIVEN,
      // Penalties waived, a sanctions law repealed: "waived some of the penalties imposed on India and Pakistan", "voted to repeal
      // the key provisions of the 1986 anti-apartheid law".
      /\bwaiv\w* (?:[\w-]+ ){0,4}(?:penalties|measures|restrictions)\b|\brepeal\w* (?:[\w-]+ ){0,5}(?:\d{4} )?(?:anti-apartheid|sanctions?) (?:law|act|legislation)\b|\brepealed the (?:[\w-]+ ){1,3}(?:Act|Amendment)\b/i,
      // A listing annulled by a court, a waiver received, a bank reconnected to SWIFT.
      LISTING_ANNULMENT,
      /\breconnect\w* to (?:the )?SWIFT\b/i,
      // Limits eased: "the administration eased limits on remittances" (the trigger asks for a target state).
      /\b(?:relax|eas|lift|loosen)\w* (?:the )?(?:limits|caps?|rules) on (?:[\w-]+ ){0,3}(?:remittances|family visits|travel)\b/i,
      rx(String.raw`\ballow\w* (?:${TARGET_STATE_NAMES}) to (?:sell|export)\b`),
      // A waiver granted (the trigger asks for a target state): "granted Iraq a waiver to keep paying for Iranian electricity".
      WAIVER_GIVEN,
      // A sanctions committee approving a purchase makes an exception ("approved contracts for Iraq to buy food and medicine").
      /\bsanctions committee\b[^;]*\b(?:approv\w*|allow\w*|permit\w*|authori[sz]\w*)\b/i,
      /\b(?:U\.N\.|UN|Security Council) committee\b[^;]*\b(?:approv\w*|allow\w*|permit\w*|authori[sz]\w*|cleared) (?:a |an |the |their |its )?(?:[\w-]+ ){0,3}(?:release|shipment|delivery|sale|purchase|imports?|contracts?|transfer)s?\b/i,
      // Exempted from a measure, or from penalties described at length ("exempted Japan and ten EU nations from new financial penalties").
      rx(String.raw`\bexempt\w* (?:[\w'’,-]+ ){0,10}from (?:the |its |their )?(?:(?:[\w-]+ )?${MEASURE}|(?:new |further )?(?:[\w-]+ )?(?:penalties|measures|restrictions)\b)`),
      rx(String.raw`\b(?:exceptions?|exemptions?|waivers?|licen[cs]es?)\b${IN_CLAUSE}{0,80}\b${MEASURE}|\b${MEASURE}${IN_CLAUSE}{0,80}\b(?:exceptions?|exemptions?|waivers?)\b|\b${MEASURE}[- ]relief\b`),
    ),
  },
  // A threat stated outright (or denied) before any effect word: "had never threatened to sanction Saudi Arabia over the oil production cut".
  { type: 'threatened_or_called_for', why: 'threat', test: any(THREATENED_TO, CALL_TO_IMPOSE) },
  // Cut off from SWIFT (passive) is the measure itself, not its effect.
  { type: 'imposed', why: 'imposed', test: any(/\b(?:were|was|been|be|are|is|being) (?:\w+ )?(?:cut off|excluded|disconnected|removed|banned) from (?:the )?SWIFT\b|\bSWIFT (?:cut|disconnected|excluded|expelled)\b/i,
    /\bsigned (?:[\w'’-]+ ){0,3}into law\b/i,
    // Placed on the Entity List or a blacklist: "placed 28 Chinese companies … on its entity list".
    // (Done: "want the Treasury to put SMIC on its SDN list" calls for it.)
    /(?<!\bto )\b(?:placed|put) (?:[\w.'’-]+ ){0,8}?on (?:its|the|their|a) (?:[\w-]+ )?(?:[Ee]ntity [Ll]ist|blacklist|sanctions? list|SDN list)\b/,
    // A state barring new investment outright: "President Clinton barred new American investment in Burma".
    /\b(?:barred|banned|prohibited|outlawed|bars|bans|prohibits) (?:all |any )?new (?:[\w.'’-]+ ){0,2}investments?\b/i,
    // Congress overriding a veto to impose them: "overrode President Reagan's veto and barred American companies from …".
    // (Done, not debated or voted on: "debating whether to override Reagan's veto", "voted to override the veto" are not.)
    /\boverr(?:ode|idden) (?:[\w'’.-]+ ){0,4}veto\b/i,
    /\b(?:led|leads|lead|leading) to (?:the )?(?:imposition|introduction|adoption) of\b/i,
    SHADOW_FLEET_LISTED,
    LICENCE_WITHDRAWN,
    rx(String.raw`\badd(?:s|ed|ing)\b${IN_CLAUSE}{0,80}?\bto (?:its|the|their|a) (?:[\w-]+ )?(?:Entity List|blacklist|sanctions? list|SDN list|terror(?:ist)? list|list of (?:firms|companies|entities|individuals|persons|people) (?:barred|banned|denied|subject))\b`)) },
  // A market's move after a measure, even a vote on one: "shares fell sharply after the Senate vote on sanctions".
  { type: 'impact', why: 'market move', test: any(MARKET_MOVE) },
  // (Naming the measure a thing is judging it: "called the U.S. embargo a crime against the Cuban people".)
  { type: 'other', why: 'stance', test: any(governs(STANCE, 80), rx(String.raw`\bcall(?:ed|s|ing)? (?:the |its |their )?(?:[\w.'’-]+ ){0,3}${MEASURE} (?:a|an)\b`), predicatedOf(String.raw`are intended to|is intended to|(?<!\bit )illegal(?:ly)?|unjust\w*|counterproductive|ineffective|(?:has|have|had)(?:n't| not) worked|(?:is|are)(?:n't| not) working|(?:has|have|had) failed to (?!compl|enforc|stop)`, 60)) },
  {
    type: 'impact', why: 'impact',
    // "since the 1980 grain embargo, X has ..." dates a change from the measure.
    // Effects told anywhere in the sentence by words that say little else: a currency's "record low", hospitals "running short",
    // grounded jets, "cannibalised" parts, stockpiling, "blamed on the embargo".
    test: any(governs(CAUSED_BY, 50), predicatedOf(IMPACT, 80), EFFECT_ANYWHERE, rx(String.raw`\bsince the (?:\d{4} )?(?:\w+ )?${MEASURE}`),
      rx(String.raw`\b(?:lost|fallen|risen|doubled|halved|collapsed|dipped|dropped|slumped)\b${IN_CLAUSE}{0,60}\bsince (?:the )?(?:[\w'’-]+ ){0,3}${MEASURE}`)),
  },
  { type: 'threatened_or_called_for', why: 'threat', test: any(governs(THREAT, 40), governs(String.raw`urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:on|for|upon)|demand\w*|press\w* for|push\w* for`, 90), predicatedOf(String.raw`one option|an option|were possible|are possible|under (?:consideration|discussion)|being (?:discussed|considered)|that \w+ wants?|that \w+ demands?`, 40), predicatedOf(String.raw`threats?`, 2), predictsImposition,
    // A condition with the measure as its consequence: "If those troops cross the border, the sanctions will be swift".
    (t: string) => /\bif\b/i.test(t) && (MEASURE_THEN_WILL.test(t) || /\bsnap\w*[- ]back\b|\b(?:ready|prepared|poised) to\b/i.test(t)),
    // A measure expected unless a condition is met: "Diplomats expect the UN ban … to return at the end of September unless Tehran accepts".
    (t: string) => /\bunless\b/i.test(t) && /\bexpect\w*\b/i.test(t)) },
  { type: 'imposed', why: 'imposed', test: any(governs(IMPOSE, 40), predicatedOf(IMPOSE, 40), predicatedOf(String.raw`took effect|takes? effect|(?:went|goes|go|come|came|comes) (?:back )?into effect|c[oa]me (?:back )?into force|entered into force|remains? in (?:force|place)|stays? in place|still in (?:force|place)`, 160), (s) => /\bsanctioned\b/i.test(s), BANNED_DEALINGS) },
  { type: 'imposed', why: 'listing', test: has('terrorist designation', 'asset freeze') },
  { type: 'imposed', why: 'divestment law', test: (s, t) => has('divestment')(s, t) && /\b(?:passed|enacted|signed|approved|adopted)\b/i.test(s) },
  // The imposing verb further off than the cue rules look ("The sanctions that Washington, after months of …, finally imposed on …").
  { type: 'imposed', why: 'imposed', test: any(/\b(?:impos(?:ed|es|ing)|re-?imposed|slapped|enacted|tightened)\b/i) },
  // Last, before the fallback: a measure stated in force anywhere in the sentence, in words other than the cue rules' ("are barred
  // from U.S. ports", "were immobilised", "rolled over the economic measures", "was added to the EU's list … two years after rights
  // groups first demanded it"), then a call, a plan or a bill ("demanded punitive action against Toshiba", "urged the EU to include
  // Rosatom in its next package", "is expected to unveil curbs").
  { type: 'imposed', why: 'in force', test: any(IN_FORCE_ANYWHERE) },
  { type: 'threatened_or_called_for', why: 'call or plan', test: any(CALL_ANYWHERE) },
  { type: 'other', why: 'description', test: () => true },
];

export function classifyType(sentence: string, triggers: Trigger[]): ClaimType {
  for (const rule of TYPE_RULES) if (rule.test(sentence, triggers)) return rule.type;
  return 'other';
}
