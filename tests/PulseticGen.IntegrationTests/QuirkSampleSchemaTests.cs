using System.IO;
using NJsonSchema;
using NJsonSchema.Validation;

namespace PulseticGen.IntegrationTests;

/// <summary>
/// The recorded wire-quirk samples (tests/PulseticGen.Client.Tests/Samples/Quirks) are answers and bodies the spec
/// allows: each validates with NJsonSchema against its operation's schema, so a sample can never test a shape the spec
/// (and so the simulator's request validation) would reject.
/// </summary>
public sealed class QuirkSampleSchemaTests
{
    private const string LegacyList = "listMonitors.legacy-bare-array.json";

    private static readonly PulseticSpec Spec = PulseticSpec.Load();

    public static TheoryData<string> Samples => new(Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).Where(f => f != LegacyList).Order(StringComparer.Ordinal)!);

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "QuirkSamples");

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_validates_against_its_operations_schema(string file)
    {
        SpecOperation operation = Spec.Operation(file[..file.IndexOf('.', StringComparison.Ordinal)]);
        JsonSchema schema = file.Contains(".request.", StringComparison.Ordinal) ? operation.RequestSchema! : operation.ResponseSchemas[200]!;

        Assert.Empty(Describe(schema.Validate(File.ReadAllText(Path.Combine(Folder, file)))));
    }

    [Fact]
    public void Legacy_bare_array_monitor_list_is_an_array_of_monitors_but_not_todays_list_answer()
    {
        string legacy = File.ReadAllText(Path.Combine(Folder, LegacyList));

        Assert.Empty(Describe(Spec.Operation("createMonitors").ResponseSchemas[200]!.Validate(legacy)));
        Assert.NotEmpty(Describe(Spec.Operation("listMonitors").ResponseSchemas[200]!.Validate(legacy)));
    }

    private static List<string> Describe(IEnumerable<ValidationError> errors) =>
        errors.Select(error => $"{error.Kind} at {error.Path}").ToList();
}
