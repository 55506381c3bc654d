namespace PulseticGen.Client.Tests.Infrastructure;

/// <summary>Response bodies in <c>Samples/</c>, modelled on the spec's examples and the research reference.</summary>
public static class Samples
{
    public static string Read(string fileName) =>
        System.IO.File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Samples", fileName));
}
