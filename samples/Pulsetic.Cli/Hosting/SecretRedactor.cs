using System;
using System.Collections.Generic;

namespace Pulsetic.Cli.Hosting;

/// <summary>
/// Replaces every secret the tool knows about (tokens from any source, as soon as they are seen) with <c>[redacted]</c>.
/// Every line the tool prints about a request or a failure goes through it.
/// </summary>
internal sealed class SecretRedactor
{
    private const string Mask = "[redacted]";

    // Shorter secrets could match ordinary words and make messages unreadable; real tokens are far longer.
    private const int MinimumLength = 4;

    private readonly List<string> _secrets = [];
    private readonly object _gate = new();

    public void Add(string? secret)
    {
        if (secret is null || secret.Trim().Length < MinimumLength)
        {
            return;
        }

        lock (_gate)
        {
            if (!_secrets.Contains(secret))
            {
                _secrets.Add(secret);
                _secrets.Add(secret.Trim());

                // Longest first, so a secret that contains another is masked whole.
                _secrets.Sort((left, right) => right.Length.CompareTo(left.Length));
            }
        }
    }

    public string Redact(string text)
    {
        lock (_gate)
        {
            foreach (string secret in _secrets)
            {
                text = text.Replace(secret, Mask, StringComparison.Ordinal);
                string escaped = Uri.EscapeDataString(secret);
                if (escaped != secret)
                {
                    text = text.Replace(escaped, Mask, StringComparison.Ordinal);
                }
            }
        }

        return text;
    }
}
