using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;
using Xunit;

namespace PulseticGen.Generator.Tests.Infrastructure;

/// <summary>
/// Runs a generated client for real: the test's own C# (a <c>Probe.RunAsync</c> that calls the typed client) is
/// compiled with the generated code, loaded, and run against <see cref="RecorderSource"/>'s handler, so a test can
/// assert the request that went on the wire instead of the text the emitter wrote.
/// </summary>
internal static class CompiledClient
{
    /// <summary>
    /// A handler for the probe to pass to the client: it answers every request with one canned response and writes
    /// down each request as <c>GET https://host/path?query</c>, then <c> | Name: value</c> for the credential headers.
    /// </summary>
    public const string RecorderSource = """
        public sealed class Recorder : System.Net.Http.HttpMessageHandler
        {
            private readonly int _status;
            private readonly string _body;

            public Recorder(int status = 204, string body = "")
            {
                _status = status;
                _body = body;
            }

            public System.Collections.Generic.List<string> Requests { get; } = new();

            protected override System.Threading.Tasks.Task<System.Net.Http.HttpResponseMessage> SendAsync(System.Net.Http.HttpRequestMessage request, System.Threading.CancellationToken cancellationToken)
            {
                var line = new System.Text.StringBuilder(request.Method + " " + request.RequestUri!.AbsoluteUri);
                foreach (string name in new[] { "Authorization", "X-API-Key", "Cookie" })
                {
                    if (request.Headers.TryGetValues(name, out var values))
                    {
                        line.Append(" | " + name + ": " + string.Join(",", values));
                    }
                }

                Requests.Add(line.ToString());
                var response = new System.Net.Http.HttpResponseMessage((System.Net.HttpStatusCode)_status) { RequestMessage = request };
                if (_body.Length > 0)
                {
                    response.Content = new System.Net.Http.StringContent(_body, System.Text.Encoding.UTF8, "application/json");
                }

                return System.Threading.Tasks.Task.FromResult(response);
            }
        }
        """;

    /// <summary>Generates from <paramref name="spec"/> with <paramref name="probe"/> beside it and returns what <c>Probe.RunAsync()</c> returns.</summary>
    public static async Task<string> RunAsync(string spec, string probe)
    {
        GenerationResult result = GeneratorHarness.Run(spec, "/specs/feature.yaml", RecorderSource + "\n" + probe);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(result.CompileProblems.Select(d => d.ToString()));

        using var image = new MemoryStream();
        EmitResult emitted = result.OutputCompilation.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        image.Position = 0;

        // Collectible, so each test's client is unloaded again; PulseticGen.Runtime comes from the test's own context.
        var context = new AssemblyLoadContext("generated-client", isCollectible: true);
        try
        {
            Assembly assembly = context.LoadFromStream(image);
            MethodInfo run = assembly.GetType("Probe")?.GetMethod("RunAsync", BindingFlags.Public | BindingFlags.Static)
                ?? throw new InvalidOperationException("The probe code declares no public static Probe.RunAsync().");
            return await (Task<string>)run.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}
