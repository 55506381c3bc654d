#!/usr/bin/env bash
# Does each tool's client compile? NSwag's CLI (NSwag.ConsoleCore 14.8.0, openapi2csclient, its defaults: one file on
# Newtonsoft.Json) and Kiota's CLI (1.38.0, pinned in .config/dotnet-tools.json, with its 2.1.6 runtime packages) write
# a client for each spec, and each client is built as a net10.0 library. Ours is not built here: the generator tests
# compile our output for all 25 corpus specs on every CI run (the corpus gate).
#
#   benchmarks/compile-outputs.sh [spec-name ...]      (default: github stripe pulsetic)
#
# Prints one row per spec: "compiles", or the number of errors and their distinct codes. Projects go to the scratch
# folder; nothing here is committed.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${PULSETICGEN_CORPUS:-/work/shared/specs/corpus}"
scratch="${PULSETICGEN_SCRATCH:-/tmp/pulseticgen-compile}"
mkdir -p "$scratch"

cd "$repo/benchmarks" && dotnet tool restore >/dev/null
[ -x "$scratch/tools/nswag" ] || dotnet tool install NSwag.ConsoleCore --version 14.8.0 --tool-path "$scratch/tools" >/dev/null

# shellcheck source=spec-paths.sh
source "$repo/benchmarks/spec-paths.sh"

# A library project around one folder of generated C#, outside this repository's Directory.*.props.
library() {
  local dir="$1" packages="$2"
  cat > "$dir/Client.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
$packages  </ItemGroup>
</Project>
PROJECT
}

# Builds one client: "compiles" when the build succeeds, else "N errors (CS… ×n, …)" from its error lines (MSBuild
# prints each twice: counted once).
verdict() {
  local project="$1" log="$2"
  if dotnet build "$project" -nologo -v q > "$log" 2>&1; then echo "compiles"; return; fi
  local errors
  errors=$(grep -E ': error [A-Z]+[0-9]+' "$log" | sed -E 's/ \[[^]]*\]$//' | sort -u || true)
  if [ -z "$errors" ]; then echo "build failed (see $log)"; return; fi
  local count codes
  count=$(printf '%s\n' "$errors" | wc -l)
  codes=$(printf '%s\n' "$errors" | sed -E 's/.*: error ([A-Z]+[0-9]+).*/\1/' | sort | uniq -c | awk '{ printf "%s%s ×%s", (NR > 1 ? ", " : ""), $2, $1 }')
  echo "$count errors ($codes)"
}

nswag_packages='    <PackageReference Include="Newtonsoft.Json" Version="13.0.4" />
'
kiota_packages=''
for package in Abstractions Http.HttpClientLibrary Serialization.Json Serialization.Text Serialization.Form Serialization.Multipart; do
  kiota_packages="$kiota_packages    <PackageReference Include=\"Microsoft.Kiota.$package\" Version=\"2.1.6\" />
"
done

echo "| Spec | NSwag | Kiota |"
echo "|---|---|---|"
specs=("$@")
[ ${#specs[@]} -gt 0 ] || specs=(github stripe pulsetic)
for name in "${specs[@]}"; do
  spec="$(spec_path "$name")"
  rm -rf "$scratch/$name"; mkdir -p "$scratch/$name/nswag" "$scratch/$name/kiota"

  "$scratch/tools/nswag" openapi2csclient "/input:$spec" "/output:$scratch/$name/nswag/Client.cs" >/dev/null
  library "$scratch/$name/nswag" "$nswag_packages"

  dotnet kiota generate -l CSharp -d "$spec" -o "$scratch/$name/kiota/Generated" -c ApiClient -n Kiota.Client \
    --clean-output --log-level Error >/dev/null
  library "$scratch/$name/kiota" "$kiota_packages"

  echo "| $name | $(verdict "$scratch/$name/nswag/Client.csproj" "$scratch/$name/nswag.log") | $(verdict "$scratch/$name/kiota/Client.csproj" "$scratch/$name/kiota.log") |"
done
