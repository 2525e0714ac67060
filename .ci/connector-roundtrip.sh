#!/usr/bin/env bash
# The connector SDK end to end, out of tree (issue 14 §3): pack the SDK, the acceptance kit (with the
# engine packages it runs on) and the dotnet new template into a local folder feed; install the
# template; instantiate it in an empty folder OUTSIDE the repository; build and test it against the
# packed packages only (a nuget.config adding the local feed to the machine's normal package source
# for third-party packages); publish it into a plug-in folder; start the hub with that folder; sync a
# CSV file through the plug-in (GraphQL startSync as beheerder); query the rows over GraphQL; stop
# the hub.
#
# Usage: .ci/connector-roundtrip.sh [server-dll]   (default: the Debug build of the server, as
# `dotnet test Inburgering.Hub.sln` leaves it; built when missing).
# Every step counts as one test; the last line is "connector roundtrip: N passed, N failed".
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work=$(mktemp -d "${TMPDIR:-/tmp}/hub-connector-roundtrip.XXXXXX")
case "$work/" in "$repo"/*) echo "the work folder $work is inside the repository" >&2; exit 1 ;; esac
# A version no earlier run used, so no package cached from an earlier build is taken for this one.
suffix="roundtrip.$(date -u +%Y%m%d%H%M%S).$$"
version_prefix=$(sed -nE 's|.*<VersionPrefix>([^<]+)</VersionPrefix>.*|\1|p' "$repo/Directory.Build.props" | head -n1)
version="$version_prefix-$suffix"
feed="$work/feed"
hive="$work/template-hive"
out="$work/out"
plugins="$work/hub/plugins"
inbox="$work/inbox"
connector_name="roundtrip-participatie"
hub_pid=""
passed=0
failed=0

cleanup() {
  if [ -n "$hub_pid" ] && kill -0 "$hub_pid" 2>/dev/null; then
    kill "$hub_pid" 2>/dev/null
    wait "$hub_pid" 2>/dev/null
  fi
  rm -rf "$work"
  # The packages of this run's version only (the restore cached them).
  rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}"/inburgering.hub.*/"$version"
  rmdir --ignore-fail-on-non-empty "${NUGET_PACKAGES:-$HOME/.nuget/packages}"/inburgering.hub.* 2>/dev/null || true
}
trap cleanup EXIT

ok() { passed=$((passed + 1)); echo "ok   - $1"; }
fail() { failed=$((failed + 1)); echo "FAIL - $1" >&2; }
finish() {
  echo "connector roundtrip: ${passed} passed, ${failed} failed"
  [ "$failed" -eq 0 ]
  exit $?
}
step() { # step NAME COMMAND…: runs the command with its output in a log, shown when it fails
  local name=$1 log
  shift
  log=$(mktemp "$work/step.XXXXXX")
  if "$@" >"$log" 2>&1; then
    ok "$name"
    return 0
  fi
  tail -n 60 "$log" >&2
  fail "$name"
  return 1
}

mkdir -p "$feed" "$hive" "$out" "$plugins" "$inbox"
echo "== connector round trip, packages $version, in $work"

# 1. Pack: SDK, engine packages, kit, template (one build, in Release).
pack() {
  dotnet pack "$repo/tests/Inburgering.Hub.Connectors.Testing" -c Release -p:VersionSuffix="$suffix" -o "$feed" --nologo -v quiet &&
    for project in src/Inburgering.Hub.Connectors.Abstractions src/Inburgering.Hub.Domain src/Inburgering.Hub.Data src/Inburgering.Hub.Sync; do
      dotnet pack "$repo/$project" -c Release --no-build -p:VersionSuffix="$suffix" -o "$feed" --nologo -v quiet || return 1
    done &&
    dotnet pack "$repo/templates/Inburgering.Hub.Connectors.Templates.csproj" -c Release -p:VersionSuffix="$suffix" -o "$feed" --nologo -v quiet &&
    [ "$(ls "$feed"/*.nupkg | wc -l)" -eq 6 ]
}
step "pack SDK, engine, kit and template into a local feed ($version)" pack || finish

# 2. Install the template (in a hive of its own) and instantiate it outside the repository.
step "dotnet new install the template package" \
  dotnet new install "$feed/Inburgering.Hub.Connectors.Templates.$version.nupkg" --debug:custom-hive "$hive" || finish
cat >"$out/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <!-- The packages of this run; third-party packages come from the machine's normal source. -->
    <add key="hub-local" value="$feed" />
  </packageSources>
</configuration>
XML
step "dotnet new inburgering-connector outside the repository" \
  dotnet new inburgering-connector -n Roundtrip.Connector --connectorName "$connector_name" \
  -o "$out/Roundtrip.Connector" --debug:custom-hive "$hive" || finish
references=$(grep -rhoE 'Include="Inburgering\.Hub\.[^"]+" Version="[^"]+"' "$out/Roundtrip.Connector" --include=*.csproj | sort | tr '\n' ' ')
expected="Include=\"Inburgering.Hub.Connectors.Abstractions\" Version=\"$version\" Include=\"Inburgering.Hub.Connectors.Testing\" Version=\"$version\" "
if [ "$references" = "$expected" ] && ! grep -rq 'ProjectReference[^>]*Inburgering' "$out/Roundtrip.Connector"; then
  ok "the projects reference the SDK and the kit packages of this run only"
else
  fail "the projects reference [$references], expected [$expected]"
fi

# 3. Build and test it against the packed packages.
test_log="$work/test.log"
(cd "$out/Roundtrip.Connector" && dotnet test Roundtrip.Connector.Tests --nologo) >"$test_log" 2>&1
test_status=$?
summary=$(grep -E '(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+' "$test_log" | tail -n1)
tests_passed=$(sed -E 's/.*Passed: +([0-9]+).*/\1/' <<<"$summary")
if [ "$test_status" -eq 0 ] && [ "${tests_passed:-0}" -gt 10 ]; then
  ok "dotnet test of the instantiated connector: $summary"
else
  tail -n 80 "$test_log" >&2
  fail "dotnet test of the instantiated connector (${summary:-no summary})"
fi
if ls "$HOME/.nuget/packages/inburgering.hub.connectors.testing/$version" >/dev/null 2>&1 \
  || ls "${NUGET_PACKAGES:-/nonexistent}/inburgering.hub.connectors.testing/$version" >/dev/null 2>&1; then
  ok "the kit was restored from the local feed ($version)"
else
  fail "the kit package $version was not restored"
fi

# 4. Publish it into a plug-in folder.
step "dotnet publish the connector into the hub's plug-in folder" \
  dotnet publish "$out/Roundtrip.Connector/Roundtrip.Connector" -c Release -o "$plugins/roundtrip" --nologo || finish

# 5. Start the hub with that plug-in folder.
server=${1:-$repo/src/Inburgering.Hub.Server/bin/Debug/net10.0/Inburgering.Hub.Server.dll}
if [ ! -f "$server" ]; then
  step "build the hub" dotnet build "$repo/src/Inburgering.Hub.Server" --nologo -v quiet || finish
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"
export ASPNETCORE_ENVIRONMENT=Development DOTNET_ENVIRONMENT=Development
export Hub__Database__ConnectionString="Data Source=$work/hub/hub.db" Hub__Sync__ArchivePath="$work/hub/archive"
export Hub__Plugins__Path="$plugins" Hub__Connectors__werksaam__Enabled=false
# (a connector name with '-' is no shell variable name: passed through env)
(cd "$work/hub" && exec env "Hub__Connectors__${connector_name}__Settings__InboxPath=$inbox" dotnet "$server" serve --urls "$base") >"$work/hub.log" 2>&1 &
hub_pid=$!
up=0
for _ in $(seq 1 120); do
  if curl -fsS "$base/health/ready" >/dev/null 2>&1; then up=1; break; fi
  kill -0 "$hub_pid" 2>/dev/null || break
  sleep 0.5
done
if [ "$up" -eq 1 ] && grep -q "Loaded plug-in connector Roundtrip.Connector.ExampleConnector" "$work/hub.log"; then
  ok "the hub started and loaded the plug-in from $plugins/roundtrip"
else
  tail -n 60 "$work/hub.log" >&2
  fail "the hub did not start or did not load the plug-in"
  finish
fi

# 6. Sync a file through it, as beheerder over GraphQL.
printf 'id;bsn;gemeenteCode;soort;startdatum;einddatum;urenPerWeek\nRT-1;174681458;GM0405;VRIJWILLIGERSWERK;2024-01-08;;"7,5"\nRT-2;916146108;GM0405;WERKSTAGE;2024-01-15;2024-04-15;24\nRT-3;123456789;GM0405;WERKSTAGE;2024-01-15;;8\n' \
  >"$inbox/participatie-20240201.csv"
token=$(cd "$work/hub" && dotnet "$server" token --role beheerder --role medewerker --gemeente GM0405 --subject roundtrip 2>/dev/null | tail -n1)
graphql() { # graphql QUERY → the JSON answer
  python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1]}))' "$1" \
    | curl -sS -X POST "$base/graphql" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary @-
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
started=$(graphql "mutation { startSync(connector: \"$connector_name\") { id status } }")
run_id=$(json 'd["data"]["startSync"]["id"]' <<<"$started" 2>/dev/null)
status=""
for _ in $(seq 1 120); do
  [ -n "$run_id" ] || break
  run=$(graphql "{ syncRun(id: \"$run_id\") { status connectorVersion inserted quarantined } }")
  status=$(json 'd["data"]["syncRun"]["status"]' <<<"$run" 2>/dev/null)
  [ "$status" = "RUNNING" ] || break
  sleep 0.5
done
if [ "$status" = "PARTIALLY_SUCCEEDED" ] && [ "$(json 'd["data"]["syncRun"]["inserted"]' <<<"$run")" = "2" ] \
  && [ "$(json 'd["data"]["syncRun"]["quarantined"]' <<<"$run")" = "1" ]; then
  ok "startSync ran the plug-in: 2 inserted, the BSN failing the elfproef quarantined ($run)"
else
  echo "startSync: $started; run: ${run:-}" >&2
  tail -n 40 "$work/hub.log" >&2
  fail "the sync run through the plug-in (status ${status:-none})"
fi

# 7. Query the result over GraphQL.
rows=$(graphql '{ inburgeraars(first: 10) { nodes { participatie { soort startdatum urenPerWeek bron { connector bronId } } } } }')
found=$(python3 -c '
import json, sys
d = json.load(sys.stdin)
print(" ".join(sorted(
    "%s:%s:%s" % (p["bron"]["bronId"], p["soort"], p["urenPerWeek"])
    for n in d["data"]["inburgeraars"]["nodes"] for p in n["participatie"]
    if p["bron"]["connector"] == sys.argv[1])))' "$connector_name" <<<"$rows" 2>/dev/null)
if [ "$found" = "RT-1:VRIJWILLIGERSWERK:7.5 RT-2:WERKSTAGE:24" ]; then
  ok "GraphQL returns the rows synced through the plug-in ($found)"
else
  echo "query answered: $rows" >&2
  fail "GraphQL rows of the plug-in: [${found:-}]"
fi

# 8. Stop the hub.
kill "$hub_pid" 2>/dev/null
stopped=0
for _ in $(seq 1 60); do
  if ! kill -0 "$hub_pid" 2>/dev/null; then stopped=1; break; fi
  sleep 0.5
done
wait "$hub_pid" 2>/dev/null
hub_pid=""
if [ "$stopped" -eq 1 ]; then ok "the hub stopped"; else fail "the hub did not stop within 30 s"; fi
finish
