#!/usr/bin/env bash
# Deploys salesperf to Google Cloud with gcloud: a least-privilege service account, Firestore, the
# shared webhook secret in Secret Manager, a Pub/Sub topic, the three functions (Cloud Functions gen2,
# Node 22) and a daily Cloud Scheduler job on Asia/Shanghai time. Safe to run again: what exists is
# kept, the functions are redeployed. See docs/deploy.md.
#
#   scripts/deploy.sh --project PROJECT --spreadsheets ID[,ID…] [--region asia-east2]
#                     [--schedule "30 6 * * *"] [--dry-run]
#
# --dry-run prints every command instead of running it (no secret is ever printed).
set -euo pipefail

PROJECT="${GOOGLE_CLOUD_PROJECT:-}"
REGION="asia-east2"
SPREADSHEETS=""
SCHEDULE="30 6 * * *"
TIME_ZONE="Asia/Shanghai"
DRY_RUN=0
SERVICE_ACCOUNT_NAME="salesperf-runner"
SECRET_NAME="salesperf-webhook-secret"
TOPIC="salesperf-daily"
JOB="salesperf-daily"

usage() { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --project) PROJECT="$2"; shift 2 ;;
    --region) REGION="$2"; shift 2 ;;
    --spreadsheets) SPREADSHEETS="$2"; shift 2 ;;
    --schedule) SCHEDULE="$2"; shift 2 ;;
    --dry-run) DRY_RUN=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "Unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done

[[ -n "$PROJECT" ]] || { echo "--project is required" >&2; exit 2; }
[[ -n "$SPREADSHEETS" ]] || { echo "--spreadsheets is required (ids separated by commas)" >&2; exit 2; }
[[ "$SPREADSHEETS" =~ ^[A-Za-z0-9_,-]+$ ]] || { echo "--spreadsheets: ids separated by commas, no spaces" >&2; exit 2; }

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SA="${SERVICE_ACCOUNT_NAME}@${PROJECT}.iam.gserviceaccount.com"
STAGE="${TMPDIR:-/tmp}/salesperf-functions-$$"
# The daily message names the spreadsheets, as JSON: {"spreadsheets":["id1","id2"]}.
MESSAGE="{\"spreadsheets\":[\"${SPREADSHEETS//,/\",\"}\"]}"

# Runs a command, or prints it under --dry-run.
run() {
  if [[ $DRY_RUN -eq 1 ]]; then
    printf '%q ' "$@"; printf '\n'
  else
    "$@"
  fi
}

# True when a resource exists (always false under --dry-run, so every creation is printed).
exists() {
  [[ $DRY_RUN -eq 0 ]] && "$@" >/dev/null 2>&1
}

G=(gcloud --project="$PROJECT" --quiet)

echo "# 1. APIs"
run "${G[@]}" services enable cloudfunctions.googleapis.com run.googleapis.com cloudbuild.googleapis.com \
  artifactregistry.googleapis.com eventarc.googleapis.com pubsub.googleapis.com cloudscheduler.googleapis.com \
  secretmanager.googleapis.com firestore.googleapis.com sheets.googleapis.com drive.googleapis.com

echo "# 2. The service account the functions run as: Firestore, its own secret, logs. Spreadsheets are shared with it one by one."
exists "${G[@]}" iam service-accounts describe "$SA" ||
  run "${G[@]}" iam service-accounts create "$SERVICE_ACCOUNT_NAME" --display-name="salesperf functions"
run "${G[@]}" projects add-iam-policy-binding "$PROJECT" --member="serviceAccount:$SA" --role=roles/datastore.user --condition=None
run "${G[@]}" projects add-iam-policy-binding "$PROJECT" --member="serviceAccount:$SA" --role=roles/logging.logWriter --condition=None

echo "# 3. Firestore (native mode), TTL on webhook claims, no indexes on bulk fields"
echo "#    Rules (deny every client) are applied with the Firebase CLI: npx firebase-tools deploy --only firestore:rules --project $PROJECT"
exists "${G[@]}" firestore databases describe --database="(default)" ||
  run "${G[@]}" firestore databases create --database="(default)" --location="$REGION" --type=firestore-native
run "${G[@]}" firestore fields ttls update expires_at --collection-group=webhook_events --enable-ttl
for field in chunks:rows_json chunks:row_hashes parts:items_json snapshots:chunk_ids snapshots:chunk_rows runs:tab_hashes runs:message; do
  run "${G[@]}" firestore indexes fields update "${field#*:}" --collection-group="${field%%:*}" --disable-indexes
done

echo "# 4. The shared webhook secret (generated here, never printed), readable by the service account only"
if ! exists "${G[@]}" secrets describe "$SECRET_NAME"; then
  if [[ $DRY_RUN -eq 1 ]]; then
    echo "openssl rand -hex 32 | gcloud --project=$PROJECT secrets create $SECRET_NAME --replication-policy=automatic --data-file=-"
  else
    openssl rand -hex 32 | tr -d '\n' | "${G[@]}" secrets create "$SECRET_NAME" --replication-policy=automatic --data-file=-
  fi
fi
run "${G[@]}" secrets add-iam-policy-binding "$SECRET_NAME" --member="serviceAccount:$SA" --role=roles/secretmanager.secretAccessor

echo "# 5. The Pub/Sub topic of the daily job"
exists "${G[@]}" pubsub topics describe "$TOPIC" || run "${G[@]}" pubsub topics create "$TOPIC"

echo "# 6. The deployable package: the built code and its runtime dependencies"
run bash -c "cd $(printf '%q' "$ROOT") && npm ci --no-audit --no-fund && npm run build"
run rm -rf "$STAGE"
run mkdir -p "$STAGE"
run cp -R "$ROOT/functions/lib" "$STAGE/lib"
run node -e "const p=require(process.argv[1]);delete p.devDependencies;delete p.bin;p.main='lib/functions/src/index.js';require('fs').writeFileSync(process.argv[2],JSON.stringify(p,null,2))" \
  "$ROOT/functions/package.json" "$STAGE/package.json"
run bash -c "cd $(printf '%q' "$STAGE") && npm install --package-lock-only --omit=dev --no-audit --no-fund"

# `^|^` makes | the separator, so the comma-separated ids stay one variable. functions/runtime.env:
# the V8 heap and the allocator's settings the engine is measured with (docs/deploy.md).
RUNTIME_ENV="$(grep -v '^[[:space:]]*\(#\|$\)' "$ROOT/functions/runtime.env" | tr '\n' '|' | sed 's/|$//')"
ENV_VARS="^|^GOOGLE_CLOUD_PROJECT=$PROJECT|SALESPERF_SPREADSHEET_IDS=$SPREADSHEETS|$RUNTIME_ENV"
COMMON=(--gen2 --runtime=nodejs22 --region="$REGION" --source="$STAGE" --service-account="$SA"
  --set-env-vars="$ENV_VARS" --set-secrets="SALESPERF_WEBHOOK_SECRET=${SECRET_NAME}:latest"
  --memory=2Gi --timeout=540s)

echo "# 7. The functions"
run "${G[@]}" functions deploy scheduledRecalc "${COMMON[@]}" --entry-point=scheduledRecalc \
  --trigger-topic="$TOPIC" --trigger-service-account="$SA" --max-instances=2
# One instance takes every edit, so a burst is coalesced in one place; its CPU stays on after the
# 202 answer so the queued run can finish.
run "${G[@]}" functions deploy sheetEdited "${COMMON[@]}" --entry-point=sheetEdited \
  --trigger-http --allow-unauthenticated --max-instances=1 --concurrency=40 --cpu=1
run "${G[@]}" run services update sheetedited --region="$REGION" --no-cpu-throttling
run "${G[@]}" functions deploy recalcNow "${COMMON[@]}" --entry-point=recalcNow \
  --trigger-http --allow-unauthenticated --max-instances=2 --concurrency=4 --cpu=1
# Only the service account (as the Eventarc trigger's identity) may invoke the scheduled function.
run "${G[@]}" run services add-iam-policy-binding scheduledrecalc --region="$REGION" \
  --member="serviceAccount:$SA" --role=roles/run.invoker

echo "# 8. The daily job ($SCHEDULE, $TIME_ZONE)"
if exists "${G[@]}" scheduler jobs describe "$JOB" --location="$REGION"; then
  run "${G[@]}" scheduler jobs update pubsub "$JOB" --location="$REGION" --schedule="$SCHEDULE" \
    --time-zone="$TIME_ZONE" --topic="$TOPIC" --message-body="$MESSAGE"
else
  run "${G[@]}" scheduler jobs create pubsub "$JOB" --location="$REGION" --schedule="$SCHEDULE" \
    --time-zone="$TIME_ZONE" --topic="$TOPIC" --message-body="$MESSAGE"
fi

echo "# 9. For the Apps Script companion (docs/apps-script.md): the two URLs, and the secret"
run "${G[@]}" functions describe sheetEdited --gen2 --region="$REGION" --format="value(serviceConfig.uri)"
run "${G[@]}" functions describe recalcNow --gen2 --region="$REGION" --format="value(serviceConfig.uri)"
echo "# The secret: gcloud --project=$PROJECT secrets versions access latest --secret=$SECRET_NAME"
echo "# Share each spreadsheet with $SA as an editor."
[[ $DRY_RUN -eq 1 ]] || rm -rf "$STAGE"
