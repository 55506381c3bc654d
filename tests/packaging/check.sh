#!/usr/bin/env bash
# Packaging test: packs the NuGet packages and the two tools, checks the package layout, then builds and runs fresh
# consumer projects the way a user would (one PackageReference, warnings as errors), from a local feed only.
# Prints one line "packaging: N passed, M failed" and exits non-zero on any failure.
set -uo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
feed="$work/feed"
export NUGET_PACKAGES="$work/packages"   # never a stale 0.1.0 from an earlier run
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
passed=0
failed=0

check() { # name, command...
  local name="$1"; shift
  if out="$("$@" 2>&1)"; then
    passed=$((passed + 1)); echo "  ok   $name"
  else
    failed=$((failed + 1)); echo "  FAIL $name"; echo "$out" | tail -25 | sed 's/^/       /'
  fi
}

pack() { dotnet pack "$repo/$1" -c Release -o "$feed" -p:ContinuousIntegrationBuild=true; }

echo "Packaging:"
check "pack PulseticGen" pack generator/PulseticGen.Package
check "pack PulseticGen.Runtime" pack runtime/PulseticGen.Runtime
check "pack the pulseticgen tool" pack generator/PulseticGen.Tool
if [ -f "$repo/samples/Pulsetic.Cli/Pulsetic.Cli.csproj" ]; then check "pack the pulsetic tool" pack samples/Pulsetic.Cli; fi
if [ -f "$repo/runtime/PulseticGen.Extensions/PulseticGen.Extensions.csproj" ]; then check "pack PulseticGen.Extensions" pack runtime/PulseticGen.Extensions; fi

layout() {
  local listing; listing="$(unzip -Z1 "$feed/PulseticGen.0.1.0.nupkg")" || return 1
  local slot; slot="$(echo "$listing" | grep '^analyzers/' | sort)"
  local expected=$'analyzers/dotnet/roslyn4.8/cs/Microsoft.OpenApi.YamlReader.dll\nanalyzers/dotnet/roslyn4.8/cs/Microsoft.OpenApi.dll\nanalyzers/dotnet/roslyn4.8/cs/PulseticGen.Generator.dll\nanalyzers/dotnet/roslyn4.8/cs/SharpYaml.dll'
  [ "$slot" == "$expected" ] || { echo "analyzer slot holds:"; echo "$slot"; return 1; }
  ! echo "$listing" | grep -q '^lib/' || { echo "unexpected lib/ folder"; return 1; }
  for f in buildTransitive/PulseticGen.props buildTransitive/PulseticGen.targets buildTransitive/PulseticGen.Common.targets specs/pulsetic.openapi.yaml README.md; do
    echo "$listing" | grep -qx "$f" || { echo "missing $f"; return 1; }
  done
  unzip -p "$feed/PulseticGen.0.1.0.nupkg" PulseticGen.nuspec | grep -q 'dependency id="PulseticGen.Runtime" version="0.1.0"' || { echo "no dependency on PulseticGen.Runtime"; return 1; }
  unzip -p "$feed/PulseticGen.0.1.0.nupkg" PulseticGen.nuspec | grep -q '<license type="expression">MIT</license>' || { echo "no licence expression"; return 1; }
  local runtime; runtime="$(unzip -Z1 "$feed/PulseticGen.Runtime.0.1.0.nupkg")" || return 1
  echo "$runtime" | grep -qx 'lib/net8.0/PulseticGen.Runtime.dll' && echo "$runtime" | grep -qx 'lib/net8.0/PulseticGen.Runtime.xml' || { echo "runtime package lacks its DLL or XML docs"; return 1; }
  unzip -Z1 "$feed/PulseticGen.Runtime.0.1.0.snupkg" | grep -qx 'lib/net8.0/PulseticGen.Runtime.pdb' || { echo "no symbols package for the runtime"; return 1; }
}
check "package layout: one analyzer slot, MSBuild files, spec, runtime dependency, XML docs, symbols" layout

consumer() { # dir, csproj-extra-items, program
  mkdir -p "$1"
  cat > "$1/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><clear /><add key="local" value="$feed" /></packageSources></configuration>
XML
  cat > "$1/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <JsonSerializerIsReflectionEnabledByDefault>false</JsonSerializerIsReflectionEnabledByDefault>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="PulseticGen" Version="0.1.0" />
    $2
  </ItemGroup>
</Project>
XML
  printf '%s\n' "$3" > "$1/Program.cs"
}

zero_config() {
  consumer "$work/zero" "" 'Console.WriteLine($"operations={Pulsetic.PulseticEndpoints.All.Count}"); using var client = Pulsetic.PulseticClient.Create("t"); Console.WriteLine(Pulsetic.PulseticClient.SecurityScheme);'
  local out; out="$(dotnet run --project "$work/zero" -c Release 2>&1)" || { echo "$out"; return 1; }
  echo "$out" | grep -q '^operations=36$' && echo "$out" | grep -q '^Authorization: <token>$' || { echo "$out"; return 1; }
}
check "zero configuration: one PackageReference gives PulseticClient (36 operations), warnings as errors" zero_config

own_spec() {
  mkdir -p "$work/own/specs"
  cat > "$work/own/specs/shop.yaml" <<YAML
openapi: 3.1.0
info: { title: Shop, version: '1' }
servers: [{ url: 'https://shop.example.test/v1' }]
paths:
  /orders/{id}:
    get:
      operationId: getOrder
      parameters: [{ name: id, in: path, required: true, schema: { type: integer } }]
      responses: { '200': { description: ok, content: { application/json: { schema: { \$ref: '#/components/schemas/Order' } } } } }
components:
  schemas:
    Order: { type: object, required: [id], properties: { id: { type: integer }, total: { type: number } } }
YAML
  consumer "$work/own" '<OpenApiSpec Include="specs/shop.yaml" ClientName="ShopClient" Namespace="Acme.Shop" />' 'Console.WriteLine($"operations={Acme.Shop.ShopEndpoints.All.Count} base={Acme.Shop.ShopClient.DefaultBaseAddress}"); Console.WriteLine(typeof(Acme.Shop.ShopClient).Assembly.GetType("Pulsetic.PulseticClient") is null ? "no-pulsetic" : "pulsetic-too");'
  local out; out="$(dotnet run --project "$work/own" -c Release 2>&1)" || { echo "$out"; return 1; }
  echo "$out" | grep -q '^operations=1 base=https://shop.example.test/v1/$' && echo "$out" | grep -q '^no-pulsetic$' || { echo "$out"; return 1; }

  # A change to the spec regenerates on the next build.
  sed -i 's#^components:#  /orders:\n    get:\n      operationId: listOrders\n      responses: { "200": { description: ok } }\ncomponents:#' "$work/own/specs/shop.yaml"
  out="$(dotnet run --project "$work/own" -c Release 2>&1)" || { echo "$out"; return 1; }
  echo "$out" | grep -q '^operations=2 ' || { echo "after editing the spec: $out"; return 1; }
}
check "own spec: OpenApiSpec item with ClientName/Namespace, bundled Pulsetic off, edits regenerate" own_spec

# The tool as a user installs it: on linux-x64 the pointer package picks the Native AOT package. Its generate must write
# what the framework-dependent ("any") package writes, byte for byte with the same report, over every kind of spec
# (YAML and JSON; 2.0, 3.0 and 3.1; with validation findings), and its check must compile a client with Roslyn.
native_tool() {
  [ "$(uname -s)-$(uname -m)" == "Linux-x86_64" ] || { echo "not linux-x64: the native package is not made here"; return 0; }
  dotnet tool install PulseticGen.Tool --version 0.1.0 --add-source "$feed" --tool-path "$work/tool" >/dev/null || return 1
  local native; native="$(readlink -f "$work/tool/pulseticgen")"
  [[ "$native" == */pulseticgen.tool.linux-x64/* ]] || { echo "installed $native, not the linux-x64 package"; return 1; }
  [ "$(head -c 4 "$native" | od -An -c | tr -d ' ')" == '177ELF' ] || { echo "$native is not a native executable"; return 1; }
  mkdir -p "$work/any" && unzip -q -o "$feed/PulseticGen.Tool.any.0.1.0.nupkg" -d "$work/any" || return 1
  local portable="$work/any/tools/net10.0/any/pulseticgen.dll"
  local corpus="${PULSETICGEN_CORPUS:-$repo/../shared/specs/corpus}"
  local spec name
  for spec in "$repo/specs/pulsetic.openapi.yaml" "$corpus/github-rest.json" "$corpus/kubernetes-api.json" "$corpus/openai-api.yaml" "$corpus/discord-api.json"; do
    [ -f "$spec" ] || { echo "missing $spec"; return 1; }
    name="$(basename "$spec")"
    (cd "$work" && "$native" generate "$spec" -o "out/$name" > "native-$name.txt"; echo "exit $?" >> "native-$name.txt")
    (cd "$work" && dotnet "$portable" generate "$spec" -o "out-any/$name" | sed "s#out-any/#out/#" > "any-$name.txt"; echo "exit ${PIPESTATUS[0]}" >> "any-$name.txt")
    diff "$work/any-$name.txt" "$work/native-$name.txt" || { echo "$name: the native tool's report differs"; return 1; }
    diff -r "$work/out-any/$name" "$work/out/$name" >/dev/null || { echo "$name: the native tool wrote other files"; return 1; }
    grep -q '^exit 0$' "$work/native-$name.txt" || { echo "$name: generate failed"; cat "$work/native-$name.txt" | tail -5; return 1; }
  done
  local out; out="$("$native" check "$repo/specs/pulsetic.openapi.yaml")" || { echo "$out"; return 1; }
  echo "$out" | grep -q '^OK: the generated client compiles with no errors and no warnings.$' || { echo "$out"; return 1; }
}
check "pulseticgen tool: the linux-x64 package is native, writes what the portable one does (5 specs), and check compiles" native_tool

echo "packaging: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
