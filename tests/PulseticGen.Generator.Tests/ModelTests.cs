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
        Type[] modelTypes = typeof(SpecModel).Assembly.GetTypes()
            .Where(type => type.Namespace == "PulseticGen.Generator.Model" && !type.IsNested && type.IsClass)
            .ToArray();
        Assert.Contains(typeof(SpecModel), modelTypes);

        var allowed = new HashSet<Type> { typeof(string), typeof(bool), typeof(int) };
        foreach (Type type in modelTypes.Where(t => t.GetCustomAttributes().All(a => a.GetType().Name != "CompilerGeneratedAttribute")))
        {
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                Type propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                string? ns = propertyType.Namespace;
                Assert.False(ns is not null && (ns.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || ns.StartsWith("Microsoft.OpenApi", StringComparison.Ordinal)),
                    $"{type.Name}.{property.Name} holds {propertyType}, which would break caching or pin memory.");
                bool ok = allowed.Contains(propertyType)
                    || propertyType.IsEnum
                    || propertyType.Namespace == "PulseticGen.Generator.Model"
                    || propertyType.Namespace == "PulseticGen.Generator.Diagnostics";
                Assert.True(ok, $"{type.Name}.{property.Name} has unexpected type {propertyType}");
            }
        }
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
