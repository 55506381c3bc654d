#!/usr/bin/env bash
# What a user's build pays for a big client: a cold `dotnet build` (from `rm -rf bin obj`) of a console app holding the
# whole GitHub and Stripe clients made by us (the generator, at build time), the Stripe client alone made by us and by
# Kiota (its CLI's output, as C# files in the project), and the same app with no client. Kiota's GitHub output does not
# compile (CS1001 in Repos/Item/Item/Compare: the `{basehead}` path parameter), so Kiota is compared on Stripe.
# Reports the median wall time and the peak resident memory of the
# largest build process, which is the compiler: the build runs with a fresh compiler process
# (UseSharedCompilation=false) and one MSBuild node, so /usr/bin/time sees every process of the build.
#
#   benchmarks/cold-build.sh [scratch-folder]        (default /tmp/pulseticgen-coldbuild; RUNS=3 by default)
#
# The apps are written to the scratch folder; nothing here is committed. The generator and runtime are built once
# beforehand and each timed build passes --no-dependencies, as a user gets them prebuilt in the package. Restore runs
# every time, from a warm NuGet cache. Kiota is the CLI pinned in .config/dotnet-tools.json (1.38.0) with its 2.1.6
# runtime packages.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${PULSETICGEN_CORPUS:-/work/shared/specs/corpus}"
scratch="${1:-/tmp/pulseticgen-coldbuild}"
runs="${RUNS:-3}"
mkdir -p "$scratch"
rm -f "$scratch"/*.times

# Ours: the specs as OpenApiSpec items; the generator writes the clients during the build.
ours_app() {
  local name="$1"; shift
  mkdir -p "$scratch/$name"
  local items=""
  for spec in "$@"; do items="$items    <OpenApiSpec Include=\"$corpus/$spec\" />"$'\n'; done
  cat > "$scratch/$name/$name.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/generator/PulseticGen.Generator/build/PulseticGen.props" />
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
$items  </ItemGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/generator/PulseticGen.Generator/PulseticGen.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <ProjectReference Include="$repo/runtime/PulseticGen.Runtime/PulseticGen.Runtime.csproj" />
  </ItemGroup>
  <Import Project="$repo/generator/PulseticGen.Generator/build/PulseticGen.targets" />
</Project>
PROJECT
}
ours_app Ours github-rest.json stripe-api.json
cat > "$scratch/Ours/Program.cs" <<'PROGRAM'
using var github = new GitHubV3RestApi.GitHubV3RestApiClient(new System.Net.Http.HttpClient());
using var stripe = new StripeApi.StripeApiClient(new System.Net.Http.HttpClient());
System.Console.WriteLine($"{GitHubV3RestApi.GitHubV3RestApiEndpoints.All.Count + StripeApi.StripeApiEndpoints.All.Count} operations");
PROGRAM
ours_app OursStripe stripe-api.json
cat > "$scratch/OursStripe/Program.cs" <<'PROGRAM'
using var stripe = new StripeApi.StripeApiClient(new System.Net.Http.HttpClient());
System.Console.WriteLine($"{StripeApi.StripeApiEndpoints.All.Count} operations");
PROGRAM

# Kiota: its generated C# for Stripe, compiled with its runtime packages.
mkdir -p "$scratch/KiotaStripe"
cat > "$scratch/KiotaStripe/KiotaStripe.csproj" <<'PROJECT'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <!-- Kiota's output is not warning-free; its warnings are not what is measured here. -->
    <NoWarn>$(NoWarn);CS0108;CS0114;CS1591;CS8618;CS8600;CS8601;CS8602;CS8603;CS8604;CS8625</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.Kiota.Abstractions" Version="2.1.6" />
    <PackageReference Include="Microsoft.Kiota.Http.HttpClientLibrary" Version="2.1.6" />
    <PackageReference Include="Microsoft.Kiota.Serialization.Json" Version="2.1.6" />
    <PackageReference Include="Microsoft.Kiota.Serialization.Text" Version="2.1.6" />
    <PackageReference Include="Microsoft.Kiota.Serialization.Form" Version="2.1.6" />
    <PackageReference Include="Microsoft.Kiota.Serialization.Multipart" Version="2.1.6" />
  </ItemGroup>
</Project>
PROJECT
cat > "$scratch/KiotaStripe/Program.cs" <<'PROGRAM'
var adapter = new Microsoft.Kiota.Http.HttpClientLibrary.HttpClientRequestAdapter(new Microsoft.Kiota.Abstractions.Authentication.AnonymousAuthenticationProvider());
var stripe = new Kiota.Stripe.StripeClient(adapter);
System.Console.WriteLine(stripe.GetType().Name);
PROGRAM
(cd "$repo/benchmarks" && dotnet tool restore >/dev/null
 [ -d "$scratch/KiotaStripe/Stripe" ] || dotnet kiota generate -l CSharp -d "$corpus/stripe-api.json" -o "$scratch/KiotaStripe/Stripe" -c StripeClient -n Kiota.Stripe --clean-output --log-level Error >/dev/null)

# The floor: the same console app with no client at all.
mkdir -p "$scratch/Empty"
cat > "$scratch/Empty/Empty.csproj" <<'PROJECT'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>
</Project>
PROJECT
echo 'System.Console.WriteLine("no client");' > "$scratch/Empty/Program.cs"

# One untimed build of each app, with our generated files written to obj/ so they can be counted. The timed builds
# below do not write them: a user's build does not, and writing 4,000 files would be charged to ours alone.
for app in Ours OursStripe KiotaStripe Empty; do
  (cd "$scratch/$app" && rm -rf bin obj && dotnet build -nologo -v q -p:EmitCompilerGeneratedFiles=true >/dev/null \
    && dotnet run --no-build >/dev/null) || { echo "$app does not build" >&2; exit 1; }
  find "$scratch/$app" -name '*.cs' -not -path '*/bin/*' | wc -l > "$scratch/$app.files"
  find "$scratch/$app" -name '*.cs' -not -path '*/bin/*' -print0 | xargs -0 cat | wc -l > "$scratch/$app.lines"
done

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
echo "| App | Cold build (median of $runs) | Compiler peak memory (median) | C# files | Lines |"
echo "|---|---:|---:|---:|---:|"
for ((i = 0; i < runs; i++)); do
  for app in Ours OursStripe KiotaStripe Empty; do   # interleaved, so load on a shared machine hits all three alike
    cd "$scratch/$app" && rm -rf bin obj
    /usr/bin/time -f "%e %M" -o "$scratch/$app.run" dotnet build --no-dependencies -nologo -v q -nodeReuse:false -m:1 \
      -p:UseSharedCompilation=false >/dev/null
    cat "$scratch/$app.run" >> "$scratch/$app.times"
  done
done
for app in Ours OursStripe KiotaStripe Empty; do
  seconds=$(awk '{ print $1 }' "$scratch/$app.times" | median)
  megabytes=$(awk '{ print $2 / 1024 }' "$scratch/$app.times" | median)
  files=$(cat "$scratch/$app.files")
  lines=$(cat "$scratch/$app.lines")
  printf '| %s | %.1f s | %.0f MB | %s | %s |\n' "$app" "$seconds" "$megabytes" "$files" "$lines"
done
rm -f "$scratch"/*.times "$scratch"/*.run "$scratch"/*.files "$scratch"/*.lines
