#!/usr/bin/env bash
# Cold `dotnet build` of a console app that compiles the whole generated GitHub client (623 operations), next to the
# same app without the spec. The app is written to a scratch folder outside the repo; nothing here is committed.
#
#   benchmarks/cold-build.sh [scratch-folder]        (needs hyperfine: apt-get install hyperfine)
#
# Each timed run starts from `rm -rf bin obj` and builds with --no-dependencies: the generator and runtime projects are
# built once beforehand, as a user gets them prebuilt in the package. Restore runs each time (from a warm NuGet cache).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${PULSETICGEN_CORPUS:-/work/shared/specs/corpus}"
scratch="${1:-/tmp/pulseticgen-coldbuild}/GitHubConsumer"
mkdir -p "$scratch"

cat > "$scratch/GitHubConsumer.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/generator/PulseticGen.Generator/build/PulseticGen.props" />
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <DefineConstants Condition="'\$(WithSpec)' != 'false'">\$(DefineConstants);WITH_SPEC</DefineConstants>
  </PropertyGroup>
  <ItemGroup Condition="'\$(WithSpec)' != 'false'">
    <OpenApiSpec Include="$corpus/github-rest.json" />
  </ItemGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/generator/PulseticGen.Generator/PulseticGen.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <ProjectReference Include="$repo/runtime/PulseticGen.Runtime/PulseticGen.Runtime.csproj" />
  </ItemGroup>
  <Import Project="$repo/generator/PulseticGen.Generator/build/PulseticGen.targets" />
</Project>
PROJECT

cat > "$scratch/Program.cs" <<'PROGRAM'
#if WITH_SPEC
using var client = new GitHubV3RestApi.GitHubV3RestApiClient(new System.Net.Http.HttpClient { BaseAddress = new System.Uri("https://api.github.com/") });
System.Console.WriteLine($"{GitHubV3RestApi.GitHubV3RestApiEndpoints.All.Count} operations; e.g. {nameof(client.Repos.GetAsync)}");
#else
System.Console.WriteLine("no spec");
#endif
PROGRAM

cd "$scratch"
dotnet build -nologo -v q >/dev/null   # builds the generator and runtime once
dotnet run --no-build                  # proves the client is there

hyperfine --runs 3 --warmup 1 --prepare 'rm -rf bin obj' --export-markdown "$scratch/cold-build.md" \
  -n 'GitHub client, compiler server (default)' 'dotnet build --no-dependencies -nologo -v q' \
  -n 'GitHub client, fresh compiler process' 'dotnet build --no-dependencies -nologo -v q -p:UseSharedCompilation=false' \
  -n 'no spec, compiler server (default)' 'dotnet build --no-dependencies -nologo -v q -p:WithSpec=false' \
  -n 'no spec, fresh compiler process' 'dotnet build --no-dependencies -nologo -v q -p:WithSpec=false -p:UseSharedCompilation=false'
cat "$scratch/cold-build.md"
