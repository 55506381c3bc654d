using System;
using System.Collections.Generic;
using System.Linq;

namespace PulseticGen.Simulator.Hosting;

/// <summary>An operation's implementation: runs under the state lock, returns the whole answer or throws <see cref="SimulatorError"/>.</summary>
internal delegate SimResponse OperationHandler(ApiCall call);

/// <summary>Matches <c>METHOD /path</c> (below <c>/api/public</c>) to the spec's path templates.</summary>
/// <remarks>
/// Built from the spec, so the simulator serves exactly the spec's operations: construction fails when an operation has
/// no handler or a handler has no operation. Integer path parameters only match digits, as Laravel's
/// <c>whereNumber</c> constraints do, so <c>/status-page/incidents/5</c> can never bind <c>incidents</c> as a page id.
/// </remarks>
internal sealed class RouteTable
{
    private readonly List<Route> _routes;

    public RouteTable(PulseticSpec spec, IReadOnlyDictionary<string, OperationHandler> handlers)
    {
        string[] missing = spec.Operations.Select(op => op.OperationId).Where(id => !handlers.ContainsKey(id)).ToArray();
        string[] extra = handlers.Keys.Where(id => spec.Operations.All(op => op.OperationId != id)).ToArray();
        if (missing.Length > 0 || extra.Length > 0)
        {
            throw new InvalidOperationException(
                $"The simulator's operations differ from the spec. Missing: [{string.Join(", ", missing)}]; not in the spec: [{string.Join(", ", extra)}].");
        }

        _routes = spec.Operations.Select(op => new Route(op, handlers[op.OperationId])).ToList();
    }

    /// <summary>Finds the route for a request; when only the method differs, returns the methods the path allows.</summary>
    public RouteMatch? Match(string method, string relativePath, out IReadOnlyList<string> allowedMethods)
    {
        string[] segments = relativePath.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var allowed = new List<string>();
        RouteMatch? best = null;
        int bestLiterals = -1;
        foreach (Route route in _routes)
        {
            if (!route.TryBind(segments, out Dictionary<string, string>? values))
            {
                continue;
            }

            if (!string.Equals(route.Operation.Method, method, StringComparison.OrdinalIgnoreCase))
            {
                allowed.Add(route.Operation.Method);
                continue;
            }

            // Literal segments win over parameters, as in Laravel's router.
            if (route.LiteralCount > bestLiterals)
            {
                best = new RouteMatch(route.Operation, route.Handler, values);
                bestLiterals = route.LiteralCount;
            }
        }

        allowedMethods = allowed.Distinct(StringComparer.Ordinal).ToList();
        return best;
    }

    private sealed class Route
    {
        private readonly string[] _segments;
        private readonly Dictionary<string, Func<string, bool>> _parameterRules = new(StringComparer.Ordinal);

        public Route(SpecOperation operation, OperationHandler handler)
        {
            Operation = operation;
            Handler = handler;
            _segments = operation.PathTemplate.Trim('/').Split('/');
            LiteralCount = _segments.Count(segment => !segment.StartsWith('{'));

            // An enum parameter (channelType) matches its values only; every other path parameter is an integer id.
            foreach (SpecParameter parameter in operation.Parameters.Where(p => p.In == "path"))
            {
                ICollection<object?> values = parameter.Schema.ActualSchema.Enumeration;
                if (values.Count > 0)
                {
                    HashSet<string> allowed = values.Select(value => value?.ToString() ?? string.Empty).ToHashSet(StringComparer.Ordinal);
                    _parameterRules[parameter.Name] = allowed.Contains;
                }
                else
                {
                    _parameterRules[parameter.Name] = segment => segment.Length is > 0 and <= 18 && segment.All(char.IsAsciiDigit);
                }
            }
        }

        public SpecOperation Operation { get; }

        public OperationHandler Handler { get; }

        public int LiteralCount { get; }

        public bool TryBind(string[] segments, out Dictionary<string, string> values)
        {
            values = new Dictionary<string, string>(StringComparer.Ordinal);
            if (segments.Length != _segments.Length)
            {
                return false;
            }

            for (int i = 0; i < segments.Length; i++)
            {
                string template = _segments[i];
                string segment = Uri.UnescapeDataString(segments[i]);
                if (!template.StartsWith('{'))
                {
                    if (!string.Equals(template, segment, StringComparison.Ordinal))
                    {
                        return false;
                    }

                    continue;
                }

                string name = template.Trim('{', '}');
                if (!_parameterRules.TryGetValue(name, out Func<string, bool>? accepts) || !accepts(segment))
                {
                    return false;
                }

                values[name] = segment;
            }

            return true;
        }
    }
}

/// <summary>A matched route: the operation, its handler and the bound path values.</summary>
internal sealed record RouteMatch(SpecOperation Operation, OperationHandler Handler, IReadOnlyDictionary<string, string> RouteValues);
