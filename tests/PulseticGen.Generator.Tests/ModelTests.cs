using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using PulseticGen.Generator.Model;
using Xunit;

namespace PulseticGen.Generator.Tests;

/// <summary>The pipeline model must compare by value and hold nothing from Roslyn or Microsoft.OpenApi.</summary>
public sealed class ModelTests
{
    [Fact]
    public void Model_types_hold_only_plain_values()
    {
        // Every type the pipeline caches: the model records and the diagnostics carried beside them.
        Type[] cachedTypes = typeof(SpecModel).Assembly.GetTypes()
            .Where(type => type.Namespace is "PulseticGen.Generator.Model" or "PulseticGen.Generator.Diagnostics")
            .Where(type => !type.IsNested && !(type.IsAbstract && type.IsSealed) && (type.IsClass || type.IsValueType) && !type.IsEnum)
            .Where(type => type.GetCustomAttributes().All(a => a.GetType().Name != "CompilerGeneratedAttribute"))
            .ToArray();
        Assert.Contains(typeof(SpecModel), cachedTypes);
        Assert.Contains(typeof(Diagnostics.DiagnosticInfo), cachedTypes);

        var problems = new List<string>();
        foreach (Type type in cachedTypes)
        {
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length == 0 && Unplain(property.PropertyType) is { } offender)
                {
                    problems.Add($"{type.Name}.{property.Name} holds {offender}");
                }
            }
        }

        Assert.True(problems.Count == 0, "These break caching (reference equality) or pin Roslyn/OpenAPI objects:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void The_plain_value_check_sees_through_generic_arguments_and_arrays()
    {
        Assert.Null(Unplain(typeof(EquatableArray<TypeRef>)));
        Assert.Null(Unplain(typeof(long?)));
        Assert.NotNull(Unplain(typeof(EquatableArray<Microsoft.CodeAnalysis.Text.TextSpan>)));
        Assert.NotNull(Unplain(typeof(string[])));
        Assert.NotNull(Unplain(typeof(List<string>)));
        Assert.NotNull(Unplain(typeof(Microsoft.OpenApi.OpenApiDocument)));
    }

    private static readonly HashSet<Type> s_plainScalars = new() { typeof(string), typeof(bool), typeof(int), typeof(long), typeof(double), typeof(decimal) };

    /// <summary>The first type inside <paramref name="type"/> that does not compare by value, or null.</summary>
    private static Type? Unplain(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsGenericParameter || type.IsEnum || s_plainScalars.Contains(type))
        {
            return null;
        }

        if (type.IsArray || type.Namespace is not ("PulseticGen.Generator.Model" or "PulseticGen.Generator.Diagnostics"))
        {
            return type;
        }

        return type.IsGenericType ? type.GetGenericArguments().Select(Unplain).FirstOrDefault(t => t is not null) : null;
    }

    [Fact]
    public void EquatableArray_compares_by_content()
    {
        var left = new[] { "a", "b" }.ToEquatableArray();
        var right = new List<string> { "a", "b" }.ToEquatableArray();
        var other = new[] { "a", "c" }.ToEquatableArray();

        Assert.Equal(left, right);
        Assert.True(left == right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.NotEqual(left, other);
        Assert.Equal(EquatableArray<string>.Empty, default(EquatableArray<string>));
        Assert.Empty(default(EquatableArray<string>));
    }

    [Fact]
    public void Two_reads_of_the_same_spec_give_equal_models()
    {
        var input = new SpecInput("/specs/pulsetic.openapi.yaml", Infrastructure.GeneratorHarness.PulseticSpec, new SpecOptions(null, null, null));
        SpecResult first = Parsing.SpecReader.Read(input, default);
        SpecResult second = Parsing.SpecReader.Read(input with { Text = input.Text + "\n# a comment\n" }, default);

        Assert.NotNull(first.Model);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }
}
