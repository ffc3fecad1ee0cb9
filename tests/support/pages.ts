/** Pages the browser tests and the overlay benchmark serve besides the corpus. */

/**
 * An ordinary government notice (no disclosure), with a table and a long paragraph: what every other gov.cn page pays
 * for the declared content script.
 */
export const ORDINARY_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>通知公告</title></head>
<body><h1>关于开展文明城市创建工作的通知</h1><table><tr><td>时间</td><td>2025年3月</td></tr></table>
<p>${'各单位要高度重视，认真组织实施。'.repeat(200)}</p></body></html>`;
