/**
 * Narrative (stage 5) text folding for annex forms printed in traditional characters (a 項目支出績效目標表 beside
 * simplified tables): a character-for-character traditional → simplified map for the vocabulary of budget forms, so
 * offsets stay valid and project names compare with the project table's. Not a general converter; display text
 * always stays as printed.
 */

// Pairs: traditional, simplified.
const PAIRS =
  '並并個个備备內内別别劃划動动務务區区員员啟启單单報报實实對对導导屬属庫库廳厅後后徹彻態态戰战採采換换撐撑撥拨擔担據据擴扩攝摄數数斷断於于時时晉晋暫暂書书會会業业構构標标機机決决況况測测滿满濟济為为無无現现產产發发監监盤盘碩硕確确碼码稱称積积筆笔簾帘籌筹約约級级組组結结絡络統统經经網网線线縣县總总績绩織织繫系續续習习聯联臺台與与舉举萬万處处號号裝装視视計计託托記记設设話话證证負负財财貫贯責责費费資资質质購购軟软轉转辦办進进運运鋼钢開开間间關关陽阳階阶電电響响頂顶項项預预頻频額额餘余驗验體体點点門门國国營营際际編编製制職职億亿維维護护車车錄录歲岁協协鎮镇鄉乡農农歷历廣广東东華华場场團团隊队義义權权請请層层條条規规術术環环節节來来們们這这將将應应當当從从說说長长問问題题學学專专儲储氣气鐵铁礦矿廠厂補补貼贴獎奖勵励險险醫医療疗離离衛卫儀仪賓宾議议傳传訊讯輸输優优審审較较週周創创';

const MAP = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) MAP.set(PAIRS[i] as string, PAIRS[i + 1] as string);
// Every character in PAIRS is in the Basic Multilingual Plane, so the class needs no 'u' flag (cheaper to run).
const TRADITIONAL_RE = new RegExp(`[${[...MAP.keys()].join('')}]`, 'g');

/** The same text, traditional characters of the budget vocabulary replaced by simplified ones (same length). */
export function simplify(s: string): string {
  // Almost every text is already simplified: one regex scan, and no new string, in that case.
  return s.replace(TRADITIONAL_RE, (ch) => MAP.get(ch) ?? ch);
}
