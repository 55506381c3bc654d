using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using PulseticGen.Runtime.CodeGeneration;

namespace PulseticGen.Runtime
{
    /// <summary>Captures a failed call into <see cref="ApiCallDetails"/>: request identity, redacted headers and the start of the error body.</summary>
    internal static class ApiResponseCapture
    {
        private const int MaxErrorMessageLength = 500;

        // Read a little past the cap so a token cut by the cap is still seen whole and redacted.
        private const int ReadSlack = 1024;

        /// <summary>Details without the response body, for transport and deserialization failures.</summary>
        public static ApiCallDetails Describe(ApiConnection connection, HttpRequestMessage request, ApiEndpoint endpoint, HttpResponseMessage? response)
        {
            SecretRedactor redactor = SecretRedactor.ForRequest(request, connection.SecurityScheme);
            return new ApiCallDetails
            {
                Endpoint = endpoint,
                Method = request.Method.Method,
                RequestUri = redactor.RedactUri(WithoutUserInfo(request.RequestUri)),
                DisplayPath = DisplayPath(connection.BaseAddress, request.RequestUri, endpoint),
                SecurityScheme = connection.SecurityScheme,
                StatusCode = response?.StatusCode,
                ResponseHeaders = response is null ? null : CaptureHeaders(response, redactor),
            };
        }

        /// <summary>
        /// Details of an unsuccessful status, including the start of the body. Never throws because the body could not
        /// be read; only cancellation by the caller escapes.
        /// </summary>
        public static async Task<ApiCallDetails> CaptureErrorAsync(
            ApiConnection connection,
            HttpRequestMessage request,
            ApiEndpoint endpoint,
            HttpResponseMessage response,
            CancellationToken readToken,
            CancellationToken callerToken)
        {
            SecretRedactor redactor = SecretRedactor.ForRequest(request, connection.SecurityScheme);
            string? body = null;
            bool truncated = false;
            try
            {
                (body, truncated) = await ReadCappedAsync(response.Content, ApiException.MaxResponseBodyLength, ReadSlack + redactor.LongestSecret, redactor, readToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (callerToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception)
            {
                // The status is the news; a body that cannot be read (reset connection, bad charset, timeout) must not replace it.
            }

            (string? message, IReadOnlyDictionary<string, IReadOnlyList<string>>? errors) = truncated ? (null, null) : ParseJsonError(body);
            return new ApiCallDetails
            {
                Endpoint = endpoint,
                Method = request.Method.Method,
                RequestUri = redactor.RedactUri(WithoutUserInfo(request.RequestUri)),
                DisplayPath = DisplayPath(connection.BaseAddress, request.RequestUri, endpoint),
                SecurityScheme = connection.SecurityScheme,
                StatusCode = response.StatusCode,
                ResponseHeaders = CaptureHeaders(response, redactor),
                ResponseBody = body,
                IsResponseBodyTruncated = truncated,
                ErrorMessage = message,
                ValidationErrors = errors,
                RetryAfter = ParseRetryAfter(response),
            };
        }

        private static async Task<(string? Body, bool Truncated)> ReadCappedAsync(HttpContent content, int maxChars, int slack, SecretRedactor redactor, CancellationToken cancellationToken)
        {
            Encoding encoding = GetEncoding(content.Headers.ContentType?.CharSet);
            Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: false);

            // One char more than kept tells whether the body went on.
            char[] buffer = new char[maxChars + slack + 1];
            int length = 0;
            while (length < buffer.Length)
            {
                int read = await reader.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            if (length == 0)
            {
                return (null, false);
            }

            bool more = length == buffer.Length;
            string text = redactor.Redact(new string(buffer, 0, more ? length - 1 : length));
            if (text.Length > maxChars)
            {
                return (text.Substring(0, maxChars), true);
            }

            return (text, more);
        }

        private static Encoding GetEncoding(string? charset)
        {
            if (string.IsNullOrWhiteSpace(charset))
            {
                return Encoding.UTF8;
            }

            try
            {
                return Encoding.GetEncoding(charset.Trim('"', ' '));
            }
            catch (ArgumentException)
            {
                // An unknown charset: UTF-8 is the most likely truth and still shows ASCII error text correctly.
                return Encoding.UTF8;
            }
        }

        private static (string? Message, IReadOnlyDictionary<string, IReadOnlyList<string>>? Errors) ParseJsonError(string? body)
        {
            if (body is null || !body.AsSpan().TrimStart().StartsWith("{", StringComparison.Ordinal))
            {
                return (null, null);
            }

            try
            {
                using JsonDocument document = JsonDocument.Parse(body, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                JsonElement root = document.RootElement;
                return (Cap(FindMessage(root)), FindErrors(root));
            }
            catch (JsonException)
            {
                return (null, null);
            }
        }

        private static string? FindMessage(JsonElement root)
        {
            foreach (string name in new[] { "message", "error", "detail", "title" })
            {
                if (root.TryGetProperty(name, out JsonElement value))
                {
                    if (value.ValueKind == JsonValueKind.String)
                    {
                        return value.GetString();
                    }

                    // {"error": {"message": "..."}}
                    if (value.ValueKind == JsonValueKind.Object
                        && value.TryGetProperty("message", out JsonElement nested)
                        && nested.ValueKind == JsonValueKind.String)
                    {
                        return nested.GetString();
                    }
                }
            }

            return null;
        }

        private static IReadOnlyDictionary<string, IReadOnlyList<string>>? FindErrors(JsonElement root)
        {
            if (!root.TryGetProperty("errors", out JsonElement errors) || errors.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (JsonProperty field in errors.EnumerateObject())
            {
                var messages = new List<string>();
                if (field.Value.ValueKind == JsonValueKind.Array)
                {
                    foreach (JsonElement item in field.Value.EnumerateArray())
                    {
                        messages.Add(TextOf(item));
                    }
                }
                else
                {
                    messages.Add(TextOf(field.Value));
                }

                result[field.Name] = messages;
            }

            return result;
        }

        private static string TextOf(JsonElement element) =>
            element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();

        private static string? Cap(string? text) =>
            text is { Length: > MaxErrorMessageLength } ? text.Substring(0, MaxErrorMessageLength) : text;

        private static IReadOnlyDictionary<string, IReadOnlyList<string>> CaptureHeaders(HttpResponseMessage response, SecretRedactor redactor)
        {
            var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
            Add(response.Headers.NonValidated);
            Add(response.Content.Headers.NonValidated);
            return headers;

            void Add(HttpHeadersNonValidated source)
            {
                foreach (KeyValuePair<string, HeaderStringValues> header in source)
                {
                    bool whole = redactor.IsCredentialHeader(header.Key);
                    var values = new List<string>(header.Value.Count);
                    foreach (string value in header.Value)
                    {
                        values.Add(whole ? SecretRedactor.Redacted : redactor.Redact(value));
                    }

                    headers[header.Key] = values;
                }
            }
        }

        private static TimeSpan? ParseRetryAfter(HttpResponseMessage response)
        {
            RetryConditionHeaderValue? retryAfter = response.Headers.RetryAfter;
            TimeSpan? wait = retryAfter switch
            {
                { Delta: { } delta } => delta,
                { Date: { } date } => date - (response.Headers.Date ?? DateTimeOffset.UtcNow),
                _ => null,
            };
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        private static Uri? WithoutUserInfo(Uri? uri)
        {
            if (uri is null || !uri.IsAbsoluteUri || uri.UserInfo.Length == 0)
            {
                return uri;
            }

            return new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri;
        }

        private static string DisplayPath(Uri baseAddress, Uri? requestUri, ApiEndpoint endpoint)
        {
            if (requestUri is null || !requestUri.IsAbsoluteUri)
            {
                return endpoint.PathTemplate;
            }

            string path = requestUri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
            string root = baseAddress.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
            return path.StartsWith(root, StringComparison.OrdinalIgnoreCase)
                ? "/" + path.Substring(root.Length)
                : requestUri.AbsolutePath;
        }
    }
}
