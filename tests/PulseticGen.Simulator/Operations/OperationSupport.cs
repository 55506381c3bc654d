using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using PulseticGen.Simulator.Hosting;
using PulseticGen.Simulator.State;

namespace PulseticGen.Simulator.Operations;

/// <summary>Collects semantic (beyond-schema) validation errors and throws them as one Laravel 422.</summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out List<string>? messages))
        {
            messages = new List<string>();
            _errors[field] = messages;
        }

        messages.Add(message);
    }

    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw SimulatorError.Validation(_errors);
        }
    }
}

/// <summary>Reading already schema-valid bodies, and the value rules the schema cannot express.</summary>
internal static class OperationSupport
{
    private static readonly string[] DateFormats =
    {
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm",
    };

    public static List<string> Strings(JsonNode? node) =>
        node is JsonArray array ? array.Select(item => item?.GetValue<string>() ?? string.Empty).ToList() : new List<string>();

    public static List<long> Ids(JsonNode? node) =>
        node is JsonArray array ? array.Select(item => item!.GetValue<long>()).ToList() : new List<long>();

    public static string? String(JsonNode? node) => node is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    public static bool? Bool(JsonNode? node) => node is JsonValue value && value.TryGetValue(out bool flag) ? flag : null;

    public static double? Number(JsonNode? node) => node is JsonValue value && value.TryGetValue(out double number) ? number : null;

    /// <summary>An integer sent as a number or as a string of digits (both forms are valid for frequencies and delays).</summary>
    public static long? Integer(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        if (value.TryGetValue(out long integer))
        {
            return integer;
        }

        return value.TryGetValue(out string? text) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long parsed) ? parsed : null;
    }

    public static List<NameValue>? Pairs(JsonNode? node) =>
        node is JsonArray array
            ? array.Select(item => new NameValue(String(item?["name"]) ?? string.Empty, String(item?["value"]) ?? string.Empty)).ToList()
            : null;

    /// <summary>Reads a date as Laravel/Carbon would: <c>YYYY-MM-DD HH:MM:SS</c> (or shorter), or ISO 8601; UTC unless an offset is given.</summary>
    public static bool TryParseDate(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        const DateTimeStyles Styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        return DateTimeOffset.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, Styles, out value)
            || DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, Styles, out value);
    }

    /// <summary>Whether <paramref name="text"/> is an absolute http(s) URL, as Laravel's <c>url</c> rule wants.</summary>
    public static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0;

    /// <summary>A page of <paramref name="all"/> in Laravel's <c>LengthAwarePaginator</c> shape, URL keys and <c>links</c> included.</summary>
    public static JsonObject Paginate(ApiCall call, string path, IReadOnlyList<JsonNode> all, int defaultPerPage)
    {
        int perPage = (int)Math.Min(call.QueryInt64("per_page") ?? defaultPerPage, 10_000);
        int page = (int)Math.Min(call.QueryInt64("page") ?? 1, int.MaxValue / 2);
        int total = all.Count;
        int lastPage = Math.Max(1, (int)Math.Ceiling(total / (double)perPage));
        long skip = (long)(page - 1) * perPage;
        JsonNode?[] items = skip >= total ? Array.Empty<JsonNode?>() : all.Skip((int)skip).Take(perPage).Select(item => (JsonNode?)item).ToArray();
        string url = call.BaseUrl + path;
        string PageUrl(int number) => $"{url}?page={number.ToString(CultureInfo.InvariantCulture)}";

        var links = new JsonArray { Link(page > 1 ? PageUrl(page - 1) : null, "&laquo; Previous", false) };
        for (int number = 1; number <= Math.Min(lastPage, 10); number++)
        {
            links.Add(Link(PageUrl(number), number.ToString(CultureInfo.InvariantCulture), number == page));
        }

        links.Add(Link(page < lastPage ? PageUrl(page + 1) : null, "Next &raquo;", false));
        return new JsonObject
        {
            ["current_page"] = page,
            ["data"] = new JsonArray(items),
            ["first_page_url"] = PageUrl(1),
            ["from"] = items.Length == 0 ? null : skip + 1,
            ["last_page"] = lastPage,
            ["last_page_url"] = PageUrl(lastPage),
            ["links"] = links,
            ["next_page_url"] = page < lastPage ? PageUrl(page + 1) : null,
            ["path"] = url,
            ["per_page"] = perPage,
            ["prev_page_url"] = page > 1 ? PageUrl(page - 1) : null,
            ["to"] = items.Length == 0 ? null : skip + items.Length,
            ["total"] = total,
        };

        static JsonObject Link(string? href, string label, bool active) => new() { ["url"] = href, ["label"] = label, ["active"] = active };
    }
}
