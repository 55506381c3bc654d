using System;
using System.Text.RegularExpressions;

namespace PulseticGen.Generator.Parsing
{
    /// <summary>
    /// Microsoft.OpenApi converts keyword values with <c>bool.Parse</c> and friends, so a value of the wrong kind
    /// (<c>required: optional</c>, as in OpenAPI Generator's well-known fake-endpoints petstore) escapes the reader as
    /// a bare <see cref="FormatException"/> with no location. This finds the keyword in the text, so the diagnostic
    /// points at it and names it.
    /// </summary>
    internal static class UnconvertibleScalar
    {
        // .NET's message: String 'optional' was not recognized as a valid Boolean.
        private static readonly Regex s_message = new("^String '(?<value>[^']*)' was not recognized as a valid (?<kind>[A-Za-z]+)", RegexOptions.CultureInvariant);

        private static readonly string[] s_booleanKeywords =
        {
            "required", "deprecated", "nullable", "readOnly", "writeOnly", "explode", "allowReserved", "allowEmptyValue",
            "uniqueItems", "exclusiveMinimum", "exclusiveMaximum",
        };

        public static (int Start, int Length, string Keyword)? Find(Exception exception, string text)
        {
            if (ValueOf(exception) is not { } value)
            {
                return null;
            }

            foreach (string keyword in s_booleanKeywords)
            {
                // YAML `required: optional` (quoted or not) or JSON `"required": "optional"`.
                var pattern = new Regex(
                    "(?m)^[ \\t-]*\"?" + keyword + "\"?[ \\t]*:[ \\t]*[\"']?" + Regex.Escape(value) + "[\"']?[ \\t]*,?[ \\t]*(#.*)?$",
                    RegexOptions.CultureInvariant);
                Match match = pattern.Match(text);
                if (match.Success)
                {
                    int start = match.Index + match.Value.IndexOf(keyword, StringComparison.Ordinal);
                    return (start, match.Index + match.Length - start, keyword);
                }
            }

            return null;
        }

        public static string? Explain(Exception exception, string text)
        {
            if (ValueOf(exception) is not { } value || s_message.Match(exception.Message) is not { Success: true } message)
            {
                return null;
            }

            string kind = message.Groups["kind"].Value.ToLowerInvariant();
            return Find(exception, text) is { } found
                ? $"'{found.Keyword}' must be a {kind}, but its value is '{value}'"
                : $"a keyword that must be a {kind} has the value '{value}'";
        }

        private static string? ValueOf(Exception? exception)
        {
            for (; exception is not null; exception = exception.InnerException)
            {
                if (exception is FormatException && s_message.Match(exception.Message) is { Success: true } match)
                {
                    return match.Groups["value"].Value;
                }
            }

            return null;
        }
    }
}
