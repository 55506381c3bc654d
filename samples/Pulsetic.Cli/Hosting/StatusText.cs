using System.Net;
using System.Text;

namespace Pulsetic.Cli.Hosting;

/// <summary>Reason phrases for messages, from the status enum (<c>TooManyRequests</c> → <c>Too Many Requests</c>).</summary>
internal static class StatusText
{
    public static string Of(HttpStatusCode status)
    {
        string name = status.ToString();
        if (char.IsDigit(name[0]))
        {
            // Not a named status: the number alone is already printed next to it.
            return string.Empty;
        }

        var text = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (i > 0 && char.IsUpper(c) && char.IsLower(name[i - 1]))
            {
                text.Append(' ');
            }

            text.Append(c);
        }

        return text.ToString();
    }

    /// <summary><c>404 Not Found</c>.</summary>
    public static string Describe(HttpStatusCode status) => $"{(int)status} {Of(status)}".TrimEnd();
}
