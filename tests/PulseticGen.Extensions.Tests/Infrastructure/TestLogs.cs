using Microsoft.Extensions.Logging;

namespace PulseticGen.Extensions.Tests.Infrastructure;

/// <summary>One log call, with everything a logging backend could write: message, structured values, exception, scopes.</summary>
public sealed record LogEntry(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyList<string> Values, string? Exception, IReadOnlyList<string> Scopes)
{
    /// <summary>All the text of the entry, for checks that something never appears anywhere.</summary>
    public string AllText => string.Join("\n", new[] { Category, Message, Exception ?? string.Empty }.Concat(Values).Concat(Scopes));
}

/// <summary>A logger provider that keeps every entry at every level, scopes included.</summary>
public sealed class TestLogs : ILoggerProvider
{
    private readonly List<LogEntry> _entries = [];
    private readonly AsyncLocal<ImmutableScopes?> _scopes = new();
    private readonly object _gate = new();

    public IReadOnlyList<LogEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return _entries.ToArray();
            }
        }
    }

    public IReadOnlyList<LogEntry> InCategory(string category) => Entries.Where(e => e.Category == category).ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(LogEntry entry)
    {
        lock (_gate)
        {
            _entries.Add(entry);
        }
    }

    private sealed record ImmutableScopes(string Text, ImmutableScopes? Parent);

    private sealed class Logger(TestLogs owner, string category) : ILogger
    {
        public IDisposable BeginScope<TState>(TState state)
            where TState : notnull
        {
            ImmutableScopes? parent = owner._scopes.Value;
            owner._scopes.Value = new ImmutableScopes(Describe(state), parent);
            return new Scope(owner, parent);
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = new List<string>();
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                values.AddRange(pairs.Select(pair => pair.Key + "=" + pair.Value));
            }

            var scopes = new List<string>();
            for (ImmutableScopes? scope = owner._scopes.Value; scope is not null; scope = scope.Parent)
            {
                scopes.Add(scope.Text);
            }

            owner.Add(new LogEntry(category, logLevel, eventId, formatter(state, exception), values, exception?.ToString(), scopes));
        }

        private static string Describe<TState>(TState state)
        {
            string text = state?.ToString() ?? string.Empty;
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                text += " " + string.Join(" ", pairs.Select(pair => pair.Key + "=" + pair.Value));
            }

            return text;
        }
    }

    private sealed class Scope(TestLogs owner, ImmutableScopes? parent) : IDisposable
    {
        public void Dispose() => owner._scopes.Value = parent;
    }
}
