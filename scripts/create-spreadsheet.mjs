#!/usr/bin/env node
// Creates a new Google spreadsheet from the salesperf template and shares it with the functions'
// service account. Run `npm run build` first. Credentials: your own Google account through
// Application Default Credentials:
//   gcloud auth application-default login \
//     --scopes=https://www.googleapis.com/auth/spreadsheets,https://www.googleapis.com/auth/drive.file,https://www.googleapis.com/auth/cloud-platform
// Usage:
//   node scripts/create-spreadsheet.mjs --title "Sales 2026" [--locale zh-CN|en] [--demo]
//     [--share-with salesperf-runner@PROJECT.iam.gserviceaccount.com] [--dry-run]
import { URL } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    title: { type: 'string', default: 'salesperf' },
    locale: { type: 'string', default: 'zh-CN' },
    timezone: { type: 'string', default: 'Asia/Shanghai' },
    demo: { type: 'boolean', default: false },
    'share-with': { type: 'string' },
    'root-url': { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(
    'node scripts/create-spreadsheet.mjs --title TITLE [--locale zh-CN|en] [--demo] [--share-with SERVICE_ACCOUNT_EMAIL] [--dry-run]',
  );
  process.exit(0);
}
if (values.locale !== 'zh-CN' && values.locale !== 'en') {
  console.error('--locale must be zh-CN or en');
  process.exit(2);
}

const lib = new URL('../functions/lib/functions/src/', import.meta.url);
const { templateWorkbook } = await import(new URL('template/template.js', lib).href);
const { templateSheets, templateFormatRequests } = await import(
  new URL('workbook/sheets-template.js', lib).href
);
const { demoOrganisation } = await import(new URL('demo/organisation.js', lib).href);

const book = templateWorkbook(values.locale, values.demo ? demoOrganisation(values.locale) : {});
const api = values['root-url'] ?? 'https://sheets.googleapis.com';

if (values['dry-run']) {
  const sheets = templateSheets(book);
  const requests = templateFormatRequests(
    sheets,
    sheets.map((_, i) => i),
  );
  const rows = sheets.reduce((n, s) => n + s.rows.length, 0);
  console.log(
    `POST ${api}/v4/spreadsheets  # title "${values.title}", locale ${values.locale}, time zone ${values.timezone}, ${sheets.length} tabs: ${sheets.map((s) => s.title).join(', ')}`,
  );
  console.log(
    `POST ${api}/v4/spreadsheets/NEW_ID:batchUpdate  # ${requests.length} requests: header styles, number formats, lists, notes, widths`,
  );
  console.log(`POST ${api}/v4/spreadsheets/NEW_ID/values:batchUpdate  # valueInputOption RAW, ${rows} rows`);
  if (values['share-with']) {
    console.log(
      `POST https://www.googleapis.com/drive/v3/files/NEW_ID/permissions  # writer: ${values['share-with']}`,
    );
  }
  process.exit(0);
}

const { sheetsClient } = await import(new URL('workbook/sheets-client.js', lib).href);
const { createSpreadsheetFromTemplate } = await import(new URL('workbook/sheets-template.js', lib).href);
const client = await sheetsClient(values['root-url'] ? { rootUrl: values['root-url'] } : {});
const created = await createSpreadsheetFromTemplate(client, book, {
  title: values.title,
  locale: values.locale,
  timeZone: values.timezone,
});
console.log(`Created ${created.url}`);
console.log(`Spreadsheet id: ${created.spreadsheetId}`);

if (values['share-with']) {
  // The Drive API, through the same credentials the Sheets client uses.
  const { auth } = await import('@googleapis/sheets');
  const google = new auth.GoogleAuth({ scopes: ['https://www.googleapis.com/auth/drive.file'] });
  const http = await google.getClient();
  await http.request({
    url: `https://www.googleapis.com/drive/v3/files/${created.spreadsheetId}/permissions?sendNotificationEmail=false`,
    method: 'POST',
    data: { type: 'user', role: 'writer', emailAddress: values['share-with'] },
  });
  console.log(`Shared with ${values['share-with']} (editor).`);
} else {
  console.log(
    "Share it with the functions' service account as an editor (Share button), or rerun with --share-with.",
  );
}
console.log(
  'Next: add the spreadsheet id to SALESPERF_SPREADSHEET_IDS (scripts/deploy.sh) and install the Apps Script companion (docs/apps-script.md).',
);
