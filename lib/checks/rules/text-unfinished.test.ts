import { blocksDoc, heading, lineBox, para } from '../../narrative/testing/blocks-doc';
import { checkTester } from '../testing/check-tester';
import rule from './text-unfinished';

const next = heading('三、政府采购预算情况');

checkTester(rule, {
  pass: [
    { name: 'a closed paragraph', doc: blocksDoc([para('机关运行经费预算为464.64万元。'), next]) },
    { name: 'headings in a row', doc: blocksDoc([heading('一、收入预算情况'), heading('(一)财政拨款收入'), next]) },
    {
      name: 'title and 目录 lines',
      doc: blocksDoc([
        para('2025年部门预算编制说明'),
        para('目录'),
        para('1. 2025年部门财务收支预算总表......................5'),
        next,
      ]),
    },
    {
      name: 'a list item without a mark',
      doc: blocksDoc([para('主要工作目标包括:'), para('1.提升口岸经济辐射带动能力，优化通关服务'), next]),
    },
    {
      name: 'a sentence continued on the next page',
      doc: blocksDoc([para('2025年机关运行经费预算为', 5), para('464.64万元，比上年减少2万元。', 6), next]),
    },
    {
      name: 'a comma at the foot of a page, the sentence going on overleaf',
      doc: blocksDoc([para('公务接待费1.35万元，', 5), para('与上年持平。', 6), next]),
    },
    {
      name: 'a label line',
      doc: blocksDoc([para('部门预算公开联系人:李塘 联系方式:023-62661253'), next]),
    },
    {
      name: 'a numbered line that continues the sentence (commas in it) is no heading',
      doc: blocksDoc([para('三公经费支出包括，'), heading('(一)公务接待费10万元，比上年增加'), para('1万元。')]),
    },
    {
      name: 'a lead-in before the first item of a list printed as headings',
      doc: blocksDoc([para('一般公共预算支出100万元，主要用于'), heading('(一)人员经费'), para('人员经费60万元。')]),
    },
    {
      name: 'a table printed between the text and the next heading (PDF)',
      doc: blocksDoc([para('2025年收入预算100万元，各项收入为', 5, 700), heading('三、支出预算', 6, 760)], {
        tables: [[lineBox(5, 500), lineBox(6, 800)]],
      }),
    },
    {
      name: 'a table title after the text (HTML sets titles as headings)',
      doc: blocksDoc([para('2025年收入预算100万元，各项收入为'), heading('2025年预算收入总表')]),
    },
    { name: 'a pointer to the table below', doc: blocksDoc([para('2025年收入预算，具体情况如下'), next]) },
    { name: 'a parenthetical note', doc: blocksDoc([para('增长(下降)5%。(如持平作持平表述)'), next]) },
    { name: '主要原因是 is the empty-reason rule’s', doc: blocksDoc([para('比上年增加5万元，主要原因是'), next]) },
  ],
  fail: [
    {
      name: 'a whole sentence without a full stop',
      doc: blocksDoc([para('2025年本部门下属1家机关财政拨款的机关运行经费预算为464.64万元'), next]),
      findings: [{ severity: 'warning', text: '没有句末标点' }],
    },
    {
      name: 'the last sentence of a list item without a full stop',
      doc: blocksDoc([
        para(
          '3.公务接待费支出0.16万元，主要用于接待参观。2019年共接待1次，接待人数共13人，主要包括接待参观所产生的费用',
        ),
        heading('四、其他重要事项的情况说明'),
      ]),
      findings: [{ severity: 'warning', text: '参观所产生的费用' }],
    },
    {
      name: 'a table elsewhere on the page does not excuse it',
      doc: blocksDoc([para('公务接待费1.35万元，比上年持平，', 5, 400), heading('二、机关运行经费', 5, 360)], {
        tables: [[lineBox(5, 700)]],
      }),
      findings: [{ severity: 'warning', text: '中断' }],
    },
    {
      name: 'breaks off on a comma',
      doc: blocksDoc([para('公务接待费1.35万元，比上年持平，'), next]),
      findings: [{ severity: 'warning', text: '中断' }],
    },
    {
      name: 'a whole sentence ending on a word that ends like a connective is not called cut',
      doc: blocksDoc([para('经核实，本部门2025年不涉及'), next]),
      findings: [{ severity: 'warning', text: '没有句末标点' }],
    },
    {
      name: 'breaks off on a connective',
      doc: blocksDoc([para('一般公共预算支出100万元，主要用于'), next]),
      findings: [{ severity: 'warning', text: '主要用于」处中断' }],
    },
  ],
});
