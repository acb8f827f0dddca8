import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeOfacBytes, parseOfacCsv, readCsvRows } from '../../src/nlp/sanctions/parse-ofac-csv.ts';
import { parseUnConsolidatedXml, xmlText } from '../../src/nlp/sanctions/parse-un-xml.ts';
import { createSanctionsMatcher, decodeSanctionsIndex, encodeSanctionsIndex } from '../../src/nlp/sanctions/index.ts';

/** Invented rows in OFAC's legacy layout: CRLF, "-0- " empties, a mirror's header row, 0x1A at the end. */
const SDN_CSV = [
  'ID,Name,Type,Country,Title,Col_F,Col_G,Col_H,Col_I,Col_J,Col_K,Details',
  '101,"QUILLBRAKE SHIPPING, LTD.",-0- ,TESTPROG,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ',
  '102,"VANTORELLI, Ottavio Brennic",individual,TESTPROG] [OTHERPROG,"Director, ""Quillbrake""",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 01 Jan 1970; a.k.a. \'OTTO\'."',
  '103,MOONLARK,vessel,TESTPROG,-0- ,ABC1,Cargo,-0- ,-0- ,Nowhere,-0- ,-0- ',
  '104,"ESTRAVEN, Genly",individual,THIRDPROG,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ',
  '\u001a,,,,,,,,,,,',
].join('\r\n');

const ALT_CSV = [
  '102,9001,"aka","VANTORELLI, Ottavio",-0- ',
  '102,9002,"fka","WANTORELLY, Otavio Brenik",-0- ',
  '101,9003,"aka","QUILLBRAKE",-0- ',
  '999,9004,"aka","NEWCOMER, Person",-0- ',
  '\u001a',
].join('\r\n');

describe('parseOfacCsv', () => {
  const index = parseOfacCsv({ sdn: SDN_CSV, alt: ALT_CSV, listDate: '2021-02-03', aliasDate: '2022-04-05' });

  it('keeps individuals only, with programmes, title and aliases', () => {
    assert.equal(index.list, 'OFAC SDN');
    assert.equal(index.listDate, '2021-02-03');
    assert.equal(index.aliasDate, '2022-04-05');
    assert.deepEqual(index.entries, [
      { id: '102', names: ['VANTORELLI, Ottavio Brennic', 'VANTORELLI, Ottavio', 'WANTORELLY, Otavio Brenik'], program: 'TESTPROG, OTHERPROG', title: 'Director, "Quillbrake"' },
      { id: '104', names: ['ESTRAVEN, Genly'], program: 'THIRDPROG', title: '' },
    ]);
  });

  it('works without alt.csv and with LF line ends', () => {
    const plain = parseOfacCsv({ sdn: SDN_CSV.replace(/\r\n/g, '\n'), listDate: '2021-02-03' });
    assert.equal(plain.entries.length, 2);
    assert.deepEqual(plain.entries[0]?.names, ['VANTORELLI, Ottavio Brennic']);
    assert.equal(plain.aliasDate, undefined);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    assert.deepEqual(readCsvRows('1,"a, ""b""\nc",d\r\n2,e,f'), [['1', 'a, "b"\nc', 'd'], ['2', 'e', 'f']]);
  });

  it('decodes Windows-1252 bytes', () => {
    assert.equal(decodeOfacBytes(new Uint8Array([0x4a, 0x6f, 0x73, 0xe9, 0x20, 0x80])), 'José €');
  });

  it('throws a clear error on files that are not OFAC CSVs', () => {
    assert.throws(() => parseOfacCsv({ sdn: '<html><body>Not found</body></html>', listDate: 'x' }), /^Error: not an OFAC SDN CSV: /);
    assert.throws(() => parseOfacCsv({ sdn: ALT_CSV, listDate: 'x' }), /not an OFAC SDN CSV: the third column/);
    assert.throws(() => parseOfacCsv({ sdn: SDN_CSV, alt: SDN_CSV, listDate: 'x' }), /not an OFAC alt\.csv/);
    assert.throws(() => parseOfacCsv({ sdn: SDN_CSV, alt: 'hello', listDate: 'x' }), /not an OFAC alt\.csv/);
  });

  it('feeds a matcher and survives the compact encoding', () => {
    const roundTrip = decodeSanctionsIndex(encodeSanctionsIndex(index));
    assert.deepEqual(roundTrip, index);
    const [m] = createSanctionsMatcher(roundTrip).match('Otavio Wantorelli');
    assert.equal(m?.entry, 'VANTORELLI, Ottavio Brennic');
    assert.equal(m?.program, 'TESTPROG, OTHERPROG');
  });
});

const UN_XML = `<?xml version='1.0' encoding='UTF-8'?>
<CONSOLIDATED_LIST xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' dateGenerated='2024-03-09T10:00:00.000Z'>
  <INDIVIDUALS>
    <INDIVIDUAL>
      <DATAID>1</DATAID>
      <FIRST_NAME>THORNWICK</FIRST_NAME>
      <SECOND_NAME>ALBERIC</SECOND_NAME>
      <THIRD_NAME>MAROSZ</THIRD_NAME>
      <UN_LIST_TYPE>TestRegime</UN_LIST_TYPE>
      <REFERENCE_NUMBER>TRi.001</REFERENCE_NUMBER>
      <DESIGNATION><VALUE>Chief &amp; treasurer</VALUE><VALUE><![CDATA[Envoy <acting>]]></VALUE></DESIGNATION>
      <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Tornwick Alberik Marosz</ALIAS_NAME></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>The Treasurer</ALIAS_NAME></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ALIAS><QUALITY>a.k.a.</QUALITY><ALIAS_NAME/></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ALIAS><QUALITY>a.k.a.</QUALITY><ALIAS_NAME>Th&#xE9;o Marosz</ALIAS_NAME></INDIVIDUAL_ALIAS>
    </INDIVIDUAL>
    <INDIVIDUAL>
      <FIRST_NAME>PELLANOR</FIRST_NAME><SECOND_NAME>QUISTREY</SECOND_NAME>
      <UN_LIST_TYPE>OtherRegime</UN_LIST_TYPE><REFERENCE_NUMBER>ORi.002</REFERENCE_NUMBER>
      <DESIGNATION/>
    </INDIVIDUAL>
  </INDIVIDUALS>
  <ENTITIES><ENTITY><FIRST_NAME>GLASSHOLM TRADING</FIRST_NAME></ENTITY></ENTITIES>
</CONSOLIDATED_LIST>`;

describe('parseUnConsolidatedXml', () => {
  const index = parseUnConsolidatedXml(UN_XML);

  it('reads individuals with names, good aliases, list type, reference and date', () => {
    assert.equal(index.listDate, '2024-03-09');
    assert.deepEqual(index.entries, [
      { id: 'TRi.001', names: ['THORNWICK ALBERIC MAROSZ', 'Tornwick Alberik Marosz', 'Théo Marosz'], program: 'TestRegime', title: 'Chief & treasurer; Envoy <acting>' },
      { id: 'ORi.002', names: ['PELLANOR QUISTREY'], program: 'OtherRegime', title: '' },
    ]);
  });

  it('feeds a matcher (natural-order names, no surname marked)', () => {
    const matcher = createSanctionsMatcher(index);
    assert.equal(matcher.match('Alberic Marosz')[0]?.entry, 'THORNWICK ALBERIC MAROSZ');
    assert.equal(matcher.match('Pellanor Quistrey')[0]?.program, 'OtherRegime');
    assert.deepEqual(matcher.match('Treasurer'), []);
  });

  it('throws a clear error on XML that is not the UN list', () => {
    assert.throws(() => parseUnConsolidatedXml('<rss><channel/></rss>'), /^Error: not a UN consolidated list XML: /);
    assert.throws(() => parseUnConsolidatedXml('<CONSOLIDATED_LIST></CONSOLIDATED_LIST>'), /no <INDIVIDUALS>/);
  });

  it('leaves a character reference beyond Unicode as written instead of failing on it', () => {
    assert.equal(xmlText('<ALIAS_NAME>Ol&#x110000;ga &#233;t&amp;al</ALIAS_NAME>'), 'Ol&#x110000;ga ét&al');
  });
});
