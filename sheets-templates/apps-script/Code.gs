/**
 * salesperf companion for Google Sheets.
 *
 * - A menu: Recalculate now, Validate, Show data issues, and Set up.
 * - An installable on-edit / on-change trigger that tells the salesperf functions about every edit:
 *   sheet, range, user, time and a unique event id, signed with HMAC-SHA256 over
 *   "<unix seconds>.<raw body>" using the shared secret (headers X-Salesperf-Timestamp and
 *   X-Salesperf-Signature: v1=<hex>). The functions refuse anything unsigned, wrongly signed, more
 *   than five minutes old, or seen before.
 *
 * The secret and the two function URLs live in Script Properties (Set up asks for them), never in
 * this file. See docs/apps-script.md.
 */

var PROPERTY_SECRET = 'SALESPERF_SECRET';
var PROPERTY_EDIT_URL = 'SALESPERF_EDIT_URL';
var PROPERTY_RECALC_URL = 'SALESPERF_RECALC_URL';

/** Tabs the engine writes: edits there are its own, not a manager's, and are not reported. */
var OUTPUT_TABS = [
  'Scorecard', '绩效评分', 'Payouts', '薪酬明细', 'Funnel Plan', '漏斗测算', 'Channel Gaps', '渠道缺口',
  'Leaderboard', '排行榜', 'Alerts', '预警', 'Claims Status', '报备状态', 'Data Issues', '数据问题',
  'Run Log', '运行日志',
];

var TEXT = {
  en: {
    menu: 'salesperf',
    recalculate: 'Recalculate now',
    validate: 'Validate',
    issues: 'Show data issues',
    setup: 'Set up…',
    notSetUp: 'salesperf is not set up yet: use salesperf › Set up… first.',
    queued: 'Another recalculation is running; yours follows it.',
    done: function (r) { return 'Recalculated as of ' + r.as_of + ': ' + r.scorecards + ' scorecards, ' + r.data_issues + ' data issues.'; },
    stopped: function (r) { return 'Stopped, nothing was written: ' + r.message; },
    validated: function (r) { return r.data_issues === 0 ? 'No data issues.' : r.data_issues + ' data issues; the first ones:\n' + r.issues.slice(0, 10).map(function (i) { return '• ' + i.tab + (i.row ? ' row ' + i.row : '') + (i.column ? ' ' + i.column : '') + ': ' + i.message; }).join('\n'); },
    failed: 'salesperf could not finish; the details are in the function logs.',
    noIssuesTab: 'There is no Data Issues tab yet: recalculate first.',
    askEditUrl: 'URL of the sheetEdited function (from the deploy script):',
    askRecalcUrl: 'URL of the recalcNow function:',
    askSecret: 'Shared secret (from Secret Manager, salesperf-webhook-secret):',
    setUp: 'salesperf is set up: edits are now reported, and the menu works.',
  },
  zh: {
    menu: 'salesperf 绩效',
    recalculate: '立即重算',
    validate: '校验数据',
    issues: '查看数据问题',
    setup: '设置…',
    notSetUp: '尚未设置 salesperf：请先使用 salesperf 绩效 › 设置…',
    queued: '另一次重算正在进行，完成后会再算一次。',
    done: function (r) { return '已按 ' + r.as_of + ' 重算：' + r.scorecards + ' 张评分卡，' + r.data_issues + ' 个数据问题。'; },
    stopped: function (r) { return '已停止，未写入任何结果：' + r.message; },
    validated: function (r) { return r.data_issues === 0 ? '没有数据问题。' : '共 ' + r.data_issues + ' 个数据问题，前几个：\n' + r.issues.slice(0, 10).map(function (i) { return '• ' + i.tab + (i.row ? ' 第 ' + i.row + ' 行' : '') + (i.column ? ' ' + i.column : '') + '：' + i.message; }).join('\n'); },
    failed: 'salesperf 未能完成，详情见函数日志。',
    noIssuesTab: '还没有“数据问题”页：请先重算。',
    askEditUrl: 'sheetEdited 函数的网址（部署脚本会打印）：',
    askRecalcUrl: 'recalcNow 函数的网址：',
    askSecret: '共享密钥（Secret Manager 中的 salesperf-webhook-secret）：',
    setUp: 'salesperf 已设置完成：编辑会自动上报，菜单可用。',
  },
};

function text_() {
  var locale = SpreadsheetApp.getActive().getSpreadsheetLocale() || '';
  return locale.indexOf('zh') === 0 ? TEXT.zh : TEXT.en;
}

/** Simple trigger: adds the menu when the spreadsheet opens. */
function onOpen() {
  var t = text_();
  SpreadsheetApp.getUi()
    .createMenu(t.menu)
    .addItem(t.recalculate, 'recalculateNow')
    .addItem(t.validate, 'validate')
    .addItem(t.issues, 'showDataIssues')
    .addSeparator()
    .addItem(t.setup, 'setUp')
    .addToUi();
}

/** Asks for the function URLs and the secret, keeps them in Script Properties, installs the triggers. */
function setUp() {
  var ui = SpreadsheetApp.getUi();
  var t = text_();
  var answers = [t.askEditUrl, t.askRecalcUrl, t.askSecret].map(function (question) {
    var response = ui.prompt(question, ui.ButtonSet.OK_CANCEL);
    if (response.getSelectedButton() !== ui.Button.OK) throw new Error('Set up cancelled');
    return response.getResponseText().trim();
  });
  PropertiesService.getScriptProperties().setProperties({
    SALESPERF_EDIT_URL: answers[0],
    SALESPERF_RECALC_URL: answers[1],
    SALESPERF_SECRET: answers[2],
  });
  installTriggers_();
  ui.alert(t.setUp);
}

/** One installable on-edit and one on-change trigger for this spreadsheet, replacing older ones. */
function installTriggers_() {
  var spreadsheet = SpreadsheetApp.getActive();
  ScriptApp.getProjectTriggers().forEach(function (trigger) {
    var fn = trigger.getHandlerFunction();
    if (fn === 'reportEdit' || fn === 'reportChange') ScriptApp.deleteTrigger(trigger);
  });
  ScriptApp.newTrigger('reportEdit').forSpreadsheet(spreadsheet).onEdit().create();
  ScriptApp.newTrigger('reportChange').forSpreadsheet(spreadsheet).onChange().create();
}

/** Installable on-edit trigger: reports the edited range. */
function reportEdit(e) {
  var sheet = e.range.getSheet().getName();
  if (OUTPUT_TABS.indexOf(sheet) >= 0) return;
  post_(PROPERTY_EDIT_URL, {
    event_id: Utilities.getUuid(),
    spreadsheet_id: e.source.getId(),
    kind: 'edit',
    sheet: sheet,
    range: e.range.getA1Notation(),
    user: userOf_(e),
    time: new Date().toISOString(),
  });
}

/** Installable on-change trigger: rows or tabs added or removed (cell edits come through reportEdit). */
function reportChange(e) {
  if (e.changeType === 'EDIT' || e.changeType === 'FORMAT') return;
  var sheet = e.source.getActiveSheet().getName();
  if (OUTPUT_TABS.indexOf(sheet) >= 0) return;
  post_(PROPERTY_EDIT_URL, {
    event_id: Utilities.getUuid(),
    spreadsheet_id: e.source.getId(),
    kind: 'change',
    sheet: sheet,
    range: e.changeType,
    user: userOf_(e),
    time: new Date().toISOString(),
  });
}

function userOf_(e) {
  try {
    return (e.user && e.user.getEmail()) || Session.getActiveUser().getEmail() || '';
  } catch (err) {
    return '';
  }
}

/** Menu: recalculate now and say how it went. */
function recalculateNow() {
  var t = text_();
  var result = post_(PROPERTY_RECALC_URL, request_('recalculate'));
  if (!result) return;
  var ui = SpreadsheetApp.getUi();
  if (result.status === 'completed') ui.alert(t.done(result));
  else if (result.status === 'stopped') ui.alert(t.stopped(result));
  else if (result.status === 'queued') ui.alert(t.queued);
  else ui.alert(t.failed);
}

/** Menu: read and check the workbook, write nothing, list the first data issues. */
function validate() {
  var t = text_();
  var result = post_(PROPERTY_RECALC_URL, request_('validate'));
  if (!result) return;
  var ui = SpreadsheetApp.getUi();
  if (result.status === 'validated') ui.alert(t.validated(result));
  else if (result.status === 'stopped') ui.alert(t.stopped(result));
  else ui.alert(t.failed);
}

/** Menu: open the Data Issues tab. */
function showDataIssues() {
  var spreadsheet = SpreadsheetApp.getActive();
  var sheet = spreadsheet.getSheetByName('Data Issues') || spreadsheet.getSheetByName('数据问题');
  if (sheet) spreadsheet.setActiveSheet(sheet);
  else SpreadsheetApp.getUi().alert(text_().noIssuesTab);
}

function request_(action) {
  return {
    event_id: Utilities.getUuid(),
    spreadsheet_id: SpreadsheetApp.getActive().getId(),
    action: action,
    user: Session.getActiveUser().getEmail() || '',
    time: new Date().toISOString(),
  };
}

/** Lower-case hex of signed bytes. */
function hex_(bytes) {
  return bytes.map(function (b) { return ('0' + (b & 0xff).toString(16)).slice(-2); }).join('');
}

/** Signs and POSTs a JSON body; returns the parsed answer, or null when not set up or refused. */
function post_(urlProperty, payload) {
  var props = PropertiesService.getScriptProperties();
  var url = props.getProperty(urlProperty);
  var secret = props.getProperty(PROPERTY_SECRET);
  if (!url || !secret) {
    if (urlProperty === PROPERTY_RECALC_URL) SpreadsheetApp.getUi().alert(text_().notSetUp);
    return null;
  }
  var body = JSON.stringify(payload);
  var timestamp = String(Math.floor(Date.now() / 1000));
  var signature = hex_(Utilities.computeHmacSha256Signature(timestamp + '.' + body, secret, Utilities.Charset.UTF_8));
  var response = UrlFetchApp.fetch(url, {
    method: 'post',
    contentType: 'application/json; charset=utf-8',
    payload: Utilities.newBlob(body, 'application/json').getBytes(),
    headers: { 'X-Salesperf-Timestamp': timestamp, 'X-Salesperf-Signature': 'v1=' + signature },
    muteHttpExceptions: true,
  });
  var code = response.getResponseCode();
  if (code >= 500 || code === 401 || code === 403) {
    console.error('salesperf answered ' + code + ' for ' + urlProperty);
    if (urlProperty === PROPERTY_RECALC_URL) SpreadsheetApp.getUi().alert(text_().failed);
    return null;
  }
  try {
    return JSON.parse(response.getContentText());
  } catch (err) {
    return null;
  }
}
