// Sanctions-claim finder on sentences written for this test (invented, in the manner of news reports), in six
// batches written one after another: each batch was first run as a held-out check of the rules as they stood, then
// the rules were generalised where it missed (see src/nlp/claims/README.md, "Held-out checks on invented sentences").
// The sentences the rules still get wrong are listed in that README, not here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifySentence } from '../../src/nlp/claims/index.ts';

function expectNoClaims(sentences: string[]): void {
  for (const sentence of sentences) assert.equal(classifySentence(sentence), null, sentence);
}

function expectTypes(cases: Array<[string, string]>): void {
  for (const [type, sentence] of cases) assert.equal(classifySentence(sentence)?.type ?? null, type, sentence);
}

const TYPED: Record<string, string[]> = {
  imposed: [
    'Washington on Tuesday blacklisted three shipping firms it accused of moving Iranian crude to Asian buyers.',
    'The European Union added 14 Belarusian officials to its sanctions list over the disputed election.',
    'Britain froze the London assets of two oligarchs and barred them from entering the country.',
    'The Treasury Department designated the militia\'s finance chief under its counterterrorism authorities.',
    'Canada slapped sanctions on five generals accused of overseeing the crackdown.',
    'Japan tightened export curbs on semiconductor equipment bound for China.',
    'The Security Council voted unanimously to impose an arms embargo on the breakaway region.',
    'Australia expanded its sanctions against Myanmar\'s military rulers on Friday.',
    'Switzerland adopted the EU\'s latest package of measures against Moscow, freezing more than $7 billion in assets.',
    'The administration placed the conglomerate on the Entity List, cutting it off from American suppliers.',
    'Ottawa announced sanctions against 22 individuals linked to the detention of protesters.',
    'The bloc agreed a twelfth package of sanctions, including a ban on imports of diamonds from Russia.',
    'OFAC sanctioned four tankers and their owners on Thursday.',
    'Under the measures, the central bank\'s reserves held abroad are frozen.',
    'The U.N. arms embargo on the country remains in force until next year.',
    'The government renewed the trade embargo for another twelve months.',
    'The Security Council imposed an air embargo on the country in 1992 after it refused to hand over two suspects.',
    'Baghdad has been under U.N. sanctions since its invasion of its neighbour.',
    'Washington banned American companies from doing business with the regime in 1987.',
    'The sanctions, which took effect at midnight, bar the sale of aircraft parts to the carrier.',
    'Ministers approved a freeze on the overseas assets of the ruling family.',
    'The United States has imposed sanctions on the country\'s defence minister and two deputies.',
    'London sanctioned six more oligarchs on Wednesday, bringing the total to more than 1,000.',
    'The EU\'s embargo on seaborne crude came into force in December.',
    'The council froze the group\'s funds and banned its leaders from travelling to member states.',
    'The bank was added to the Treasury\'s list of Specially Designated Nationals.',
    'Since March, exports of luxury cars to the country have been prohibited under EU sanctions.',
  ],
  threatened_or_called_for: [
    'The president warned that Washington was ready to impose "crushing" sanctions if troops crossed the border.',
    'Lawmakers urged the administration to sanction the company\'s executives.',
    'EU foreign ministers are expected to discuss a possible oil embargo next week.',
    'Kyiv has repeatedly called for a full ban on Russian energy imports.',
    'Diplomats said a draft resolution calling for a travel ban on the junta\'s leaders was circulating in New York.',
    'Brussels is weighing new restrictions on exports of dual-use goods to the region.',
    'Opposition leaders pressed the government to blacklist the paramilitary group.',
    'France said it would push for sanctions at the next summit of EU leaders.',
    'Officials are drawing up plans to restrict the export of advanced chips to the country.',
    'The senator introduced legislation that would impose mandatory sanctions on anyone buying the country\'s oil.',
    'Seoul has threatened to freeze the assets of firms that trade with the North.',
    'The envoy said his government might seek an oil embargo if the talks collapsed.',
    'Several members of the Security Council want the sanctions committee to investigate the shipments.',
    'Human rights groups called on the EU to impose targeted measures on the officials responsible.',
    'The United States could blacklist the bank if it keeps handling the payments, a senior official said.',
    'The prime minister said she would not rule out sanctions against the airline.',
    'Western governments are preparing a fresh round of sanctions, diplomats said.',
    'The resolution proposed by France would impose an arms embargo on all parties to the conflict.',
    'Activists demanded that the government freeze the assets of the general\'s family.',
    'Washington may add the firm to its export blacklist, according to people familiar with the matter.',
  ],
  violation_or_evasion: [
    'Investigators say the tankers switched off their transponders to evade the embargo.',
    'A Singapore businessman was charged with shipping luxury goods to Pyongyang in breach of U.N. sanctions.',
    'The bank agreed to pay $340 million to settle allegations that it processed payments for sanctioned Iranian entities.',
    'Front companies in Hong Kong helped the military buy Western chips despite export controls.',
    'The shipment was seized after inspectors found it violated the arms embargo.',
    'Prosecutors said the engineer conspired to export controlled technology to Iran without a licence.',
    'The exchange was fined for failing to block transactions from users in sanctioned regions.',
    'Ship-to-ship transfers at sea are a common way of evading the oil embargo.',
    'A Cyprus-registered freighter was caught carrying arms to the country in violation of the U.N. embargo.',
    'The firm admitted selling machine tools to Libya in breach of the trade ban.',
    'Customs officers seized a cargo of oil that had been smuggled out of Iraq.',
    'The company said it had complied with all applicable sanctions laws.',
    'The tanker is suspected of carrying Iranian oil in violation of U.S. sanctions.',
    'Two executives were arrested on charges of helping the company evade export controls.',
    'A panel of experts said the country had earned $2 billion by circumventing the sanctions.',
    'The firm paid a penalty of $5 million for violating sanctions on Cuba.',
  ],
  lifted_or_eased: [
    'Washington lifted sanctions on the country\'s central bank after the election.',
    'The Treasury issued a general license allowing humanitarian shipments to continue.',
    'The EU removed the former minister from its asset-freeze list.',
    'Tehran demanded that all sanctions be scrapped before talks could resume.',
    'The Security Council ended the arms embargo after the elections were judged free and fair.',
    'Officials signalled that sanctions could be lifted if the prisoners were released.',
    'The U.N. voted to lift the sanctions once the inspectors certify that the weapons are gone.',
    'The Commerce Department loosened export controls on personal computers to former Soviet bloc states.',
    'Humanitarian goods such as food and medicine are exempt from the embargo.',
    'Pretoria welcomed the decision to end the oil embargo against South Africa.',
    'Japan will unfreeze $3 billion in loans once the sanctions are eased.',
    'The government lifted the embargo on arms sales to the island in 2016.',
    'Most of the sanctions were suspended after the peace deal was signed.',
    'The EU agreed to exempt food and fertiliser payments from the asset freeze.',
    'Canada removed three companies from its sanctions list after a review.',
    'The rebels demanded the lifting of the blockade and of the U.N. sanctions as a condition for talks.',
  ],
  impact: [
    'Western sanctions have cut the country off from most of the global financial system.',
    'Airlines have struggled to find spare parts since the embargo took effect.',
    'The rouble slumped to a record low after the latest round of sanctions.',
    'The embargo has left hospitals short of spare parts for imported scanners.',
    'Because of the sanctions, the carrier can no longer buy new aircraft from Boeing or Airbus.',
    'Sanctions have forced the country to sell its oil at a steep discount.',
    'The air embargo has crippled the national airline and stranded thousands of pilgrims.',
    'Farmers say they lost their main export market as a result of the embargo.',
    'Years of sanctions have left the country\'s infrastructure in ruins.',
    'The country\'s oil output has dropped sharply under the sanctions.',
    'The sanctions have pushed up the price of imported medicine by 40 percent.',
    'Because of the embargo, the factory has had to close two of its three lines.',
    'Trade between the two countries has collapsed since the sanctions were imposed.',
    'Sanctions cost the economy an estimated $10 billion a year, the central bank said.',
  ],
  other: [
    'China and Russia vetoed the resolution that would have imposed new sanctions.',
    'Sanctions remain one of the few tools available short of military force, the envoy said.',
    'The foreign minister denounced the sanctions as economic warfare.',
    'Analysts remain divided over whether the embargo has achieved its goals.',
    'The two sides disagreed over how quickly the sanctions should be phased out.',
    'Sanctions are a blunt instrument, the former ambassador told the committee.',
    'The debate over sanctions has divided the governing coalition.',
    'The minister defended the sanctions as necessary to change the regime\'s behaviour.',
    'Critics say the embargo is unenforceable along such a long coastline.',
    'The country has long opposed unilateral sanctions that are not approved by the Security Council.',
  ],
};

const NOT_CLAIMS = [
  'The league banned the striker for six matches after the incident.',
  'The city imposed a ban on fireworks during the drought.',
  'Regulators froze the fund\'s assets pending a fraud investigation.',
  'Shareholders sanctioned the merger at the annual meeting.',
  'Union members voted to boycott the company\'s products.',
  'The Security Council met on Monday to discuss the humanitarian situation in the region.',
  'The country raised tariffs on imported steel to 25 percent.',
  'Prosecutors said the suspect violated the terms of his bail.',
  'The government declared a state of emergency and banned public gatherings.',
  'Parents called for a ban on mobile phones in classrooms.',
  'The judge sanctioned the lawyers for filing frivolous motions.',
  'A hiring freeze at the agency will remain until March.',
  'The ministry said the embargo on the report would be lifted at midnight.',
  'The talks on the nuclear programme resumed in Vienna on Thursday.',
  'Oil prices rose after the cartel agreed to cut output.',
  'The referee sanctioned the player with a yellow card.',
  'The county council approved a temporary ban on new building permits.',
  'The company froze hiring and cut travel budgets.',
  'Fans called for a boycott of the final after ticket prices doubled.',
  'The regulator imposed a record fine on the bank for misleading customers.',
  'The governor\'s office designated the area a disaster zone.',
  'The airport was closed and all flights were suspended because of the storm.',
  'Retailers pulled the toys from shelves after a safety warning.',
  'Inflation eased to 3 percent in October, the statistics office said.',
  'The minister said the data, under embargo until 9 a.m., showed a sharp rise in output.',
  'The team was handed a transfer ban for breaching rules on signing minors.',
  'The court froze the couple\'s bank accounts during the divorce proceedings.',
  'The Security Council condemned the attack and called for an immediate ceasefire.',
  'The union said its members would boycott the talks.',
  'The government banned the sale of raw-milk cheese after an outbreak of listeria.',
  'Police froze the accounts of the suspected money launderers.',
  'The central bank sanctioned a cut in the reserve requirement.',
  'The federation banned the runner for four years for doping.',
  'The treaty bans all nuclear test explosions.',
  'Iran and the agency resumed talks on the inspection programme.',
  'The European Commission fined the chipmaker 1 billion euros for abusing its dominance.',
  'Beijing slapped tariffs of 25 percent on U.S. soybeans.',
  'The city designated the old port a conservation area.',
  'A wage freeze for public sector workers will run until 2026.',
  'The football association banned the club from signing new players for a year.',
  'The authorities froze the assets of the fraudster after his conviction.',
  'The state banned smoking in restaurants and bars.',
  'The board sanctioned a dividend of 10 cents a share.',
  'Protesters called for a boycott of the elections.',
  'The Security Council extended the mandate of the peacekeeping mission for a year.',
  'The country imposed a 20 percent duty on imported cars.',
  'The president declared a freeze on public sector hiring.',
  'The ministry lifted the ban on the sale of fireworks after the rain.',
  'The two countries signed a treaty banning the use of landmines.',
  'The report was embargoed until 10 p.m. on Sunday.',
];

for (const [type, sentences] of Object.entries(TYPED)) {
  test(`invented news sentences: ${type}`, () => {
    expectTypes(sentences.map((sentence) => [type, sentence]));
  });
}

test('invented news sentences that restrict something else, or use the words in another sense, are no claims', () => {
  expectNoClaims(NOT_CLAIMS);
});

// A fifth batch, with whether each claim is hedged and who makes it (a named source only: "analysts" or
// "the ministry" name nobody, so they give null by design).
const WITH_HEDGE_AND_SOURCE: Array<[string | null, boolean, string | null, string]> = [
  ['imposed', false, 'The Treasury', 'The Treasury said on Monday it had frozen the U.S. assets of three Venezuelan officials.'],
  ['imposed', false, null, 'Norway joined the EU sanctions against Minsk in June.'],
  ['imposed', false, 'the Kremlin', 'New U.S. sanctions target the country\'s largest gold miner, the Kremlin said.'],
  ['threatened_or_called_for', true, null, 'The EU could impose sanctions on the junta as early as next month.'],
  ['threatened_or_called_for', true, 'a Reuters review of documents', 'Washington is considering blacklisting the drone maker, according to a Reuters review of documents.'],
  ['threatened_or_called_for', false, 'Senator Maria Lopez', 'Senator Maria Lopez called for sanctions on the officials who ordered the raid.'],
  ['threatened_or_called_for', true, null, 'Tokyo might restrict exports of chipmaking chemicals if the dispute escalates.'],
  ['violation_or_evasion', true, null, 'The vessel allegedly delivered fuel to North Korean ships in violation of U.N. sanctions.'],
  ['violation_or_evasion', false, 'The Justice Department', 'The Justice Department charged two men with evading sanctions on Iran.'],
  ['violation_or_evasion', true, 'U.N. experts', 'U.N. experts said the country may have earned millions by breaching the arms embargo.'],
  ['lifted_or_eased', false, null, 'The United States eased sanctions on the country\'s oil sector for six months.'],
  ['lifted_or_eased', true, null, 'Sanctions would be lifted only after free elections, the foreign minister said.'],
  ['impact', false, null, 'The embargo has cut the island\'s fuel imports by a third.'],
  ['impact', true, null, 'Sanctions could shrink the economy by 5 percent this year, analysts said.'],
  ['impact', false, null, 'Because of U.S. sanctions, the company cannot use Google\'s apps on its new phones.'],
  ['other', false, null, 'The sanctions are illegal and will not change our policy, the ministry said.'],
  ['other', false, null, 'Beijing vetoed the draft resolution on sanctions.'],
  [null, false, null, 'The ministry banned the import of poultry from farms hit by bird flu.'],
  [null, false, null, 'Parliament voted to freeze ministers\' salaries for two years.'],
  [null, false, null, 'The Security Council elected five new non-permanent members.'],
  [null, false, null, 'The union called off its boycott of the airline after the pay deal.'],
  [null, false, null, 'The referee was sanctioned by the league for his comments.'],
  [null, false, null, 'The bank froze the account after spotting suspicious transfers.'],
  [null, false, null, 'The mayor imposed a curfew after the riots.'],
];

test('invented news sentences: type, hedge and source together', () => {
  for (const [type, hedged, attribution, sentence] of WITH_HEDGE_AND_SOURCE) {
    const found = classifySentence(sentence);
    assert.equal(found?.type ?? null, type, sentence);
    if (found) assert.deepEqual([found.hedged, found.attribution], [hedged, attribution], sentence);
  }
});

// A sixth batch, mostly hard negatives: the Security Council, missiles, arms deals, bans, freezes, blacklists
// and "sanctioned" in their other senses, beside ten claims.
const HARD_NEGATIVES = [
  'The Security Council will hold an emergency session on the refugee crisis on Tuesday.',
  'North Korea fired two short-range missiles into the sea, South Korea\'s military said.',
  'Iran\'s foreign minister met his Russian counterpart in Moscow to discuss regional security.',
  'The arms deal, worth $8 billion, includes 40 fighter jets and training for pilots.',
  'The government banned the opposition newspaper for a month over its coverage of the protests.',
  'The school district froze tuition fees for the coming year.',
  'The sprinter was suspended for two years after missing three drug tests.',
  'The ethics committee sanctioned two senators for accepting gifts.',
  'Lawmakers voted to ban TikTok on government devices.',
  'The EU banned single-use plastics such as straws and cutlery.',
  'Customs agents seized 2 tonnes of cocaine hidden in banana crates.',
  'The court ordered the assets of the bankrupt developer to be sold to repay creditors.',
  'Washington and Beijing agreed to cut tariffs on each other\'s goods.',
  'The country violated the ceasefire twice in the past week, observers said.',
  'The Pentagon approved the sale of missiles to its Gulf ally.',
  'Consumers boycotted the brand after its advertisement went viral.',
  'The World Bank froze lending to the country after the coup.',
  'The minister\'s plan was sanctioned by parliament after a long debate.',
  'A moratorium on evictions was extended until the end of the year.',
  'Officials designated the new terminal as the airport\'s main international hub.',
  'The nuclear talks collapsed after Iran refused to allow inspectors into the site.',
  'The blacklist of unreliable contractors is published by the city each spring.',
  'The UN General Assembly adopted a resolution on climate change.',
  'Russia and Ukraine exchanged prisoners for the third time this year.',
  'The export of live sheep by sea will end in 2028 under a new animal welfare law.',
  'The company was barred from bidding for government contracts for three years after the bribery case.',
  'Exports of soybeans to China rose 20 percent in the quarter.',
  'The central bank froze interest rates for a third month.',
  'Israel eased restrictions on the movement of goods into the territory.',
  'The Commission opened an investigation into whether the merger breaches competition rules.',
];
const BESIDE_THEM: Array<[string, string]> = [
  ['imposed', 'The measures, announced by the Treasury on Friday, freeze any U.S. assets of the commanders.'],
  ['threatened_or_called_for', 'The EU warned it would respond with sanctions if the election was rigged.'],
  ['violation_or_evasion', 'Investigators traced the shipment of drones to a network that helps Moscow skirt Western sanctions.'],
  ['lifted_or_eased', 'Sanctions relief was the main demand of the delegation in the talks.'],
  ['impact', 'Sanctions have made it almost impossible for the country\'s banks to process payments abroad.'],
  ['other', 'Sanctions alone will not end the war, the minister told reporters.'],
  ['imposed', 'The Security Council\'s arms embargo on the country has been in place since 2004.'],
  ['threatened_or_called_for', 'Ukraine urged its allies to impose an embargo on Russian nuclear fuel.'],
  ['violation_or_evasion', 'The tanker had switched off its tracking system, a common tactic to dodge the oil price cap.'],
  ['imposed', 'The Commerce Department added the chipmaker to the Entity List on Thursday.'],
];

test('invented hard negatives are no claims, and the claims beside them keep their types', () => {
  expectNoClaims(HARD_NEGATIVES);
  expectTypes(BESIDE_THEM);
});

// Sentences a review wrote against the rules these batches taught, each wrongly caught or typed until the rules were narrowed.
const REVIEW_NOT_CLAIMS = [
  'A judge banned the broker from trading in shares, the government said.',
  'The league banned the agent from dealing with its players, a spokesman told us.',
  'The SEC barred him from trading in securities, the U.S. regulator said.',
  'Natural England revoked the general licences that allowed farmers to shoot crows and magpies.',
  'The government introduced targeted measures on bars and restaurants to slow the spread of the virus.',
  'Hundreds of migrants smuggled from Libya drowned when their boat capsized.',
  'The family was smuggled out of Syria by relatives in 2015.',
  'The Treasury designated China a currency manipulator on Monday.',
  'The State Department designated a new spokesperson on Friday.',
  'The board voted to freeze pay and tap reserves to cover the shortfall.',
  'The city is freezing new hires to protect its reserves.',
];
const REVIEW_TYPED: Array<[string, string]> = [
  ['imposed', 'The U.N. arms ban remains in force.'],
  ['imposed', 'Britain imposed sanctions on five oligarchs to put pressure on Putin.'],
  ['imposed', 'Canada imposed new sanctions on Iran to restrict its missile programme.'],
  ['imposed', 'The EU adopted sanctions to ban imports of Russian steel.'],
  ['imposed', 'The EU banned trade with sanctioned Russian banks.'],
  ['imposed', 'Under the new export controls, companies cannot ship advanced chips to China without a licence.'],
  ['lifted_or_eased', 'The US government extended a temporary general license allowing American companies to sell to Huawei.'],
];

test('a review\'s counterexamples: other senses stay out, and purpose clauses or stated prohibitions do not change the type', () => {
  expectNoClaims(REVIEW_NOT_CLAIMS);
  expectTypes(REVIEW_TYPED);
});

// A second review's sentences, written to hit the rules above in other senses (freezes by lenders and trustees,
// designations of envoys, licences to shoot crows, bans from trading by courts and exchanges) and in real claims.
const SECOND_REVIEW_NOT_CLAIMS = [
  'The city council voted to freeze its reserves for two years to protect its credit rating.',
  'Lenders froze the developer\'s funds after it missed a second bond payment.',
  'Regulators froze the exchange\'s client funds until it files audited accounts.',
  'The finance ministry said it would freeze $3 billion of reserves to defend the currency.',
  'Unilever said it would freeze all its marketing funds for the brand after the advert backlash.',
  'Trustees voted to freeze the scheme\'s assets while they investigate a shortfall in the pension fund.',
  'Meta froze the advertising agency\'s funds while it reviewed the disputed invoices.',
  'The IMF froze Mozambique\'s programme funds after secret borrowing came to light.',
  'The Treasury designated the bonds as eligible collateral under its emergency lending authority.',
  'The State Department designated a senior diplomat as its new coordinator for counter-terrorism cooperation with Kenya.',
  'The State Department designated a special envoy for supporting the peace process in Sudan.',
  'The US Treasury has designated Switzerland a currency manipulator, a step that carries no penalties.',
  'The FCC granted the broadcaster a general license to operate low-power transmitters across the United States.',
  'Russian farmers need only a general licence to shoot crows that damage their crops.',
  'Natural England withdrew three general licences for killing wild birds after a legal challenge.',
  'Ministers promised targeted measures against the gang leaders behind a wave of shootings in Stockholm.',
  'The party leader announced targeted measures on officials who fail to declare their assets.',
  'The central bank unveiled targeted measures on lending to first-time buyers.',
  'The exchange barred the trader from dealing in Russian bonds for a year after an insider-trading inquiry.',
  'A judge banned the tycoon from investing in Moscow property until the divorce settlement is paid.',
  'The junta barred local officials from dealing with the Myanmar opposition\'s shadow government.',
  'Iraq\'s oil ministry banned Kurdish firms from trading in Iraqi crude without its approval.',
  'The UN wildlife convention upheld the ivory trade ban despite pressure from Zimbabwe and Namibia.',
  'Moscow imposed an air ban on drones over the city centre ahead of the Victory Day parade.',
  'Election officials in Mali announced a weapons ban at polling stations for Sunday\'s vote.',
  'Iran\'s aviation authority extended its flight ban on Boeing 737 Max jets after the Ethiopian crash.',
  'The Football Association announced sanctions against three clubs for crowd trouble.',
  'The board agreed to sanction a $2 billion share buyback.',
  'The chancellor will freeze public sector pay and draw on reserves to balance the books.',
  'Prosecutors in Geneva froze $40 million in accounts linked to the former president\'s daughter.',
  'Prosecutors said the cartel had used the casino to freeze the Sinaloa gang\'s funds abroad.',
  'Investors bought shares in the airline despite the ban on flights to Heathrow during the strike.',
  'The county added two landlords to its blacklist after complaints from tenants.',
];
const SECOND_REVIEW_TYPED: Array<[string, string]> = [
  ['imposed', 'The Commerce Department blacklisted a Chinese maker of surveillance apps over its role in Xinjiang.'],
  ['imposed', 'Washington blacklisted three Russian defence contractors that supply drones to the army.'],
  ['imposed', 'Canada said it was freezing the assets of 20 Belarusian officials.'],
  ['imposed', 'The EU decided on Friday to freeze Russian central bank assets held in Europe.'],
  ['imposed', 'The Treasury designated the militia\'s chief financier and two front companies in Dubai.'],
  ['imposed', 'The US Treasury on Tuesday designated six Hezbollah financiers in Lebanon.'],
  ['imposed', 'The State Department designated the group\'s leader under its counterterrorism authorities.'],
  ['lifted_or_eased', 'The Treasury issued a general licence allowing transactions with Syria\'s government for six months.'],
  ['imposed', 'Washington revoked the general licence that let Chevron pump oil in Venezuela.'],
  ['imposed', 'Australia imposed targeted measures on the generals who led the coup in Myanmar.'],
  ['threatened_or_called_for', 'The EU is preparing targeted measures against officials responsible for the crackdown in Georgia.'],
  ['imposed', 'The decree bans American companies from doing business with Cuba\'s military-run conglomerate.'],
  ['violation_or_evasion', 'A Dutch shipping firm was fined for breaching the arms ban on Libya.'],
  ['impact', 'The flight ban on Russian airlines has stranded thousands of tourists in Thailand.'],
  ['violation_or_evasion', 'Oil smuggled out of Venezuela on tankers with their transponders switched off ends up in Asian refineries.'],
  ['violation_or_evasion', 'A Taiwanese businessman admitted selling machine tools to Iran without an export licence.'],
  ['violation_or_evasion', 'Prosecutors say the firm shipped aircraft parts to Iran without the required licences.'],
  ['violation_or_evasion', 'Traders kept importing Russian diesel despite the EU embargo, relabelling it as Turkish.'],
  ['impact', 'The rouble plunged to a record low after Washington\'s latest round of sanctions.'],
  ['impact', 'Sanctions have left Syrian hospitals short of spare parts for scanners.'],
  ['impact', 'Western sanctions made it almost impossible for Iranian airlines to buy spare parts.'],
  ['threatened_or_called_for', 'The EU is weighing sanctions on Israeli ministers over settler violence.'],
  ['threatened_or_called_for', 'Brussels ruled out new sanctions on Beijing for now.'],
  ['imposed', 'Switzerland joined EU sanctions against Russia\'s central bank.'],
  ['imposed', 'The US placed 28 Chinese firms on the Entity List, restricting their access to American technology.'],
  ['other', 'The ministers agreed that sanctions alone would not end the war.'],
  ['imposed', 'EU foreign ministers agreed a 14th package of sanctions targeting Russian liquefied natural gas.'],
  ['lifted_or_eased', 'Under the eased export controls, firms can now ship older chips to China without a licence.'],
  ['impact', 'The oil embargo shrank Iran\'s exports to a trickle.'],
  ['imposed', 'The UN Security Council extended the arms ban on South Sudan for another year.'],
  ['violation_or_evasion', 'Dutch customs seized drone parts smuggled to Russia through Kazakhstan.'],
  ['impact', 'Russia\'s air ban on European carriers has forced Finnair to cut its Asian routes.'],
  ['threatened_or_called_for', 'France threatened to freeze the assets of any official who obstructs the election in Mali.'],
  ['violation_or_evasion', 'The bank processed payments worth $1bn for sanctioned Iranian entities, regulators found.'],
  ['imposed', 'Britain has frozen more than £25bn of assets belonging to Russian oligarchs.'],
  ['threatened_or_called_for', 'Washington is expected to restrict exports of advanced chips to China further.'],
];

test('a second review\'s sentences: other senses stay out, claims keep their types', () => {
  expectNoClaims(SECOND_REVIEW_NOT_CLAIMS);
  expectTypes(SECOND_REVIEW_TYPED);
});

// A blind batch: written by a helper from the labelling guide alone, without seeing these rules (held out: F1 0.754
// before the rules learned from it; see the claims README). Its clear cases the rules now get right:
const BLIND_NOT_CLAIMS = [
  'The Security Council met behind closed doors on Thursday to discuss the fighting in eastern Congo.',
  'Iran said on Monday it had begun enriching uranium to 60 percent purity at its Fordow site.',
  'North Korea fired two short-range ballistic missiles into the sea off its east coast, South Korea\'s military said.',
  'Russian and Ukrainian negotiators met in Istanbul for their first direct talks in three years.',
  'Venezuela\'s opposition candidate fled to Spain after the disputed election.',
  'The European Commission imposed a worldwide ban on British beef exports over fears about mad cow disease.',
  'Dockworkers in Sydney refused to unload the ship in a boycott called by the union over pay.',
  'Opposition parties said they would boycott the parliamentary elections, citing fraud.',
  'Israel sealed off the West Bank and Gaza Strip after the bombing, barring Palestinians from entering Israel.',
  'India banned wheat exports to protect domestic supplies after a heatwave damaged the crop.',
  'The Russian athlete was banned for four years after testing positive for a prohibited substance.',
  'UEFA sanctioned the club with a fine and a partial stadium closure over racist chanting.',
  'The judge sanctioned the lawyers for filing a brief that cited nonexistent cases.',
  'The SEC barred the broker from the securities industry and imposed a $250,000 penalty.',
  'Brussels said the sanctions on Microsoft would stand until the company complied with the antitrust ruling.',
  'The board sanctioned a share buyback of up to 500 million dollars.',
  'Rights groups accused the government of state-sanctioned killings of protesters.',
  'The plan to build a second runway was sanctioned by the planning ministry last week.',
  'The church has never sanctioned such marriages, the bishop said.',
  'A court froze the former minister\'s bank accounts as part of a corruption investigation.',
  'The government announced a six-month freeze on public-sector wages.',
  'Police seized two tonnes of cocaine from a container ship in Rotterdam.',
  'UNESCO designated the old city a World Heritage Site.',
  'The flooded counties were designated disaster areas, making them eligible for federal aid.',
  'Washington slapped 25 percent tariffs on $50 billion of Chinese goods, and Beijing swiftly retaliated.',
  'The EU imposed anti-dumping duties on Chinese steel imports.',
  'Japan agreed to voluntary quotas on car exports to the United States.',
  'The General Assembly passed a resolution demanding an immediate ceasefire in Gaza.',
  'Resolution 242 calls for Israel to withdraw from territories occupied in the 1967 war.',
  'The Security Council voted to extend the mandate of its peacekeeping mission in Cyprus by six months.',
  'Israel\'s settlement building violates Security Council Resolution 2334, the Palestinian envoy said.',
  'Both sides accused each other of violating the ceasefire overnight.',
  'Iran is in breach of its commitments under the 2015 nuclear deal, the three European powers said.',
  'The EU introduced export controls on Covid-19 vaccines to ensure supplies for member states.',
  'Indonesia halted exports of palm oil to curb soaring cooking oil prices at home.',
];
const BLIND_TYPED: Array<[string, string]> = [
  ['other', 'Under the International Emergency Economic Powers Act, the president may block the property of foreign persons during a declared national emergency.'],
  ['imposed', 'The Security Council voted 10-0 with five abstentions on Tuesday to impose a ban on all flights to and from Libya and an embargo on arms sales, after Tripoli refused to hand over two suspects in the airliner bombing.'],
  ['imposed', 'Washington on Tuesday added 14 Chinese companies to its Entity List, barring them from buying American semiconductors without a licence.'],
  ['imposed', 'EU ministers agreed a new package of measures against Moscow, targeting liquefied natural gas transshipments and dozens of tankers in the so-called shadow fleet.'],
  ['imposed', 'The Treasury\'s Office of Foreign Assets Control designated three Venezuelan officials, freezing any assets they hold under U.S. jurisdiction.'],
  ['imposed', 'Belgrade has been under a comprehensive U.N. trade embargo since May 1992.'],
  ['imposed', 'Myanmar\'s military-run gem enterprise was placed on the blacklist, the State Department said.'],
  ['imposed', 'CLINTON EXTENDS TRADE BAN ON IRAN FOR ANOTHER YEAR'],
  ['threatened_or_called_for', 'Western diplomats said a draft resolution threatening an oil embargo against Pyongyang could be circulated as early as next week.'],
  ['threatened_or_called_for', '"If those troops cross the border, the sanctions will be swift and severe," the senator said.'],
  ['threatened_or_called_for', 'Anti-apartheid groups called on Congress to ban all new investment in South Africa.'],
  ['threatened_or_called_for', 'Tehran could face renewed U.N. penalties if inspectors are not allowed back, European diplomats warned.'],
  ['threatened_or_called_for', 'Analysts expect Brussels to add more Russian banks to the list of lenders cut off from the SWIFT messaging system.'],
  ['violation_or_evasion', 'A Dutch businessman was arrested on charges of shipping chemical precursors to Iraq in breach of the U.N. embargo.'],
  ['violation_or_evasion', 'The bank agreed to pay $340 million to settle allegations that it processed transactions for clients in Sudan and Cuba in violation of U.S. sanctions.'],
  ['violation_or_evasion', 'Smugglers ferried fuel across the Danube into Serbia in defiance of the embargo, customs officials said.'],
  ['lifted_or_eased', 'President Bush lifted most U.S. economic sanctions against South Africa on Wednesday, saying Pretoria had met the conditions set by Congress.'],
  ['lifted_or_eased', 'Treasury issued a general licence allowing humanitarian transactions with earthquake-hit Syria for 180 days.'],
  ['lifted_or_eased', 'LIBYA SANCTIONS SUSPENDED AFTER LOCKERBIE SUSPECTS HANDED OVER'],
  ['lifted_or_eased', 'Washington said it would consider easing restrictions on Venezuelan oil if Caracas agreed to a date for free elections.'],
  ['impact', 'Hospitals in Baghdad report shortages of basic drugs, which doctors blame on the embargo.'],
  ['impact', 'Serbia\'s inflation reached several hundred percent a month as the embargo strangled trade.'],
  ['impact', 'Nvidia said the new export curbs on its China-bound chips would cost it about $5.5 billion in the quarter.'],
  ['impact', 'Garment exporters in Yangon say orders have dried up since Western countries blacklisted the generals\' conglomerates.'],
  ['impact', 'Shares in the carmaker\'s French partner fell 4 percent after Washington reimposed sanctions on Tehran.'],
  ['impact', 'Economists estimate the sanctions have shaved several percentage points off North Korea\'s output.'],
  ['other', 'China and Russia vetoed the draft, saying further punitive measures would only hurt ordinary Syrians.'],
  ['other', 'Critics argue that decades of embargo have done little to loosen the Castro government\'s grip on power.'],
  ['other', 'The Coordinating Committee for Multilateral Export Controls, known as COCOM, restricts the sale of strategic technology to Warsaw Pact countries.'],
];

test('a blind batch: hard negatives stay out, claims keep their types', () => {
  expectNoClaims(BLIND_NOT_CLAIMS);
  expectTypes(BLIND_TYPED);
});
