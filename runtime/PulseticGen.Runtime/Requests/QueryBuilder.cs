using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json.Serialization.Metadata;
using System.Text.Json;
using System.Text;
using System;

namespace PulseticGen.Runtime.CodeGeneration
{
    /// <summary>
    /// Builds a query string from typed parameters: values are formatted with <see cref="ApiUrl"/> (invariant culture),
    /// names and values are percent-encoded, and <see langword="null"/> values are left out.
    /// </summary>
    /// <example>
    /// <code>
    /// var query = new QueryBuilder();
    /// query.Add("page", 2);
    /// query.AddEach("nodes[]", new[] { "eu", "us" });
    /// query.ToString(); // "?page=2&amp;nodes[]=eu&amp;nodes[]=us"
    /// </code>
    /// </example>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class QueryBuilder
    {
        private readonly StringBuilder _query = new();

        /// <summary>Creates an empty query.</summary>
        public QueryBuilder()
        {
        }

        /// <summary>Adds <c>name=value</c>; does nothing when <paramref name="value"/> is <see langword="null"/>. An empty string is sent as <c>name=</c>.</summary>
        /// <param name="name">The parameter name. <c>[</c> and <c>]</c> are kept literal (as in <c>ids[]</c>); everything else outside the unreserved set is escaped.</param>
        /// <param name="value">The value.</param>
        public void Add(string name, string? value)
        {
            ValidateName(name);
            if (value is not null)
            {
                AppendPair(name, value);
            }
        }

        /// <summary>Adds <c>name=value</c>; does nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
        /// <param name="name">The parameter name.</param>
        /// <param name="value">The value.</param>
        public void Add(string name, long? value) => Add(name, value is { } v ? ApiUrl.Format(v) : null);

        /// <summary>Adds <c>name=value</c>; does nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
        /// <param name="name">The parameter name.</param>
        /// <param name="value">The value.</param>
        public void Add(string name, int? value) => Add(name, value is { } v ? ApiUrl.Format(v) : null);

        /// <summary>Adds <c>name=value</c> with the invariant, round-trip format (<c>1.5</c>); does nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
        /// <param name="name">The parameter name.</param>
        /// <param name="value">The value.</param>
        public void Add(string name, double? value) => Add(name, value is { } v ? ApiUrl.Format(v) : null);

        /// <summary>Adds <c>name=value</c> with the invariant, round-trip format; does nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
        /// <param name="name">The parameter name.</param>
        /// <param name="value">The value.</param>
        public void Add(string name, float? value) => Add(name, value is { } v ? ApiUrl.Format(v) : null);

        /// <summary>Adds <c>name=value</c> with the invariant format; does nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
        /// <param name="name">The parameter name.</param>
        /// <param name="value">The value.</param>
        public void Add(string name, decimal? value) => Add(name, value is { } v ? ApiUrl.Format(v) : null);

        /// <summary>Adds <c>name=true</c> or <c>name=false</c>; does nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
        /// <param name="name">The parameter name.</param>
        /// <param name="value">The value.</param>
        public void Add(string name, bool? value) => Add(name, value is { } v ? ApiUrl.Format(v) : null);

        /// <summary>Adds <c>name=value</c> with the hyphenated GUID form; does nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
        /// <param name="name">The parameter name.</param>
        /// <param name="value">The value.</param>
        public void Add(string name, Guid? value) => Add(name, value is { } v ? ApiUrl.Format(v) : null);

        /// <summary>Adds <c>name=yyyy-MM-dd</c>; does nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
        /// <param name="name">The parameter name.</param>
        /// <param name="value">The value.</param>
        public void Add(string name, DateOnly? value) => Add(name, value is { } v ? ApiUrl.Format(v) : null);

        /// <summary>Adds the timestamp in ISO 8601 (<c>O</c>) form, escaped; does nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
        /// <param name="name">The parameter name.</param>
        /// <param name="value">The value.</param>
        public void Add(string name, DateTimeOffset? value) => Add(name, value is { } v ? ApiUrl.Format(v) : null);

        /// <summary>Adds a time in a fixed pattern, in UTC (the spec's <c>x-format</c>); nothing when it is null.</summary>
        /// <param name="name">The parameter name.</param>
        /// <param name="value">The value.</param>
        /// <param name="format">A .NET custom date and time format, such as <c>yyyy-MM-dd HH:mm:ss</c>.</param>
        public void Add(string name, DateTimeOffset? value, string format) => Add(name, value is { } v ? ApiUrl.Format(v, format) : null);

        /// <summary>
        /// Adds one <c>name=value</c> pair per item (OpenAPI <c>style: form, explode: true</c>), such as
        /// <c>nodes[]=a&amp;nodes[]=b</c>. Does nothing when <paramref name="values"/> is <see langword="null"/>; <see langword="null"/> items are skipped.
        /// </summary>
        /// <param name="name">The parameter name, repeated for each item.</param>
        /// <param name="values">The items.</param>
        public void AddEach(string name, IEnumerable<string>? values)
        {
            ValidateName(name);
            if (values is null)
            {
                return;
            }

            foreach (string? value in values)
            {
                if (value is not null)
                {
                    AppendPair(name, value);
                }
            }
        }

        /// <summary>Adds one <c>name=value</c> pair per item (<c>style: form, explode: true</c>). Does nothing when <paramref name="values"/> is <see langword="null"/>.</summary>
        /// <param name="name">The parameter name, repeated for each item.</param>
        /// <param name="values">The items.</param>
        public void AddEach(string name, IEnumerable<long>? values)
        {
            ValidateName(name);
            if (values is not null)
            {
                foreach (long value in values)
                {
                    AppendPair(name, ApiUrl.Format(value));
                }
            }
        }

        /// <summary>Adds one <c>name=value</c> pair per item (<c>style: form, explode: true</c>). Does nothing when <paramref name="values"/> is <see langword="null"/>.</summary>
        /// <param name="name">The parameter name, repeated for each item.</param>
        /// <param name="values">The items.</param>
        public void AddEach(string name, IEnumerable<int>? values)
        {
            ValidateName(name);
            if (values is not null)
            {
                foreach (int value in values)
                {
                    AppendPair(name, ApiUrl.Format(value));
                }
            }
        }

        /// <summary>Adds one <c>name=value</c> pair per item (<c>style: form, explode: true</c>), invariant format. Does nothing when <paramref name="values"/> is <see langword="null"/>.</summary>
        /// <param name="name">The parameter name, repeated for each item.</param>
        /// <param name="values">The items.</param>
        public void AddEach(string name, IEnumerable<double>? values)
        {
            ValidateName(name);
            if (values is not null)
            {
                foreach (double value in values)
                {
                    AppendPair(name, ApiUrl.Format(value));
                }
            }
        }

        /// <summary>
        /// Adds a single pair whose value lists the items joined by <paramref name="separator"/>:
        /// <c>','</c> for <c>style: form, explode: false</c> (<c>ids=1,2</c>), <c>' '</c> for <c>spaceDelimited</c>
        /// (written <c>%20</c>), <c>'|'</c> for <c>pipeDelimited</c> (written <c>%7C</c>). Each item is escaped on its own, so a
        /// separator inside an item is escaped and cannot be confused with the delimiter.
        /// Does nothing when <paramref name="values"/> is <see langword="null"/> or has no non-null item.
        /// </summary>
        /// <param name="name">The parameter name.</param>
        /// <param name="values">The items; <see langword="null"/> items are skipped.</param>
        /// <param name="separator">The delimiter between items.</param>
        public void AddJoined(string name, IEnumerable<string>? values, char separator)
        {
            ValidateName(name);
            if (values is null)
            {
                return;
            }

            // RFC 6570 form expansion writes the comma of a list as-is; any other delimiter is escaped like data.
            string delimiter = separator == ',' ? "," : Uri.EscapeDataString(separator.ToString());
            int start = _query.Length;
            bool any = false;
            foreach (string? value in values)
            {
                if (value is null)
                {
                    continue;
                }

                if (!any)
                {
                    AppendName(name);
                    any = true;
                }
                else
                {
                    _query.Append(delimiter);
                }

                _query.Append(Uri.EscapeDataString(value));
            }

            if (!any)
            {
                _query.Length = start;
            }
        }

        /// <summary>Returns the query with its leading <c>?</c>, such as <c>?page=2&amp;limit=50</c>, or an empty string when nothing was added.</summary>
        /// <returns>The query string.</returns>
        public override string ToString() => _query.Length == 0 ? string.Empty : "?" + _query.ToString();

        /// <summary>
        /// Adds a value that is not a scalar (an object, a map, a union, an array of objects), serialized with its
        /// generated metadata and flattened: <c>name[key]=value</c> for objects, <c>name[0]=value</c> for arrays when
        /// <paramref name="deepObject"/> is set (OpenAPI <c>style: deepObject</c>) and <c>name=a&amp;name=b</c> otherwise; a
        /// scalar value is written as <c>name=value</c>. <see langword="null"/> adds nothing.
        /// </summary>
        /// <typeparam name="T">The value type.</typeparam>
        /// <param name="name">The parameter name.</param>
        /// <param name="value">The value.</param>
        /// <param name="typeInfo">Source-generated metadata for <typeparamref name="T"/>.</param>
        /// <param name="deepObject">Whether arrays are indexed (<c>name[0]</c>) rather than repeated.</param>
        public void AddObject<T>(string name, T? value, JsonTypeInfo<T> typeInfo, bool deepObject)
        {
            ValidateName(name);
            ArgumentNullException.ThrowIfNull(typeInfo);
            if (value is null)
            {
                return;
            }

            JsonElement element = JsonSerializer.SerializeToElement(value, typeInfo);
            foreach (KeyValuePair<string, string> pair in FormEncoding.FlattenValue(name, element, indexArrays: deepObject))
            {
                AppendPair(pair.Key, pair.Value);
            }
        }

        private static void ValidateName(string name) => ArgumentException.ThrowIfNullOrEmpty(name);

        private void AppendPair(string name, string value)
        {
            AppendName(name);
            _query.Append(Uri.EscapeDataString(value));
        }

        private void AppendName(string name)
        {
            if (_query.Length > 0)
            {
                _query.Append('&');
            }

            // PHP/Laravel read "nodes[]=a&nodes[]=b" as an array; many of them do not decode %5B%5D in names.
            _query.Append(Uri.EscapeDataString(name).Replace("%5B", "[", StringComparison.Ordinal).Replace("%5D", "]", StringComparison.Ordinal));
            _query.Append('=');
        }
    }
}
