import { describe, expect, it } from 'vitest';
import { functionClassIn, functionItemIn, looksLikeClassName, subjectOf } from './subjects';

const id = (label: string, wide?: string) => subjectOf(label, wide)?.id ?? null;

describe('subjectOf', () => {
  it('names the template categories whatever precedes them (year, organisation, 安排的)', () => {
    expect(id('2025年度晋城市能源局预算收入总计')).toBe('income-grand');
    expect(id('本年部门预算支出总计')).toBe('expenditure-grand');
    expect(id('2025年泽州县能源局财政拨款安排的“三公”经费预算')).toBe('three-public');
    expect(id('因公出国（境）费')).toBe('outbound');
    expect(id('公务用车运行维护费')).toBe('vehicle-operation');
    expect(id('本部门机关运行经费财政拨款预算')).toBe('admin-operating');
    expect(id('一般公共预算安排基本支出')).toBe('gp-basic');
    expect(id('一般公共预算当年支出')).toBe('gp-current');
    expect(id('财政拨款收支总预算')).toBe('fiscal-total');
    expect(id('上年结转收入')).toBe('fiscal-carry');
    expect(id('基本支出预算')).toBe('basic');
    expect(id('部门（单位）项目支出总额')).toBe('project');
  });
  it('reads other departments’ wording (Shanghai, 决算)', () => {
    expect(id('政府性基金拨款支出预算')).toBe('gov-fund');
    expect(id('财政拨款收入')).toBe('fiscal-income');
    expect(id('事业单位经营收入')).toBe('business-operating');
    expect(id('一般公共服务支出(类)')).toBe('function-class');
    expect(id('一般公共服务支出')).toBe('function-class');
  });
  it('uses the wider clause for generic labels (涉及金额)', () => {
    expect(id('涉及金额', '其中：其他运转类项目1个，涉及金额')).toBe('perf-category');
    expect(id('共计金额', '纳入绩效目标管理的二级项目21个，共计金额')).toBe('perf-projects');
    expect(id('金额', '某某')).toBe(null);
  });
});

describe('function classes', () => {
  it('matches a class at the end of a label, not inside a longer word', () => {
    expect(functionClassIn('2025年度某局社会保障和就业支出')).toBe('社会保障和就业支出');
    expect(functionClassIn('科学教育支出')).toBe(null);
    expect(looksLikeClassName('科学教育支出')).toBe(true);
    expect(looksLikeClassName('项目支出')).toBe(false);
  });
});

describe('functionItemIn: a 科目 named down to its 款 or 项, as the 预算编制说明 items print it', () => {
  it('reads level marks, codes in the marks, dashes and a trailing 科目', () => {
    expect(functionItemIn('1.“一般公共服务支出（类）财政事务（款）行政运行（项）”')).toMatchObject({
      path: ['一般公共服务支出', '财政事务', '行政运行'],
    });
    expect(
      functionItemIn('社会保障和就业支出（208类）行政事业单位养老支出（05款）机关事业单位基本养老保险缴费支出（05项）'),
    ).toMatchObject({
      code: '2080505',
    });
    expect(functionItemIn('3.“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目')).toMatchObject({
      path: ['一般公共服务支出', '政府办公厅(室)及相关机构事务', '行政运行'],
    });
    expect(functionItemIn('“卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）”科目')?.path).toHaveLength(3);
    expect(functionItemIn('行政运行（2010101）')).toMatchObject({ code: '2010101' });
  });
  it('leaves a class alone to the class reading, and what is not a path alone', () => {
    expect(functionItemIn('一般公共服务支出（类）')).toBeNull();
    expect(functionItemIn('财政事务（款）一般公共服务支出（类）')).toBeNull();
    expect(functionItemIn('基本支出（含人员经费）')).toBeNull();
    expect(functionItemIn('主要用于办公-差旅')).toBeNull();
    expect(id('1.“一般公共服务支出”科目')).toBe('function-class');
  });
});
