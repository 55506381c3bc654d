using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NJsonSchema;
using NJsonSchema.Validation;

namespace PulseticGen.Simulator.Hosting;

/// <summary>Turns NJsonSchema validation errors into Laravel's <c>errors</c> map: dotted field names and its message wording.</summary>
internal static class LaravelValidation
{
    /// <summary>The key used for problems with the body as a whole (not an object, not JSON).</summary>
    public const string BodyField = "body";

    /// <summary>Adds one message per error, keyed by field (<c>urls</c>, <c>urls.0</c>, <c>request.type</c>); <paramref name="prefix"/> names a query parameter.</summary>
    public static void Collect(IEnumerable<ValidationError> errors, Dictionary<string, List<string>> into, string? prefix = null)
    {
        foreach (ValidationError error in errors)
        {
            // An array item's own errors say more than "urls.0 is invalid".
            if (error is ChildSchemaValidationError { Kind: ValidationErrorKind.ArrayItemNotValid } item && item.Errors.Count > 0)
            {
                foreach (ICollection<ValidationError> itemErrors in item.Errors.Values)
                {
                    Collect(itemErrors, into, prefix);
                }

                continue;
            }

            string field = FieldName(error.Path, prefix);
            string message = Describe(error, field);
            if (!into.TryGetValue(field, out List<string>? messages))
            {
                messages = new List<string>();
                into[field] = messages;
            }

            if (!messages.Contains(message))
            {
                messages.Add(message);
            }
        }
    }

    /// <summary><c>#/request.type</c> → <c>request.type</c>; <c>#/urls[0]</c> → <c>urls.0</c>; <c>#/</c> → <c>body</c> (or the prefix).</summary>
    public static string FieldName(string? path, string? prefix)
    {
        string relative = (path ?? string.Empty).TrimStart('#').TrimStart('/');
        var name = new StringBuilder(prefix ?? string.Empty);
        foreach (char c in relative)
        {
            switch (c)
            {
                case '[':
                    if (name.Length > 0)
                    {
                        name.Append('.');
                    }

                    break;
                case ']':
                    break;
                default:
                    name.Append(c);
                    break;
            }
        }

        return name.Length == 0 ? BodyField : name.ToString();
    }

    private static string Describe(ValidationError error, string field)
    {
        // Laravel shows attributes with spaces for underscores: "The uptime check frequency field ...".
        string attribute = field.Replace('_', ' ');
        JsonSchema? schema = error.Schema;
        return error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => $"The {attribute} field is required.",
            ValidationErrorKind.TooFewItems => $"The {attribute} field must have at least {Format(schema?.MinItems)} items.",
            ValidationErrorKind.TooManyItems => $"The {attribute} field must not have more than {Format(schema?.MaxItems)} items.",
            ValidationErrorKind.StringExpected => $"The {attribute} field must be a string.",
            ValidationErrorKind.IntegerExpected => $"The {attribute} field must be an integer.",
            ValidationErrorKind.NumberExpected => $"The {attribute} field must be a number.",
            ValidationErrorKind.BooleanExpected => $"The {attribute} field must be true or false.",
            ValidationErrorKind.ArrayExpected => $"The {attribute} field must be an array.",
            ValidationErrorKind.ObjectExpected when field == BodyField => "The request body must be a JSON object.",
            ValidationErrorKind.ObjectExpected => $"The {attribute} field must be an object.",
            ValidationErrorKind.NotInEnumeration => $"The selected {attribute} is invalid.",
            ValidationErrorKind.NumberTooSmall => $"The {attribute} field must be at least {Format(schema?.Minimum)}.",
            ValidationErrorKind.NumberTooBig => $"The {attribute} field must not be greater than {Format(schema?.Maximum)}.",
            ValidationErrorKind.StringTooShort => $"The {attribute} field must be at least {Format(schema?.MinLength)} characters.",
            ValidationErrorKind.StringTooLong => $"The {attribute} field must not be greater than {Format(schema?.MaxLength)} characters.",
            ValidationErrorKind.PatternMismatch => $"The {attribute} field format is invalid.",
            ValidationErrorKind.DateTimeExpected or ValidationErrorKind.DateExpected => $"The {attribute} field must be a valid date.",
            _ => $"The {attribute} field is invalid.",
        };
    }

    private static string Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "?";

    private static string Format(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "?";
}
