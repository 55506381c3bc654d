using System.Collections.Generic;
using System.Globalization;
using System.Net;

namespace PulseticGen.Runtime
{
    /// <summary>
    /// Standard reason phrases. The server's own reason phrase is not used in messages: it is server-controlled text,
    /// and HTTP/2 does not carry one at all.
    /// </summary>
    internal static class HttpStatusText
    {
        private static readonly Dictionary<int, string> Phrases = new()
        {
            [200] = "OK", [201] = "Created", [202] = "Accepted", [204] = "No Content",
            [301] = "Moved Permanently", [302] = "Found", [303] = "See Other", [304] = "Not Modified",
            [307] = "Temporary Redirect", [308] = "Permanent Redirect",
            [400] = "Bad Request", [401] = "Unauthorized", [402] = "Payment Required", [403] = "Forbidden",
            [404] = "Not Found", [405] = "Method Not Allowed", [406] = "Not Acceptable", [408] = "Request Timeout",
            [409] = "Conflict", [410] = "Gone", [411] = "Length Required", [412] = "Precondition Failed",
            [413] = "Content Too Large", [414] = "URI Too Long", [415] = "Unsupported Media Type",
            [418] = "I'm a teapot", [422] = "Unprocessable Entity", [423] = "Locked", [425] = "Too Early",
            [428] = "Precondition Required", [429] = "Too Many Requests", [431] = "Request Header Fields Too Large",
            [451] = "Unavailable For Legal Reasons",
            [500] = "Internal Server Error", [501] = "Not Implemented", [502] = "Bad Gateway",
            [503] = "Service Unavailable", [504] = "Gateway Timeout", [505] = "HTTP Version Not Supported",
        };

        /// <summary><c>404 Not Found</c>, or just the number for an unknown status.</summary>
        public static string Describe(HttpStatusCode status)
        {
            int code = (int)status;
            string number = code.ToString(CultureInfo.InvariantCulture);
            return Phrases.TryGetValue(code, out string? phrase) ? number + " " + phrase : number;
        }
    }
}
