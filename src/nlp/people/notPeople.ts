/**
 * "People" the model finds that are no one: what a grouped person is named by says it is a thing,
 * a place, a body, a brand, a group or a day. Each rule keeps a longer name a person's ("Bruno
 * Mars" … "Mars", "Fredric March" … "March", "Lake Bell" … "Bell").
 */
import { BRAND_WORDS } from './brandWords.generated.ts';
import type { WordCache } from './features.ts';
import type { PersonFound } from './group.ts';
import { NAME_HEADS } from './nameHeads.generated.ts';

/** Whether a word is on the first-name or the people-name list (lexicon bits 1 and 2). */
export const onNameList = (word: { gaz: number }): boolean => (word.gaz & 3) !== 0;

/** One-word company and brand names (brandWords.generated.ts), split on first use. */
let brandWords: Set<string> | undefined;
const brands = (): Set<string> => (brandWords ??= new Set(BRAND_WORDS.split(' ')));

/** The test for one text: some things are told apart from people by the text's subject (THINGS_NAMED_LIKE_PEOPLE). */
export function notAPersonIn(text: string, cache: WordCache): (person: PersonFound) => boolean {
  const things = THINGS_NAMED_LIKE_PEOPLE.filter(({ context }) => context.test(text));
  return (person) =>
    namedOnlyAsBrand(person, cache) || namedOnlyAsPlaceOrBody(person, cache) || things.some(({ names }) => namedOnlyAsThing(person, names, cache)) ||
    namedOnlyAs(person, NEVER_ALONE) || namedOnlyAs(person, GROUPS) || namedOnlyByHoliday(person) || person.mentions.every((m) => pluralNoun(m.text, cache)) ||
    namedOnlyAsTown(person, text, cache);
}

/**
 * Words that are no one's name when they stand alone: months that are not also first names
 * ("January", unlike "May" or "June"), the family words a writer uses as names ("Dad said"), and a
 * device's model words and radios ("the new Pro", "Wi-Fi 6").
 * Inside a longer name they stay ("Fredric March" … "March").
 */
const NEVER_ALONE = new Set(['January', 'February', 'March', 'July', 'September', 'October', 'November', 'December',
  'Dad', 'Daddy', 'Mom', 'Mommy', 'Mum', 'Mummy', 'Grandma', 'Grandpa', 'Granny', 'Grandad',
  'Pro', 'Plus', 'Mini', 'Ultra', 'Lite', 'Wi-Fi', 'Bluetooth']);

/**
 * Groups of people named in the plural: believers, census and ethnic groups, parties and
 * generations ("Hispanics said…", "radical Muslims"). No one's name; 1996 wire copy, which the
 * model learned from, spells few of them this way ("Moslems").
 */
const GROUPS = new Set(['Muslims', 'Moslems', 'Christians', 'Jews', 'Catholics', 'Protestants', 'Hindus', 'Buddhists', 'Sikhs',
  'Mormons', 'Evangelicals', 'Sunnis', 'Shiites', 'Shias', 'Islamists', 'Hispanics', 'Latinos', 'Latinas', 'Latinx', 'Asians',
  'Africans', 'Europeans', 'Arabs', 'Republicans', 'Democrats', 'Tories', 'Liberals', 'Conservatives', 'Socialists', 'Communists',
  'Millennials', 'Boomers', 'Zoomers']);

/** Holidays: "Christmas", "Christmas Eve", "A Christmas Carol", "Merry Xmas" name a day or a story, not a person. */
const HOLIDAY = /\b(?:Christmas|Xmas|Easter|Thanksgiving|Halloween|Hanukkah|Chanukah|Passover|Ramadan|Diwali|Kwanzaa|Yuletide)\b/;

function namedOnlyByHoliday(person: PersonFound): boolean {
  return person.mentions.every((m) => HOLIDAY.test(m.text));
}

/**
 * Things with the names of people, each known by the text's subject: planets and moons in a text
 * about space ("a crewed mission to Mars", "Titan, with a diameter of 3,200 miles"), voice
 * assistants in a text about devices ("ask Alexa for the time", "Hey, Siri").
 */
const THINGS_NAMED_LIKE_PEOPLE = [
  {
    names: new Set(['Mercury', 'Venus', 'Earth', 'Mars', 'Jupiter', 'Saturn', 'Uranus', 'Neptune', 'Pluto', 'Ceres',
      'Titan', 'Europa', 'Ganymede', 'Callisto', 'Io', 'Enceladus', 'Triton', 'Charon', 'Phobos', 'Deimos',
      'Orion', 'Apollo', 'Artemis', 'Gemini', 'Voyager', 'Hubble', 'Cassini', 'Juno']),
    context: /\b(?:planets?|planetary|moons?|orbit\w*|spacecraft|NASA|space|solar system|telescopes?|astronom\w*|rovers?|probes?|astronauts?)\b/,
  },
  {
    names: new Set(['Alexa', 'Siri', 'Cortana', 'Bixby']),
    context: /\b(?:Amazon|Apple|Echo|iPhone|iPad|HomePod|HomeKit|AirPods|smart (?:speakers?|home|displays?)|voice assistants?|Microsoft|Samsung|Galaxy|Google)\b/,
  },
  {
    names: new Set(['Perl', 'Ruby', 'Python', 'Java', 'Rust', 'Haskell', 'Scala', 'Elixir', 'Erlang', 'Julia', 'Kotlin', 'Swift',
      'Docker', 'Kubernetes', 'Mercurial', 'Git', 'Lambda', 'Django', 'Flask', 'Rails', 'Jenkins', 'Ansible', 'Terraform',
      'Postgres', 'Redis', 'Mongo', 'Node', 'Deno', 'Markdown', 'Jupyter', 'Debian', 'Fedora']),
    context: /\b(?:programming|programmers?|source code|codebase|compil(?:ers?|ed)|interpreters?|librar(?:y|ies)|open[- ]source|repositor(?:y|ies)|GitHub|developers?|software|APIs?)\b/,
  },
  {
    names: new Set(['Android', 'Mac', 'Linux', 'Ubuntu', 'Windows', 'Chromebook']),
    context: /\b(?:apps?|devices?|(?:smart)?phones?|tablets?|laptops?|computers?|PCs?|iPhones?|iPads?|iOS|software|operating systems?)\b/,
  },
];

/**
 * A "person" named only by one of `names` is the thing, even where the word is a listed name; a
 * longer name keeps the word a person's ("Bruno Mars" … "Mars", "Alexa Chung" … "Alexa").
 */
function namedOnlyAs(person: PersonFound, names: Set<string>): boolean {
  return names.has(person.name) && person.mentions.every((m) => m.text === person.name);
}

/**
 * A "person" named only by one of `names`, alone or after its maker's name ("Amazon Alexa",
 * "Google Android": brandWords.generated.ts, not a listed name), is the thing; a longer name keeps
 * the word a person's ("Alexa Chung").
 */
function namedOnlyAsThing(person: PersonFound, names: Set<string>, cache: WordCache): boolean {
  return person.mentions.every((m) => {
    const words = m.text.split(' ');
    return names.has(words[words.length - 1]!) && words.slice(0, -1).every((w) => ledByBrand(w, cache));
  });
}

/** An acronym's plural ("CEOs") or a common noun's ("Females", "Headers"), no name list knowing the word. */
function pluralNoun(word: string, cache: WordCache): boolean {
  if (/^\p{Lu}{2,}s$/u.test(word)) return true;
  // Names end in -as, -is, -os and -us more than nouns do ("Borkus", "Panayiotopoulos").
  if (!/^\p{Lu}\p{Ll}*[^aiou]s$/u.test(word) || (cache.get(word).gaz & 7) !== 0) return false;
  const stem = cache.get(word.slice(0, -1)), stemEs = word.endsWith('es') ? cache.get(word.slice(0, -2)) : undefined;
  return stem.seenLower || (stemEs?.seenLower ?? false);
}

let nameHeads: Set<string> | undefined;

/** Words that open the names of places and never a person's in CoNLL's text ("Lake Elsinore", "Fort Worth", "Cape Town", "Camp David"). */
const PLACE_OPENERS = new Set(['Lake', 'Mount', 'Mt.', 'Fort', 'Ft.', 'Port', 'Cape', 'Isle', 'Gulf', 'Camp']);

/**
 * A "person" whose longer names all end in a word that ends place, organisation or event names
 * and never a person's ("Pepsi Center", "Napa County", "Virginia Democrats", "Keck Observatory":
 * nameHeads.generated.ts, learned from CoNLL's training text) or open with a word that opens
 * place names (PLACE_OPENERS) or with a brand no name list knows ("Lockheed Martin"), and who has
 * no other name but single words, is a place, a body or a product. A listed first name before a head that is also a listed
 * name stays a person ("Kate York").
 */
function namedOnlyAsPlaceOrBody(person: PersonFound, cache: WordCache): boolean {
  const heads = (nameHeads ??= new Set(NAME_HEADS.split(' ')));
  let headed = false;
  for (const { text } of person.mentions) {
    const words = text.split(/\s+/);
    if (words.length < 2) continue;
    const last = words[words.length - 1]!;
    const personAfterAll = (cache.get(words[0]!).gaz & 1) !== 0 && onNameList(cache.get(last));
    // A person is called by a surname alone, a place is not: "Lake Bell" … "Bell said" stays a person.
    const calledBySurname = () => onNameList(cache.get(last)) && person.mentions.some((m) => m.text === last);
    const opened = !heads.has(last) && PLACE_OPENERS.has(words[0]!) && !calledBySurname();
    if (!(heads.has(last) || opened || ledByBrand(words[0]!, cache)) || personAfterAll) return false;
    headed = true;
  }
  return headed;
}


/** A company's or brand's name that no name list knows, opening a longer name: "Lockheed Martin", "Google Reader", "Home Depot". */
function ledByBrand(word: string, cache: WordCache): boolean {
  return brands().has(word) && !onNameList(cache.get(word));
}

/**
 * A "person" named only by one word that is a company or brand ("Netflix", "Walmart", "Google":
 * brandWords.generated.ts) and that no name list knows is the brand. A listed surname stays
 * ("Bloomberg", "Ford"), and so does a word the text also uses inside a longer name.
 */
function namedOnlyAsBrand(person: PersonFound, cache: WordCache): boolean {
  return namedOnlyAs(person, brands()) && !onNameList(cache.get(person.name));
}

/**
 * A "person" named only by one word that is a town on the place list, at least once where only a
 * place stands: after "in", "at", "near" or "outside" ("in Denver", not "in Jackson's case") or
 * before a state's code ("Denver, CO").
 */
function namedOnlyAsTown(person: PersonFound, text: string, cache: WordCache): boolean {
  if (person.name.includes(' ') || (cache.get(person.name).gaz & 8) === 0 || !person.mentions.every((m) => m.text === person.name)) return false;
  return person.mentions.some((m) => /\b(?:in|at|near|outside)\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start)) && !/^['’]s\b/.test(text.slice(m.end, m.end + 3)) ||
    /^,\s+[A-Z]{2}\b/.test(text.slice(m.end, m.end + 5)));
}
