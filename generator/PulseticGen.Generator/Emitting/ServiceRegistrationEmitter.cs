using PulseticGen.Generator.Model;

namespace PulseticGen.Generator.Emitting
{
    /// <summary>
    /// Writes <c>services.AddPulseticClient()</c> when the project references PulseticGen.Extensions: a named shortcut
    /// for <c>AddApiClient&lt;PulseticClient&gt;("Pulsetic")</c>, in the namespace where users look for Add* methods.
    /// </summary>
    internal static class ServiceRegistrationEmitter
    {
        public static string Emit(SpecModel spec, TypeNames names)
        {
            string client = names.Qualified(spec.ClientName);
            string section = spec.ClientName.EndsWith("Client", System.StringComparison.Ordinal) && spec.ClientName.Length > "Client".Length
                ? spec.ClientName.Substring(0, spec.ClientName.Length - "Client".Length)
                : spec.ClientName;
            SourceWriter writer = FileHeader.Start(spec);
            writer.Open("namespace Microsoft.Extensions.DependencyInjection");
            writer.Line($"/// <summary>Registers <see cref=\"{client}\"/> with dependency injection.</summary>");
            writer.Line(TypeNames.GeneratedCodeAttribute);
            writer.Open($"{spec.Accessibility} static partial class {spec.ClientName}ServiceCollectionExtensions");
            writer.Block($$"""
                /// <summary>
                /// Registers <see cref="{{client}}"/> as a typed client through IHttpClientFactory, with its options bound from the
                /// configuration section <c>{{section}}</c> (<c>{{section}}:ApiToken</c>, <c>{{section}}:BaseAddress</c>) and validated at start.
                /// </summary>
                /// <param name="services">The service collection.</param>
                /// <param name="configure">Sets options in code, after the configuration section is read.</param>
                /// <returns>The client's HttpClient builder, for <c>AddApiClientResilience()</c> and other handlers.</returns>
                public static global::Microsoft.Extensions.DependencyInjection.IHttpClientBuilder Add{{spec.ClientName}}(
                    this global::Microsoft.Extensions.DependencyInjection.IServiceCollection services,
                    global::System.Action<global::PulseticGen.Extensions.ApiClientOptions>? configure = null) =>
                    global::PulseticGen.Extensions.ApiClientServiceCollectionExtensions.AddApiClient<{{client}}>(services, {{SourceWriter.Literal(section)}}, configure);
                """);
            writer.Close();
            writer.Close();
            return writer.ToString();
        }
    }
}
